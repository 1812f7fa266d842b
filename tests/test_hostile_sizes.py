"""Refusals by size say sizes that add up (issue 13, item 7)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from micdesk.core.xlsx_files import MAX_PART_BYTES, UnreadableWorkbook, inspect_package


def test_a_part_just_over_the_limit_is_not_called_as_big_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "just-over.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
        package.writestr("xl/worksheets/sheet1.xml", b" " * (MAX_PART_BYTES + 1))
    with pytest.raises(UnreadableWorkbook) as refused:
        inspect_package(path)
    assert "is 33 MB unpacked, more than the 32 MB limit" in str(refused.value)
