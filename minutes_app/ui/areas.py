"""The areas beside 会议, in sidebar order. Each area lives in its own package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from minutes_app.ui.context import AppContext

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow


def build_areas(ctx: AppContext, window: MainWindow) -> list[tuple[str, QWidget]]:
    """(sidebar title, widget) of each area after 会议."""
    from minutes_app.ui.actions import build_actions_area
    from minutes_app.ui.registry import build_registry_area
    from minutes_app.ui.stats import build_stats_area

    return [
        build_actions_area(ctx, window),
        build_registry_area(ctx, window),
        build_stats_area(ctx, window),
    ]
