"""Text helpers of the 督办 exports: the one shared cleaning rule (domain.text)."""

from __future__ import annotations

from minutes_app.domain.text import clean_text

__all__ = ["clean_text"]
