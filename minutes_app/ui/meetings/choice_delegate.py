"""Cells that act like radio buttons: one click (or Space) picks that column's choice.

The model marks the chosen column Checked in CheckStateRole; the delegate draws a radio
indicator in the middle of the cell and asks the model to check it when clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
CHECK = Qt.ItemDataRole.CheckStateRole


def is_checked(value: object) -> bool:
    """A CheckStateRole value, as a view or a test hands it over."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value


class ChoiceDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        radio = QStyleOptionViewItem(opt)
        radio.rect = self._indicator_rect(opt)
        on = is_checked(index.data(CHECK))
        radio.state = (radio.state & ~QStyle.StateFlag.State_Off) | (
            QStyle.StateFlag.State_On if on else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter,
                            opt.widget)  # fmt: skip

    def _indicator_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option,
                                 option.widget)  # fmt: skip
        rect = QRect(0, 0, size, size)
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        flags = model.flags(index)
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        if not self._is_pick(event, option):
            return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        if not is_checked(index.data(CHECK)):
            model.setData(index, Qt.CheckState.Checked, CHECK)
        return True

    def _is_pick(self, event: QEvent, option: QStyleOptionViewItem) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            inside = option.rect.contains(event.position().toPoint())
            return event.button() == Qt.MouseButton.LeftButton and inside
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        return False
