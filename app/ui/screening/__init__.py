"""The screening interview window (renders app.services.screening_flow) and its scripted self-test drive.

The two are loaded when first asked for: the main window only checks that the wizard exists before the unlock
screen, and importing the package must not import the whole interview then."""

from __future__ import annotations

from typing import Any

__all__ = ["ScreeningWizard", "drive_for_selftest"]


def __getattr__(name: str) -> Any:
    if name == "ScreeningWizard":
        from app.ui.screening.wizard import ScreeningWizard

        return ScreeningWizard
    if name == "drive_for_selftest":
        from app.ui.screening.selftest import drive_for_selftest

        return drive_for_selftest
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
