"""How a person is named in an attendance list: 单位 + 姓名（职务，reason）.

The 纪要 and the window's 出席 tab say it the same way: a note such as 监事长列席 under
列席 reads 钱国华（监事长）, the 职务 and the label said once.
"""

from __future__ import annotations

# The label a list of observers stands under; a note repeating it drops it.
OBSERVER_LABEL = "列席"


def person_words(unit: str, name: str, title: str, note: str = "", label: str = "") -> str:
    """单位 + 姓名（职务，reason）: the reason once, without the 职务 or the label again."""
    title = flatten_brackets(title)
    note = flatten_brackets(note).rstrip("。，")
    for said in (label, title, "，", "因", label):
        note = note.removesuffix(said).removeprefix(said).strip("，、") if said else note
    details = [part for part in (title, note) if part]
    return f"{unit}{name}（{'，'.join(details)}）" if details else f"{unit}{name}"


def flatten_brackets(text: str) -> str:
    """正高级经济师（退休） → 正高级经济师、退休: a 职务 inside （） must not nest."""
    return text.replace("（", "、").replace("）", "").strip("、")
