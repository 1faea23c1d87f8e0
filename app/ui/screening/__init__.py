"""The screening interview window (renders app.services.screening_flow) and its scripted self-test drive."""

import sys

# PySide6 6.12.0 on Python 3.11 drops one reference to None (and to True/False) on calls that return them
# (these are immortal only from 3.12): a long interview makes tens of thousands of such calls and the process
# would abort with "deallocating None". Making their counts unreachably high is what 3.12 does for all.
if sys.version_info < (3, 12) and not hasattr(sys, "_nrm_none_guard"):
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._nrm_none_guard = True  # type: ignore[attr-defined]

from app.ui.screening.selftest import drive_for_selftest  # noqa: E402
from app.ui.screening.wizard import ScreeningWizard  # noqa: E402

__all__ = ["ScreeningWizard", "drive_for_selftest"]
