"""``micdesk review write``: questions typed into the consolidated workbook come out as one
``micdesk-review/1`` workbook per return, refusals one line each."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.consolidation import consolidate
from micdesk.core.consolidation_workbook import (
    DATA_SHEET,
    NARRATIVES_SHEET,
    QUERY_COLUMN,
    QUERY_ID_COLUMN,
    RETURNS_SHEET,
)
from micdesk.core.review_queries import plan_reviews, write_reviews
from micdesk.core.review_reader import read_review
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import open_submission, set_narrative, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import Notation


def _country_return(folder: Path, country: str, final: bool = True) -> Path:
    store = open_store(folder / f"country-{country}")
    try:
        ensure_default_template(store)
        submission = open_submission(store, country, "2025")
        set_value(store, submission, "ENV-1", value=Decimal("12.5"))
        set_value(store, submission, "TEC-2", value=7)
        set_value(store, submission, "ENV-2", notation=Notation.NOT_ESTIMATED)
        set_narrative(store, submission, "TEC", "progress", "On track.")
        path = folder / f"{country}-r1.xlsx"
        export_submission(store, submission, path)
    finally:
        store.close()
    return path


@pytest.fixture
def consolidated(tmp_path):
    """Two countries' returns consolidated into an HQ database and a workbook."""
    returns = [_country_return(tmp_path, "KEN"), _country_return(tmp_path, "BRA")]
    hq = open_store(tmp_path / "hq")
    ensure_default_template(hq)
    out = tmp_path / "consolidated.xlsx"
    consolidate(hq, returns, out)
    yield out, hq, returns
    hq.close()


