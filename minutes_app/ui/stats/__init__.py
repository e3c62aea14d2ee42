"""统计: the figures of a year, a term or a date range, charts beside their tables."""

from minutes_app.ui.stats.area import StatsArea, build_stats_area

__all__ = ["StatsArea", "build_stats_area"]
