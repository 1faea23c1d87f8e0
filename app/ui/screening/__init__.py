"""The screening interview window (renders app.services.screening_flow) and its scripted self-test drive."""

from app.ui.screening.selftest import drive_for_selftest
from app.ui.screening.wizard import ScreeningWizard

__all__ = ["ScreeningWizard", "drive_for_selftest"]
