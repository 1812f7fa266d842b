"""What the consolidated workbook reads from the store: the submissions, their values,
narratives and targets, and a catalogue of the indicators that describes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select

from micdesk.core.consolidation_files import FileOutcome
from micdesk.core.kinds import Kind
from micdesk.core.model import (
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Submission,
    SubmissionExport,
    Template,
)
from micdesk.core.periods import period_sort_key
from micdesk.core.programme_results import finite_number
from micdesk.core.store import Store
from micdesk.core.template_store import load_template
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import pick_text

LAST_INDEX = 1 << 30
"""Sort position of whatever no template orders: after everything that one does."""


@dataclass
class IndicatorInfo:
    """What the workbook needs to know about an indicator, from the store or a file."""

    label: str
    kind: Kind | None
    unit: str
    area: str
    order: tuple[int, int]
    cumulative: bool = False
    cells: list[str] = field(default_factory=lambda: [TOTAL_CELL])
    # Without a kind (an indicator known from no template and no file of this run),
    # its values count as numbers when every one of them is a number.
    all_numbers: bool = False

    @property
    def numeric(self) -> bool:
        """Its values are numbers: by its kind, or, kind unknown, by its values."""
        return self.kind.is_numeric if self.kind is not None else self.all_numbers

    def cell_order(self, cell: str) -> tuple[int, str]:
        """Sort key of a cell: the template's order, unknown cells after, by name."""
        return (self.cells.index(cell), "") if cell in self.cells else (LAST_INDEX, cell)


def indicator_catalogue(
    store: Store, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> dict[tuple[str, str], IndicatorInfo]:
    """Indicators by (template id, code): the store's templates (newest version wins), then
    the files' Data sheets for indicators the store does not know."""
    catalogue: dict[tuple[str, str], IndicatorInfo] = {}
    with store.read() as session:
        versions = session.execute(
            select(Template.template_id, Template.version).order_by(
                Template.template_id, Template.version
            )
        ).all()
        for template_id, version in versions:
            template = load_template(session, template_id, version)
            area_order = {area.code: area.order for area in template.areas}
            for indicator in template.indicators:
                catalogue[(template_id, indicator.code)] = IndicatorInfo(
                    label=pick_text(indicator.label, language, template.default_language),
                    kind=indicator.kind,
                    unit=indicator.unit,
                    area=indicator.area,
                    order=(area_order.get(indicator.area, LAST_INDEX), indicator.order),
                    cumulative=indicator.cumulative,
                    cells=template.cells_of(indicator),
                )
    known = set(catalogue)
    files = [o.submission for o in outcomes if o.submission is not None]
    # The newest template version's wording wins for an indicator the store lacks.
    for file in sorted(files, key=lambda f: -f.template_version):
        for position, row in enumerate(file.rows):
            key = (file.template_id, row.indicator_code)
            if key in known:
                continue
            info = catalogue.get(key)
            if info is None:
                info = catalogue[key] = IndicatorInfo(
                    label=row.indicator_label,
                    kind=row.kind,
                    unit=row.unit,
                    area=row.area,
                    order=(LAST_INDEX, position),
                    cells=[],
                )
            if row.cell not in info.cells:
                info.cells.append(row.cell)
    for info in catalogue.values():
        if TOTAL_CELL not in info.cells:
            info.cells.insert(0, TOTAL_CELL)
    return catalogue


@dataclass(frozen=True)
class StoredSubmission:
    """A submission in the store, with the template version of its newest export."""

    id: int
    country: str
    period: str
    template_id: str
    template_version: int | None
    revision: int
    uuid: str = ""
    """The newest export's UUID and hash ('' for a submission never exported)."""
    sha256: str = ""

    @property
    def sort_key(self) -> tuple[str, tuple[int, int], str]:
        """Country, then period in time order, then template."""
        return self.country, period_key(self.period), self.template_id


def period_key(period: str) -> tuple[int, int]:
    """Sort key of a period: time order, anything unparsable last."""
    try:
        return period_sort_key(period)
    except ValueError:
        return (LAST_INDEX, 0)


class StoredData(NamedTuple):
    """Everything the consolidated workbook shows, read in one transaction."""

    submissions: dict[int, StoredSubmission]
    values: list[IndicatorValue]
    narratives: list[Narrative]
    targets: dict[tuple[str, str, str], IndicatorTarget]


def load_stored(store: Store) -> StoredData:
    """The store's submissions, current (not archived) values, narratives and targets."""
    with store.read() as session:
        newest: dict[int, tuple[int, int | None, str, str]] = {}
        for submission_fk, revision, version, uuid, sha256 in session.execute(
            select(
                SubmissionExport.submission_fk,
                SubmissionExport.revision,
                SubmissionExport.template_version,
                SubmissionExport.uuid,
                SubmissionExport.sha256,
            )
        ):
            if submission_fk not in newest or revision > newest[submission_fk][0]:
                newest[submission_fk] = (revision, version, uuid, sha256)
        submissions = {}
        for row in session.scalars(select(Submission)):
            _revision, version, uuid, sha256 = newest.get(row.id, (0, None, "", ""))
            submissions[row.id] = StoredSubmission(
                row.id,
                row.country,
                row.period,
                row.template_id,
                version,
                row.revision,
                uuid,
                sha256,
            )
        values = list(
            session.scalars(select(IndicatorValue).where(IndicatorValue.archived.is_(False)))
        )
        narratives = list(session.scalars(select(Narrative)))
        targets = {
            (t.country, t.template_id, t.indicator_code): t
            for t in session.scalars(select(IndicatorTarget))
        }
    return StoredData(submissions, values, narratives, targets)


def infer_unknown(
    catalogue: dict[tuple[str, str], IndicatorInfo],
    submissions: dict[int, StoredSubmission],
    values: list[IndicatorValue],
) -> None:
    """Add the stored indicators nothing describes; note those whose values are all numbers."""
    texts: dict[tuple[str, str], list[str | None]] = {}
    for value in values:
        key = (submissions[value.submission_fk].template_id, value.indicator_code)
        info = catalogue.get(key)
        if info is None or info.kind is None:
            texts.setdefault(key, []).append(value.value)
    for key, found in texts.items():
        info = catalogue.setdefault(
            key, IndicatorInfo(label="", kind=None, unit="", area="", order=(LAST_INDEX, 0))
        )
        present = [text for text in found if text is not None]
        info.all_numbers = bool(present) and all(
            finite_number(text) is not None for text in present
        )
