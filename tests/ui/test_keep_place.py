"""A list reloaded under the user keeps the chosen record and the scroll position."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from minutes_app.ui.keep_place import KEY_ROLE, kept_place


def fill(model: QStandardItemModel, keys: list[str]) -> None:
    model.beginResetModel()  # as a list reloaded from the database does
    model.clear()
    for key in keys:
        item = QStandardItem(f"会议 {key}")
        item.setData(key, KEY_ROLE)
        model.appendRow(item)
    model.endResetModel()


def test_the_current_record_and_the_scroll_survive_a_reload(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    view = QTableView()
    QVBoxLayout(window).addWidget(view)
    model = QStandardItemModel()
    view.setModel(model)
    fill(model, [f"m-{n}" for n in range(200)])
    window.resize(300, 200)
    window.show()
    view.setCurrentIndex(model.index(150, 0))
    view.scrollTo(model.index(150, 0))
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    with kept_place(window):
        fill(model, ["m-new", *[f"m-{n}" for n in range(200)]])  # one more, above it
        assert view.verticalScrollBar().value() != scroll or not view.currentIndex().isValid()
    assert view.currentIndex().data(KEY_ROLE) == "m-150"  # the same record, one row lower
    assert view.verticalScrollBar().value() == scroll
