"""The 统计 area's place in the window, built when first shown.

matplotlib takes longer to import than the rest of the window takes to start, so the
charts and their area are made only when a secretary first opens 统计.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.stats.area import StatsArea


class StatsHost(QWidget):
    computed = Signal()  # the area's figures on show changed (relayed for tests)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        named(self, "statsHost")
        self.ctx, self.main = ctx, window
        self.area: StatsArea | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.area is None:
            from minutes_app.ui.stats.area import StatsArea  # matplotlib: loaded when used

            self.area = StatsArea(self.ctx, self.main)
            self.area.computed.connect(self.computed)
            self.box.addWidget(self.area)
        super().showEvent(event)


def build_stats_area(ctx: AppContext, window: QWidget) -> tuple[str, QWidget]:
    return QCoreApplication.translate("StatsArea", "Statistics"), StatsHost(ctx, window)
