"""The core's refusals and questions in the user's language: one sentence per ``RefusalKey``.

The one catalogue of them, workbook refusals (``xlsx_files.UnreadableWorkbook``)
included. ``messages.keyed_message`` fills a sentence with the refusal's parameters;
numbers among them follow the format locale. ``tests/test_i18n_messages.py`` walks
``RefusalKey`` and fails for a key without a sentence here, or a sentence without a key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def refusal_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Refusal key → (translated sentence with %1…, the parameter names in order)."""
    return {
        "not_finite": (translate("refusals", "%1 is not a finite number."), ("value",)),
        "whole_number": (
            translate("refusals", "%1 takes a whole number, not “%2”."),
            ("code", "value"),
        ),
        "number": (translate("refusals", "%1 takes a number, not “%2”."), ("code", "value")),
        "finite_number": (
            translate("refusals", "%1 takes a finite number, not “%2”."),
            ("code", "value"),
        ),
        "yes_no": (translate("refusals", "%1 takes yes or no, not “%2”."), ("code", "value")),
        "text": (translate("refusals", "%1 takes text, not “%2”."), ("code", "value")),
        "one_of": (
            translate("refusals", "%1 takes one of %2, not “%3”."),
            ("code", "choices", "value"),
        ),
        "some_of": (
            translate("refusals", "%1 takes some of %2, not “%3”."),
            ("code", "choices", "value"),
        ),
        "not_a_number": (translate("refusals", "%1: “%2” is not a number."), ("code", "value")),
        "not_yes_no": (
            translate("refusals", "%1: “%2” is not yes or no."),
            ("code", "value"),
        ),
        "unknown_indicator": (
            translate("refusals", "There is no indicator %1 in template %2, version %3."),
            ("code", "template", "version"),
        ),
        "unknown_cell": (
            translate("refusals", "Indicator %1 has no cell “%2”."),
            ("code", "cell"),
        ),
        "value_or_notation": (
            translate("refusals", "%1: a cell holds a value or a notation key, not both."),
            ("code",),
        ),
        "read_only": (
            translate(
                "refusals",
                "This data is open read-only because the data file is damaged: export what "
                "you need, then restore a backup (File → Restore a backup).",
            ),
            (),
        ),
        "narrative_too_long": (
            translate(
                "refusals", "The narrative “%1” of %2 has %3 characters; at most %4 are allowed."
            ),
            ("field", "area", "length", "maximum"),
        ),
        # PeriodError: the key is the template's periodicity.
        "annual": (
            translate("periods", "“%1” is not an annual reporting period such as %2."),
            ("text", "example"),
        ),
        "semiannual": (
            translate("periods", "“%1” is not a half-yearly reporting period such as %2."),
            ("text", "example"),
        ),
        # ReasonRequired.
        "exported": (
            translate(
                "refusals",
                "UNIDO received %1 in final revision %2. Say why it changes: "
                "one reason covers every change until your next export.",
            ),
            ("code", "revision"),
        ),
        # A bad country code (normalise_country; a loaded file's country).
        "country_code": (
            translate("refusals", "“%1” is not an ISO 3166-1 alpha-3 country code such as KEN."),
            ("text",),
        ),
        # LoadRefused: the load dialog's refusals.
        "template_not_installed": (
            translate(
                "refusals",
                "%1 is on the template “%2”, which is not installed: import it first "
                "(File → Import template…).",
            ),
            ("file", "template"),
        ),
        "edited": (
            translate(
                "refusals",
                "%1 was edited after it was exported; nothing was loaded. Check the changes "
                "listed and accept the edited file to load it.",
            ),
            ("file",),
        ),
        "unresolved": (
            translate("refusals", "%1 conflicts need a choice: keep yours or take theirs."),
            ("count",),
        ),
        "submission_removed": (
            translate(
                "refusals", "The submission was removed since the file was read; read it again."
            ),
            (),
        ),
        "nothing_loadable": (
            translate(
                "refusals",
                "None of the values in %1 can go into the installed template (%2 not "
                "loadable); nothing was loaded.",
            ),
            ("file", "count"),
        ),
        "store_changed": (
            translate("refusals", "The data changed since the file was read; read it again."),
            (),
        ),
        "value_changed": (
            translate("refusals", "%1 changed since the file was read; read it again."),
            ("what",),
        ),
        "narrative_changed": (
            translate(
                "refusals",
                "The narrative “%1” of %2 changed since the file was read; read it again.",
            ),
            ("field", "area"),
        ),
        # NotLoadable: why a row of a loaded file cannot go into the installed template.
        "area_not_in_template": (
            translate("refusals", "There is no area %1 in version %2 of the template."),
            ("area", "version"),
        ),
        "not_narrative_field": (
            translate("refusals", "“%1” is not a narrative field (%2)."),
            ("name", "fields"),
        ),
        "narrative_length": (
            translate("refusals", "%1 characters; at most %2 are allowed."),
            ("length", "maximum"),
        ),
        # TemplateSignatureRefused: who signed a template forbids installing it.
        "signature_broken": (
            translate(
                "refusals",
                "%1: the signature does not match: the template was changed after it was "
                "signed. Nothing was changed.",
            ),
            ("file",),
        ),
        "signature_unknown_key": (
            translate(
                "refusals",
                "%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.",
            ),
            ("file", "fingerprint"),
        ),
        "signature_revoked": (
            translate(
                "refusals",
                "%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.",
            ),
            ("file", "fingerprint"),
        ),
        "signature_required": (
            translate(
                "refusals",
                "%1 is unsigned, and this installation accepts only templates signed by UNIDO. "
                "Nothing was changed.",
            ),
            ("file",),
        ),
        # UnreadableWorkbook: why a whole file cannot be read (params: file and the details).
        "workbook_unsafe_install": (
            translate(
                "refusals",
                "defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.",
            ),
            (),
        ),
        "workbook_missing": (translate("refusals", "%1: there is no such file."), ("file",)),
        "workbook_unreadable_os": (
            translate("refusals", "%1: the file cannot be read (%2)."),
            ("file", "reason"),
        ),
        "workbook_folder": (
            translate("refusals", "%1 is a folder, not a workbook file."),
            ("file",),
        ),
        "workbook_not_regular": (
            translate("refusals", "%1 is not a regular file; only workbook files are read."),
            ("file",),
        ),
        "workbook_too_big": (
            translate("refusals", "%1: the file is %2 MB, more than the %3 MB limit."),
            ("file", "size", "limit"),
        ),
        "workbook_encrypted": (
            translate(
                "refusals",
                "%1 is password-protected (encrypted) or an old .xls file: save it as an "
                "unprotected .xlsx workbook.",
            ),
            ("file",),
        ),
        "workbook_not_zip": (
            translate("refusals", "%1 is not an .xlsx workbook (it is not a zip package)."),
            ("file",),
        ),
        "workbook_damaged": (
            translate("refusals", "%1 is damaged or truncated (%2)."),
            ("file", "reason"),
        ),
        "workbook_bad_part_name": (
            translate("refusals", "%1 is damaged: a part of it has an unreadable name."),
            ("file",),
        ),
        "workbook_too_many_parts": (
            translate("refusals", "%1 has %2 parts, too many for a workbook."),
            ("file", "count"),
        ),
        "workbook_encrypted_part": (
            translate(
                "refusals", "%1: the part %2 is encrypted; save the workbook without a password."
            ),
            ("file", "part"),
        ),
        "workbook_compression": (
            translate(
                "refusals",
                "%1: the part %2 is compressed in a way micdesk does not read (%3); save it "
                "again from Excel or LibreOffice.",
            ),
            ("file", "part", "method"),
        ),
        "workbook_zip_bomb": (
            translate("refusals", "%1: the part %2 expands %3 times (a zip bomb?); refused."),
            ("file", "part", "ratio"),
        ),
        "workbook_part_too_big": (
            translate("refusals", "%1: the part %2 is %3 MB unpacked, more than the %4 MB limit."),
            ("file", "part", "size", "limit"),
        ),
        "workbook_expands_too_much": (
            translate("refusals", "%1 expands to %2 MB, more than the %3 MB limit."),
            ("file", "size", "limit"),
        ),
        "workbook_no_workbook_part": (
            translate("refusals", "%1 is not an .xlsx workbook (there is no workbook inside)."),
            ("file",),
        ),
        "workbook_macros": (
            translate(
                "refusals", "%1 contains macros: save it as a plain .xlsx workbook without macros."
            ),
            ("file",),
        ),
        "workbook_too_many_rows": (
            translate("refusals", "%1: the sheet %2 has more than %3 rows; refused."),
            ("file", "part", "limit"),
        ),
        "workbook_far_cells": (
            translate("refusals", "%1 has more than %2 cells beyond column %3; refused."),
            ("file", "limit", "columns"),
        ),
        "workbook_far_cell": (
            translate(
                "refusals",
                "%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.",
            ),
            ("file", "part", "cell", "limit"),
        ),
        "workbook_far_formatting": (
            translate(
                "refusals",
                "%1 has more than %2 formatted cells beyond the columns micdesk reads: clear "
                "their formatting.",
            ),
            ("file", "limit"),
        ),
        "workbook_too_many_strings": (
            translate("refusals", "%1 has more than %2 different texts; refused."),
            ("file", "limit"),
        ),
        "workbook_too_many_formats": (
            translate("refusals", "%1 has more than %2 cell formats; refused."),
            ("file", "limit"),
        ),
        "workbook_xml_entities": (
            translate(
                "refusals",
                "%1 declares XML entities, a possible attack on the program reading it; "
                "refused (%2).",
            ),
            ("file", "cause"),
        ),
        "workbook_sheet_unreadable": (
            translate("refusals", "%1: the sheet %2 cannot be read (%3)."),
            ("file", "sheet", "reason"),
        ),
        "workbook_unreadable": (
            translate("refusals", "%1 cannot be read (%2)."),
            ("file", "reason"),
        ),
        # TemplateImportRefused.
        "changed_since_preview": (
            translate(
                "refusals",
                "The template “%1” changed since the check (now version %2): check the "
                "workbook again. Nothing was changed.",
            ),
            ("template", "installed"),
        ),
        "not_above": (
            translate(
                "refusals",
                "Version %1 of “%2” is not above the installed version %3; nothing was changed.",
            ),
            ("version", "template", "installed"),
        ),
        "count_changed": (
            translate(
                "refusals",
                "The import would change the number of values (%1 → %2); nothing was changed.",
            ),
            ("before", "after"),
        ),
    }
