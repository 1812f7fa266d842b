"""The log support reads: a rotating file in the data folder's ``logs/``, with every crash in it.

``start_log`` sends micdesk's log records there and installs ``sys.excepthook`` and
``threading.excepthook``, so an exception nobody caught (in the window's thread or a
worker's) is written with its traceback before anything else happens to it.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_FOLDER = "logs"
LOG_FILENAME = "micdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 4  # micdesk.log.1 … .4: five files of 1 MB at most

logger = logging.getLogger("micdesk")
_handler: RotatingFileHandler | None = None


def log_folder(data_dir: Path) -> Path:
    """The folder of the log files of a data folder."""
    return Path(data_dir) / LOG_FOLDER


def log_path() -> Path | None:
    """The file micdesk logs to now, or None before ``start_log``."""
    return Path(_handler.baseFilename) if _handler is not None else None


def start_log(data_dir: Path) -> Path:
    """Log to ``logs/micdesk.log`` of the data folder (rotated), and log every uncaught exception."""
    global _handler
    folder = log_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILENAME
    _install_hooks()
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    stop_log()
    _handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    _handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    logger.addHandler(_handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return path


def stop_log() -> None:
    """Stop writing the log file (the hooks stay: they only log)."""
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None


def log_exception(
    message: str,
    error: BaseException,
) -> None:
    """Write an exception and its traceback to the log."""
    logger.error(message, exc_info=(type(error), error, error.__traceback__))


_previous_hook = sys.excepthook
_previous_thread_hook = threading.excepthook


def _uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        logger.critical("uncaught exception", exc_info=(kind, error, traceback))
    _previous_hook(kind, error, traceback)


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
        thread = args.thread.name if args.thread is not None else "?"
        logger.critical(
            "uncaught exception in thread %s",
            thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
    _previous_thread_hook(args)


def _install_hooks() -> None:
    global _previous_hook, _previous_thread_hook
    if sys.excepthook is not _uncaught:
        _previous_hook = sys.excepthook
        sys.excepthook = _uncaught
    if threading.excepthook is not _uncaught_in_thread:
        _previous_thread_hook = threading.excepthook
        threading.excepthook = _uncaught_in_thread
