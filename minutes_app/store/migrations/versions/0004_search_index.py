"""search index: folded documents, FTS5 trigram and gram indexes, a queue kept by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

SQLite only. Each searched field becomes a row of search_docs (NFKC + case folded, with
the key it is listed by), indexed by search_trigrams (3+ characters) and search_grams
(1–2 characters). The triggers use built-in SQL only, so any program can still write
every table: they put (table, row id) into search_queue, and the app folds the queued
rows into the index in Python when it next commits (store/search_index.flush). No op
is queued: the flush reads the row as it is then (there: index it; gone: drop it).
Existing rows are queued here and indexed when this upgrade commits.
A later batch migration that rebuilds one of the base tables drops its triggers: it
must create them again (_triggers() here). PostgreSQL searches by folding in Python.
"""

from __future__ import annotations

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# table -> the columns whose change changes its documents (text, the meeting it is
# listed under, how its title is made).
_WATCHED = {
    "meetings": ("id", "title", "term", "sequence", "body_id", "location", "start"),
    "agenda_items": ("id", "title", "notes", "meeting_id"),
    "decisions": ("id", "text", "meeting_id"),
    "action_items": ("id", "title", "meeting_id"),
    "action_updates": ("id", "note", "action_id"),
    "units": ("id", "name"),
    "people": ("id", "name"),
    "committees": ("id", "name"),
}
_UNTITLED = "SELECT 'meetings', id FROM meetings WHERE COALESCE(title, '') = ''"


def _queue(select: str) -> str:
    return f"INSERT INTO search_queue(source, src_id) {select}"


def _trigger(name: str, event: str, statements: list[str], when: str = "") -> str:
    body = ";\n  ".join(statements)
    return f"CREATE TRIGGER {name} {event}{when} BEGIN\n  {body};\nEND"


def _triggers() -> list[str]:
    made = []
    for table, columns in _WATCHED.items():
        row = f"'{table}'"
        made += [
            _trigger(f"search_{table}_ins", f"AFTER INSERT ON {table}",
                     [_queue(f"VALUES ({row}, NEW.id)")]),
            _trigger(f"search_{table}_upd", f"AFTER UPDATE OF {', '.join(columns)} ON {table}",
                     [_queue(f"SELECT {row}, OLD.id UNION SELECT {row}, NEW.id")]),
            _trigger(f"search_{table}_del", f"AFTER DELETE ON {table}",
                     [_queue(f"VALUES ({row}, OLD.id)")]),
        ]
    # The documents of a meeting's records are listed by its start: a new start lists
    # them again. An action's progress notes follow it to another meeting.
    made.append(_trigger(
        "search_meetings_start_upd", "AFTER UPDATE OF start, id ON meetings",
        [_queue("SELECT source, src_id FROM search_docs WHERE meeting_id IN (OLD.id, NEW.id)")],
        " WHEN OLD.start IS NOT NEW.start OR OLD.id IS NOT NEW.id",
    ))
    made.append(_trigger(
        "search_action_items_move_upd", "AFTER UPDATE OF meeting_id, id ON action_items",
        [_queue("SELECT 'action_updates', id FROM action_updates "
                "WHERE action_id IN (OLD.id, NEW.id)")],
        " WHEN OLD.meeting_id IS NOT NEW.meeting_id OR OLD.id IS NOT NEW.id",
    ))
    # A meeting without its own title is found by the title made from these names.
    made.append(_trigger(
        "search_bodies_name_upd", "AFTER UPDATE OF name, id ON bodies",
        [_queue(f"{_UNTITLED} AND body_id IN (OLD.id, NEW.id)")],
    ))
    for event, suffix in (("INSERT", "ins"), ("UPDATE OF name, id", "upd"), ("DELETE", "del")):
        made.append(_trigger(f"search_organisation_{suffix}", f"AFTER {event} ON organisation",
                             [_queue(_UNTITLED)]))
    return made


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # kind, meeting_start, meeting_id, record, field_rank: the order hits are listed in
    # (kind, newest meeting first, the record's main field first).
    op.execute(
        "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
        "src_id INTEGER NOT NULL, record INTEGER NOT NULL, field TEXT NOT NULL, "
        "kind INTEGER NOT NULL, meeting_id INTEGER, meeting_start TEXT, "
        "field_rank INTEGER NOT NULL, folded TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_docs_src ON search_docs(source, src_id)")
    op.execute(
        "CREATE INDEX ix_search_docs_order ON search_docs(kind, meeting_start DESC, "
        "meeting_id, record, field_rank, src_id)"
    )
    op.execute("CREATE INDEX ix_search_docs_meeting ON search_docs(meeting_id)")
    # No key: a row may be queued many times (no conflict an outer statement could turn
    # into an error); the flush reads each row once.
    op.execute("CREATE TABLE search_queue (source TEXT NOT NULL, src_id INTEGER NOT NULL)")
    op.execute(
        "CREATE VIRTUAL TABLE search_trigrams USING fts5(folded, content='', "
        "tokenize='trigram case_sensitive 1', columnsize=0)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', tokenize='ascii', "
        "detail='none', columnsize=0)"
    )
    for table in _WATCHED:
        op.execute(_queue(f"SELECT '{table}', id FROM {table}"))
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _triggers():
        name = statement.split()[2]
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("search_grams", "search_trigrams", "search_queue", "search_docs"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
