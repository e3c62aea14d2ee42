"""The words of the statistics charts and tables in the window's language (the keys of
domain.report_text; the Chinese of the report itself lives there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.enums import Attendance, DecisionKind, UnitRole
from minutes_app.domain.report_text import Labels
from minutes_app.ui import labels


def window_labels() -> Labels:
    """Every key of the report's words, translated now."""
    words = {
        "passed": QCoreApplication.translate("StatsWords", "Passed"),
        "failed": QCoreApplication.translate("StatsWords", "Not passed"),
        "inquorate": QCoreApplication.translate("StatsWords", "Inquorate"),
        "no_vote": QCoreApplication.translate("StatsWords", "Not voted"),
        "chart.months": QCoreApplication.translate("StatsWords", "Meetings held each month"),
        "chart.attendance": QCoreApplication.translate(
            "StatsWords", "Attendance rate of each meeting"
        ),
        "chart.quorum": QCoreApplication.translate("StatsWords", "Quorum"),
        "chart.seats": QCoreApplication.translate(
            "StatsWords", "Members with the lowest attendance"
        ),
        "chart.decisions": QCoreApplication.translate("StatsWords", "Decisions by kind"),
        "chart.registry": QCoreApplication.translate("StatsWords", "Member tier changes"),
        "chart.actions": QCoreApplication.translate("StatsWords", "Action items by owner"),
        "axis.meetings": QCoreApplication.translate("StatsWords", "Meetings"),
        "axis.rate": QCoreApplication.translate("StatsWords", "Attendance rate (%)"),
        "axis.decisions": QCoreApplication.translate("StatsWords", "Decisions"),
        "axis.units": QCoreApplication.translate("StatsWords", "Units"),
        "axis.items": QCoreApplication.translate("StatsWords", "Action items"),
        "axis.times": QCoreApplication.translate("StatsWords", "Times"),
        "quorate": QCoreApplication.translate("StatsWords", "Quorate"),
        "granted": QCoreApplication.translate("StatsWords", "Granted"),
        "revoked": QCoreApplication.translate("StatsWords", "Revoked"),
        "on_time": QCoreApplication.translate("StatsWords", "Closed on time"),
        "late": QCoreApplication.translate("StatsWords", "Closed late"),
        "overdue": QCoreApplication.translate("StatsWords", "Overdue"),
        "col.month": QCoreApplication.translate("StatsWords", "Month"),
        "col.total": QCoreApplication.translate("StatsWords", "Total"),
        "col.body": QCoreApplication.translate("StatsWords", "Body"),
        "col.held": QCoreApplication.translate("StatsWords", "Meetings held"),
        "col.seats": QCoreApplication.translate("StatsWords", "Seats (sum)"),
        "col.base": QCoreApplication.translate("StatsWords", "Seats"),
        "col.rate": QCoreApplication.translate("StatsWords", "Attendance rate"),
        "col.day": QCoreApplication.translate("StatsWords", "Date"),
        "col.meeting": QCoreApplication.translate("StatsWords", "Meeting"),
        "col.name": QCoreApplication.translate("StatsWords", "Name"),
        "col.meetings": QCoreApplication.translate("StatsWords", "Meetings due"),
        "col.kind": QCoreApplication.translate("StatsWords", "Kind"),
        "col.tier": QCoreApplication.translate("StatsWords", "Member tier"),
        "col.committee": QCoreApplication.translate("StatsWords", "Committee"),
        "col.change": QCoreApplication.translate("StatsWords", "Change"),
        "col.figure": QCoreApplication.translate("StatsWords", "Figure"),
        "col.value": QCoreApplication.translate("StatsWords", "Value"),
        "col.owner": QCoreApplication.translate("StatsWords", "Owner"),
        "col.opened": QCoreApplication.translate("StatsWords", "Opened"),
        "col.closed": QCoreApplication.translate("StatsWords", "Closed"),
        "col.what": QCoreApplication.translate("StatsWords", "Item"),
        "col.detail": QCoreApplication.translate("StatsWords", "Detail"),
        "col.quorum": QCoreApplication.translate("StatsWords", "Quorum"),
        "table.months": QCoreApplication.translate("StatsWords", "Meetings per body and month"),
        "table.bodies": QCoreApplication.translate(
            "StatsWords", "Meetings and attendance per body"
        ),
        "table.meetings": QCoreApplication.translate("StatsWords", "Attendance per meeting"),
        "table.seats": QCoreApplication.translate("StatsWords", "Attendance per member"),
        "table.decisions": QCoreApplication.translate("StatsWords", "Decisions"),
        "table.registry": QCoreApplication.translate("StatsWords", "Member tier changes"),
        "table.committees": QCoreApplication.translate(
            "StatsWords", "Committees set up and dissolved"
        ),
        "table.actions": QCoreApplication.translate("StatsWords", "Action items"),
        "table.owners": QCoreApplication.translate("StatsWords", "Action items by owner"),
        "fig.opened": QCoreApplication.translate("StatsWords", "Action items opened"),
        "fig.closed": QCoreApplication.translate("StatsWords", "Closed"),
        "fig.on_time": QCoreApplication.translate("StatsWords", "of which on time"),
        "fig.late": QCoreApplication.translate("StatsWords", "of which late"),
        "fig.no_due": QCoreApplication.translate("StatsWords", "of which without a due date"),
        "fig.undated": QCoreApplication.translate("StatsWords", "Closed, date not recorded"),
        "fig.cancelled": QCoreApplication.translate("StatsWords", "Cancelled"),
        "fig.median": QCoreApplication.translate("StatsWords", "Median days to close"),
        "fig.p90": QCoreApplication.translate("StatsWords", "90th percentile of days to close"),
        "fig.overdue": QCoreApplication.translate("StatsWords", "Overdue as of {d}"),
        "established": QCoreApplication.translate("StatsWords", "Set up"),
        "dissolved": QCoreApplication.translate("StatsWords", "Dissolved"),
        "meetings_held": QCoreApplication.translate("StatsWords", "Meeting held"),
        "month": QCoreApplication.translate("StatsWords", "{m}"),
        "year_month": QCoreApplication.translate("StatsWords", "{y}-{m}"),
        "none": QCoreApplication.translate("StatsWords", "None"),
        "no_owner": QCoreApplication.translate("StatsWords", "(no owner)"),
    }
    words.update({str(a): labels.attendance(str(a)) for a in Attendance})
    words.update({str(r): labels.unit_role(str(r)) for r in UnitRole})
    words.update({str(k): labels.decision_kind(str(k)) for k in DecisionKind})
    return Labels(words)
