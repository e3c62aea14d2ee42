"""The Qt binding in use must not drop references to None (PySide6 6.12.0 did).

The symptom is a crash: every read of None item data loses one reference to None, and
on Python 3.11 None's count reaches zero and the interpreter aborts. From Python 3.12
None is immortal, so the count cannot show the fault; there the binding's version is
checked against the pin instead. The reads run in a child process, so a crash fails
this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6

BAD_VERSIONS = {"6.12.0"}
READS = 300_000

_CHILD = f"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
combo = QComboBox()
combo.addItem("—", None)
model = QStandardItemModel(1, 1)
model.setItem(0, 0, QStandardItem("x"))
index = model.index(0, 0)
before = sys.getrefcount(None)
for _ in range({READS} // 2):
    combo.itemData(0)
    model.data(index, Qt.ItemDataRole.UserRole)
mortal = sys.version_info < (3, 12)
lost = before - sys.getrefcount(None)
print("lost", lost if mortal else 0, flush=True)
"""


def test_reading_none_item_data_many_times_does_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True,
                            env=env, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.split()[-1])
    assert lost < READS // 100, f"the binding lost {lost} references to None"


def test_the_binding_is_not_a_version_known_to_lose_none() -> None:
    assert PySide6.__version__ not in BAD_VERSIONS
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "raise the pin only after this test's reads pass on 3.11"
