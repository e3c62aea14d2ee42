"""Find a meeting or a body by what a secretary types: key, title or a unique part."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.naming import folded, matches, meeting_aliases
from minutes_app.domain.titles import meeting_title
from minutes_app.store.database import Database
from minutes_app.store.models import Body, Meeting, Organisation

_SHOWN = 10


def resolve_meeting(db: Database, text: str) -> str:
    """The key of the one meeting `text` names; a clear error listing candidates if not."""
    with db.reading() as session:
        return meeting_key(session, text)


def meeting_key(session: Session, text: str) -> str:
    if session.scalar(select(Meeting.key).where(Meeting.key == text)) is not None:
        return text
    org = session.scalar(select(Organisation.name)) or ""
    rows = session.execute(
        select(
            Meeting.key,
            Meeting.title,
            Meeting.term,
            Meeting.sequence,
            Meeting.start,
            Body.name,
            Body.short_name,
        )
        .join(Body, Meeting.body_id == Body.id)
        .order_by(Meeting.start, Meeting.id)
    ).all()
    found: list[tuple[str, str]] = []
    exact: list[tuple[str, str]] = []
    for key, title, term, seq, start, name, short in rows:
        full = title or meeting_title(org, term, seq, name)
        aliases = meeting_aliases(full, org, term, seq, (name, short or ""))
        aliases.append(start.date().isoformat())
        if folded(text) in (folded(full), folded(full.removeprefix(org))):
            exact.append((key, full))
        elif matches(text, aliases):
            found.append((key, full))
    chosen = exact or found
    if len(chosen) == 1:
        return chosen[0][0]
    if not chosen:
        raise UserError(msg("meeting.no_match", text=text[:80]))
    listed = "；".join(f"{title}（{key}）" for key, title in chosen[:_SHOWN])
    more = f"等{len(chosen)}次" if len(chosen) > _SHOWN else ""
    raise UserError(msg("meeting.ambiguous", text=text[:80], listed=listed, more=more))


def resolve_body(db: Database, text: str) -> str:
    """The key of the body `text` names: its key, name or short name, or a unique part."""
    with db.reading() as session:
        return body_key(session, text)


def body_key(session: Session, text: str) -> str:
    bodies = session.execute(select(Body.key, Body.name, Body.short_name)).all()
    q = folded(text)
    exact = [b for b in bodies if q in (folded(b.key), folded(b.name), folded(b.short_name or ""))]
    chosen = exact or [
        b for b in bodies if q and (q in folded(b.name) or q in folded(b.short_name or ""))
    ]
    if len(chosen) == 1:
        return str(chosen[0].key)
    names = "、".join(f"{b.name}（{b.key}）" for b in bodies)
    if not chosen:
        raise UserError(msg("body.no_match", text=text[:80], names=names))
    listed = "、".join(f"{b.name}（{b.key}）" for b in chosen)
    raise UserError(msg("body.ambiguous", text=text[:80], listed=listed))
