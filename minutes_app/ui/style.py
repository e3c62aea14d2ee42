"""How read-only fields look: only what the platform style gets wrong for us.

Read-only text fields (an approved meeting's 地点, a correction's old value) look like
fields one can type in unless told otherwise: grey ground and dimmer text. Each such
field carries that sheet itself, set by `set_read_only`. Not a sheet on the application:
with one, Qt styles every widget of every window through it, and opening a meeting (a few
hundred widgets) took a third longer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

READ_ONLY_GROUND = "#eeeeee"
READ_ONLY_TEXT = "#424242"
# The field, and a spin box's own line edit inside it; never its scroll bars.
READ_ONLY_SHEET = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox {{
    background-color: {READ_ONLY_GROUND};
    color: {READ_ONLY_TEXT};
}}
"""
# The parts a widget's own sheet is made of, each kept in a property of that name.
READ_ONLY_PART = "readOnlySheet"
PROBLEM_PART = "problemSheet"  # a date or time that could not be read: red border
PARTS = (READ_ONLY_PART, PROBLEM_PART)


def set_read_only(widget: QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox,
                  read_only: bool) -> None:  # fmt: skip
    """setReadOnly, and the grey look with it."""
    set_sheet_part(widget, READ_ONLY_PART, READ_ONLY_SHEET if read_only else "")
    if widget.isReadOnly() != read_only:
        widget.setReadOnly(read_only)


def set_sheet_part(widget: QWidget, part: str, sheet: str) -> None:
    """Set one part of `widget`'s own style sheet, keeping the others (cheap when unchanged)."""
    if (widget.property(part) or "") == sheet:
        return
    widget.setProperty(part, sheet)
    widget.setStyleSheet("\n".join(str(widget.property(name) or "") for name in PARTS).strip())
