"""`python -m minutes_app`: the same as the `minutes-app` command."""

import sys

from minutes_app.cli import main

sys.exit(main())
