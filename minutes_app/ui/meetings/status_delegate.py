"""Draws 已生效 (green) or 未生效 (grey) at the right end of each effect in the list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

APPLIED_ROLE = Qt.ItemDataRole.UserRole + 1  # bool, or None when not known
TAG_ROLE = Qt.ItemDataRole.UserRole + 2  # the words drawn: 已生效 / 未生效
APPLIED_COLOUR = QColor("#1b5e20")
PENDING_COLOUR = QColor("#757575")
PADDING = 8

Index = QModelIndex | QPersistentModelIndex


class EffectStatusDelegate(QStyledItemDelegate):
    def _tag_width(self, option: QStyleOptionViewItem, tag: str) -> int:
        return option.fontMetrics.horizontalAdvance(tag) + 2 * PADDING if tag else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tag = index.data(TAG_ROLE) or ""
        width = self._tag_width(option, tag)
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(0, 0, -width, 0)
        super().paint(painter, text_option, index)
        if not tag:
            return
        painter.save()
        font = QFont(option.font)
        font.setBold(bool(index.data(APPLIED_ROLE)))
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = APPLIED_COLOUR if index.data(APPLIED_ROLE) else PENDING_COLOUR
        if selected:
            painter.fillRect(option.rect.adjusted(option.rect.width() - width, 0, 0, 0),
                             option.palette.highlight())  # fmt: skip
            colour = option.palette.highlightedText().color()
        painter.setPen(colour)
        area = QRect(option.rect.right() - width, option.rect.top(), width, option.rect.height())
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tag)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self._tag_width(option, index.data(TAG_ROLE) or ""),
                     size.height())  # fmt: skip
