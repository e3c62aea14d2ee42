"""The report's charts as matplotlib Figures: drawn into PNG for the Word annex (Agg) and
embedded in the window (QtAgg) from the same functions. No pyplot, no Qt here.

Every bar that stands for records carries a gid, `Pick(...).encode()`, so the window
can list what is behind a clicked bar; the attendance lines carry the body's key.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence

import matplotlib
from matplotlib import dates, font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from minutes_app.domain.enums import Outcome
from minutes_app.domain.report import Figures
from minutes_app.domain.report_tables import Pick
from minutes_app.domain.report_text import Labels

# Simplified Chinese fonts, first found wins per glyph: Linux (fonts-noto-cjk), Windows, macOS.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
PRINT_DPI = 300
WIDTH_IN = 6.1  # the text width of an A4 page with the GB/T 9704 margins
COLORS = ("#3b6ea5", "#e08a3c", "#5a9e6f", "#b55d5d", "#8a6fb0", "#6b8e9e", "#c4a24a")
OUTCOME_COLORS = {
    Outcome.PASSED: "#5a9e6f",
    Outcome.FAILED: "#b55d5d",
    Outcome.INQUORATE: "#e0a03c",
    Outcome.NO_VOTE: "#9aa5b1",
}
STATUS_COLORS = ("#3b6ea5", "#7fa7d1", "#e0a03c", "#b55d5d")  # 出席 委托 请假 缺席
_fonts_ready: list[str] = []


def cjk_fonts() -> list[str]:
    """The CJK fonts of CJK_FONTS installed here; set once as matplotlib's sans-serif list."""
    if not _fonts_ready:
        have = {f.name for f in font_manager.fontManager.ttflist}
        found = [name for name in CJK_FONTS if name in have]
        if not found:
            logging.getLogger("minutes_app").warning("no Chinese font found for the charts")
        matplotlib.rcParams["font.family"] = "sans-serif"
        matplotlib.rcParams["font.sans-serif"] = [*found, "DejaVu Sans"]
        matplotlib.rcParams["axes.unicode_minus"] = False  # CJK fonts lack U+2212
        _fonts_ready.extend(found or ["DejaVu Sans"])
    return list(_fonts_ready)


