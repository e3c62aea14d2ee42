"""Display names of the archive's fixed values, translated (English source strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def meeting_status(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("labels", "Planned"),
        "held": QCoreApplication.translate("labels", "Held"),
        "draft": QCoreApplication.translate("labels", "Minutes in draft"),
        "approved": QCoreApplication.translate("labels", "Minutes approved"),
    }.get(value, value)


def attendance(value: str) -> str:
    return {
        "present": QCoreApplication.translate("labels", "Present"),
        "proxy": QCoreApplication.translate("labels", "Proxy"),
        "excused": QCoreApplication.translate("labels", "Excused"),
        "absent": QCoreApplication.translate("labels", "Absent"),
        "observer": QCoreApplication.translate("labels", "Observer"),
    }.get(value, value)


def vote_method(value: str | None) -> str:
    return {
        None: QCoreApplication.translate("labels", "No vote"),
        "show_of_hands": QCoreApplication.translate("labels", "Show of hands"),
        "secret_ballot": QCoreApplication.translate("labels", "Secret ballot"),
        "roll_call": QCoreApplication.translate("labels", "Roll call"),
        "consensus": QCoreApplication.translate("labels", "Consensus"),
    }.get(value, value or "")


def outcome(value: str) -> str:
    return {
        "passed": QCoreApplication.translate("labels", "Passed"),
        "failed": QCoreApplication.translate("labels", "Not passed"),
        "inquorate": QCoreApplication.translate("labels", "Inquorate, no decision"),
        "no_vote": QCoreApplication.translate("labels", "Not voted"),
    }.get(value, value)


def decision_kind(value: str) -> str:
    return {
        "general": QCoreApplication.translate("labels", "General"),
        "adopt_document": QCoreApplication.translate("labels", "Adopt a document"),
        "establish_committee": QCoreApplication.translate("labels", "Establish a committee"),
        "grant_role": QCoreApplication.translate("labels", "Grant a member role"),
        "revoke_role": QCoreApplication.translate("labels", "Revoke a member role"),
        "appoint": QCoreApplication.translate("labels", "Appoint"),
        "dismiss": QCoreApplication.translate("labels", "Dismiss"),
        "approve_list": QCoreApplication.translate("labels", "Approve a list"),
        "task": QCoreApplication.translate("labels", "Task"),
    }.get(value, value)


def action_status(value: str) -> str:
    return {
        "open": QCoreApplication.translate("labels", "Open"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "done": QCoreApplication.translate("labels", "Done"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }.get(value, value)


def unit_role(value: str) -> str:
    return {
        "president_unit": QCoreApplication.translate("labels", "President unit"),
        "vice_president_unit": QCoreApplication.translate("labels", "Vice-president unit"),
        "invited_vice_president_unit": QCoreApplication.translate(
            "labels", "Invited vice-president unit"
        ),
        "executive_director_unit": QCoreApplication.translate("labels", "Executive director unit"),
        "director_unit": QCoreApplication.translate("labels", "Director unit"),
        "supervisor_unit": QCoreApplication.translate("labels", "Supervisor unit"),
        "member_unit": QCoreApplication.translate("labels", "Member unit"),
    }.get(value, value)
