"""The bundle's start script: the same as the `minutes-app` command."""

import sys

from minutes_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
