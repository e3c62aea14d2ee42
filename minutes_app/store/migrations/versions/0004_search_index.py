"""search index: folded documents, FTS5 trigram and gram indexes, kept by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

SQLite only. Each searched field becomes a row of search_docs (NFKC + case folded by
the search_fold() function the app registers on every connection), indexed by
search_trigrams (3+ characters) and search_grams (1–2 characters). The triggers on
the base tables write search_docs and queue the change in search_queue; the app moves
the queue into the FTS tables when a transaction commits (store/search_index.py).
A later batch migration that rebuilds one of these tables drops its triggers: it must
create them again (_triggers() here). PostgreSQL searches by folding in Python for now.
"""

from __future__ import annotations

from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_ORG = "(SELECT name FROM organisation ORDER BY id LIMIT 1)"

# (table, field, text over row alias {r}, meeting id over {r}, columns the text reads);
# a progress note is found as its action (the record column, see _record).
_SOURCES = [
    ("meetings", "title",
     "COALESCE(NULLIF({r}.title, ''), search_title(" + _ORG + ", {r}.term, {r}.sequence, "
     "(SELECT name FROM bodies WHERE id = {r}.body_id)))",
     "{r}.id", ("title", "term", "sequence", "body_id")),
    ("meetings", "location", "{r}.location", "{r}.id", ("location",)),
    ("agenda_items", "title", "{r}.title", "{r}.meeting_id", ("title",)),
    ("agenda_items", "notes", "{r}.notes", "{r}.meeting_id", ("notes",)),
    ("decisions", "text", "{r}.text", "{r}.meeting_id", ("text",)),
    ("action_items", "title", "{r}.title", "{r}.meeting_id", ("title",)),
    ("action_updates", "note", "{r}.note",
     "(SELECT meeting_id FROM action_items WHERE id = {r}.action_id)", ("note",)),
    ("units", "name", "{r}.name", "NULL", ("name",)),
    ("people", "name", "{r}.name", "NULL", ("name",)),
    ("committees", "name", "{r}.name", "NULL", ("name",)),
]
_TABLES = sorted({s[0] for s in _SOURCES})


def _record(table: str, src: str) -> str:
    return src.replace(".id", ".action_id") if table == "action_updates" else src


def _add(table: str, field: str, value: str, meeting: str, src: str, where: str, doc: str
         ) -> list[str]:
    """Index `value` for the rows `where` selects (and `doc` then finds): a document,
    queued for the FTS tables (FTS5 is slow row by row; the app moves the queue into
    them in one statement when the transaction commits)."""
    return [
        "INSERT INTO search_docs(source, src_id, record, field, meeting_id, folded) "
        f"SELECT '{table}', {src}, {_record(table, src)}, '{field}', {meeting}, "
        f"search_fold({value}) {where} "
        f"COALESCE({value}, '') <> ''",
        f"INSERT INTO search_queue(doc_id, op) SELECT id, '+' FROM search_docs WHERE {doc}",
    ]


def _drop(doc: str) -> list[str]:
    """Take the documents `doc` selects out: one still queued is simply unqueued, one
    already in the FTS tables is queued for deletion with the text it was indexed by."""
    return [
        "INSERT INTO search_queue(doc_id, op, folded) SELECT id, '-', folded FROM search_docs "
        f"WHERE {doc} AND id NOT IN (SELECT doc_id FROM search_queue)",
        f"DELETE FROM search_queue WHERE op = '+' AND doc_id IN (SELECT id FROM search_docs WHERE {doc})",
        f"DELETE FROM search_docs WHERE {doc}",
    ]


def _trigger(name: str, event: str, when: str, statements: list[str]) -> str:
    body = ";\n  ".join(statements)
    return f"CREATE TRIGGER {name} {event}{when} BEGIN\n  {body};\nEND"


def _new_row(table: str, field: str, text: str, meeting: str) -> list[str]:
    """Index NEW's field."""
    value, mid = text.format(r="NEW"), meeting.format(r="NEW")
    doc = f"source = '{table}' AND src_id = NEW.id AND field = '{field}'"
    return _add(table, field, value, mid, "NEW.id", "WHERE", doc)


def _triggers() -> list[str]:
    made = []
    for table, field, text, meeting, columns in _SOURCES:
        doc = f"source = '{table}' AND field = '{field}' AND src_id = OLD.id"
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        made.append(_trigger(f"search_{table}_{field}_ins", f"AFTER INSERT ON {table}", "",
                             _new_row(table, field, text, meeting)))
        made.append(_trigger(f"search_{table}_{field}_upd",
                             f"AFTER UPDATE OF {', '.join(columns)} ON {table}",
                             f" WHEN {changed}",
                             _drop(doc) + _new_row(table, field, text, meeting)))
    for table in _TABLES:
        doc = f"source = '{table}' AND src_id = OLD.id"
        made.append(_trigger(f"search_{table}_del", f"AFTER DELETE ON {table}", "", _drop(doc)))
    # A meeting without its own title is found by the title made from these names.
    untitled = "FROM meetings r WHERE COALESCE(r.title, '') = '' AND"
    retitle = _SOURCES[0]
    for name, event, narrow in (
        ("search_bodies_name_upd", "AFTER UPDATE OF name ON bodies", " r.body_id = NEW.id AND"),
        ("search_organisation_upd", "AFTER UPDATE OF name ON organisation", ""),
        ("search_organisation_ins", "AFTER INSERT ON organisation", ""),
    ):
        where = untitled + narrow
        doc = f"source = 'meetings' AND field = 'title' AND src_id IN (SELECT r.id {where} 1)"
        again = _add("meetings", "title", retitle[2].format(r="r"), "r.id", "r.id", where, doc)
        made.append(_trigger(name, event, "", _drop(doc) + again))
    return made


def _fill() -> list[str]:
    statements = []
    for table, field, text, meeting, _columns in _SOURCES:
        value, mid = text.format(r="r"), meeting.format(r="r")
        statements.append(
            "INSERT INTO search_docs(source, src_id, record, field, meeting_id, folded) "
            f"SELECT '{table}', r.id, {_record(table, 'r.id')}, '{field}', {mid}, "
            f"search_fold({value}) FROM {table} r "
            f"WHERE COALESCE({value}, '') <> ''"
        )
    statements.append("INSERT INTO search_trigrams(rowid, folded) SELECT id, folded FROM search_docs")
    statements.append(
        "INSERT INTO search_grams(rowid, grams) SELECT id, search_grams(folded) FROM search_docs"
    )
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_docs (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, "
        "src_id INTEGER NOT NULL, record INTEGER NOT NULL, field TEXT NOT NULL, "
        "meeting_id INTEGER, folded TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_docs_src ON search_docs(source, src_id, field)")
    # Ids are never reused (AUTOINCREMENT), so a document is queued at most once.
    op.execute(
        "CREATE TABLE search_queue (doc_id INTEGER PRIMARY KEY, op TEXT NOT NULL, folded TEXT)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_trigrams USING fts5(folded, content='', "
        "tokenize='trigram case_sensitive 1', columnsize=0)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', tokenize='ascii', "
        "detail='none', columnsize=0)"
    )
    for statement in _fill() + _triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _triggers():
        name = statement.split()[2]
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("search_grams", "search_trigrams", "search_queue", "search_docs"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
