"""The names a meeting editor shows, kept while the database file is unchanged.

Opening a meeting reads every person (with the 职务 held on the meeting's day), unit and
committee: thousands of rows. Every committed write bumps the file's generation
(store.database.bump_generation), so while the generation and the file are the same,
the next editor reuses what the last one read. A server database has no generation:
there every call reads afresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

from minutes_app.services import catalog
from minutes_app.services.catalog import BodyInfo, NamedKey, PersonInfo
from minutes_app.services.changes import database_stamp
from minutes_app.store.database import Database

T = TypeVar("T")
KEEP = 8  # entries: a few days and bodies, never the whole history


@dataclass(frozen=True)
class DirectoryNames:
    people: tuple[PersonInfo, ...]
    units: tuple[NamedKey, ...]
    committees: tuple[NamedKey, ...]
    organisation: str
    bodies: tuple[BodyInfo, ...]


_cache: dict[Hashable, object] = {}


def directory_names(db: Database, day: dt.date) -> DirectoryNames:
    def load() -> DirectoryNames:
        return DirectoryNames(
            tuple(catalog.people(db, day)),
            tuple(catalog.units(db)),
            tuple(catalog.committees(db)),
            catalog.organisation_name(db),
            tuple(catalog.bodies(db)),
        )

    return _kept(db, ("names", day), load)


def seats(db: Database, body: str, term: int, day: dt.date) -> tuple[PersonInfo, ...]:
    return _kept(db, ("seats", body, term, day), lambda: tuple(catalog.seats(db, body, term, day)))


def _kept(db: Database, what: Hashable, load: Callable[[], T]) -> T:
    stamp = database_stamp(db)
    if stamp.generation is None or db.path is None:
        return load()
    key = (str(db.path), stamp.identity, stamp.generation, what)
    if key in _cache:
        return _cache[key]  # type: ignore[return-value]
    if len(_cache) >= KEEP or any(k[2] != stamp.generation for k in _cache):  # type: ignore[index]
        _cache.clear()
    value = load()
    _cache[key] = value
    return value
