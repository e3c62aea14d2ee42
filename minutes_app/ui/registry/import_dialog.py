"""Import the member list the secretary already has (.xlsx, or .csv in UTF-8 or GBK).

Choose the file; the columns are matched by their header names and can be changed;
the preview shows every row, the bad ones with their problem. Nothing is written
unless every row is good or the bad rows are left out. Reading, previewing and
importing run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services import registry_import
from minutes_app.services.files import ImportPreview, Mapping
from minutes_app.services.registry_import import MemberFile
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import current_language
from minutes_app.ui.path_field import PathField
from minutes_app.ui.registry.files import choose_file
from minutes_app.ui.registry.import_model import FIELDS, PreviewModel, PreviewProxy
from minutes_app.ui.registry.table import make_table
from minutes_app.ui.style import set_read_only
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job


class ImportDialog(QDialog):
    previewed = Signal()
    imported = Signal(int)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import member list"))
        self.ctx = ctx
        self.member_file: MemberFile | None = None
        self.preview: ImportPreview | None = None
        self._generation = 0
        self._busy = False
        self.model = PreviewModel(self)
        self.proxy = PreviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.resize(1100, 640)

    def _build(self) -> None:
        self.path = named(PathField(), "path")
        set_read_only(self.path, True)
        self.path.setPlaceholderText(self.tr("An .xlsx or .csv file with a header row"))
        choose = named(QPushButton(self.tr("Choose file…")), "chooseFile")
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for index, field in enumerate(FIELDS):
            combo = named(QComboBox(), f"column_{field}")
            combo.setMinimumWidth(150)
            combo.currentIndexChanged.connect(self._remap)
            self.combos[field] = combo
            row, col = divmod(index, 4)
            grid.addWidget(QLabel(self.model.field_label(field)), row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
        self.summary = named(QLabel(self.tr("Choose a file to see its rows.")), "summary")
        self.summary.setWordWrap(True)
        self.table = make_table("previewTable", self.proxy, [50, 400, 230, 160, 100])
        self.bad_only = named(QCheckBox(self.tr("Show only rows with problems")), "badOnly")
        self.bad_only.toggled.connect(self.proxy.set_bad_only)
        self.drop_bad = named(QCheckBox(self.tr("Leave out the rows with problems")), "dropBad")
        self.drop_bad.toggled.connect(self._update_buttons)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.import_button = named(QPushButton(self.tr("Import")), "importButton")
        self.import_button.clicked.connect(self.start_import)
        close = named(QPushButton(self.tr("Close")), "closeButton")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.bad_only)
        bottom.addWidget(self.drop_bad)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- reading and previewing -----------------------------------------------------------

    def choose(self) -> QWidget:
        return choose_file(self, self.tr("Member list"),
                           self.tr("Member lists (*.xlsx *.csv)"), self.load_file)  # fmt: skip

    def load_file(self, path: Path) -> None:
        self.path.setText(str(path))
        db = self.ctx.db

        def work() -> tuple[MemberFile, ImportPreview]:
            member_file = registry_import.read_member_file(path)
            return member_file, registry_import.preview(db, member_file)

        self._run(work, self._loaded)

    def _loaded(self, result: tuple[MemberFile, ImportPreview]) -> None:
        self.member_file, preview = result
        headers = self.member_file.header.names
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, name in enumerate(headers):
                combo.addItem(name or self.tr("Column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(field))))
            combo.blockSignals(False)
        self._show(preview)

    def mapping(self) -> Mapping:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def _remap(self) -> None:
        if self.member_file is None:
            return
        mapping = self.mapping()
        if mapping["name"] is None:
            self.error.setText(self.tr("Choose the column that holds the unit's name."))
            self.preview = None
            self._update_buttons()
            return
        db, member_file = self.ctx.db, self.member_file
        self._run(lambda: registry_import.preview(db, member_file, mapping), self._show)

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(list(preview.rows))
        bad = len(preview.bad)
        text = self.tr("%1 rows: %2 good, %3 with problems.")
        text = text.replace("%1", str(len(preview.rows))).replace("%2", str(len(preview.good)))
        self.summary.setText(text.replace("%3", str(bad)))
        problem = preview.first_problem()
        self.error.setText(problem.render(current_language()) if problem else "")
        self._update_buttons()
        self.previewed.emit()

    # -- importing ------------------------------------------------------------------------

    def can_import(self) -> bool:
        p = self.preview
        if self._busy or p is None or not p.good:
            return False
        return not p.bad or self.drop_bad.isChecked()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())

    def start_import(self) -> None:
        if not self.can_import() or self.preview is None:
            return
        db, preview, drop = self.ctx.db, self.preview, self.drop_bad.isChecked()
        self._run(lambda: registry_import.import_members(db, preview, drop_bad=drop), self._done)

    def _done(self, result: registry_import.ImportResult) -> None:
        self.ctx.registry_changed.emit()
        self.imported.emit(result.added)
        text = self.tr("%1 units imported.").replace("%1", str(result.added))
        if result.dropped:
            text += " " + self.tr("%1 rows left out.").replace("%1", str(result.dropped))
        dialogs.inform(self.parentWidget(), self.tr("Member list imported"), text)
        self.accept()

    # -- jobs -----------------------------------------------------------------------------

    def _run(self, work: Any, on_done: Any) -> None:
        self._generation += 1
        generation = self._generation
        self._busy = True
        self._update_buttons()
        self.summary.setText(self.tr("Working…"))

        def done(value: Any) -> None:
            if generation == self._generation:
                self._busy = False
                on_done(value)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._busy = False
                message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
                self.error.setText(message)
                self.summary.setText("")
                self._update_buttons()
                self.failed.emit(message)

        run_job(work, done, failed)
