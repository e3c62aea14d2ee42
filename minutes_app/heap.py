"""The window's long-lived objects, set aside from Python's cyclic garbage collector.

A full collection walks every tracked object. Once the main window is built that is
about 100 000 objects (modules, SQLAlchemy's mappers and statement cache, the areas'
widgets), and one walk takes about 100 ms on a 2-core laptop: measured in
benchmarks/bench_edit.py as a save of 40 ms that sometimes took 120 ms, whichever save
the collection fell into. What exists when the window is ready lives as long as the
window, so it is frozen (gc.freeze): later collections walk only what came after.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Freeze what exists now; called once the main window is ready, and after a rebuild.

    A rebuild (another language, another database) first gives the frozen objects back to
    the collector, so that the replaced window's reference cycles are freed, not kept.
    """
    rebuilt = gc.get_freeze_count() > 0
    gc.unfreeze()
    gc.collect(2 if rebuilt else 1)  # start-up's young garbage costs little to clear
    gc.freeze()
