"""Dates typed in forms and dialogs, as secretaries write them (domain.typed_dates).

One widget everywhere (ui.meetings.fields.DateField / MomentField): these helpers set it
up for a form row and read it when OK is pressed. A wrong entry is said beside the field
and the dialog saves nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutes_app.domain.typed_dates import Unreadable
from minutes_app.ui.meetings.fields import DateField, MomentField, ParsedField
from minutes_app.ui.widgets import named

WIDEST_DATE = "2024年12月31日"
WIDEST_MOMENT = "2024-12-31 09:00"


def date_field(day: dt.date | None, name: str, optional: bool = False) -> DateField:
    """A date field showing `day` (2024-9-30, 2024年9月30日, 9月30日 may be typed)."""
    field = named(DateField(optional=optional), name)
    field.year = (day or dt.date.today()).year  # 9月30日 is in the year it starts with
    field.set_value(day)
    _fit(field, WIDEST_DATE)
    return field


def moment_field(moment: dt.datetime, name: str) -> MomentField:
    """A date and time field showing `moment` (2024-8-11 9:00, 2024年8月11日 9点)."""
    field = named(MomentField(optional=False), name)
    field.year = moment.year
    field.set_value(moment)
    _fit(field, WIDEST_MOMENT)
    return field


def _fit(field: ParsedField, widest: str) -> None:
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(widest) + 24)
    field.message.setWordWrap(True)


def typed(field: ParsedField) -> Any:
    """The value as typed (None: an optional field left empty).

    Raises Unreadable when it is no value: the field then says what to type and has the
    focus, so the caller saves nothing and returns.
    """
    try:
        return field.current()
    except Unreadable:
        field.setFocus()
        field.selectAll()
        raise
