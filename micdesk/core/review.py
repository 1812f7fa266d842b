"""Why a value is flagged for review after a template update: a key and parameters, stored as text.

``IndicatorValue.needs_review`` is a free-text column. A template update stores a
``ReviewReason`` there as a small JSON object (its key, its parameters and its English
sentence), so the window can say it in the user's language. Text stored by earlier
versions (the English sentence alone) reads back as a reason without a key, shown as
it is. An unknown key (from a newer version) reads back as its English sentence.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

REVIEW_TEXTS: dict[str, str] = {
    "cell_removed": "the cell '{cell}' is no longer part of the breakdown of {code}",
    "cell_removed_from": (
        "the cell '{cell}' is no longer part of the breakdown of {code} ('{disaggregation}')"
    ),
    "not_in_choice_list": "'{value}' is not in the choice list '{choice_list}' any more",
    "not_whole_number": "'{value}' is not a whole number, which {code} now takes",
    "not_number": "'{value}' is not a number, which {code} now takes",
    "not_percent": "'{value}' is not a number (percent), which {code} now takes",
    "not_yes_no": "'{value}' is not yes or no, which {code} now takes",
    "not_kind": "'{value}' is not {kind}, which {code} now takes",
    "below_minimum": "{value} is below the minimum {minimum}",
    "above_maximum": "{value} is above the maximum {maximum}",
    "not_moved": (
        "not moved to {target}, which replaces {code}: {target} already has a value here"
    ),
    "crosswalk_rounded": (
        "rounded to {value}: {code} takes whole numbers; the exact converted value is {exact}"
    ),
    "crosswalk_sum_incomplete": (
        "not summed, a part is missing or a notation key: {parts}; enter {code} by hand"
    ),
    "crosswalk_to_split": "{code} was {value}: split it by hand between {parts}",
    "crosswalk_not_written": (
        "the crosswalk would write {value} here, but {code} already has a value of its own"
    ),
}
"""The English sentence of each key (the command line's, and what older versions stored)."""

WORK_BY_HAND = frozenset(
    {
        "not_moved",
        "crosswalk_rounded",
        "crosswalk_sum_incomplete",
        "crosswalk_to_split",
        "crosswalk_not_written",
    }
)
"""Keys that ask for work no rule checks: only a change to the value settles them.

The other keys are a rule's verdict, which each template version judges again.
"""


@dataclass(frozen=True)
class ReviewReason:
    """Why a value needs review: ``key`` (empty for old free text) and its ``params``."""

    key: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, key: str, **params: object) -> ReviewReason:
        """A reason with its parameters as text."""
        return cls(key, {name: str(value) for name, value in params.items()})

    @property
    def text(self) -> str:
        """The English sentence."""
        template = REVIEW_TEXTS.get(self.key)
        if template is None:
            return self.params.get("text", "")
        try:
            return template.format(**self.params)
        except KeyError:
            return self.params.get("text", "")

    def encode(self) -> str:
        """The stored form (JSON; a keyless reason stores its text alone, as before)."""
        if not self.key:
            return self.params.get("text", "")
        return json.dumps(
            {"key": self.key, "params": dict(self.params), "text": self.text},
            ensure_ascii=False,
            sort_keys=True,
        )


def decode_review(stored: str | None) -> ReviewReason | None:
    """The reason of a stored ``needs_review`` text; None when the value is not flagged."""
    if not stored:
        return None
    if stored.startswith("{"):
        try:
            data = json.loads(stored)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("key"), str):
            params = data.get("params")
            params = params if isinstance(params, dict) else {}
            params = {str(name): str(value) for name, value in params.items()}
            template = REVIEW_TEXTS.get(data["key"])
            try:
                if template is not None and template.format(**params):
                    return ReviewReason(data["key"], params)
            except (KeyError, IndexError):
                pass
            return ReviewReason("", {"text": str(data.get("text") or stored)})
    return ReviewReason("", {"text": stored})


def review_text(stored: str | None) -> str:
    """The English sentence of a stored ``needs_review`` text ('' when not flagged)."""
    reason = decode_review(stored)
    return reason.text if reason is not None else ""


def asks_for_work_by_hand(stored: str | None) -> bool:
    """Whether a stored flag asks for work by hand (WORK_BY_HAND), not for a rule's verdict."""
    reason = decode_review(stored)
    return reason is not None and reason.key in WORK_BY_HAND
