"""Shared test settings: offscreen Qt, no user data folder touched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
