"""帮助 → 使用说明 (F1): the user guide, offline, from the package's resources/guide.

The pages are Markdown files shipped as package data; QTextBrowser renders them, follows
the links between them and finds the images beside them (relative to the page shown).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.widgets import named

FIRST_PAGE = "index.md"


def guide_folder() -> Path:
    """The folder of the guide's pages (package data: a real folder once installed)."""
    return Path(str(resources.files("minutes_app") / "resources" / "guide"))


def help_keys() -> list[QKeySequence]:
    """The platform's help key (Ctrl+? on macOS) and F1, each once (twice is ambiguous)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    f1 = QKeySequence("F1")
    return keys if f1 in keys else [*keys, f1]


class GuideDialog(QDialog):
    """Non-modal, beside the window: the secretary reads and works at the same time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = named(QTextBrowser(), "guideBrowser")
        self.browser.setOpenExternalLinks(True)  # a web link leaves for the browser
        self.browser.setSearchPaths([str(guide_folder())])
        back = named(QPushButton(self.tr("Back")), "guideBack")
        forward = named(QPushButton(self.tr("Forward")), "guideForward")
        contents = named(QPushButton(self.tr("Contents")), "guideContents")
        back.clicked.connect(self.browser.backward)
        forward.clicked.connect(self.browser.forward)
        contents.clicked.connect(self.show_contents)
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        bar = QHBoxLayout()
        for button in (back, forward, contents):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.resize(self.fontMetrics().averageCharWidth() * 100, 600)
        self.show_contents()

    def show_contents(self) -> None:
        self.show_page(FIRST_PAGE)

    def show_page(self, name: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / name)))

    def heading(self) -> str:
        """The first line of the page shown (its title)."""
        text = self.browser.document().toPlainText().strip()
        return text.splitlines()[0] if text else ""


class GuideMenu(QObject):
    """The 帮助 menu's 使用说明 action; one dialog, raised again when already open."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("guideMenu")
        self.window = window
        self.dialog: GuideDialog | None = None
        self.action = named(QAction(self.tr("&User guide"), window), "guideAction")
        self.action.setShortcuts(help_keys())
        self.action.triggered.connect(self.open)
        window.addAction(self.action)  # F1 from every area, the menu closed
        menu.addAction(self.action)

    def open(self) -> GuideDialog:
        if self.dialog is None:
            self.dialog = GuideDialog(self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
