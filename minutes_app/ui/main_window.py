"""The main window: a sidebar of areas (会议, 督办, 名录) and the area shown beside it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui import dialogs, i18n
from minutes_app.ui.change_watch import ChangeWatch
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.register_dialog import RegisterDialog
from minutes_app.ui.guide import GuideMenu
from minutes_app.ui.idle_checkpoint import IdleCheckpoint
from minutes_app.ui.meetings.area import MeetingsArea
from minutes_app.ui.search import install_search
from minutes_app.ui.shared_db.dialog import SharedDatabaseDialog
from minutes_app.ui.start_window import fitting
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import wait_for_jobs


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    database_chosen = Signal(str)  # a shared database's URL, to open instead of this one

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self.demo_mode: object | None = None  # set by ui.backup.demo on the demo data
        self.resize(fitting(QSize(1280, 800)))
        self._build()
        ctx.meetings_changed.connect(self._update_title)

    def _build(self) -> None:
        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setFixedWidth(150)
        self.stack = named(QStackedWidget(), "areas")
        self.meetings = MeetingsArea(self.ctx, self.undo_group, self)
        self.add_area(self.tr("Meetings"), self.meetings)
        for title, area in self.extra_areas():
            self.add_area(title, area)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)  # banners (demo data) above the areas
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.central_layout.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._menus()
        self.search = install_search(self)  # Ctrl+F from every area
        self.change_watch = ChangeWatch(self.ctx, self)  # others' writes refresh the lists
        self.idle_checkpoint = IdleCheckpoint(self.ctx, self)
        self.db_label = named(QLabel(), "databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._update_title()

    def extra_areas(self) -> list[tuple[str, QWidget]]:
        """Areas beyond meetings; each comes from its own module."""
        from minutes_app.ui.areas import build_areas

        return build_areas(self.ctx, self)

    def add_area(self, title: str, widget: QWidget) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(140, 40))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sidebar.addItem(item)
        self.stack.addWidget(widget)
        return item

    def show_area(self, widget: QWidget) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(widget))

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New meeting…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self._new_meeting)
        file_menu.addAction(new)
        self.file_menu = file_menu
        file_menu.addMenu(self.meetings.list.exporter.menu)
        register = QAction(self.tr("Resolutions register (决议汇编)…"), self)
        register.triggered.connect(self.export_register)
        file_menu.addAction(register)
        shared = QAction(self.tr("Connect to a shared database…"), self)
        shared.setObjectName("sharedDatabaseAction")
        shared.triggered.connect(self.open_shared_database)
        file_menu.addAction(shared)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        settings = self.menuBar().addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("Language"))
        current = i18n.chosen_language(self.ctx.settings)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            language.addAction(action)
        template = QAction(self.tr("Minutes template…"), self)
        template.triggered.connect(self._choose_template)
        settings.addAction(template)
        builtin = QAction(self.tr("Use the built-in template"), self)
        builtin.triggered.connect(lambda: self.ctx.settings.remove("template_path"))
        settings.addAction(builtin)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide = GuideMenu(self, help_menu)
        about = QAction(self.tr("About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def export_register(self) -> RegisterDialog:
        dialog = RegisterDialog(self.ctx, self.meetings.list.exporter, self)
        dialog.open()
        return dialog

    def open_shared_database(self) -> SharedDatabaseDialog:
        dialog = SharedDatabaseDialog(self.ctx.settings, self)
        dialog.chosen.connect(self.database_chosen)
        dialog.open()
        return dialog

    def _choose_template(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Minutes template"))
        dialog.setNameFilter("Word (*.docx *.dotx)")
        dialog.fileSelected.connect(lambda path: self.ctx.settings.setValue("template_path", path))
        self.template_dialog = dialog
        dialog.open()
        return dialog

    def _new_meeting(self) -> None:
        self.show_area(self.meetings)
        self.meetings.new_meeting()

    def _choose_language(self, code: str) -> None:
        self.ctx.settings.setValue("language", code)
        self.language_changed.emit(code)

    def _about(self) -> None:
        from minutes_app import __version__

        dialogs.inform(
            self, self.tr("About"), f"minutes-app {__version__}\n{self.ctx.database_path or ''}"
        )

    def _update_title(self) -> None:
        org = self.ctx.organisation or "minutes-app"
        self.setWindowTitle(f"{org} — {self.ctx.database_label}")
        self.db_label.setText(str(self.ctx.database_path or self.ctx.database_label))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.change_watch.stop()  # a look still under way is not acted on
        self.idle_checkpoint.stop()
        wait_for_jobs()
        super().closeEvent(event)
