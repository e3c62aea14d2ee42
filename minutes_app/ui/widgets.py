"""Small helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (tests and style sheets find it by that)."""
    widget.setObjectName(name)
    return widget


def refilter(proxy: QSortFilterProxyModel) -> None:
    """Re-run a proxy's row filter (Qt 6.9+ API, with the older call as fallback)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - PySide6 < 6.9
        proxy.invalidateRowsFilter()


def scrolled(page: QWidget, name: str) -> QScrollArea:
    """`page` in a frameless scroll area: on a small screen it scrolls, never clips."""
    area = named(QScrollArea(), name)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def show_built(parent: QWidget) -> None:
    """Show at once the children just made in an already shown `parent`.

    Qt shows a child added to a visible widget only on the next turn of the event loop;
    a part built on first use must be there at once, for a click or a focus that follows.
    Children hidden on purpose stay hidden.
    """
    if not parent.isVisible():
        return
    for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not (
            child.isHidden() and child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        ):
            child.setVisible(True)
