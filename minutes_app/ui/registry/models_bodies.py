"""Bodies with their rules and seats, committees with their members, adopted documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from minutes_app.services.registry_bodies import BodyRecord, CommitteeRecord, Document, Holder
from minutes_app.ui.registry.table import RowsModel, SearchProxy, day_text, source_text


class BodiesModel(RowsModel):
    NAME, SHORT, QUORUM, PASS, SEATS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.term: int | None = None

    def headers(self) -> list[str]:
        return [self.tr("Body"), self.tr("Short name"), self.tr("Quorum"),
                self.tr("To pass"), self.tr("Seats this term")]  # fmt: skip

    def set_term(self, term: int | None) -> None:
        self.term = term
        self.refresh()

    def threshold(self, fraction: str | None, inclusive: bool) -> str:
        if fraction is None:
            return self.tr("None")
        if fraction == "1/2" and not inclusive:
            return self.tr("More than half")
        template = self.tr("%1 or more") if inclusive else self.tr("More than %1")
        return template.replace("%1", fraction)

    def base(self, of: str) -> str:
        return {"present": self.tr("of those present"), "seats": self.tr("of all seats"),
                "cast": self.tr("of votes cast")}.get(of, of)  # fmt: skip

    def text(self, row: BodyRecord, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.SHORT:
            return row.short_name or ""
        if column == self.QUORUM:
            return self.threshold(row.quorum_fraction, row.quorum_inclusive)
        if column == self.PASS:
            rule = self.threshold(row.pass_fraction, row.pass_inclusive)
            return f"{self.base(row.pass_of)} {rule}"
        return str(len(row.seats_of(self.term)))

    def sort_key(self, row: BodyRecord, column: int) -> Any:
        return len(row.seats_of(self.term)) if column == self.SEATS else None


@dataclass(frozen=True)
class SeatRow:
    number: int
    holder: Holder
    positions: str


class HoldersModel(RowsModel):
    """Seats of a body in one term, or members of a committee on one day."""

    NUMBER, NAME, UNIT, ROLE, START, END = range(6)

    def __init__(self, committee: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.committee = committee

    def headers(self) -> list[str]:
        role = self.tr("Role") if self.committee else self.tr("Positions")
        return [self.tr("No."), self.tr("Name"), self.tr("Unit"), role,
                self.tr("From"), self.tr("To")]  # fmt: skip

    def text(self, row: SeatRow, column: int) -> str:
        h = row.holder
        return [str(row.number), h.name, h.unit_name or "",
                (h.role or "") if self.committee else row.positions,
                day_text(h.start), day_text(h.end)][column]  # fmt: skip

    def sort_key(self, row: SeatRow, column: int) -> Any:
        return row.number if column == self.NUMBER else None


class CommitteesModel(RowsModel):
    NAME, KIND, STATUS, SET_UP, SINCE, MEMBERS = range(6)

    def __init__(self, organisation: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.day = dt.date.today()

    def headers(self) -> list[str]:
        return [self.tr("Committee"), self.tr("Kind"), self.tr("Status"), self.tr("Set up by"),
                self.tr("Since"), self.tr("Members")]  # fmt: skip

    def set_day(self, day: dt.date) -> None:
        self.day = day
        self.refresh()

    def kind(self, kind: str) -> str:
        return {"expert_committee": self.tr("Expert committee"),
                "branch": self.tr("Branch")}.get(kind, kind)  # fmt: skip

    def status(self, c: CommitteeRecord) -> str:
        if c.pending:
            return self.tr("Not set up")
        if c.exists_on(self.day):
            return self.tr("In being")
        if c.dissolved is not None and c.dissolved.day and self.day >= c.dissolved.day:
            return self.tr("Dissolved")
        return self.tr("Not yet set up")

    def text(self, row: CommitteeRecord, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return self.kind(row.kind)
        if column == self.STATUS:
            return self.status(row)
        est = row.established
        if column == self.SET_UP:
            if est is None:
                return self.tr("Before the records")
            return source_text(est, self.organisation, "")
        if column == self.SINCE:
            return day_text(est.day) if est else ""
        return str(len(row.members_on(self.day)))

    def tooltip(self, row: CommitteeRecord, column: int) -> str | None:
        est = row.established
        if column == self.SET_UP and est is not None and est.decision_number:
            return est.label()
        return None


class CommitteesProxy(SearchProxy):
    """Committees in being on the day, unless all are wanted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all = False

    def set_all(self, value: bool) -> None:
        self.all = value
        self.refilter()

    def accepts(self, row: CommitteeRecord) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CommitteesModel)
        return self.all or row.exists_on(model.day)


class DocumentsModel(RowsModel):
    TITLE, DAY, MEETING, DECISION = range(4)

    def __init__(self, organisation: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self._all: list[Document] = []

    def headers(self) -> list[str]:
        return [self.tr("Document"), self.tr("Adopted on"), self.tr("Meeting"),
                self.tr("Decision")]  # fmt: skip

    def load(self, documents: list[Document], day: dt.date) -> None:
        self._all = documents
        self.set_day(day)

    def set_day(self, day: dt.date) -> None:
        self.set_rows([d for d in self._all if d.day <= day])

    def text(self, row: Document, column: int) -> str:
        s = row.source
        if column == self.TITLE:
            return row.title
        if column == self.DAY:
            return row.day.isoformat()
        if column == self.MEETING:
            return (s.meeting_title or "").removeprefix(self.organisation)
        number = f"（{s.decision_number}）" if s.decision_number else ""
        return f"{s.decision_name or ''}{number}"
