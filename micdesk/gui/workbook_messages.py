"""The workbook refusals of the core (``xlsx_files``) in the user's language.

Keys and parameters are those of ``UnreadableWorkbook``; the sentences say what the
core's English says. Numbers (sizes, limits, counts) follow the format locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

NUMERIC_PARAMS = frozenset({"size", "limit", "ratio", "count", "columns"})


def workbook_refusal_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Key → (translated sentence with %1…, the parameter names in order)."""
    return {
        "workbook_unsafe_install": (
            translate(
                "workbook",
                "defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.",
            ),
            (),
        ),
        "workbook_missing": (
            translate("workbook", "%1: there is no such file."),
            ("file",),
        ),
        "workbook_unreadable_os": (
            translate("workbook", "%1 cannot be read (%2)."),
            ("file", "reason"),
        ),
        "workbook_folder": (
            translate("workbook", "%1 is a folder, not a workbook file."),
            ("file",),
        ),
        "workbook_not_regular": (
            translate(
                "workbook",
                "%1 is not a regular file (a device, pipe or socket); only workbook files are read.",
            ),
            ("file",),
        ),
        "workbook_too_big": (
            translate("workbook", "%1 is %2 MB, more than the %3 MB limit."),
            ("file", "size", "limit"),
        ),
        "workbook_encrypted": (
            translate(
                "workbook",
                "%1 is password-protected (encrypted) or an old .xls file; save it as an unprotected .xlsx workbook.",
            ),
            ("file",),
        ),
        "workbook_not_zip": (
            translate("workbook", "%1 is not an .xlsx workbook (the file is not a zip package)."),
            ("file",),
        ),
        "workbook_damaged": (
            translate("workbook", "%1 is damaged or truncated (%2)."),
            ("file", "reason"),
        ),
        "workbook_bad_part_name": (
            translate(
                "workbook",
                "%1 is damaged: a part of the package has a name that is not valid UTF-8.",
            ),
            ("file",),
        ),
        "workbook_too_many_parts": (
            translate("workbook", "%1 has %2 parts, too many."),
            ("file", "count"),
        ),
        "workbook_encrypted_part": (
            translate(
                "workbook", "%1: the part %2 is encrypted; save the workbook without a password."
            ),
            ("file", "part"),
        ),
        "workbook_compression": (
            translate(
                "workbook",
                "%1: the part %2 is compressed with %3, which micdesk does not read; save it again from Excel or LibreOffice.",
            ),
            ("file", "part", "method"),
        ),
        "workbook_zip_bomb": (
            translate("workbook", "%1: the part %2 expands %3 times (a zip bomb?); refused."),
            ("file", "part", "ratio"),
        ),
        "workbook_part_too_big": (
            translate("workbook", "%1: the part %2 is %3 MB unpacked, more than the %4 MB limit."),
            ("file", "part", "size", "limit"),
        ),
        "workbook_expands_too_much": (
            translate("workbook", "%1 expands to %2 MB, more than the %3 MB limit."),
            ("file", "size", "limit"),
        ),
        "workbook_no_workbook_part": (
            translate("workbook", "%1 is not an .xlsx workbook (no workbook part inside)."),
            ("file",),
        ),
        "workbook_macros": (
            translate("workbook", "%1 contains macros; save it as a plain .xlsx without macros."),
            ("file",),
        ),
        "workbook_too_many_rows": (
            translate("workbook", "%1: the sheet %2 has more than %3 rows; refused."),
            ("file", "part", "limit"),
        ),
        "workbook_far_cells": (
            translate("workbook", "%1 has more than %2 cells beyond column %3; refused."),
            ("file", "limit", "columns"),
        ),
        "workbook_too_many_strings": (
            translate("workbook", "%1 has more than %2 distinct texts; refused."),
            ("file", "limit"),
        ),
        "workbook_too_many_formats": (
            translate("workbook", "%1 has more than %2 cell formats; refused."),
            ("file", "limit"),
        ),
        "workbook_xml_entities": (
            translate(
                "workbook",
                "%1 declares XML entities (%2), a possible XML bomb or external entity attack; refused.",
            ),
            ("file", "cause"),
        ),
        "workbook_unreadable": (
            translate("workbook", "%1 cannot be read: %2."),
            ("file", "reason"),
        ),
        "workbook_sheet_unreadable": (
            translate("workbook", "%1: the sheet “%2” cannot be read: %3."),
            ("file", "sheet", "reason"),
        ),
    }
