"""Search everything from any area: Ctrl+F shows the search area with its field focused."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from minutes_app.domain.actions import ActionRef
from minutes_app.domain.search import HitKind, SearchHit
from minutes_app.ui.actions.area import FollowUpArea
from minutes_app.ui.registry.area import RegistryArea
from minutes_app.ui.registry.record_tab import RecordTab
from minutes_app.ui.registry.table import ROW_ROLE
from minutes_app.ui.search.panel import SearchPanel
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

__all__ = ["SearchPanel", "install_search", "open_hit"]

W = TypeVar("W", bound=QWidget)


def install_search(window: MainWindow) -> SearchPanel:
    """The panel as the last area of the sidebar, and the Ctrl+F action that shows it."""
    panel = named(SearchPanel(window.ctx, window), "searchPanel")
    window.add_area(QCoreApplication.translate("SearchPanel", "Search"), panel)
    title = QCoreApplication.translate("SearchPanel", "&Find…")
    action = named(QAction(title, window), "findAction")
    action.setShortcut(QKeySequence.StandardKey.Find)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        window.show_area(panel)
        panel.fill_choices()
        panel.focus_field()

    action.triggered.connect(show)
    window.addAction(action)
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in [m for m in menus if isinstance(m, QMenu)][1:2]:  # File, Edit, …
        menu.addAction(action)
    panel.open_hit.connect(lambda hit: open_hit(window, hit))
    return panel


def _area(window: MainWindow, kind: type[W]) -> W | None:
    for i in range(window.stack.count()):
        widget = window.stack.widget(i)
        if isinstance(widget, kind):
            return widget
    return None


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Show the record: the meeting editor at its agenda item, the 督办 item, the 名录 row."""
    if hit.kind is HitKind.ACTION and hit.meeting_key:
        area = _area(window, FollowUpArea)
        if area is not None:
            window.show_area(area)
            area.filters.clear()
            area.select([ActionRef(hit.meeting_key, hit.key)])
            return
    if hit.meeting_key:
        window.show_area(window.meetings)
        editor = window.meetings.open_meeting(hit.meeting_key)
        if hit.agenda_key:
            editor.tabs.setCurrentWidget(editor.agenda)
            editor.agenda.select_item(hit.agenda_key)
        return
    registry = _area(window, RegistryArea)
    if registry is None:
        return
    window.show_area(registry)
    if hit.kind is HitKind.COMMITTEE:
        registry.tabs.setCurrentWidget(registry.committees)
        _select_committee(registry.committees.table, hit.key)
        return
    tab: RecordTab = registry.units if hit.kind is HitKind.UNIT else registry.people
    registry.tabs.setCurrentWidget(tab)
    tab.select_key(hit.key)


def _select_committee(table: QTableView, key: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if getattr(model.index(row, 0).data(ROW_ROLE), "key", None) == key:
            table.selectRow(row)
            return
