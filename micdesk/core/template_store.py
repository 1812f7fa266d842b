"""Keeping templates in the store: install a version, read back the current one."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from micdesk.core.kinds import kind_of
from micdesk.core.model import Area, Choice, DisaggregationValue, Indicator, Template, columns
from micdesk.core.store import Store
from micdesk.core.vocabulary import Periodicity
from micdesk.core.workplan import (
    ChoiceOption,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
    disaggregations_from,
)


class TemplateNotInstalled(LookupError):
    """No version of the requested template is installed."""


def install_template(session: Session, template: WorkPlanTemplate) -> Template:
    """Add one template version to the store (in the caller's transaction)."""
    row = Template(
        template_id=template.template_id,
        version=template.version,
        title=dict(template.title),
        default_language=template.default_language,
        languages=template.languages,
        periodicity=template.periodicity.value,
        portal=template.portal or None,
    )
    session.add(row)
    session.flush()
    # Plain multi-row inserts, not an ORM object per row: a 2,000-indicator version is
    # installed by every template import (issue 21).
    _insert_rows(
        session,
        Area,
        [
            {
                "template_fk": row.id,
                "code": area.code,
                "order": area.order,
                "title": dict(area.title),
                "description": dict(area.description),
                "tools": dict(area.tools),
                "government_role": dict(area.government_role),
                "outcomes": dict(area.outcomes),
                "outputs": dict(area.outputs),
            }
            for area in template.areas
        ],
    )
    area_keys = {
        code: key
        for code, key in session.execute(
            select(Area.code, Area.id).where(Area.template_fk == row.id)
        )
    }
    _insert_rows(
        session,
        Indicator,
        [
            {
                "template_fk": row.id,
                "area_fk": area_keys[indicator.area],
                "code": indicator.code,
                "order": indicator.order,
                "label": dict(indicator.label),
                "hint": dict(indicator.hint),
                "kind": indicator.kind.value,
                "unit": indicator.unit,
                "required": indicator.required,
                "min_value": _decimal_text(indicator.min_value),
                "max_value": _decimal_text(indicator.max_value),
                "cumulative": indicator.cumulative,
                "disaggregation": indicator.disaggregation,
                "choice_list": indicator.choice_list,
                "replaces": indicator.replaces,
            }
            for indicator in template.indicators
        ],
    )
    _insert_rows(
        session,
        Choice,
        [
            {
                "template_fk": row.id,
                "list_name": list_name,
                "value": option.value,
                "order": order,
                "label": dict(option.label),
            }
            for list_name, options in template.choice_lists.items()
            for order, option in enumerate(options)
        ],
    )
    cells = [
        (disaggregation.name, dimension.name, option)
        for disaggregation in template.disaggregations.values()
        for dimension in disaggregation.dimensions
        for option in dimension.values
    ]
    _insert_rows(
        session,
        DisaggregationValue,
        [
            {
                "template_fk": row.id,
                "name": name,
                "dimension": dimension,
                "value": option.value,
                "order": order,
                "label": dict(option.label),
            }
            for order, (name, dimension, option) in enumerate(cells)
        ],
    )
    return row


def _insert_rows(session: Session, table: type[Any], rows: list[dict[str, Any]]) -> None:
    if rows:  # an empty parameter list is not an executemany
        session.execute(insert(table), rows)


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def template_from_row(
    row: Any,
    areas: Iterable[Any],
    indicators: Iterable[Any],
    choices: Iterable[Any],
    disaggregation_cells: Iterable[Any],
) -> WorkPlanTemplate:
    """Turn a stored template version and its rows (ORM objects or plain rows) into data."""
    areas = list(areas)
    choice_lists: dict[str, list[ChoiceOption]] = {}
    for choice in choices:
        choice_lists.setdefault(choice.list_name, []).append(
            ChoiceOption(value=choice.value, label=dict(choice.label))
        )
    dimensions: dict[str, dict[str, list[ChoiceOption]]] = {}
    for cell in disaggregation_cells:
        dimensions.setdefault(cell.name, {}).setdefault(cell.dimension, []).append(
            ChoiceOption(value=cell.value, label=dict(cell.label))
        )
    area_codes = {area.id: area.code for area in areas}
    return WorkPlanTemplate(
        template_id=row.template_id,
        version=row.version,
        title=dict(row.title),
        default_language=row.default_language,
        periodicity=Periodicity(row.periodicity),
        portal=row.portal or "",
        areas=tuple(
            WorkPlanArea(
                code=a.code,
                order=a.order,
                title=dict(a.title),
                description=dict(a.description),
                tools=dict(a.tools),
                government_role=dict(a.government_role),
                outcomes=dict(a.outcomes),
                outputs=dict(a.outputs),
            )
            for a in areas
        ),
        indicators=tuple(
            sorted(
                (
                    IndicatorDefinition(
                        code=i.code,
                        area=area_codes[i.area_fk],
                        order=i.order,
                        label=dict(i.label),
                        hint=dict(i.hint),
                        kind=kind_of(i.kind),
                        unit=i.unit,
                        required=i.required,
                        min_value=None if i.min_value is None else Decimal(i.min_value),
                        max_value=None if i.max_value is None else Decimal(i.max_value),
                        cumulative=i.cumulative,
                        disaggregation=i.disaggregation,
                        choice_list=i.choice_list,
                        replaces=i.replaces,
                    )
                    for i in indicators
                ),
                key=lambda i: (i.area, i.order),
            )
        ),
        choice_lists={name: tuple(options) for name, options in choice_lists.items()},
        disaggregations=disaggregations_from(dimensions),
    )


def installed_version(session: Session, template_id: str) -> int | None:
    """The newest installed version of a template, or None."""
    template = columns(Template)
    return session.scalar(
        select(func.max(template.version)).where(template.template_id == template_id)
    )


def installed_template_ids(session: Session) -> list[str]:
    """Every template id with at least one installed version."""
    template_id = columns(Template).template_id
    return list(session.scalars(select(template_id).distinct().order_by(template_id)))


def load_template(
    session: Session, template_id: str, version: int | None = None
) -> WorkPlanTemplate:
    """Read a template version (the newest by default) as plain data."""
    if version is None:
        version = installed_version(session, template_id)
    template = columns(Template)
    row = session.execute(
        select(Template.__table__).where(
            template.template_id == template_id, template.version == version
        )
    ).first()
    if row is None:
        raise TemplateNotInstalled(f"template '{template_id}' version {version} is not installed")
    # Plain rows, not ORM objects: a 2,000-indicator version is read at every start (issue 21).
    return template_from_row(
        row,
        _rows(session, Area, row.id),
        _rows(session, Indicator, row.id),
        _rows(session, Choice, row.id),
        _rows(session, DisaggregationValue, row.id),
    )


def _rows(
    session: Session,
    table: type[Area | Indicator | Choice | DisaggregationValue],
    template_key: int,
) -> list[Any]:
    """A template's rows of one table as plain rows, in their order (as the relationships)."""
    row = columns(table)
    return list(
        session.execute(
            select(table.__table__)
            .where(row.template_fk == template_key)
            .order_by(row.order, row.id)
        )
    )


# The built-in template's id (micdesk/templates/default.toml; a test holds the two equal):
# start-up asks whether it is installed without parsing the whole template (issue 21).
DEFAULT_TEMPLATE_ID = "unido-mic-workplan"


def ensure_default_installed(store: Store) -> str:
    """Install the built-in template on first run, without reading it back; its template id.

    Start-up needs only to know it is there: reading a 2,000-indicator version back
    takes longer than the check (issue 21).
    """
    with store.read() as session:
        if installed_version(session, DEFAULT_TEMPLATE_ID) is not None:
            return DEFAULT_TEMPLATE_ID
    ensure_default_template(store)
    return DEFAULT_TEMPLATE_ID


def ensure_default_template(store: Store) -> WorkPlanTemplate:
    """Install the built-in template on first run; return the newest installed version of it."""
    with store.read() as session:
        if installed_version(session, DEFAULT_TEMPLATE_ID) is not None:
            return load_template(session, DEFAULT_TEMPLATE_ID)
    # Here, not at the top: reading template sheets and TOML is not start-up's business.
    from micdesk.core.template_sheets import load_default_template

    with store.transaction() as session:
        if installed_version(session, DEFAULT_TEMPLATE_ID) is None:
            install_template(session, load_default_template())
        return load_template(session, DEFAULT_TEMPLATE_ID)
