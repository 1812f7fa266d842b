"""Allow ``python -m micdesk``."""

import sys

from micdesk.cli.main import main

sys.exit(main())
