"""The bundle's entry script: PyInstaller needs a file, micdesk's entry point is a function."""

import sys

from micdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
