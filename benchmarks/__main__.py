"""``python -m benchmarks``: run every benchmark of docs/design.md §11 (see benchmarks/run.py)."""

import sys

from benchmarks.run import main

sys.exit(main())
