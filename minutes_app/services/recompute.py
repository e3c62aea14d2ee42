"""Keep a meeting's derived facts true after an edit: quorum, outcomes, effects, numbers."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes_app.domain.enums import Attendance, Choice, MeetingStatus, Outcome, VoteMethod
from minutes_app.domain.errors import UserError
from minutes_app.domain.outcomes import Quorum, count_quorum
from minutes_app.services.effects import apply_effect, effect_row, withdraw_effect
from minutes_app.services.evaluation import RuleText, evaluate, threshold
from minutes_app.services.numbering import renumber
from minutes_app.store.models import Body, Decision, Meeting, Seat


def ensure_editable(meeting: Meeting) -> None:
    """Approved minutes are locked; the service refuses, whatever the window shows."""
    if meeting.status == MeetingStatus.APPROVED:
        raise UserError("这次会议的纪要已审定，不能再修改；如需更正，请登记更正记录")


def body_rule(body: Body) -> RuleText:
    return RuleText(body.pass_fraction, body.pass_inclusive, body.pass_of)


def decision_rule(decision: Decision) -> RuleText | None:
    if decision.rule_fraction is None:
        return None
    return RuleText(
        decision.rule_fraction, bool(decision.rule_inclusive), decision.rule_of or "present"
    )


def seat_count(session: Session, body_id: int, term: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Seat).where(Seat.body_id == body_id, Seat.term == term)
        )
        or 0
    )


def meeting_quorum(session: Session, meeting: Meeting) -> Quorum:
    seats = seat_count(session, meeting.body_id, meeting.term)
    statuses = [Attendance(a.status) for a in meeting.attendance]
    quorum = threshold(meeting.body.quorum_fraction, meeting.body.quorum_inclusive)
    return count_quorum(seats, statuses, quorum)


def refresh_meeting(session: Session, meeting: Meeting) -> None:
    """Recompute everything derived from the meeting's record; call after each edit."""
    session.flush()
    quorum = meeting_quorum(session, meeting)
    meeting.seats = quorum.seats
    meeting.voting_attendance = quorum.voting_attendance
    meeting.proxies = quorum.proxies
    meeting.quorum_required = quorum.required
    meeting.quorate = quorum.quorate
    for item in meeting.agenda:
        for decision in item.decisions:
            refresh_decision(session, decision, quorum)
    session.flush()
    renumber(session, meeting.body_id, meeting.start.year)
    session.expire_all()


def refresh_decision(session: Session, decision: Decision, quorum: Quorum) -> None:
    meeting = decision.meeting
    rule = decision_rule(decision) or body_rule(meeting.body)
    method = VoteMethod(decision.vote_method) if decision.vote_method else None
    counts = (decision.votes_for, decision.votes_against, decision.votes_abstain)
    ballots = [Choice(b.choice) for b in decision.ballots]
    result = evaluate(method, counts, ballots, quorum, rule.to_rule())
    tally = result.tally
    decision.result_for = tally.for_ if tally else None
    decision.result_against = tally.against if tally else None
    decision.result_abstain = tally.abstain if tally else None
    decision.result_base = result.base
    decision.result_required = result.required
    decision.outcome = result.outcome.value
    session.flush()
    sync_effects(session, decision)


def sync_effects(session: Session, decision: Decision) -> None:
    """Applied exactly while the decision has passed."""
    day = decision.meeting.start.date()
    should = decision.outcome == Outcome.PASSED
    for effect in decision.effects:
        if should and not effect.applied:
            apply_effect(session, effect_row(effect), day)
        elif not should and effect.applied:
            withdraw_effect(session, effect.id)
