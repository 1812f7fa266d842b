"""Data folders ready for the window: a profile, the last country and period, a fresh backup."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.common import Context
from benchmarks.generate import (
    SEED,
    cached_large_store,
    copy_store,
    fill_through_core,
    latest_submission,
    seeded_changes,
)
from micdesk.core.backups import create_backup
from micdesk.core.store import open_store
from micdesk.core.submissions import open_submission, save_profile
from micdesk.core.template_store import ensure_default_template


def default_folder(folder: Path) -> tuple[Path, str, str]:
    """The built-in template with Kenya's 2024 and 2025 filled in through the core."""
    store = open_store(folder)
    try:
        ensure_default_template(store)
        save_profile(store, "KEN", focal_point="A. Focal")
        rng = random.Random(SEED)
        for period in ("2024", "2025"):
            submission = open_submission(store, "KEN", period)
            fill_through_core(store, submission, seeded_changes(submission.template, rng))
    finally:
        store.close()
    return _ready(folder)


def large_folder(context: Context, folder: Path) -> tuple[Path, str, str]:
    """A private copy of the generated 500-indicator, many-period store."""
    copy_store(cached_large_store(context.size, context.cache_dir), folder)
    return _ready(folder)


def _ready(folder: Path) -> tuple[Path, str, str]:
    # A backup younger than a day, so no start-up measured here makes the daily one;
    # the window reopens on the newest period of the first country, as after real use.
    from micdesk.gui.settings import LAST_COUNTRY, LAST_PERIOD, Settings

    store = open_store(folder)
    try:
        country, period = latest_submission(store)
        create_backup(store, "benchmark")
    finally:
        store.close()
    settings = Settings(folder)
    settings.set(LAST_COUNTRY, country)
    settings.set(LAST_PERIOD, period)
    settings.sync()
    return folder, country, period
