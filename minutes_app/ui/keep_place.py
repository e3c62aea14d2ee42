"""Reload lists without losing the user's place: the chosen row and the scroll position.

A list reloaded from the database resets its model, which forgets the current row and
scrolls to the top. Around such a reload, `kept_place(window)` notes for every shown
table or list of the window the record of its current row (by the key its model keeps
in the role after UserRole, else by the row's text) and its scroll bars, and puts both
back afterwards. Tabs and the open editor are not reloaded, so they stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's key, in the models that have one


@dataclass(frozen=True)
class Place:
    view: QAbstractItemView
    key: Any
    column: int
    scroll: tuple[int, int]


def _key(index: QModelIndex) -> Any:
    first = index.siblingAtColumn(0)
    key = first.data(KEY_ROLE)
    return key if key is not None else first.data(Qt.ItemDataRole.DisplayRole)


def _note(view: QAbstractItemView) -> Place:
    current = view.currentIndex()
    key = _key(current) if current.isValid() else None
    scroll = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
    return Place(view, key, current.column(), scroll)


def _restore(place: Place) -> None:
    view, model = place.view, place.view.model()
    if model is None:
        return
    now = view.currentIndex()
    if place.key is not None and not (now.isValid() and _key(now) == place.key):
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if _key(index) == place.key:
                view.setCurrentIndex(model.index(row, max(place.column, 0)))
                break
    for bar, value in zip((view.verticalScrollBar(), view.horizontalScrollBar()), place.scroll,
                          strict=True):  # fmt: skip
        if bar.value() != value:
            bar.setValue(value)


@contextmanager
def kept_place(window: QWidget) -> Iterator[None]:
    places = [_note(v) for v in window.findChildren(QAbstractItemView) if v.isVisible()]
    try:
        yield
    finally:
        for place in places:
            _restore(place)
