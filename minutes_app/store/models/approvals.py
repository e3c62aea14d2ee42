"""The approval log: every approval, correction and re-stamp of minutes, chained by hash."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minutes_app.store.models.base import Base


class ApprovalEntry(Base):
    """Append-only. `entry_hash` covers `prev_hash`, so no entry can vanish unnoticed
    from the middle of the chain, nor be changed, nor be moved."""

    __tablename__ = "approval_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    meeting_key: Mapped[str] = mapped_column(String(100), index=True)
    event: Mapped[str] = mapped_column(String(20))  # approved, corrected, followed_up, …
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    content: Mapped[str] = mapped_column(Text)  # the canonical approved content (JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
