"""micdesk: reporting on UNIDO's work plan with middle-income countries."""

import os
import sys
from importlib.abc import MetaPathFinder

__version__ = "0.1.0"

# openpyxl as the desktop bundle ships it, whatever else is installed beside micdesk (the
# hq extra's pysdmx brings lxml, pandas and numpy; docs/formats/sdmx.md):
# - it switches to lxml whenever lxml is importable, and its lxml path parses without
#   defusedxml: micdesk reads every workbook through defusedxml;
os.environ["OPENPYXL_LXML"] = "False"


class _OpenpyxlWithoutNumpy(MetaPathFinder):
    """- it imports numpy (~0.1 s of every start-up) only to count numpy scalars as
    numbers, which micdesk never hands it: numpy is not found while openpyxl asks."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        """Refuse numpy to openpyxl's numbers module; leave every other import alone."""
        if name == "numpy":
            frame = sys._getframe(1)
            while frame is not None:
                if frame.f_globals.get("__name__") == "openpyxl.compat.numbers":
                    raise ModuleNotFoundError("numpy is not for openpyxl in micdesk")
                frame = frame.f_back
        return None


if "openpyxl" not in sys.modules:
    sys.meta_path.insert(0, _OpenpyxlWithoutNumpy())
