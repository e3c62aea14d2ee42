"""A bar above the window's areas: read-only, a risky folder, a recovery just made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from minutes_app.ui.widgets import named

STYLE = "QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; }"


class DatabaseBanner(QToolBar):
    """Lines of text that stay visible while the window is open (no close button)."""

    def __init__(self, window: QMainWindow, lines: list[str]) -> None:
        super().__init__(window)
        self.setObjectName("databaseBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = named(QLabel("\n".join(lines)), "databaseBannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet(STYLE)
        self.addWidget(self.label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)

    def text(self) -> str:
        return self.label.text()
