"""micdesk: reporting on UNIDO's work plan with middle-income countries."""

import os

__version__ = "0.1.0"

# openpyxl switches to lxml whenever lxml is installed (the hq extra's pysdmx brings it),
# and its lxml path parses without defusedxml. micdesk reads every workbook the way the
# desktop bundle does: the standard library behind defusedxml (docs/formats/sdmx.md).
os.environ["OPENPYXL_LXML"] = "False"
