"""`python -m app` runs the nrm-desk command line."""

import sys

from app.cli import main

sys.exit(main())
