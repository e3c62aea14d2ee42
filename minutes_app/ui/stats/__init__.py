"""统计: the figures of a year, a term or a date range, charts beside their tables."""

from minutes_app.ui.stats.host import StatsHost, build_stats_area

__all__ = ["StatsHost", "build_stats_area"]