def _header(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def _row(sheet, **wanted) -> int:
    header = _header(sheet)
    for row in range(2, sheet.max_row + 1):
        if all(sheet.cell(row, header[k]).value == v for k, v in wanted.items()):
            return row
    raise AssertionError(f"no row {wanted}")


def ask(path: Path, sheet_name: str, question: str, **where) -> str:
    """Type a question beside a row of the consolidated workbook; return the cell."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[sheet_name]
    row = _row(sheet, **where)
    cell = sheet.cell(row, _header(sheet)[QUERY_COLUMN])
    cell.value = question
    workbook.save(path)
    return cell.coordinate


def test_the_consolidated_workbook_has_empty_query_columns_and_stable_ids(consolidated, tmp_path):
    out, hq, _returns = consolidated
    workbook = openpyxl.load_workbook(out)
    data = workbook[DATA_SHEET]
    header = _header(data)
    ids = [data.cell(r, header[QUERY_ID_COLUMN]).value for r in range(2, data.max_row + 1)]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(data.cell(r, header[QUERY_COLUMN]).value is None for r in range(2, data.max_row + 1))
    assert QUERY_COLUMN in _header(workbook[NARRATIVES_SHEET])
    assert workbook[RETURNS_SHEET].sheet_state == "hidden"
    # Written again from the same database: the same ids.
    consolidate(hq, [], tmp_path / "again.xlsx")
    again = openpyxl.load_workbook(tmp_path / "again.xlsx")[DATA_SHEET]
    assert [
        again.cell(r, header[QUERY_ID_COLUMN]).value for r in range(2, again.max_row + 1)
    ] == ids


def test_a_review_per_return_that_has_queries_naming_the_export_answered(consolidated, tmp_path):
    out, hq, returns = consolidated
    ask(
        out,
        DATA_SHEET,
        "ENV-1 fell by 40 %, please confirm.",
        country="KEN",
        indicator_code="ENV-1",
    )
    ask(out, DATA_SHEET, "Why not estimated?", country="KEN", indicator_code="ENV-2")
    ask(out, NARRATIVES_SHEET, "Which firms?", country="KEN", area="TEC", field="progress")
    plan = plan_reviews(out, hq)
    assert plan.refusals == []
    (review,) = plan.reviews
    written, refused = write_reviews(plan, tmp_path / "reviews")
    assert refused == []
    [(_review, path)] = written
    assert path.name == "review-KEN-2025-unido-mic-workplan-r1.xlsx"
    read = read_review(path)
    sent = read_submission(returns[0])
    assert read.intact
    assert (read.identity.country, read.identity.period) == ("KEN", "2025")
    assert read.identity.submission_uuid == sent.uuid
    assert read.identity.submission_revision == sent.revision
    assert read.identity.submission_sha256 == sent.stored_sha256
    seen = {(q.indicator_code or q.field): (q.value_seen, q.question) for q in read.queries}
    assert seen == {
        "ENV-1": ("12.5", "ENV-1 fell by 40 %, please confirm."),
        "ENV-2": ("NE", "Why not estimated?"),
        "progress": ("On track.", "Which firms?"),
    }
    assert {q.area for q in read.queries} == {"ENV", "TEC"}


def test_a_question_beside_a_row_whose_id_was_changed_or_a_formula_is_refused_in_one_line(
    consolidated,
):
    out, hq, _returns = consolidated
    workbook = openpyxl.load_workbook(out)
    data = workbook[DATA_SHEET]
    header = _header(data)
    row = _row(data, country="BRA", indicator_code="TEC-2")
    data.cell(row, header[QUERY_ID_COLUMN]).value = None
    data.cell(row, header[QUERY_COLUMN]).value = "Why?"
    formula_row = _row(data, country="BRA", indicator_code="ENV-1")
    data.cell(formula_row, header[QUERY_COLUMN]).value = "=A1"
    ok_row = _row(data, country="KEN", indicator_code="TEC-2")
    data.cell(ok_row, header[QUERY_COLUMN]).value = "Seven firms?"
    workbook.save(out)
    plan = plan_reviews(out, hq)
    letter = openpyxl.utils.get_column_letter(header[QUERY_COLUMN])
    assert len(plan.refusals) == 2
    assert plan.refusals[0].startswith(f"consolidated.xlsx: Data!{letter}{row}: the query_id")
    assert f"Data!{letter}{formula_row}: the query is a formula" in plan.refusals[1]
    assert [r.identity.country for r in plan.reviews] == ["KEN"]


def test_with_the_database_a_return_superseded_since_the_workbook_is_refused(
    consolidated, tmp_path
):
    out, hq, _returns = consolidated
    ask(out, DATA_SHEET, "Really?", country="KEN", indicator_code="TEC-2")
    # KEN sends revision 2 and HQ consolidates it into the database, not into this workbook.
    store = open_store(tmp_path / "country-KEN")
    try:
        submission = open_submission(store, "KEN", "2025")
        set_value(store, submission, "TEC-2", value=8)
        export_submission(store, submission, tmp_path / "KEN-r2.xlsx")
    finally:
        store.close()
    consolidate(hq, [tmp_path / "KEN-r2.xlsx"], tmp_path / "newer.xlsx")
    plan = plan_reviews(out, hq)
    assert plan.reviews == []
    (refusal,) = plan.refusals
    assert "KEN 2025: the database holds revision 2, the workbook shows revision 1" in refusal
    # Without the database the workbook alone is trusted.
    assert len(plan_reviews(out).reviews) == 1


def test_review_write_on_the_command_line(consolidated, tmp_path, capsys):
    out, hq, _returns = consolidated
    ask(out, DATA_SHEET, "Really?", country="BRA", indicator_code="TEC-2")
    folder = tmp_path / "reviews"
    assert main(["review", "write", str(out), "--out", str(folder)]) == 0
    printed = capsys.readouterr().out
    assert "1 review(s) written, 1 query(ies)" in printed
    assert read_review(folder / "review-BRA-2025-unido-mic-workplan-r1.xlsx").intact
    # Again: the file exists, so it is refused (exit 1) unless --overwrite.
    assert main(["review", "write", str(out), "--out", str(folder)]) == 1
    assert "a file of that name exists" in capsys.readouterr().err
    assert main(["review", "write", str(out), "--out", str(folder), "--overwrite"]) == 0


def test_review_write_refuses_what_is_not_a_consolidated_workbook(consolidated, tmp_path, capsys):
    _out, _hq, returns = consolidated
    assert main(["review", "write", str(returns[0]), "--out", str(tmp_path / "r")]) == 4
    error = capsys.readouterr().err.strip()
    assert error.startswith("micdesk review: KEN-r1.xlsx: no '_returns' sheet")
    assert len(error.splitlines()) == 1
    assert main(["review", "write", str(tmp_path / "missing.xlsx"), "--out", str(tmp_path)]) == 2
    assert not (tmp_path / "r").exists()


def test_sending_again_records_only_new_queries_and_keeps_each_first_sending(
    consolidated, tmp_path
):
    from dataclasses import replace
    from datetime import UTC, datetime

    from sqlalchemy import select

    from micdesk.core.model import SentQuery
    from micdesk.core.review_queries import record_sent_reviews

    out, hq, _returns = consolidated
    ask(out, DATA_SHEET, "Really?", country="KEN", indicator_code="TEC-2")
    ask(out, DATA_SHEET, "Why so low?", country="BRA", indicator_code="ENV-1")
    plan = plan_reviews(out, hq)
    first, later = datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 2, 5, tzinfo=UTC)
    written = [(review, tmp_path / review.file_name) for review in plan.reviews]
    assert record_sent_reviews(hq, written, first) == 2
    # Sent again with a new wording for KEN, one more question for BRA, and a return the
    # database does not hold.
    ken, bra = sorted(plan.reviews, key=lambda review: review.identity.country, reverse=True)
    ken.queries[0] = replace(ken.queries[0], question="Really seven?")
    extra = replace(bra.queries[0], query_id="q-000000000001", question="And the unit?")
    bra.queries.append(extra)
    stranger = replace(ken, identity=replace(ken.identity, country="ZZZ"))
    written.append((stranger, tmp_path / "zzz.xlsx"))
    assert record_sent_reviews(hq, written, later) == 1
    with hq.read() as session:
        rows = {row.query_id: row for row in session.scalars(select(SentQuery))}
    assert len(rows) == 3
    assert rows[ken.queries[0].query_id].question == "Really seven?"
    assert rows[ken.queries[0].query_id].sent_at.replace(tzinfo=UTC) == first
    assert rows["q-000000000001"].sent_at.replace(tzinfo=UTC) == later
