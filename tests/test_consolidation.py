"""HQ consolidation (docs/design.md §8): classify 60 real exports, combine them, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from micdesk.cli.consolidate_command import ProgressLine
from micdesk.cli.main import main
from micdesk.core.consolidation_files import (
    FileStatus,
    classify,
    collect_submission_paths,
    identity_problems,
    read_submissions,
)
from micdesk.core.model import ChangeRecord, IndicatorValue, Submission
from micdesk.core.store import open_store, open_store_url
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.submissions import open_submission, save_profile, set_narrative, set_value
from micdesk.core.template_store import (
    ensure_default_template,
    install_template,
    load_template,
)
from micdesk.core.vocabulary import Notation
from micdesk.core.workplan import IndicatorDefinition

COUNTRIES = ("ARG", "BRA", "CHN", "EGY", "IDN", "IND", "MEX", "NGA", "TUR", "ZAF")
PERIODS = ("2019", "2020", "2021", "2022", "2023", "2024")
COMBOS = [(country, period) for country in COUNTRIES for period in PERIODS][:58]
ON_VERSION_1 = {3, 17, 33}
INCOMPLETE = {5, 40}
EDITED = {8, 22, 50}
TRUNCATED = 30
RE_EXPORTED = {10, 45}  # exported twice: revision 1 is superseded by revision 2
NEW_INDICATOR = "ENV-4"
NEW_LABEL = "Hectares of degraded industrial land restored"
NUMERIC = ("TEC-2", "TEC-3", "TEC-4", "SKL-1", "SKL-2", "ENV-1", "ENV-2", "ENV-3", NEW_INDICATOR)
CUMULATIVE = {"ENV-1", "ENV-2", "ENV-3"}
FORMULA_COMMENT = "=SUM(A1:A9)"
FORMULA_NARRATIVE = "+cmd|' /C calc'!A0"


@dataclass
class Generated:
    """The 60 files and what the test expects of each, computed from the values it entered."""

    folder: Path
    expected_status: dict[str, FileStatus] = field(default_factory=dict)
    # code -> (country, period) -> Decimal or notation key, for the accepted files only
    expected_cells: dict[str, dict[tuple[str, str], Decimal | str]] = field(default_factory=dict)
    superseded_by: dict[str, str] = field(default_factory=dict)


def _values(index: int, version: int, bump: int = 0) -> dict[str, object]:
    values: dict[str, object] = {
        "TEC-1": index % 2 == 0,
        "TEC-2": 10 + index + bump,
        "TEC-3": Notation.NOT_ESTIMATED if index % 7 == 0 else (index * 3) % 17,
        "TEC-4": index % 4,
        "SKL-1": 100 + index,
        "SKL-2": 2 * index,
        "ENV-1": Notation.CONFIDENTIAL if index % 11 == 0 else Decimal(index) / 4 + Decimal("0.5"),
        "ENV-2": Decimal("1.1") * index,
        "ENV-3": Decimal(f"0.{index:02d}"),
    }
    if version == 2:
        values[NEW_INDICATOR] = Decimal(index) + Decimal("0.75")
    if index in INCOMPLETE:
        del values["SKL-2"], values["TEC-4"]
    return values


def _fill(store, submission, index: int, bump: int = 0) -> None:
    template = submission.template
    reason = "corrected after UNIDO's query" if bump else ""
    with store.transaction() as session:
        for code, value in _values(index, template.version, bump).items():
            if isinstance(value, Notation):
                set_value(store, submission, code, notation=value, session=session)
            else:
                set_value(store, submission, code, value=value, reason=reason, session=session)
        for number, cell in enumerate(template.cells_of(template.indicator("SKL-1"))[1:]):
            set_value(store, submission, "SKL-1", cell, value=25 + number, session=session)
        if index == 0:
            set_value(store, submission, "TEC-2", comment=FORMULA_COMMENT, session=session)
            set_narrative(store, submission, "TEC", "challenges", FORMULA_NARRATIVE,
                          session=session)  # fmt: skip
        set_narrative(store, submission, "ENV", "progress", f"progress {index}", session=session)


def _edit_value(path: Path, code: str) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("indicator_code")].value == code and not row[3].value:
            row[header.index("value")].value = 999_999
    workbook.save(path)


def _version_2(template):
    """Version 2 of the default template: one indicator more, which the HQ store lacks."""
    env_1 = template.indicator("ENV-1")
    added = dataclasses.replace(
        env_1, code=NEW_INDICATOR, order=env_1.order + 10, label={"en": NEW_LABEL},
        unit="ha", cumulative=False,
    )  # fmt: skip
    assert isinstance(added, IndicatorDefinition)
    return dataclasses.replace(template, version=2, indicators=(*template.indicators, added))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """60 submissions from the real export: outdated, incomplete, edited, truncated, duplicates."""
    root = tmp_path_factory.mktemp("consolidation")
    folder = root / "submissions"
    store = open_store(root / "focal-point-store")
    version_1 = ensure_default_template(store)
    with store.transaction() as session:
        install_template(session, _version_2(version_1))
        version_2 = load_template(session, version_1.template_id)
    assert version_2.version == 2
    result = Generated(folder)
    for index, (country, period) in enumerate(COMBOS):
        save_profile(store, country, focal_point=f"Focal point of {country}")
        submission = open_submission(store, country, period)
        if index in ON_VERSION_1:
            submission = dataclasses.replace(submission, template=version_1)
        _fill(store, submission, index)
        name = f"{country}-{period}.xlsx"
        if index in RE_EXPORTED:
            first = f"{country}-{period}-first.xlsx"
            export_submission(store, submission, folder / first)
            _fill(store, submission, index, bump=1000)
            result.superseded_by[first] = name
            result.expected_status[first] = FileStatus.DUPLICATE
        export_submission(store, submission, folder / name)
        if index in EDITED:
            _edit_value(folder / name, "TEC-2")
            result.expected_status[name] = FileStatus.EDITED
        elif index == TRUNCATED:
            data = (folder / name).read_bytes()
            (folder / name).write_bytes(data[: len(data) // 2])
            result.expected_status[name] = FileStatus.BROKEN
        elif index in ON_VERSION_1:
            result.expected_status[name] = FileStatus.OUTDATED
        elif index in INCOMPLETE:
            result.expected_status[name] = FileStatus.INCOMPLETE
        else:
            result.expected_status[name] = FileStatus.OK
        if index in EDITED or index == TRUNCATED:
            continue
        bump = 1000 if index in RE_EXPORTED else 0
        for code, value in _values(index, submission.template.version, bump).items():
            if code in NUMERIC:
                cell = value.value if isinstance(value, Notation) else Decimal(value)
                result.expected_cells.setdefault(code, {})[(country, period)] = cell
    store.close()
    assert len(list(folder.iterdir())) == 60
    return result


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    """A throw-away PostgreSQL server (initdb + pg_ctl in a temp folder, on a free port)."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb is None or pg_ctl is None:
        for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
            initdb, pg_ctl = str(candidate / "initdb"), str(candidate / "pg_ctl")
            break
    if initdb is None or not Path(initdb).exists():
        pytest.skip("PostgreSQL is not installed (initdb not found; apt-get install postgresql)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install micdesk[hq])")
    folder = Path(tempfile.mkdtemp(prefix="micdesk-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run it as the postgres user where there is one.
        if (
            shutil.which("runuser") is None
            or subprocess.run(["id", "postgres"], capture_output=True).returncode
        ):
            pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
        shutil.chown(folder, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = folder / "data"
    try:
        subprocess.run(
            [*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "micdesk", "-E", "UTF8"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
             f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = (folder / "log").read_text() if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not start: {error} {getattr(error, 'stderr', '')} {log}")
    try:
        yield f"postgresql://micdesk@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Consolidated:
    """One consolidation run of the 60 files: its exit code, output and store."""

    exit_code: int
    workbook: openpyxl.Workbook
    db: str | None
    out: Path


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def consolidated(request, generated: Generated, tmp_path_factory) -> Consolidated:
    """``micdesk consolidate`` over the 60 files, on the throw-away SQLite or on PostgreSQL."""
    out = tmp_path_factory.mktemp(f"out-{request.param}") / "consolidated.xlsx"
    db = None
    arguments = ["consolidate", str(generated.folder), "--out", str(out)]
    if request.param == "postgresql":
        db = request.getfixturevalue("postgresql_url")
        arguments += ["--db", db]
    exit_code = main(arguments)
    return Consolidated(exit_code, openpyxl.load_workbook(out), db, out)


def _rows(sheet) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def test_every_file_is_classified_as_expected(consolidated, generated):
    status = {
        Path(row["file"]).name: row["status"] for row in _rows(consolidated.workbook["Status"])
    }
    assert status == {name: value.value for name, value in generated.expected_status.items()}
    assert consolidated.exit_code == 1  # some files are not ok, the output is written


def test_each_status_says_why(consolidated, generated):
    why = {Path(row["file"]).name: row["why"] for row in _rows(consolidated.workbook["Status"])}
    for first, winner in generated.superseded_by.items():
        assert f"superseded by revision 2 in {winner}" in why[first]
    truncated = f"{COMBOS[TRUNCATED][0]}-{COMBOS[TRUNCATED][1]}.xlsx"
    with pytest.raises(UnreadableSubmission) as reader_says:
        read_submission(generated.folder / truncated)
    assert why[truncated] == str(reader_says.value)
    outdated = "{}-{}.xlsx".format(*COMBOS[min(ON_VERSION_1)])
    assert "version 1; version 2 is the newest" in why[outdated]
    incomplete = "{}-{}.xlsx".format(*COMBOS[min(INCOMPLETE)])
    assert "complete (12 of 14 cells)" in why[incomplete]
    edited = "{}-{}.xlsx".format(*COMBOS[min(EDITED)])
    assert "SHA-256" in why[edited] and "left out" in why[edited]


def _pivot(sheet) -> tuple[list[str], dict[str, list[object]], list[object] | None]:
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    header = list(rows[0])
    body = {row[0]: list(row[1:]) for row in rows[1:] if row[0] != "Total"}
    total = next((list(row[1:]) for row in rows[1:] if row[0] == "Total"), None)
    return header, body, total


def test_every_pivot_cell_and_total_matches_sums_computed_independently(consolidated, generated):
    for code in NUMERIC:
        expected = generated.expected_cells[code]
        header, body, total = _pivot(consolidated.workbook[code])
        periods = sorted({period for _, period in expected})
        countries = sorted({country for country, _ in expected})
        with_row_totals = code not in CUMULATIVE
        assert header == ["country", *periods, *(["Total"] if with_row_totals else [])]
        assert sorted(body) == countries
        for country in countries:
            for column, period in enumerate(periods):
                want = expected.get((country, period))
                got = body[country][column]
                if isinstance(want, Decimal):
                    assert isinstance(got, int | float) and not isinstance(got, bool), code
                    assert Decimal(repr(got)) == want, (code, country, period)
                else:
                    assert got == want, (code, country, period)
            if with_row_totals:
                numbers = [v for (c, _p), v in expected.items() if c == country and isinstance(v, Decimal)]  # fmt: skip
                assert Decimal(repr(body[country][-1])) == sum(numbers), (code, country)
        assert total is not None
        for column, period in enumerate(periods):
            numbers = [v for (_c, p), v in expected.items() if p == period and isinstance(v, Decimal)]  # fmt: skip
            got = total[column]
            assert (got is None) if not numbers else Decimal(repr(got)) == sum(numbers)
        if with_row_totals:
            everything = [v for v in expected.values() if isinstance(v, Decimal)]
            assert Decimal(repr(total[-1])) == sum(everything)


def test_notation_keys_are_shown_as_keys_never_as_zero(consolidated, generated):
    _header, body, _total = _pivot(consolidated.workbook["TEC-3"])
    shown = [cell for row in body.values() for cell in row]
    assert shown.count("NE") == sum(
        1 for v in generated.expected_cells["TEC-3"].values() if v == "NE"
    )
    _header, body, _total = _pivot(consolidated.workbook["ENV-1"])
    assert "C" in [cell for row in body.values() for cell in row]


def test_the_pivot_of_an_indicator_the_store_lacks_takes_its_label_from_the_files(consolidated):
    sheet = consolidated.workbook[NEW_INDICATOR]
    assert sheet["A1"].value == f"{NEW_INDICATOR} — {NEW_LABEL}"
    assert "unit: ha" in sheet["A2"].value


def test_non_numeric_indicators_have_no_pivot(consolidated):
    assert "TEC-1" not in consolidated.workbook.sheetnames
    assert consolidated.workbook.sheetnames[:4] == ["Results", "Status", "Data", "Narratives"]


def test_data_sheet_holds_the_accepted_rows_with_country_period_and_numbers(
    consolidated, generated
):
    rows = _rows(consolidated.workbook["Data"])
    totals = {(r["country"], r["period"], r["indicator_code"]): r for r in rows if not r["disaggregation"]}  # fmt: skip
    for code in NUMERIC:
        for (country, period), want in generated.expected_cells[code].items():
            row = totals[(country, period, code)]
            if isinstance(want, Decimal):
                assert isinstance(row["value"], int | float) and Decimal(repr(row["value"])) == want
                assert row["notation"] is None
            else:
                assert row["value"] is None and row["notation"] == want
    submissions = {(r["country"], r["period"]) for r in rows}
    assert len(submissions) == 58 - len(EDITED) - 1
    breakdown = [r for r in rows if r["indicator_code"] == "SKL-1" and r["disaggregation"]]
    assert len(breakdown) == 4 * len(submissions)
    yes_no = {r["value"] for r in rows if r["indicator_code"] == "TEC-1"}
    assert yes_no == {"yes", "no"}
    assert {r["template_version"] for r in rows} == {1, 2}


def test_no_cell_holds_a_formula_and_formula_like_text_stays_text(consolidated):
    texts = []
    for sheet in consolidated.workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    texts.append((sheet.title, cell.value, cell.data_type))
    assert ("Data", FORMULA_COMMENT, "s") in texts
    assert ("Narratives", FORMULA_NARRATIVE, "s") in texts


def test_narratives_sheet_lists_every_accepted_narrative(consolidated):
    rows = _rows(consolidated.workbook["Narratives"])
    progress = {(r["country"], r["period"]): r["text"] for r in rows if r["field"] == "progress"}
    assert progress[("ARG", "2019")] == "progress 0"
    assert len(progress) == 58 - len(EDITED) - 1


def test_consolidating_the_same_files_again_changes_nothing(consolidated, generated, tmp_path):
    db = consolidated.db or f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    if consolidated.db is None:
        assert main(["consolidate", str(generated.folder), "--out", str(tmp_path / "1.xlsx"),
                     "--db", db]) == 1  # fmt: skip
    store = open_store_url(db.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with store.read() as session:
            before = (
                session.scalar(select(func.count()).select_from(IndicatorValue)),
                session.scalar(select(func.count()).select_from(ChangeRecord)),
                session.scalar(select(func.count()).select_from(Submission)),
            )
        assert main(["consolidate", str(generated.folder), "--out", str(tmp_path / "2.xlsx"),
                     "--db", db]) == 1  # fmt: skip
        with store.read() as session:
            after = (
                session.scalar(select(func.count()).select_from(IndicatorValue)),
                session.scalar(select(func.count()).select_from(ChangeRecord)),
                session.scalar(select(func.count()).select_from(Submission)),
            )
    finally:
        store.close()
    assert after == before
    assert before[2] == 58 - len(EDITED) - 1


def test_a_database_is_re_output_without_its_files(consolidated, generated, tmp_path):
    db = consolidated.db or f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    first = consolidated.out
    if consolidated.db is None:
        first = tmp_path / "first.xlsx"
        assert main(["consolidate", str(generated.folder), "--out", str(first), "--db", db]) == 1
    out = tmp_path / "again.xlsx"
    assert main(["consolidate", "--db", db, "--out", str(out)]) == 0
    again, before = openpyxl.load_workbook(out), openpyxl.load_workbook(first)
    for code in NUMERIC:
        assert _pivot(again[code]) == _pivot(before[code])
    # Only the files of a run describe an indicator no installed template knows.
    described = ("area", "indicator_label", "kind", "unit")
    for row_again, row_before in zip(_rows(again["Data"]), _rows(before["Data"]), strict=True):
        if row_before["indicator_code"] == NEW_INDICATOR:
            assert all(row_again[name] is None for name in described)
            row_again = {k: v for k, v in row_again.items() if k not in described}
            row_before = {k: v for k, v in row_before.items() if k not in described}
        assert row_again == row_before
    assert _rows(again["Status"]) == []


def _name(index: int, suffix: str = "") -> str:
    return "{}-{}{}.xlsx".format(*COMBOS[index], suffix)


def test_a_newer_revision_replaces_the_values_and_records_each_change(generated, tmp_path):
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    index = min(RE_EXPORTED)
    first, newer = generated.folder / _name(index, "-first"), generated.folder / _name(index)
    assert main(["consolidate", str(first), "--out", str(tmp_path / "1.xlsx"), "--db", db]) == 0
    assert main(["consolidate", str(newer), "--out", str(tmp_path / "2.xlsx"), "--db", db]) == 0
    store = open_store_url(db)
    try:
        with store.read() as session:
            value = session.scalar(select(IndicatorValue.value).where(
                IndicatorValue.indicator_code == "TEC-2", IndicatorValue.cell == ""))  # fmt: skip
            records = session.execute(
                select(ChangeRecord.attribute, ChangeRecord.old, ChangeRecord.new,
                       ChangeRecord.origin)
            ).all()  # fmt: skip
    finally:
        store.close()
    assert value == str(10 + index + 1000)
    assert ("value", str(10 + index), str(10 + index + 1000), "load") in records
    assert {origin for *_rest, origin in records} == {"load"}


def test_an_older_revision_than_the_database_holds_is_a_duplicate(generated, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    index = max(RE_EXPORTED)
    first, newer = generated.folder / _name(index, "-first"), generated.folder / _name(index)
    assert main(["consolidate", str(newer), "--out", str(tmp_path / "1.xlsx"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["consolidate", str(first), "--out", str(tmp_path / "2.xlsx"), "--db", db]) == 1
    assert "revision 2 of" in capsys.readouterr().out
    status = _rows(openpyxl.load_workbook(tmp_path / "2.xlsx")["Status"])
    assert [row["status"] for row in status] == ["duplicate"]
    assert f"(from {_name(index)})" in status[0]["why"]


def test_all_ok_files_exit_0_and_the_summary_counts_them(generated, tmp_path, capsys):
    files = [str(generated.folder / _name(i)) for i in (0, 1, 2)]
    assert main(["consolidate", *files, "--out", str(tmp_path / "ok.xlsx")]) == 0
    summary = capsys.readouterr().out
    assert summary.startswith("3 file(s) in ") and " files/s): 3 ok; 3 submission(s)" in summary


def test_nothing_readable_exits_4_and_writes_nothing(generated, tmp_path, capsys):
    out = tmp_path / "none.xlsx"
    assert main(["consolidate", str(generated.folder / _name(TRUNCATED)), "--out", str(out)]) == 4
    assert "not a zip package" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["--out", "x.xlsx"],
        ["no-such-folder", "--out", "x.xlsx"],
        ["{folder}", "--out", "x.csv"],
        ["{folder}", "--out", "x.xlsx", "--workers", "0"],
    ],
    ids=["no-files-no-db", "missing-path", "not-xlsx", "no-workers"],
)
def test_wrong_usage_exits_2_and_writes_nothing(generated, tmp_path, monkeypatch, arguments):
    monkeypatch.chdir(tmp_path)
    filled = [a.format(folder=generated.folder) for a in arguments]
    assert main(["consolidate", *filled]) == 2
    assert not list(tmp_path.iterdir())


def test_reading_in_a_process_pool_gives_what_reading_in_turn_gives(generated):
    paths = collect_submission_paths([generated.folder])[:16]
    in_turn = classify(paths, read_submissions(paths, workers=1), {})
    pooled = classify(paths, read_submissions(paths, workers=2), {})
    assert in_turn == pooled


def test_the_output_in_an_input_folder_is_not_read_as_a_submission(generated):
    out = generated.folder / "consolidated.xlsx"
    paths = collect_submission_paths([generated.folder, generated.folder], exclude=[out])
    assert len(paths) == 60 and out not in paths


def test_a_readable_file_with_an_identity_the_store_cannot_hold_is_broken_and_located(generated):
    path = generated.folder / _name(0)
    file = dataclasses.replace(read_submission(path), country="Kenya", period="last year")
    problems = identity_problems(file)
    assert problems[0] == (
        f"{path.name}: _micdesk: the country 'Kenya' is not an ISO 3166-1 alpha-3 code such as KEN"
    )
    assert problems[1].startswith(f"{path.name}: _micdesk: 'last year' is not")
    outcome, = classify([path], [file], {})  # fmt: skip
    assert outcome.status == FileStatus.BROKEN and not outcome.accepted


def test_progress_is_plain_lines_on_stderr_when_not_a_terminal(generated, tmp_path, capsys):
    files = [str(generated.folder / _name(i)) for i in range(4)]
    main(["consolidate", *files, "--out", str(tmp_path / "p.xlsx")])
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "reading 1/4" and "reading 4/4" in err and "importing 4/4" in err
    assert not any("\r" in line for line in err)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_one_updating_line_per_phase():
    terminal = _Terminal()
    progress = ProgressLine(terminal)
    for done in range(1, 4):
        progress("reading", done, 3)
    progress("importing", 1, 1)
    assert terminal.getvalue() == "\rreading 1/3\rreading 2/3\rreading 3/3\n\rimporting 1/1\n"
