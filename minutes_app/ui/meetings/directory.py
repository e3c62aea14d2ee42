"""Names the meeting editor shows for keys: people, units, committees, and the seats."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain.titles import meeting_title
from minutes_app.services import directory_names
from minutes_app.services.catalog import BodyInfo, PersonInfo
from minutes_app.services.database import Database

Choices = list[tuple[str, str]]


class Directory:
    """Loaded when a meeting opens, and again (in place) when the registry changes."""

    def __init__(self, db: Database, body: str, term: int, day: dt.date | None = None) -> None:
        self.db = db
        self.body = body
        self.term = term
        self.day = day or dt.date.today()  # the meeting's day: 职务 are named as of it
        self.reload()

    def as_of(self, day: dt.date) -> None:
        """Name people by the 职务 they held on `day` (reloads only when the day moves)."""
        if day != self.day:
            self.day = day
            self.reload()

    def reload(self) -> None:
        # Read once per database generation: the next editor opened reuses the names.
        names = directory_names.directory_names(self.db, self.day)
        self.seats = list(directory_names.seats(self.db, self.body, self.term, self.day))
        self.people = list(names.people)
        self.units = list(names.units)
        self.committees = list(names.committees)
        self.names = {p.key: p.name for p in self.people}
        self._titles = {p.key: p.title for p in self.people if p.title}
        # Built once: every refresh of the editor offers the same thousands of choices.
        self._people_choices = [(p.key, person_label(p)) for p in self.people]
        self._unit_names = {u.key: u.name for u in self.units}
        self._committee_names = {c.key: c.name for c in self.committees}
        self.organisation = names.organisation
        self.body_info: BodyInfo | None = next(
            (b for b in names.bodies if b.key == self.body), None
        )

    def generated_title(self, term: int, sequence: int) -> str:
        """天津市工程咨询协会第五届第五次理事长会议: the title a meeting has by default."""
        body = self.body_info.name if self.body_info else ""
        return meeting_title(self.organisation, term, sequence, body)

    @property
    def default_issuer(self) -> str:
        """印发单位 of the 纪要 unless another is given: the organisation's 秘书处."""
        return f"{self.organisation}秘书处" if self.organisation else ""

    def person(self, key: str | None) -> str:
        return self.names.get(key or "", key or "")

    def title(self, key: str) -> str:
        """The 职务 `key` held on the meeting's day ("" for none)."""
        return self._titles.get(key) or ""

    def unit(self, key: str | None) -> str:
        return self._unit_names.get(key or "", key or "")

    def committee(self, key: str | None) -> str:
        return self._committee_names.get(key or "", key or "")

    def people_choices(self) -> Choices:
        return self._people_choices

    def unit_choices(self) -> Choices:
        return list(self._unit_names.items())

    def committee_choices(self) -> Choices:
        return list(self._committee_names.items())

    def seat_keys(self) -> list[str]:
        return [p.key for p in self.seats]


def person_label(person: PersonInfo) -> str:
    """李光辉（天津市宏亚工程咨询有限公司）: the name, and the unit where one is known."""
    return f"{person.name}（{person.unit_name}）" if person.unit_name else person.name


def person_detail(person: PersonInfo) -> str:
    return " ".join(part for part in (person.unit_name, person.title) if part)
