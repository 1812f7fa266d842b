"""Recompiling the translations never pulls a loaded .qm from under a running micdesk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent

# Loads a .qm as the window does, recompiles it with the tool, then translates again.
# Rewritten in place, the mapped file is cut short under the translator: SIGBUS.
LOAD_THEN_RECOMPILE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTranslator
sys.path.insert(0, sys.argv[3])
from tools import update_translations as tool

app = QCoreApplication([])
translator = QTranslator()
assert translator.load(sys.argv[2])
QCoreApplication.installTranslator(translator)
before = QCoreApplication.translate("startup", "Try again when it has finished.")
tool.lrelease(Path(sys.argv[1]), Path(sys.argv[2]))
after = QCoreApplication.translate("startup", "Try again when it has finished.")
print(before == after, after)
"""


def test_a_running_micdesk_keeps_its_translations_while_they_are_recompiled(tmp_path):
    ts = REPOSITORY / "resources" / "i18n" / "micdesk_fr.ts"
    qm = tmp_path / "micdesk_fr.qm"
    shutil.copyfile(REPOSITORY / "micdesk" / "gui" / "i18n" / "micdesk_fr.qm", qm)
    inode = qm.stat().st_ino
    completed = subprocess.run(
        [sys.executable, "-c", LOAD_THEN_RECOMPILE, str(ts), str(qm), str(REPOSITORY)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, (completed.returncode, completed.stderr[-2000:])
    assert completed.stdout.startswith("True Réessayez")
    assert qm.stat().st_ino != inode  # a new file took the name; the old one was left whole
    assert list(tmp_path.glob(".*partial")) == []
