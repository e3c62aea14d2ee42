"""Chinese numerals as used in titles (第五届第十二次) and 期号."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_UNITS = ["", "十", "百", "千"]


def _below_10000(n: int) -> str:
    out: list[str] = []
    zero_pending = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _UNITS[power])
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 15 -> 十五, 20 -> 二十, 105 -> 一百零五 (up to 99,999,999)."""
    if n < 0 or n >= 10**8:
        raise ValueError(f"cannot write {n} in Chinese numerals")
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    text = ""
    if high:
        text = _below_10000(high) + "万"
        if low and low < 1000:
            text += "零"
    if low:
        text += _below_10000(low)
    # 一十五 is written 十五 when the number starts with the tens: 十五, 十五万.
    if text.startswith("一十"):
        text = text[1:]
    return text
