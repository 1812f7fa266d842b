"""Schema migrations: backed up first, all or nothing, and never run by an older micdesk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import micdesk.core.startup as startup
import micdesk.core.store as store_module
from micdesk.core.backups import BackupError, list_backups
from micdesk.core.model import Base
from micdesk.core.startup import close_store, prepare_store
from micdesk.core.store import (
    DATABASE_FILENAME,
    MIGRATIONS_DIR,
    Store,
    StoreTooNewError,
    create_store_engine,
    current_revision,
    head_revision,
)
from micdesk.core.submissions import (
    get_value,
    list_narratives,
    open_submission,
    set_narrative,
    set_value,
    value_history,
)
from micdesk.core.template_store import ensure_default_template

FIRST_REVISION = "0001"
NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
NEW_INDEXES = {
    ("change_record", "ix_change_record_submission_fk_indicator_code_cell"),
    ("change_record", "ix_change_record_submission_fk_area_code_attribute"),
    ("submission", "ix_submission_country_template_id"),
}


def _engine(data_dir: Path):
    data_dir.mkdir(parents=True, exist_ok=True)
    return create_store_engine(f"sqlite:///{data_dir / DATABASE_FILENAME}")


def _migrate_to(data_dir: Path, revision: str, *, down: bool = False) -> None:
    engine = _engine(data_dir)
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
        connection.commit()
    engine.dispose()


def _upgrade_to(data_dir: Path, revision: str) -> None:
    _migrate_to(data_dir, revision)


def _store_at_first_revision_with_data(data_dir: Path) -> None:
    # Written by today's model at head, then taken down to the first schema by the
    # migrations' own downgrades: the model can only write the columns it has now.
    _upgrade_to(data_dir, "head")
    store = Store(_engine(data_dir), data_dir)
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=12, comment="from the ministry")
    set_value(store, submission, "TEC-2", value=14)
    set_value(store, submission, "ENV-1", value=Decimal("1234.56"))
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=40)
    set_narrative(store, submission, "ENV", "challenges", "Data arrive late")
    store.close()
    _migrate_to(data_dir, FIRST_REVISION, down=True)
    engine = _engine(data_dir)
    assert current_revision(engine) == FIRST_REVISION
    engine.dispose()


def _indexes(store: Store) -> set[tuple[str, str]]:
    inspector = inspect(store.engine)
    return {
        (table, index["name"])
        for table in ("change_record", "submission")
        for index in inspector.get_indexes(table)
    }


def _differences_from_model(store: Store) -> list:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_store_at_the_first_revision_is_backed_up_then_upgraded_with_every_value_intact(tmp_path):
    data_dir = tmp_path / "data"
    _store_at_first_revision_with_data(data_dir)
    store = prepare_store(data_dir, now=NOW, daily_backup=False)
    try:
        assert current_revision(store.engine) == head_revision()
        submission = open_submission(store, "KEN", "2025")
        tec = get_value(store, submission, "TEC-2")
        assert (tec.value, tec.comment) == (14, "from the ministry")
        assert get_value(store, submission, "ENV-1").value == Decimal("1234.56")
        assert get_value(store, submission, "SKL-1", "sex=female;age=youth").value == 40
        assert list_narratives(store, submission)[("ENV", "challenges")] == "Data arrive late"
        assert [
            h.new for h in value_history(store, submission, "TEC-2") if h.attribute == "value"
        ] == [
            "12",
            "14",
        ]
        assert _indexes(store) >= NEW_INDEXES
    finally:
        close_store(store)
    [backup] = list_backups(data_dir)
    assert backup.reason == "before-migration"
    assert backup.schema_revision == FIRST_REVISION
    assert backup.created_at == NOW


def test_migrated_store_matches_the_model_exactly(tmp_path):
    data_dir = tmp_path / "data"
    _store_at_first_revision_with_data(data_dir)
    old = Store(_engine(data_dir), data_dir)
    try:
        # The comparison does see what a migration lacks...
        missing = {diff[1].name for diff in _differences_from_model(old) if diff[0] == "add_index"}
        assert missing == {name for _table, name in NEW_INDEXES}
    finally:
        old.close()
    store = prepare_store(data_dir, daily_backup=False)
    try:
        assert _differences_from_model(store) == []  # ...and finds nothing once migrated
    finally:
        close_store(store)


def test_new_store_matches_the_model_exactly(tmp_path):
    store = prepare_store(tmp_path / "data", daily_backup=False)
    try:
        assert _differences_from_model(store) == []
    finally:
        close_store(store)


def test_new_store_needs_no_backup_before_its_first_migration(tmp_path):
    store = prepare_store(tmp_path / "data", daily_backup=False)
    close_store(store)
    assert list_backups(tmp_path / "data") == []


def test_store_from_a_newer_micdesk_is_refused_with_a_clear_message_and_left_unchanged(tmp_path):
    data_dir = tmp_path / "data"
    _store_at_first_revision_with_data(data_dir)
    engine = _engine(data_dir)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0042_future'")
    engine.dispose()
    database = data_dir / DATABASE_FILENAME
    before = database.read_bytes()
    with pytest.raises(
        StoreTooNewError, match="newer version of micdesk.*nothing has been changed"
    ):
        prepare_store(data_dir)
    assert database.read_bytes() == before
    assert list_backups(data_dir) == []


def test_older_micdesk_refuses_a_store_migrated_by_a_newer_one(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    _upgrade_to(data_dir, "head")
    # An older micdesk: the same migrations without the newest one.
    newest_revision = head_revision()
    older = tmp_path / "older-migrations"
    shutil.copytree(MIGRATIONS_DIR, older, ignore=shutil.ignore_patterns("__pycache__"))
    [newest] = [p for p in (older / "versions").glob("*.py") if p.name.startswith(newest_revision)]
    newest.unlink()
    monkeypatch.setattr(store_module, "MIGRATIONS_DIR", older)
    assert head_revision() != newest_revision
    database = data_dir / DATABASE_FILENAME
    before = database.read_bytes()
    with pytest.raises(StoreTooNewError, match=f"schema {newest_revision}"):
        prepare_store(data_dir)
    assert database.read_bytes() == before


def test_migration_that_fails_half_way_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    _store_at_first_revision_with_data(data_dir)
    create_index = Operations.create_index
    created = []

    def fail_on_the_second_index(self, *args, **kwargs):
        if created:
            raise RuntimeError("power cut")
        created.append(args)
        return create_index(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_index", fail_on_the_second_index)
    with pytest.raises(RuntimeError, match="power cut"):
        prepare_store(data_dir, daily_backup=False)
    monkeypatch.setattr(Operations, "create_index", create_index)
    old = Store(_engine(data_dir), data_dir)
    try:
        assert current_revision(old.engine) == FIRST_REVISION
        assert not NEW_INDEXES & _indexes(old)  # the first index was rolled back too
    finally:
        old.close()
    store = prepare_store(data_dir, daily_backup=False)  # and the next start completes it
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        close_store(store)


def test_first_creation_that_fails_half_way_leaves_a_store_the_next_start_can_create(
    tmp_path, monkeypatch
):
    create_table = Operations.create_table
    created = []

    def fail_on_the_third_table(self, *args, **kwargs):
        if len(created) == 2:
            raise RuntimeError("power cut")
        created.append(args)
        return create_table(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", fail_on_the_third_table)
    with pytest.raises(RuntimeError, match="power cut"):
        prepare_store(tmp_path / "data", daily_backup=False)
    monkeypatch.setattr(Operations, "create_table", create_table)
    store = prepare_store(tmp_path / "data", daily_backup=False)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        close_store(store)


def test_migration_is_not_run_when_the_backup_before_it_fails(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    _store_at_first_revision_with_data(data_dir)

    def refuse(*_args, **_kwargs):
        raise BackupError("disk full")

    monkeypatch.setattr(startup, "create_backup", refuse)
    with pytest.raises(BackupError, match="disk full"):
        prepare_store(data_dir, daily_backup=False)
    old = Store(_engine(data_dir), data_dir)
    try:
        assert current_revision(old.engine) == FIRST_REVISION
    finally:
        old.close()


def _alembic_view(directory: Path) -> tuple[str | None, set[str]]:
    script = ScriptDirectory(str(directory))
    return script.get_current_head(), {r.revision for r in script.walk_revisions()}


def test_the_cheap_scan_of_the_migration_scripts_agrees_with_alembic(tmp_path, monkeypatch):
    # Start-up reads head and known revisions from the scripts' text, without Alembic:
    # the two readings must never drift apart, for the shipped folder or a shorter one.
    scripts = store_module.migration_scripts()
    assert (scripts.head, set(scripts.revisions)) == _alembic_view(MIGRATIONS_DIR)
    assert (
        store_module._scan_revision_lines(
            MIGRATIONS_DIR / "versions",
            [p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p.name != "__init__.py"],
        )
        == scripts
    )  # read from the text, not Alembic's fallback
    older = tmp_path / "older-migrations"
    shutil.copytree(MIGRATIONS_DIR, older, ignore=shutil.ignore_patterns("__pycache__"))
    [newest] = [p for p in (older / "versions").glob("*.py") if p.name.startswith(scripts.head)]
    newest.unlink()
    monkeypatch.setattr(store_module, "MIGRATIONS_DIR", older)
    shorter = store_module.migration_scripts()
    assert (shorter.head, set(shorter.revisions)) == _alembic_view(older)
    assert shorter.head != scripts.head


def test_scripts_the_scan_cannot_read_are_left_to_alembic(tmp_path):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = make_id()\ndown_revision = "0001"\n')
    assert store_module._scan_revision_lines(versions, ["0001_a.py", "0002_b.py"]) is None
    (versions / "0002_b.py").write_text('revision: str = "0002"\ndown_revision = ("0001",)\n')
    scanned = store_module._scan_revision_lines(versions, ["0001_a.py", "0002_b.py"])
    assert scanned is not None and scanned.head == "0002"


def test_opening_a_store_at_head_does_not_import_alembic(tmp_path):
    data_dir = tmp_path / "data"
    close_store(prepare_store(data_dir, daily_backup=False))
    code = (
        "import sys\n"
        "from micdesk.core.startup import close_store, prepare_store\n"
        "from micdesk.core.backups import list_backups\n"
        f"close_store(prepare_store({str(data_dir)!r}, daily_backup=False))\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_command_line_run_on_an_older_store_backs_it_up_before_migrating(tmp_path, capsys):
    from micdesk.cli.main import main

    _store_at_first_revision_with_data(tmp_path)
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "export",
                "--country",
                "KEN",
                "--period",
                "2025",
                "--out",
                str(tmp_path / "ken.xlsx"),
            ]
        )
        == 0
    )
    assert "before-migration" in {backup.reason for backup in list_backups(tmp_path)}
    assert current_revision(_engine(tmp_path)) == head_revision()


def test_store_from_before_the_query_table_upgrades_and_takes_a_review_of_its_export(tmp_path):
    from micdesk.core.model import SubmissionExport
    from micdesk.core.queries import QueryToRecord, ReviewToRecord, list_queries, record_review

    data_dir = tmp_path / "data"
    # Written at head, then taken down to 0003 (today's model writes today's columns).
    _upgrade_to(data_dir, "head")
    old = Store(_engine(data_dir))
    ensure_default_template(old)
    submission = open_submission(old, "KEN", "2025")
    set_value(old, submission, "TEC-2", value=4)
    with old.transaction() as session:  # the export an older micdesk recorded
        session.add(
            SubmissionExport(
                submission_fk=submission.submission_id,
                revision=1,
                uuid="0f8fad5b-d9cb-469f-a165-70867728950e",
                template_version=submission.template.version,
                sha256="a" * 64,
            )
        )
    old.close()
    _migrate_to(data_dir, "0003", down=True)
    engine = _engine(data_dir)
    assert current_revision(engine) == "0003"
    assert "hq_query" not in inspect(engine).get_table_names()
    engine.dispose()
    store = prepare_store(data_dir, daily_backup=False)
    try:
        submission = open_submission(store, "KEN", "2025")
        review = ReviewToRecord(
            "review.xlsx",
            "KEN",
            "2025",
            submission.template.template_id,
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            1,
            "a" * 64,
            "0" * 64,
            True,
            (QueryToRecord("Q-1", "Why 4?", "TEC-2", "", "", "4"),),
        )
        assert record_review(store, review).recorded == 1
        assert [q.value_before for q in list_queries(store, submission)] == ["4"]
    finally:
        close_store(store)