def chart(name: str, f: Figures, say: Labels, width: float = WIDTH_IN) -> Figure:
    """The chart `name` (one of CHARTS) of the figures."""
    cjk_fonts()
    draw, height = _DRAWERS[name]
    figure = Figure(figsize=(width, height), layout="constrained")
    ax = figure.add_subplot()
    ax.set_title(say(f"chart.{name}"), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if not draw(ax, f, say):
        ax.cla()
        ax.set_axis_off()
        ax.set_title(say(f"chart.{name}"), fontsize=11)
        ax.text(0.5, 0.5, say("none"), ha="center", va="center", fontsize=14, color="#777")
    return figure


def png(figure: Figure, dpi: int = PRINT_DPI) -> bytes:
    """The figure as PNG, at print resolution by default."""
    FigureCanvasAgg(figure)  # attaches itself: savefig draws with Agg
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


def _bars(
    ax: Axes, x: Sequence[float], heights: Sequence[float], picks: Sequence[Pick], **style: object
) -> None:
    bars = ax.bar(x, heights, picker=True, **style)  # type: ignore[arg-type]
    for bar, pick in zip(bars, picks, strict=True):
        bar.set_gid(pick.encode())


def _hbars(
    ax: Axes,
    y: Sequence[float],
    widths: Sequence[float],
    picks: Sequence[Pick] | None,
    **style: object,
) -> None:
    bars = ax.barh(y, widths, picker=picks is not None, **style)  # type: ignore[arg-type]
    for bar, pick in zip(bars, picks or (), strict=False):
        bar.set_gid(pick.encode())


def _months(ax: Axes, f: Figures, say: Labels) -> bool:
    if not f.meetings:
        return False
    x = list(range(len(f.months)))
    years = len({m.year for m in f.months}) > 1
    bottom = [0] * len(x)
    for i, body in enumerate(f.bodies):
        heights = [m.by_body[i] for m in f.months]
        if not any(heights):
            continue
        picks = [Pick("months", f"{m.year:04d}-{m.month:02d}", body.key) for m in f.months]
        _bars(
            ax,
            x,
            heights,
            picks,
            bottom=bottom,
            label=body.name,
            color=COLORS[i % len(COLORS)],
            width=0.7,
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    step = max(1, len(x) // 12)
    ax.set_xticks(
        x[::step],
        [say.month(m.year, m.month, years) for m in f.months][::step],
        fontsize=8,
        rotation=45 if years else 0,
    )
    ax.set_ylabel(say("axis.meetings"), fontsize=9)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.legend(fontsize=8, frameon=False, ncols=min(4, len(f.bodies)))
    return True


def _attendance(ax: Axes, f: Figures, say: Labels) -> bool:
    if not f.meetings:
        return False
    for i, body in enumerate(f.bodies):
        mine = [m for m in f.meetings if m.body_key == body.key and m.tally.rate is not None]
        if not mine:
            continue
        days = [dates.date2num(m.day) for m in mine]
        rates = [100 * (m.tally.rate or 0) for m in mine]
        (line,) = ax.plot(
            days,
            rates,
            marker="o",
            markersize=4,
            linewidth=1.2,
            picker=6,
            label=body.name,
            color=COLORS[i % len(COLORS)],
        )
        line.set_gid(Pick("attendance", "", body.key).encode())
        low = [(d, r) for d, r, m in zip(days, rates, mine, strict=True) if not m.quorate]
        if low:
            ax.scatter(
                [d for d, _ in low],
                [r for _, r in low],
                s=30,
                marker="x",
                color="#c0392b",
                zorder=3,
            )
    locator = dates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel(say("axis.rate"), fontsize=9)
    ax.legend(fontsize=8, frameon=False, ncols=min(4, len(f.bodies)), loc="lower left")
    return True


def _quorum(ax: Axes, f: Figures, say: Labels) -> bool:
    rows = [b for b in f.body_meetings if b.held]
    if not rows:
        return False
    x = list(range(len(rows)))
    good, bad = [b.quorate for b in rows], [b.inquorate for b in rows]
    _bars(
        ax,
        x,
        good,
        [Pick("quorum", b.body_key, "quorate") for b in rows],
        color="#5a9e6f",
        label=say("quorate"),
        width=0.6,
    )
    _bars(
        ax,
        x,
        bad,
        [Pick("quorum", b.body_key, "inquorate") for b in rows],
        bottom=good,
        color="#b55d5d",
        label=say("inquorate"),
        width=0.6,
    )
    ax.set_xticks(x, [f.body_name(b.body_key) for b in rows], fontsize=8)
    ax.set_ylabel(say("axis.meetings"), fontsize=9)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, frameon=False)
    return True


def _seats(ax: Axes, f: Figures, say: Labels) -> bool:
    rows = sorted((s for s in f.seats if s.tally.base), key=lambda s: s.tally.rate or 0)[:12]
    if not rows:
        return False
    rows.reverse()
    y = list(range(len(rows)))
    left = [0] * len(rows)
    picks = [Pick("seats", s.body_key, s.person_key) for s in rows]
    for status, color in zip(("present", "proxy", "excused", "absent"), STATUS_COLORS, strict=True):
        widths = [getattr(s.tally, status) for s in rows]
        _hbars(ax, y, widths, picks, left=left, color=color, label=say(status), height=0.7)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    names = [f"{s.name}（{f.body_name(s.body_key)}）" if not f.body else s.name for s in rows]
    ax.set_yticks(y, names, fontsize=7)
    ax.set_xlabel(say("axis.times"), fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, frameon=False, ncols=4, loc="best")
    return True


def _decisions(ax: Axes, f: Figures, say: Labels) -> bool:
    if not f.by_kind:
        return False
    x = list(range(len(f.by_kind)))
    bottom = [0] * len(x)
    for outcome in Outcome:
        heights = [k.counts.get(outcome) for k in f.by_kind]
        if any(heights):
            picks = [Pick("decisions", str(k.kind), str(outcome)) for k in f.by_kind]
            _bars(
                ax,
                x,
                heights,
                picks,
                bottom=bottom,
                color=OUTCOME_COLORS[outcome],
                label=say(str(outcome)),
                width=0.6,
            )
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_xticks(x, [say(str(k.kind)) for k in f.by_kind], fontsize=8, rotation=30, ha="right")
    ax.set_ylabel(say("axis.decisions"), fontsize=9)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, frameon=False)
    return True


def _registry(ax: Axes, f: Figures, say: Labels) -> bool:
    tiers = [t for t in f.registry.tiers if t.granted or t.revoked]
    if not tiers:
        return False
    x = list(range(len(tiers)))
    for shift, series, color in ((-0.2, "granted", "#3b6ea5"), (0.2, "revoked", "#b55d5d")):
        heights = [getattr(t, series) for t in tiers]
        picks = [Pick("registry", str(t.role), series) for t in tiers]
        _bars(ax, [i + shift for i in x], heights, picks, width=0.4, color=color, label=say(series))
    ax.set_xticks(x, [say(str(t.role)) for t in tiers], fontsize=8)
    ax.set_ylabel(say("axis.units"), fontsize=9)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.legend(fontsize=8, frameon=False)
    return True


def _actions(ax: Axes, f: Figures, say: Labels) -> bool:
    owners = [o for o in f.actions.by_owner if o.closed or o.overdue][:12]
    if not owners:
        return False
    owners.reverse()
    y = list(range(len(owners)))
    left = [0] * len(owners)
    names = [o.owner or say("no_owner") for o in owners]
    for series, color in (("on_time", "#5a9e6f"), ("late", "#e0a03c"), ("overdue", "#b55d5d")):
        widths = [int(getattr(o, series)) for o in owners]
        _hbars(
            ax,
            y,
            widths,
            [Pick("actions", n, series) for n in names],
            left=left,
            color=color,
            label=say(series),
            height=0.7,
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(y, [n if len(n) <= 14 else n[:13] + "…" for n in names], fontsize=7)
    ax.set_xlabel(say("axis.items"), fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=8, frameon=False, ncols=3, loc="best")
    return True


_Drawer = Callable[[Axes, Figures, Labels], bool]
_DRAWERS: dict[str, tuple[_Drawer, float]] = {
    "months": (_months, 3.0),
    "attendance": (_attendance, 3.0),
    "quorum": (_quorum, 2.8),
    "seats": (_seats, 3.6),
    "decisions": (_decisions, 3.2),
    "registry": (_registry, 2.8),
    "actions": (_actions, 3.8),
}
CHARTS = tuple(_DRAWERS)
