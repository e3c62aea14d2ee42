"""A file path box that shows the whole path: elided in the middle, full in the tooltip.

A plain QLineEdit scrolls to the end of a long path and shows "as-20261201-080308.db"
alone; which folder the file goes into is what the secretary needs to see. While the
box has focus it is an ordinary line edit, to type or correct the path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

WIDEST_SHARE = 0.6  # of the screen: the box grows to show a path up to this width


class PathField(QLineEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.textChanged.connect(self._follow_text)
        self._follow_text(text)

    def _follow_text(self, text: str) -> None:
        self.setToolTip(text)
        self.setMinimumWidth(self._width_for(text))
        self.update()

    def _width_for(self, text: str) -> int:
        """Wide enough for the path (and room for the caret), at most a share of the screen."""
        wanted = self.fontMetrics().horizontalAdvance(text) + 24
        screen = self.screen() or QGuiApplication.primaryScreen()
        widest = int(screen.availableGeometry().width() * WIDEST_SHARE) if screen else 600
        return max(200, min(wanted, widest))

    def shown_text(self) -> str:
        """What the box shows when it is not being edited."""
        room = self.contentsRect().width() - 8
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus() or self.shown_text() == self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        area = self.contentsRect().adjusted(4, 0, -4, 0)
        painter.setPen(self.palette().text().color())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(area, align, self.shown_text())
        painter.end()
