"""The window's first frame: the meetings list from a light read, before the database opens.

app.WindowSession shows it, opens the database the normal way once it has been painted
(the checks, the migration, the lock, SQLAlchemy), then puts the main window in its
place with the same size, sort, selection and scroll. Until then everything that needs
the database is disabled; the list can be looked at, sorted and scrolled.
Only light modules here: importing this must not import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services.start_list import StartList
from minutes_app.ui.meetings.list_model import KEY_ROLE, MeetingsFilter, MeetingsModel
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

# Until the main window takes over: the translations of its own words, in its contexts.
_tr = QCoreApplication.translate
_MENUS = ("&File", "&Edit", "&Settings", "&Help")


class StartWindow(QMainWindow):
    painted = Signal()  # once, after the list's first frame
    closed_early = Signal()  # the secretary closed it before the main window came

    def __init__(self, start: StartList) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.resize(fitting(QSize(1280, 800)))
        self.setWindowTitle(f"{start.organisation or 'minutes-app'} — {start.path.name}")
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build(len(start.rows))
        self.model.set_rows(start.rows)  # last: the columns are measured once, not per step
        self._painted = self._handed_over = False
        self.table.viewport().installEventFilter(self)
        self._unpainted = QTimer(self, singleShot=True, interval=1000)  # e.g. minimised
        self._unpainted.timeout.connect(self._first_frame)
        self._unpainted.start()
        for title in _MENUS:
            self.menuBar().addMenu(_tr("MainWindow", title)).setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.statusBar().addPermanentWidget(named(QLabel(str(start.path)), "databaseLabel"))

    def _build(self, total: int) -> None:
        sidebar = named(QListWidget(), "sidebar")
        sidebar.setFixedWidth(150)
        item = QListWidgetItem(_tr("MainWindow", "Meetings"))
        item.setSizeHint(QSize(140, 40))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        sidebar.addItem(item)
        sidebar.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self._list(total), 1)
        self.setCentralWidget(central)

    def _list(self, total: int) -> QWidget:
        """As ui.meetings.list_view.MeetingsView looks, its filters and buttons disabled."""
        area = QWidget()
        filters = QHBoxLayout()
        search = QLineEdit()
        search.setPlaceholderText(_tr("MeetingsView", "Search titles"))
        disabled: list[QWidget] = [search]
        for label in ("Body", "Term", "Status"):
            combo = QComboBox()
            combo.addItem(_tr("MeetingsView", "All"))
            disabled.append(combo)
            filters.addWidget(QLabel(_tr("MeetingsView", label)))
            filters.addWidget(combo)
        filters.addWidget(search, 1)
        export = QPushButton(_tr("MeetingsView", "Export"))
        export.setMenu(QMenu(export))  # its arrow, as there
        disabled += [export, QPushButton(_tr("MeetingsView", "New meeting…"))]
        filters.addWidget(disabled[-2])
        filters.addWidget(disabled[-1])
        for widget in disabled:
            widget.setEnabled(False)
        self.table = named(QTableView(), "meetingsTable")
        _set_up_table(self.table, self.proxy)
        count = _tr("MeetingsView", "%1 of %2 meetings").replace("%1", str(total))
        layout = QVBoxLayout(area)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(count.replace("%2", str(total))))
        return area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            QTimer.singleShot(0, self._first_frame)  # after this frame is on screen
        return super().eventFilter(watched, event)

    def _first_frame(self) -> None:
        if not self._painted:
            self._painted = True
            self._unpainted.stop()
            self.painted.emit()

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def hand_over(self, window: MainWindow) -> None:
        """The main window, shown where this one is, takes its sort, selection and scroll."""
        view = window.meetings.list
        header = self.table.horizontalHeader()
        view.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        key = self.selected_key()
        if key is not None:
            view.select_key(key)
        view.table.verticalScrollBar().setValue(self.table.verticalScrollBar().value())
        self._handed_over = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over:
            self.closed_early.emit()
        super().closeEvent(event)


def _set_up_table(table: QTableView, proxy: MeetingsFilter) -> None:
    """The settings of MeetingsView's table, so that the hand-over does not move a pixel."""
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(60)
    header.setSectionResizeMode(MeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
    # The rows come newest first, as MeetingsView sorts them: shown so without sorting
    # them again; a click on a column sorts as there.
    header.setSortIndicator(MeetingsModel.DATE, Qt.SortOrder.DescendingOrder)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.sortIndicatorChanged.connect(lambda *_: table.setSortingEnabled(True))


def fitting(size: QSize) -> QSize:
    """The preferred size, shrunk to the screen (a 1366×768 laptop leaves ~730 px)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    room = screen.availableGeometry().size()
    return QSize(min(size.width(), room.width()), min(size.height(), room.height() - 40))
