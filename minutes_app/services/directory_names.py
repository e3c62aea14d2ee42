"""The names a meeting editor shows, kept while the database file is unchanged.

Opening a meeting reads every person (with the 职务 held on the meeting's day), unit and
committee: thousands of rows. Every committed write bumps the file's generation
(store.database.bump_generation), so while the generation and the file are the same,
the next editor reuses what the last one read. A server database has no generation:
there every call reads afresh.

What does not depend on the day (everyone with every post held, the units, committees
and bodies) is kept apart from the names of a day, so a meeting of another day costs no
read, and the window reads it ahead, off the UI thread, once it is ready (`read_ahead`).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

from minutes_app.services import catalog
from minutes_app.services.catalog import BodyInfo, NamedKey, PersonInfo, PersonPosts
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


@dataclass(frozen=True)
class _Registry:
    people: tuple[PersonPosts, ...]
    units: tuple[NamedKey, ...]
    committees: tuple[NamedKey, ...]
    organisation: str
    bodies: tuple[BodyInfo, ...]


_cache: dict[Hashable, object] = {}
_lock = threading.Lock()  # the window's read-ahead runs in a worker


def directory_names(db: Database, day: dt.date) -> DirectoryNames:
    def load() -> DirectoryNames:
        registry = _registry(db)
        people = tuple(p.on(day) for p in registry.people)
        return DirectoryNames(
            people, registry.units, registry.committees, registry.organisation, registry.bodies
        )

    return _kept(db, ("names", day), load)


def read_ahead(db: Database) -> None:
    """Read what every day's names are made of, so the first meeting opened reads nothing."""
    _registry(db)


def _registry(db: Database) -> _Registry:
    def load() -> _Registry:
        return _Registry(
            tuple(catalog.people_posts(db)),
            tuple(catalog.units(db)),
            tuple(catalog.committees(db)),
            catalog.organisation_name(db),
            tuple(catalog.bodies(db)),
        )

    return _kept(db, ("registry",), load)


def seats(db: Database, body: str, term: int, day: dt.date) -> tuple[PersonInfo, ...]:
    return _kept(db, ("seats", body, term, day), lambda: tuple(catalog.seats(db, body, term, day)))


def _kept(db: Database, what: Hashable, load: Callable[[], T]) -> T:
    stamp = database_stamp(db)
    if stamp.generation is None or db.path is None:
        return load()
    key = (str(db.path), stamp.identity, stamp.generation, what)
    with _lock:
        if key in _cache:
            return _cache[key]  # type: ignore[return-value]
    value = load()  # outside the lock: a read ahead never holds up the UI thread's own
    with _lock:
        if len(_cache) >= KEEP or any(k[2] != stamp.generation for k in _cache):  # type: ignore[index]
            _cache.clear()
        _cache[key] = value
    return value
