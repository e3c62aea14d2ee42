"""The search field and its results: as you type, off the UI thread, stale answers dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.search import HitKind, SearchFilter, SearchHit
from minutes_app.services import catalog
from minutes_app.services.search import SearchResult, search_page
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import failure_text
from minutes_app.ui.search.delegate import SnippetDelegate
from minutes_app.ui.search.model import HIT_ROLE, KindFilter, SearchModel, kind_label
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job

DEBOUNCE_MS = 250
PER_KIND = 100  # rows shown of each kind; the group title tells how many were found


class SearchPanel(QWidget):
    open_hit = Signal(object)  # SearchHit
    searched = Signal()  # results (or an error) shown for the current text

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._asked = 0  # the number of the newest question; older answers are dropped
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        self._build()
        ctx.meetings_changed.connect(self._data_changed)
        ctx.registry_changed.connect(self._data_changed)
        ctx.actions_changed.connect(self._data_changed)

    def _build(self) -> None:
        self.field = named(QLineEdit(), "searchField")
        self.field.setPlaceholderText(self.tr("Search meetings, decisions, actions, registry…"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._open_current)
        self.body = named(QComboBox(), "searchBody")
        self.term = named(QComboBox(), "searchTerm")
        self.year = named(QComboBox(), "searchYear")
        self.kind = named(QComboBox(), "searchKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in HitKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self._filled = False  # the choices are read when the panel is first shown or used
        for combo in (self.body, self.term, self.year):
            combo.currentIndexChanged.connect(self.run_now)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.model = SearchModel(self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = named(QTableView(), "searchResults")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(SearchModel.FOUND, SnippetDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SearchModel.FOUND, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(SearchModel.KIND, 150)
        header.resizeSection(SearchModel.MEETING, 300)
        self.table.doubleClicked.connect(lambda index: self._open(index.data(HIT_ROLE)))
        self.table.activated.connect(lambda index: self._open(index.data(HIT_ROLE)))
        self.status = named(QLabel(), "searchStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.field, 1)
        labels = (self.tr("Body"), self.tr("Term"), self.tr("Year"), self.tr("Kind"))
        combos = (self.body, self.term, self.year, self.kind)
        for label, combo in zip(labels, combos, strict=True):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filled:
            self.fill_choices()
        super().showEvent(event)

    def fill_choices(self) -> None:
        """Bodies, terms and years to narrow by (kept when they are still there)."""
        self._filled = True
        keep = (self.body.currentData(), self.term.currentData(), self.year.currentData())
        db = self.ctx.db
        years = sorted({m.start.year for m in catalog.list_meetings(db)}, reverse=True)
        bodies: list[tuple[object, str]] = [(b.key, b.name) for b in catalog.bodies(db)]
        terms: list[tuple[object, str]] = [
            (t, self.tr("Term %1").replace("%1", str(t))) for t in catalog.terms(db)
        ]
        choices: list[tuple[QComboBox, str, list[tuple[object, str]]]] = [
            (self.body, self.tr("All bodies"), bodies),
            (self.term, self.tr("All terms"), terms),
            (self.year, self.tr("All years"), [(y, str(y)) for y in years]),
        ]
        for (combo, all_text, items), kept in zip(choices, keep, strict=True):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
            combo.blockSignals(False)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @property
    def query(self) -> str:
        return self.field.text().strip()

    def where(self) -> SearchFilter:
        return SearchFilter(self.body.currentData(), self.term.currentData(),
                            self.year.currentData())  # fmt: skip

    def _typed(self) -> None:
        if not self._filled:  # typed into before it was ever shown
            self.fill_choices()
        self.timer.start()

    def _data_changed(self) -> None:
        if self.query:
            self.timer.start()

    def run_now(self) -> None:
        """Ask the service for the current text; only the newest answer is shown."""
        self.timer.stop()
        self._asked += 1
        asked, query, where, db = self._asked, self.query, self.where(), self.ctx.db
        if not query:
            self.model.set_hits([], {})
            self.status.setText("")
            self.searched.emit()
            return
        self.status.setText(self.tr("Searching…"))
        run_job(
            lambda: search_page(db, query, where, per_kind=PER_KIND),
            lambda result: self._answered(asked, result),
            lambda exc: self._failed(asked, exc),
        )

    def _answered(self, asked: int, result: SearchResult) -> None:
        if asked != self._asked:
            return  # the user typed on: this answer is for an older text
        self.model.set_hits(result.hits, result.found)
        self._fit_kind_column()
        if not result.hits:
            self.status.setText(self.tr("Nothing found for “%1”").replace("%1", result.query))
        else:
            self.status.setText(self.tr("%1 found for “%2”").replace(
                "%1", str(result.total)).replace("%2", result.query))  # fmt: skip
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.searched.emit()

    def _fit_kind_column(self) -> None:
        """Wide enough for the longest group title ("会议（502条，显示前100条）")."""
        metrics = self.table.fontMetrics()
        titles = {self.model.group_title(hit.kind) for hit in self.model.hits}
        wanted = max((metrics.horizontalAdvance(t) for t in titles), default=0) + 16
        header = self.table.horizontalHeader()
        header.resizeSection(SearchModel.KIND, max(150, min(wanted, 320)))

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.status.setText(failure_text(exc))
            self.searched.emit()

    def _kind_changed(self) -> None:
        value = self.kind.currentData()
        self.proxy.set_kind(HitKind(value) if value else None)

    def _open_current(self) -> None:
        if self.timer.isActive():
            return  # Enter before the answer: nothing to open yet
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        self._open(index.data(HIT_ROLE) if index.isValid() else None)

    def _open(self, hit: SearchHit | None) -> None:
        if isinstance(hit, SearchHit):
            self.open_hit.emit(hit)
