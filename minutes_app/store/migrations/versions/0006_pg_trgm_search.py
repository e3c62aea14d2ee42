"""search on PostgreSQL: folded documents with a pg_trgm index, a queue kept by triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

PostgreSQL only (SQLite has its own index since 0004; nothing changes there). Each
searched field becomes a row of search_docs with its folded text (NFKC + case folding,
done by the app: the server's lower() is not Python's casefold), found with LIKE through
a GIN trigram index (pg_trgm). As on SQLite the triggers only queue (table, row id) in
search_queue, in plain SQL, so any program can write every table; the app folds the
queued rows when it next commits (store/search_pg.flush). Existing rows are queued here.
Inserts and deletes are queued once per statement (a transition table): an import of
ten years adds tens of thousands of rows.
"""

from __future__ import annotations

from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# table -> the columns whose change changes its documents (its text, its meeting, how a
# meeting's title is made); the same as 0004's.
_WATCHED = {
    "meetings": ("id", "title", "term", "sequence", "body_id", "location"),
    "agenda_items": ("id", "title", "notes", "meeting_id"),
    "decisions": ("id", "text", "meeting_id"),
    "action_items": ("id", "title", "meeting_id"),
    "action_updates": ("id", "note", "action_id"),
    "units": ("id", "name"),
    "people": ("id", "name"),
    "committees": ("id", "name"),
}
_UNTITLED = "SELECT 'meetings', id FROM meetings WHERE COALESCE(title, '') = ''"

_FUNCTIONS = {
    "search_queue_new": "INSERT INTO search_queue(source, src_id) "
    "SELECT TG_ARGV[0], id FROM new_rows;",
    "search_queue_old": "INSERT INTO search_queue(source, src_id) "
    "SELECT TG_ARGV[0], id FROM old_rows;",
    "search_queue_row": "INSERT INTO search_queue(source, src_id) "
    "VALUES (TG_ARGV[0], OLD.id), (TG_ARGV[0], NEW.id);",
    # An action's progress notes follow it to another meeting.
    "search_queue_notes": "INSERT INTO search_queue(source, src_id) "
    "SELECT 'action_updates', id FROM action_updates WHERE action_id IN (OLD.id, NEW.id);",
    # A meeting without its own title is found by the title made from these names.
    "search_queue_body": f"INSERT INTO search_queue(source, src_id) {_UNTITLED} "
    "AND body_id IN (OLD.id, NEW.id);",
    "search_queue_untitled": f"INSERT INTO search_queue(source, src_id) {_UNTITLED};",
}


def _triggers() -> list[str]:
    made = []
    for table, columns in _WATCHED.items():
        made += [
            f"CREATE TRIGGER search_{table}_ins AFTER INSERT ON {table} "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION search_queue_new('{table}')",
            f"CREATE TRIGGER search_{table}_del AFTER DELETE ON {table} "
            "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION search_queue_old('{table}')",
            # A column list cannot go with a transition table: updates go row by row.
            f"CREATE TRIGGER search_{table}_upd AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_queue_row('{table}')",
        ]
    made += [
        "CREATE TRIGGER search_action_items_move_upd AFTER UPDATE OF meeting_id, id "
        "ON action_items FOR EACH ROW WHEN (OLD.meeting_id IS DISTINCT FROM NEW.meeting_id "
        "OR OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION search_queue_notes()",
        "CREATE TRIGGER search_bodies_name_upd AFTER UPDATE OF name, id ON bodies "
        "FOR EACH ROW EXECUTE FUNCTION search_queue_body()",
        "CREATE TRIGGER search_organisation_change AFTER INSERT OR UPDATE OF name, id "
        "OR DELETE ON organisation FOR EACH STATEMENT EXECUTE FUNCTION search_queue_untitled()",
    ]
    return made


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # COLLATE "C": LIKE compares the folded characters themselves, whatever the locale.
    op.execute(
        "CREATE TABLE search_docs (source TEXT NOT NULL, src_id BIGINT NOT NULL, "
        "field TEXT NOT NULL, record BIGINT NOT NULL, meeting_id BIGINT, "
        'folded TEXT COLLATE "C" NOT NULL, PRIMARY KEY (source, src_id, field))'
    )
    op.execute(
        "CREATE INDEX ix_search_docs_trgm ON search_docs USING gin (folded gin_trgm_ops)"
    )
    op.execute("CREATE TABLE search_queue (source TEXT NOT NULL, src_id BIGINT NOT NULL)")
    for name, body in _FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {body} RETURN NULL; END $$"
        )
    for statement in _triggers():
        op.execute(statement)
    for table in _WATCHED:
        op.execute(f"INSERT INTO search_queue(source, src_id) SELECT '{table}', id FROM {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _triggers():
        name, table = statement.split()[2], statement.split(" ON ")[1].split()[0]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in _FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute("DROP TABLE IF EXISTS search_queue")
    op.execute("DROP TABLE IF EXISTS search_docs")
