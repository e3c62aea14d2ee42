"""The 统计 area: the year's figures (or a term's, or a date range's) for a body or all,
each chart beside its table; a click on a bar lists the records behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from matplotlib.backend_bases import PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.report import BodyRef, Figures, Period
from minutes_app.domain.report_tables import RECORD_COLUMNS, Pick, Table, records_behind, tables
from minutes_app.domain.report_text import Labels
from minutes_app.services import report
from minutes_app.services.report_export import report_chart
from minutes_app.ui import dialogs
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import current_language, failure_text
from minutes_app.ui.stats.export import ReportExporter
from minutes_app.ui.stats.model import FiguresModel, FiguresProxy
from minutes_app.ui.stats.words import window_labels
from minutes_app.ui.typed_entry import date_field
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job

# (chart, tables shown beside it)
TABS = (
    ("months", ("table.months",)), ("quorum", ("table.bodies",)),
    ("attendance", ("table.meetings",)), ("seats", ("table.seats",)),
    ("decisions", ("table.decisions",)), ("registry", ("table.registry", "table.committees")),
    ("actions", ("table.owners", "table.actions")),
)  # fmt: skip
YEAR, TERM, RANGE = range(3)


class StatsArea(QWidget):
    computed = Signal()  # the figures on show changed (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsArea")
        self.ctx = ctx
        self.figures: Figures | None = None
        self.choices: report.Choices | None = None
        self._generation = 0
        self._stale = True
        self.models: dict[str, FiguresModel] = {}
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self.holders: dict[str, QVBoxLayout] = {}
        self._build()
        ctx.meetings_changed.connect(self._changed)
        ctx.actions_changed.connect(self._changed)
        ctx.registry_changed.connect(self._changed)

    # ---- layout --------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = named(QTabWidget(), "statsTabs")
        for chart, keys in TABS:
            self.tabs.addTab(self._tab(chart, keys), "")
        self.records_label = named(QLabel(), "statsRecordsLabel")
        self.records_model = FiguresModel(self)
        self.records = self._view(FiguresProxy(self.records_model, self), "statsRecords")
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.records_label)
        column.addWidget(self.records, 1)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "statsSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 140])
        self.status = named(QLabel(), "statsStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(self._pickers())
        for edit in (self.start, self.end):  # what to type, below: the row stays one line
            edit.message.setWordWrap(False)
            layout.addWidget(edit.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._retitle()

    def _pickers(self) -> QHBoxLayout:
        self.mode = named(QComboBox(), "statsMode")
        self.mode.addItems([self.tr("Year"), self.tr("Term"), self.tr("Date range")])
        self.year = named(QComboBox(), "statsYear")
        self.term = named(QComboBox(), "statsTerm")
        today = dt.date.today()
        self.start = date_field(dt.date(today.year, 1, 1), "statsFrom")
        self.end = date_field(today, "statsTo")
        self.body = named(QComboBox(), "statsBody")
        row = QHBoxLayout()
        for label, widget in ((self.tr("Period:"), self.mode), (None, self.year),
                              (None, self.term), (None, self.start), ("–", self.end),
                              (self.tr("Body:"), self.body)):  # fmt: skip
            if label:
                row.addWidget(caption := QLabel(label))
                if widget is self.end:
                    self.dash = caption
            row.addWidget(widget)
        row.addStretch(1)
        self.exporter = ReportExporter(self.ctx, self, lambda: self.figures)
        row.addWidget(self.exporter.button)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for combo in (self.year, self.term, self.body):
            combo.currentIndexChanged.connect(self.recompute)
        for edit in (self.start, self.end):
            edit.entered.connect(self.recompute)
        self._mode_changed()
        return row

    def _tab(self, chart: str, keys: tuple[str, ...]) -> QWidget:
        splitter = named(QSplitter(Qt.Orientation.Horizontal), f"statsTab_{chart}")
        holder = named(QWidget(), f"chartHolder_{chart}")
        self.holders[chart] = QVBoxLayout(holder)
        self.holders[chart].setContentsMargins(0, 0, 0, 0)
        splitter.addWidget(holder)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for key in keys:
            model = self.models[key] = FiguresModel(self)
            title = named(QLabel(), f"title_{key}")
            column.addWidget(title)
            column.addWidget(self._view(FiguresProxy(model, self), f"table_{key}"), 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        return splitter

    def _view(self, proxy: FiguresProxy, name: str) -> QTableView:
        view = named(QTableView(), name)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _retitle(self) -> None:
        say = window_labels()
        for index, (chart, keys) in enumerate(TABS):
            self.tabs.setTabText(index, say(f"chart.{chart}"))
            for key in keys:
                label = self.findChild(QLabel, f"title_{key}")
                if label is not None:
                    label.setText(f"<b>{say(key)}</b>")
        self.records_label.setText(self.tr("Click a bar to list the records behind it."))

    # ---- the period and body -------------------------------------------------------

    def _mode_changed(self) -> None:
        mode = self.mode.currentIndex()
        self.year.setVisible(mode == YEAR)
        self.term.setVisible(mode == TERM)
        for edit in (self.start, self.end):
            edit.setVisible(mode == RANGE)
            edit.message.setVisible(mode == RANGE and bool(edit.message.text()))
        self.dash.setVisible(mode == RANGE)
        self.recompute()

    def load_choices(self) -> None:
        self.choices = found = report.choices(self.ctx.db)
        for combo in (self.year, self.term, self.body):
            combo.blockSignals(True)
            combo.clear()
        for year in found.years or (dt.date.today().year,):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(0)  # the newest year with a meeting
        for number, period in found.terms:
            self.term.addItem(self._term_text(number, period), number)
        self.term.setCurrentIndex(self.term.count() - 1)
        self.body.addItem(self.tr("All bodies"), None)
        for body in found.bodies:
            self.body.addItem(body.name, body.key)
        for combo in (self.year, self.term, self.body):
            combo.blockSignals(False)

    def _term_text(self, number: int, period: Period) -> str:
        """第5届（2019年5月1日至今） as the documents say it; in English its own words."""
        if current_language() != "en":
            return period.label
        return (
            self.tr("Term %1 (%2 – %3)")
            .replace("%1", str(number))
            .replace("%2", period.start.isoformat())
            .replace("%3", period.end.isoformat())
        )

    def _period_text(self, period: Period) -> str:
        """The period on show in the window's language (Period.label is the documents')."""
        mode = self.mode.currentIndex()
        if current_language() != "en" or mode == RANGE:
            return period.label  # a range is ISO dates in either language
        if mode == TERM and self.term.currentIndex() >= 0:
            return self._term_text(int(self.term.currentData()), period)
        return str(period.start.year)

    def period(self) -> Period:
        mode = self.mode.currentIndex()
        if mode == TERM and self.choices and self.term.currentIndex() >= 0:
            return self.choices.terms[self.term.currentIndex()][1]
        if mode == RANGE:
            start: dt.date = self.start.value()  # the last date typed right
            end: dt.date = self.end.value()
            start, end = min(start, end), max(start, end)
            return Period(start, end, f"{start.isoformat()} – {end.isoformat()}")
        year = self.year.currentData()
        return report.year_period(int(year) if year else dt.date.today().year)

    def chosen_body(self) -> BodyRef | None:
        key = self.body.currentData()
        if not key or self.choices is None:
            return None
        return next((b for b in self.choices.bodies if b.key == key), None)

    # ---- computing -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.load_choices()
            self.recompute()
        super().showEvent(event)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.showEvent(QShowEvent())

    def recompute(self) -> None:
        if self.choices is None:
            return
        self._generation += 1
        generation, db, say = self._generation, self.ctx.db, window_labels()
        period, body, today = self.period(), self.chosen_body(), self.ctx.today()
        self.status.setText(self.tr("Computing…"))

        def work() -> tuple[Figures, dict[str, Figure]]:
            figures = report.figures(db, period, body, today)
            return figures, {c: report_chart(c, figures, say, 7.0) for c, _ in TABS}

        run_job(work, lambda result: self._show(generation, result, say), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        dialogs.error(self, self.tr("Statistics"), failure_text(exc))

    def _show(self, generation: int, result: Any, say: Labels) -> None:
        if generation != self._generation:
            return  # a later choice is being computed
        figures, charts = result
        self.figures = figures
        for table in tables(figures, say):
            self.models[table.key].set_table(table)
        for chart, _ in TABS:
            self._embed(chart, charts[chart])
        self.records_model.set_table(Table("records", (), ()))
        held = figures.held
        self.status.setText(
            self.tr("%1: %2 meetings held, %3 decisions, %4 action items opened")
            .replace("%1", self._period_text(figures.period)).replace("%2", str(held))
            .replace("%3", str(figures.decisions.total))
            .replace("%4", str(figures.actions.opened))
        )  # fmt: skip
        self.computed.emit()

    def _embed(self, chart: str, figure: Figure) -> None:
        holder = self.holders[chart]
        old = self.canvases.pop(chart, None)
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        canvas = named(FigureCanvasQTAgg(figure), f"chart_{chart}")
        canvas.setMinimumSize(360, 240)
        canvas.mpl_connect("pick_event", lambda e: self._picked(chart, e))
        holder.addWidget(canvas)
        self.canvases[chart] = canvas

    # ---- what is behind a bar ------------------------------------------------------

    def _picked(self, chart: str, event: PickEvent) -> None:
        gid = event.artist.get_gid()
        if not gid or self.figures is None:
            return
        pick = Pick.decode(gid)
        if chart == "attendance":  # a point of a body's line: the index picks the meeting
            keys = [m.key for m in self.figures.meetings
                    if m.body_key == pick.series and m.tally.rate is not None]  # fmt: skip
            index = getattr(event, "ind", [0])[0]
            pick = Pick("attendance", keys[index] if index < len(keys) else "")
        self.show_records(pick)

    def show_records(self, pick: Pick) -> None:
        if self.figures is None:
            return
        say = window_labels()
        found = records_behind(self.figures, pick, say)
        rows = tuple((r.day.isoformat() if r.day else "", r.meeting, r.what, r.detail)
                     for r in found)  # fmt: skip
        self.records_model.set_table(Table("records", tuple(say(k) for k in RECORD_COLUMNS), rows))
        self.records_label.setText(
            self.tr("%1 records behind the bar").replace("%1", str(len(rows))))  # fmt: skip


def build_stats_area(ctx: AppContext, window: QWidget) -> tuple[str, QWidget]:
    area = StatsArea(ctx, window)
    return QCoreApplication.translate("StatsArea", "Statistics"), area
