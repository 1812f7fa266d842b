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
from micdesk.gui.refusal_texts import refusal_texts

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
        "columns",
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
    entry = refusal_texts().get(key)
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
        "crosswalk_rounded": (
            translate(
                "review",
                "Rounded to %1: %2 takes whole numbers; the exact converted value is %3.",
            ),
            ("value", "code", "exact"),
        ),
        "crosswalk_sum_incomplete": (
            translate(
                "review",
                "Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.",
            ),
            ("parts", "code"),
        ),
        "crosswalk_to_split": (
            translate("review", "%1 was %2: split it by hand between %3."),
            ("code", "value", "parts"),
        ),
        "crosswalk_not_written": (
            translate(
                "review",
                "The crosswalk would write %1 here, but %2 already has a value of its own.",
            ),
            ("value", "code"),
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
        "crosswalk": translate("history", "Template update (crosswalk)"),
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
