"""Once the main window is ready, its long-lived objects are out of the collector's walks.

A full collection of the built window's objects takes about 100 ms, and it falls into
whichever save is running (minutes_app/heap.py). Frozen, they are not walked again; a
rebuild gives the replaced window back to the collector.
"""

from __future__ import annotations

import gc
import weakref
from typing import Any

from minutes_app.app import WindowSession
from minutes_app.ui import i18n
from minutes_app.ui.backup.opening import Opened


def _walked(obj: object) -> bool:
    """Whether a collection would walk this object."""
    return any(o is obj for o in gc.get_objects())


def test_the_ready_window_is_left_out_of_the_collectors_walks(
    qtbot: Any, qapp: Any, ctx: Any
) -> None:
    session = WindowSession(qapp, ctx.settings, demo=True)  # demo: no daily backup
    session._show(Opened(ctx.db))
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    assert not _walked(window.meetings) and not _walked(window.meetings.__dict__)
    # What a full collection walks now is what came after, not the window.
    assert len(gc.get_objects()) < gc.get_freeze_count() / 10
    window.close()


def test_a_language_switch_frees_the_replaced_window(qtbot: Any, qapp: Any, ctx: Any) -> None:
    i18n.install(qapp, "zh_CN")
    session = WindowSession(qapp, ctx.settings, demo=True)
    session._show(Opened(ctx.db))
    assert session.window is not None
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    old_area = weakref.ref(session.window.meetings)
    session.window._choose_language("en")
    qtbot.waitUntil(lambda: old_area() is None, timeout=10_000)
    assert session.window is not None and session.window.sidebar.item(0).text() == "Meetings"
    assert gc.get_freeze_count() > 0  # the new window frozen in its turn
    session.window.close()
    i18n.install(qapp, "en")
