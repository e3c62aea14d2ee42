"""The Qt binding in use must not drop references to None (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QComboBox


def test_none_item_data_keeps_its_reference_count(qapp: Any) -> None:
    combo = QComboBox()
    combo.addItem("—", None)
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.addItem("x", None)
        combo.currentData()
        combo.itemData(0)
    combo.clear()
    # A faulty binding loses one reference per call; 600 calls would show plainly.
    assert sys.getrefcount(None) >= before - 50
