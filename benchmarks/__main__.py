"""``python -m benchmarks``: run every benchmark of DESIGN §11 (see benchmarks/run.py)."""

import sys

from benchmarks.run import main

sys.exit(main())
