"""The app's one style sheet: only what the platform style gets wrong for us.

Read-only text fields (an approved meeting's 地点, a correction's old value) look like
fields one can type in unless told otherwise: grey ground and dimmer text. Set on the
application once, so every window and dialog follows it; the guide's browser is a
read-only text box too, and keeps the ordinary white page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

READ_ONLY_GROUND = "#eeeeee"
READ_ONLY_TEXT = "#424242"
MARK = "minutesAppStyle"  # the application property saying the sheet is in

STYLE_SHEET = f"""
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {{
    background-color: {READ_ONLY_GROUND};
    color: {READ_ONLY_TEXT};
}}
QTextBrowser[readOnly="true"] {{ background-color: palette(base); color: palette(text); }}
"""


def install(app: QApplication | None = None) -> None:
    """Add the sheet to the application's (once; later calls change nothing)."""
    app = app or _application()
    if app is None or app.property(MARK):
        return
    app.setStyleSheet(app.styleSheet() + STYLE_SHEET)
    app.setProperty(MARK, True)


def _application() -> QApplication | None:
    instance = QApplication.instance()
    return instance if isinstance(instance, QApplication) else None


def set_read_only(widget: QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox,
                  read_only: bool) -> None:  # fmt: skip
    """setReadOnly, and the style sheet looked at again (Qt does not for a property)."""
    if widget.isReadOnly() == read_only:
        return
    widget.setReadOnly(read_only)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
