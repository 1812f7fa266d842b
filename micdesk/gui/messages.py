"""Translated texts for the core's findings, kinds and notations (from rule and params)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from micdesk.core.placeholders import fill
from micdesk.core.review import ReviewReason, decode_review
from micdesk.core.validation import Finding, Rule
from micdesk.core.vocabulary import Notation
from micdesk.gui.numbers import format_datetime, format_integer, format_number
from micdesk.gui.workbook_messages import workbook_refusal_texts

if TYPE_CHECKING:
    # Only named in a signature: importing it at run time would pull the submission
    # reader and openpyxl into the window's start-up (issue 21).
    from micdesk.core.submission_load import NotLoadable

translate = QCoreApplication.translate


def rule_text(rule: Rule) -> str:
    """The translatable sentence of a rule, with %1, %2 for its parameters."""
    return {
        Rule.BELOW_MINIMUM: translate("findings", "%1 is below the minimum %2."),
        Rule.ABOVE_MAXIMUM: translate("findings", "%1 is above the maximum %2."),
        Rule.DISAGGREGATION_MISMATCH: translate(
            "findings", "The breakdown adds up to %1, but the total is %2."
        ),
        Rule.INVALID_STORED_VALUE: translate(
            "findings", "The stored value “%1” does not fit this indicator any more."
        ),
        Rule.REQUIRED_MISSING: translate(
            "findings", "Required: enter the figure, or NA, NE or C if there is none."
        ),
        Rule.CUMULATIVE_DECREASED: translate(
            "findings",
            "The cumulative value %1 is below the previous period's %2: explain it in a comment.",
        ),
        Rule.SUDDEN_INCREASE: translate(
            "findings",
            "%1 is more than three times the previous period's %2: confirm it in a comment.",
        ),
        Rule.NEEDS_REVIEW: translate("findings", "To review after a template update: %1"),
    }[rule]


_PARAMS = {
    Rule.BELOW_MINIMUM: ("value", "minimum"),
    Rule.ABOVE_MAXIMUM: ("value", "maximum"),
    Rule.DISAGGREGATION_MISMATCH: ("sum", "total"),
    Rule.INVALID_STORED_VALUE: ("value",),
    Rule.REQUIRED_MISSING: (),
    Rule.CUMULATIVE_DECREASED: ("value", "previous"),
    Rule.SUDDEN_INCREASE: ("value", "previous"),
    Rule.NEEDS_REVIEW: ("reason",),
}


def _localised(text: str, locale: QLocale) -> str:
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    return format_number(number, locale) if number.is_finite() else text


def finding_message(finding: Finding, locale: QLocale) -> str:
    """The finding's sentence in the user's language, numbers in their locale."""
    values = []
    for name in _PARAMS[finding.rule]:
        value = finding.params.get(name, "")
        if name == "reason":
            if "review" in finding.params:
                value = review_message(decode_review(finding.params["review"]), locale)
        else:
            value = _localised(value, locale)
        values.append(value)
    return fill(rule_text(finding.rule), *values)


def notation_text(notation: Notation | None) -> str:
    """The label of a notation key in the selector."""
    if notation is None:
        return "—"  # beside "No figure?": there is one
    return {
        Notation.NOT_APPLICABLE: QCoreApplication.translate("notation", "NA — not applicable"),
        Notation.NOT_ESTIMATED: QCoreApplication.translate("notation", "NE — not estimated"),
        Notation.CONFIDENTIAL: QCoreApplication.translate("notation", "C — confidential"),
    }[notation]


def unit_text(unit: str) -> str:
    """A template's unit in the user's language (the template names units once, in English)."""
    known = {
        "count": translate("units", "count"),
        "t": translate("units", "t"),
        "MWh": translate("units", "MWh"),
        "%": translate("units", "%"),
    }
    return known.get(unit, unit)


# The core's refusals, questions and review reasons (key + params → the user's language) -----

_NUMERIC_PARAMS = frozenset(
    {
        "value",
        "minimum",
        "maximum",
        "length",
        "revision",
        "count",
        "before",
        "after",
        "size",
        "limit",
        "ratio",
    }
)


def _fill(message: str, params: dict[str, str], names: tuple[str, ...], locale: QLocale) -> str:
    values = [
        _localised(params.get(name, ""), locale)
        if name in _NUMERIC_PARAMS
        else params.get(name, "")
        for name in names
    ]
    return fill(message, *values)


def narrative_field_text(field: str) -> str:
    """The name of a narrative field ('progress', 'challenges', 'support')."""
    return {
        "progress": translate("narrative", "Progress made in the period"),
        "challenges": translate("narrative", "Challenges met"),
        "support": translate("narrative", "Support needed from UNIDO"),
    }.get(field, field)


def _refusal_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
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


_NARRATIVE_FIELD_KEYS = frozenset({"narrative_too_long", "narrative_changed"})


def error_message(error: Exception, locale: QLocale) -> str:
    """A core refusal or question (a ``Keyed`` error: ValueRefused, LoadRefused, ...) translated.

    Falls back to the English ``str(error)`` for an error without a known key.
    """
    return keyed_message(
        getattr(error, "key", ""), getattr(error, "params", {}) or {}, str(error), locale
    )


def keyed_message(key: str, params: Mapping[str, str], english: str, locale: QLocale) -> str:
    """The sentence of a refusal's key and params in the user's language (``english`` if unknown)."""
    entry = _refusal_texts().get(key) or workbook_refusal_texts().get(key)
    if entry is None:
        return english
    params = dict(params)
    if key in _NARRATIVE_FIELD_KEYS:
        params["field"] = narrative_field_text(params.get("field", ""))
    message, names = entry
    return _fill(message, params, names, locale)


def not_loadable_message(item: NotLoadable, locale: QLocale) -> str:
    """A row of a loaded file that cannot go into the installed template, and why."""
    reason = keyed_message(item.key, item.params, item.reason, locale)
    return fill(
        translate("load", "Not loadable: %1 row %2 (%3): %4"),
        item.sheet,
        format_integer(item.sheet_row, locale),
        item.what,
        reason,
    )


def _review_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        "cell_removed": (
            translate("review", "The cell “%1” is no longer part of the breakdown of %2."),
            ("cell", "code"),
        ),
        "cell_removed_from": (
            translate("review", "The cell “%1” is no longer part of the breakdown of %2 (“%3”)."),
            ("cell", "code", "disaggregation"),
        ),
        "not_in_choice_list": (
            translate("review", "“%1” is no longer in the choice list “%2”."),
            ("value", "choice_list"),
        ),
        "not_whole_number": (
            translate("review", "“%1” is not a whole number, which %2 now takes."),
            ("value", "code"),
        ),
        "not_number": (
            translate("review", "“%1” is not a number, which %2 now takes."),
            ("value", "code"),
        ),
        "not_percent": (
            translate("review", "“%1” is not a percentage, which %2 now takes."),
            ("value", "code"),
        ),
        "not_yes_no": (
            translate("review", "“%1” is not yes or no, which %2 now takes."),
            ("value", "code"),
        ),
        "not_kind": (
            translate("review", "“%1” is not of the kind %2, which %3 now takes."),
            ("value", "kind", "code"),
        ),
        "below_minimum": (
            translate("review", "%1 is below the new minimum %2."),
            ("value", "minimum"),
        ),
        "above_maximum": (
            translate("review", "%1 is above the new maximum %2."),
            ("value", "maximum"),
        ),
        "not_moved": (
            translate(
                "review",
                "Not moved to %1, which replaces %2: %1 already has a value here.",
            ),
            ("target", "code"),
        ),
    }


def review_message(reason: ReviewReason | None, locale: QLocale) -> str:
    """Why a value needs review after a template update, in the user's language.

    Text stored by an older version (no key) is shown as it was stored.
    """
    if reason is None:
        return ""
    entry = _review_texts().get(reason.key)
    if entry is None:
        return reason.text
    message, names = entry
    return _fill(message, dict(reason.params), names, locale)


def attribute_text(attribute: str) -> str:
    """The name of a recorded attribute in the change history."""
    if attribute.startswith("narrative:"):
        return narrative_field_text(attribute.partition(":")[2])
    return {
        "value": translate("history", "Value"),
        "notation": translate("history", "Notation key"),
        "comment": translate("history", "Comment"),
        "source": translate("history", "Source"),
        "follow_up": translate("history", "Follow-up flag"),
        "indicator_code": translate("history", "Indicator code"),
        "archived": translate("history", "Archived"),
        "needs_review": translate("history", "To review"),
    }.get(attribute, attribute)


def origin_text(origin: str) -> str:
    """Who or what made a recorded change."""
    return {
        "user": translate("history", "You"),
        "undo": translate("history", "Undo"),
        "redo": translate("history", "Redo"),
        "load": translate("history", "Loaded file"),
        "template": translate("history", "Template update"),
    }.get(origin, origin)


def recorded_text(attribute: str, text: str | None, locale: QLocale) -> str:
    """A recorded old or new text as the history shows it ('—' for none)."""
    if text is None or text == "":
        return "—"
    if attribute in ("follow_up", "archived") and text in ("yes", "no"):
        return translate("history", "yes") if text == "yes" else translate("history", "no")
    if attribute == "needs_review":
        return review_message(decode_review(text), locale)
    if attribute == "notation":
        try:
            return notation_text(Notation(text))
        except ValueError:
            return text
    if attribute == "value" and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        return _localised(text, locale)  # a stored number, in the format locale's digits
    return text


def datetime_text(when: datetime, locale: QLocale) -> str:
    """A moment in local time, written the format locale's way with seconds (its digits too)."""
    return format_datetime(when, locale, seconds=True)
