"""Translated texts for the core's findings, kinds and notations (from rule and params)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from micdesk.core.model import Notation
from micdesk.core.validation import Finding, Rule
from micdesk.gui.numbers import format_number

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
            "findings", "Required: enter a value or a notation key (NA, NE or C)."
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
        return format_number(Decimal(text), locale)
    except (InvalidOperation, ValueError):
        return text


def finding_message(finding: Finding, locale: QLocale) -> str:
    """The finding's sentence in the user's language, numbers in their locale."""
    message = rule_text(finding.rule)
    for index, name in enumerate(_PARAMS[finding.rule], start=1):
        value = finding.params.get(name, "")
        if name != "reason":
            value = _localised(value, locale)
        message = message.replace(f"%{index}", value)
    return message


def notation_text(notation: Notation | None) -> str:
    """The label of a notation key in the selector."""
    if notation is None:
        return QCoreApplication.translate("notation", "— (value)")
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
