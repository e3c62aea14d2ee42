"""Edits of a meeting in its archive form, as the window makes them.

Pure functions on the dict that `meeting_store.get_meeting` returns; `save_meeting`
checks and stores the result. Keeping them here keeps the widgets free of data shapes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from minutes_app.domain.enums import Attendance, VoteMethod

Doc = dict[str, Any]
REVIEW_TITLE = "上次会议议定事项落实情况"


def iso_minutes(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def new_meeting(key: str, body: str, term: int, sequence: int, start: dt.datetime,
                location: str | None = None, chair: str | None = None,
                recorder: str | None = None) -> Doc:  # fmt: skip
    return {
        "key": key, "body": body, "term": term, "sequence": sequence, "title": None,
        "start": iso_minutes(start), "end": None, "location": location, "chair": chair,
        "recorder": recorder, "status": "planned", "attendance": [], "agenda": [],
        "minutes": None,
    }  # fmt: skip


def next_key(existing: list[str], prefix: str) -> str:
    n = 1
    while f"{prefix}-{n}" in existing:
        n += 1
    return f"{prefix}-{n}"


def decisions(doc: Doc) -> list[Doc]:
    return [d for item in doc["agenda"] for d in item["decisions"]]


def actions(doc: Doc) -> list[Doc]:
    return [t for item in doc["agenda"] for t in item["actions"]]


def item(doc: Doc, key: str) -> Doc:
    return next(i for i in doc["agenda"] if i["key"] == key)


def decision(doc: Doc, key: str) -> Doc:
    return next(d for d in decisions(doc) if d["key"] == key)


def action(doc: Doc, key: str) -> Doc:
    return next(t for t in actions(doc) if t["key"] == key)


def set_attendance(doc: Doc, person: str, status: Attendance | None,
                   proxy_holder: str | None = None, note: str | None = None) -> None:  # fmt: skip
    """None removes the entry (the person counts as absent)."""
    entries = [e for e in doc["attendance"] if e["person"] != person]
    if status is not None:
        entry: Doc = {"person": person, "status": status.value}
        if status is Attendance.PROXY:
            entry["proxy_holder"] = proxy_holder
        if note:
            entry["note"] = note
        position = next((i for i, e in enumerate(doc["attendance"]) if e["person"] == person),
                        len(entries))  # fmt: skip
        entries.insert(position, entry)
    # A holder who is no longer present cannot hold proxies: the check will say so.
    doc["attendance"] = entries


def add_agenda_item(doc: Doc, title: str, presenter: str | None = None) -> str:
    key = next_key([i["key"] for i in doc["agenda"]], "a")
    doc["agenda"].append({"key": key, "title": title, "presenter": presenter, "notes": None,
                          "decisions": [], "actions": []})  # fmt: skip
    return key


def remove_agenda_item(doc: Doc, key: str) -> None:
    doc["agenda"] = [i for i in doc["agenda"] if i["key"] != key]


def move_agenda_item(doc: Doc, key: str, delta: int) -> None:
    items = doc["agenda"]
    index = next(i for i, it in enumerate(items) if it["key"] == key)
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))


def add_decision(doc: Doc, item_key: str, text: str, kind: str = "general") -> str:
    key = next_key([d["key"] for d in decisions(doc)], "d")
    item(doc, item_key)["decisions"].append(
        {"key": key, "text": text, "kind": kind, "vote": None, "rule": None, "effects": []}
    )
    return key


def remove_decision(doc: Doc, key: str) -> None:
    for it in doc["agenda"]:
        it["decisions"] = [d for d in it["decisions"] if d["key"] != key]
        for t in it["actions"]:
            if t.get("decision") == key:
                t["decision"] = None


def set_vote(
    doc: Doc,
    key: str,
    method: VoteMethod | None,
    tallies: tuple[int, int, int] = (0, 0, 0),
    ballots: dict[str, str] | None = None,
) -> None:
    d = decision(doc, key)
    if method is None:
        d["vote"] = None
    elif method is VoteMethod.ROLL_CALL:
        d["vote"] = {
            "method": method.value,
            "ballots": [{"person": p, "choice": c} for p, c in (ballots or {}).items()],
        }
    elif method is VoteMethod.CONSENSUS:
        d["vote"] = {"method": method.value}
    else:
        d["vote"] = {"method": method.value, "for": tallies[0], "against": tallies[1],
                     "abstain": tallies[2]}  # fmt: skip


def voting_people(doc: Doc) -> list[str]:
    return [e["person"] for e in doc["attendance"] if Attendance(e["status"]).votes]


def add_action(doc: Doc, item_key: str, title: str, owner: Doc, due: dt.date | None,
               decision_key: str | None = None) -> str:  # fmt: skip
    key = next_key([t["key"] for t in actions(doc)], "t")
    item(doc, item_key)["actions"].append({
        "key": key, "title": title, "owner": owner, "due": due.isoformat() if due else None,
        "status": "open", "decision": decision_key, "updates": [],
    })  # fmt: skip
    return key


def remove_action(doc: Doc, key: str) -> None:
    for it in doc["agenda"]:
        it["actions"] = [t for t in it["actions"] if t["key"] != key]


# Helpers of the meeting editor: one small edit each, so every widget edit is one call.


def update_meeting(doc: Doc, **fields: Any) -> None:
    doc.update(fields)


def update_item(doc: Doc, key: str, **fields: Any) -> None:
    item(doc, key).update(fields)


def update_decision(doc: Doc, key: str, **fields: Any) -> None:
    decision(doc, key).update(fields)


def update_action(doc: Doc, key: str, **fields: Any) -> None:
    action(doc, key).update(fields)


def attendance_entry(doc: Doc, person: str) -> Doc | None:
    return next((e for e in doc["attendance"] if e["person"] == person), None)


def mark_unlisted(doc: Doc, people: list[str], status: Attendance) -> None:
    """Give everyone in `people` without an attendance entry the status `status`."""
    listed = {e["person"] for e in doc["attendance"]}
    doc["attendance"] += [{"person": p, "status": status.value} for p in people
                          if p not in listed]  # fmt: skip


def drop_stale_ballots(doc: Doc) -> None:
    """记名表决 ballots of people who no longer vote (no longer 出席/委托) are removed."""
    voters = set(voting_people(doc))
    for d in decisions(doc):
        vote = d.get("vote") or {}
        if vote.get("method") == VoteMethod.ROLL_CALL.value:
            vote["ballots"] = [b for b in vote.get("ballots", []) if b["person"] in voters]


def set_ballot(doc: Doc, key: str, person: str, choice: str | None) -> None:
    """One seat's 记名表决 choice (for/against/abstain); None removes the ballot."""
    vote = decision(doc, key).get("vote") or {}
    ballots = {b["person"]: b["choice"] for b in vote.get("ballots", [])}
    if choice is None:
        ballots.pop(person, None)
    else:
        ballots[person] = choice
    set_vote(doc, key, VoteMethod.ROLL_CALL, ballots=ballots)


def add_effect(doc: Doc, key: str, effect: Doc) -> None:
    decision(doc, key)["effects"].append(effect)


def remove_effect(doc: Doc, key: str, index: int) -> None:
    del decision(doc, key)["effects"][index]


# The 纪要 block, the title, a decision's own rule, and the fields a correction may change.

MINUTES_FIELDS = ("issue_no", "issued_by", "issued_on", "copy_to")
_NAME_SEPARATORS = re.compile(r"[，、,;；\n]+")


def split_names(text: str | None) -> list[str]:
    """抄送 typed on one line: "各理事长单位，协会监事会、秘书处" → the three names."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text or "") if name.strip()]


def set_minutes(doc: Doc, default_issuer: str | None = None, **fields: Any) -> None:
    """Change the 纪要 block: 期号, 印发单位, 印发日期, 抄送; null once nothing is left.

    An empty 印发单位 is the default one (the organisation's 秘书处); a block holding only
    that default holds nothing of its own and is dropped.
    """
    unknown = set(fields) - set(MINUTES_FIELDS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    minutes: Doc = {"issue_no": None, "issued_by": None, "issued_on": None, "copy_to": []}
    minutes.update(doc.get("minutes") or {})
    minutes.update(fields)
    minutes["copy_to"] = list(minutes.get("copy_to") or [])
    if not minutes["issued_by"]:
        minutes["issued_by"] = default_issuer or None
    own = minutes["issue_no"] or minutes["issued_on"] or minutes["copy_to"]
    doc["minutes"] = minutes if own or minutes["issued_by"] not in (None, default_issuer) else None


def set_title(doc: Doc, title: str | None, generated: str | None = None) -> None:
    """A title of the meeting's own; empty (or the generated one) returns to the generated."""
    title = (title or "").strip() or None
    doc["title"] = None if title == generated else title


def set_rule(doc: Doc, key: str, fraction: str | None, inclusive: bool = True,
             of: str = "present") -> None:  # fmt: skip
    """The decision's own pass rule (e.g. 2/3以上 of those present); None: the body's rule."""
    rule = None if fraction is None else {"fraction": fraction.strip(), "inclusive": inclusive,
                                          "of": of}  # fmt: skip
    decision(doc, key)["rule"] = rule


def correctable_fields(doc: Doc) -> list[tuple[str, Any]]:
    """The text fields a correction of approved minutes offers: (field path, current value).

    Paths as `services.corrections.parse_field` reads them: `location`, `title`,
    `agenda[0].title`, `agenda[0].notes`, `agenda[0].decisions[1].text`.
    """
    fields: list[tuple[str, Any]] = [("title", doc.get("title")), ("location", doc["location"])]
    for i, it in enumerate(doc["agenda"]):
        fields += [(f"agenda[{i}].title", it["title"]), (f"agenda[{i}].notes", it["notes"])]
        fields += [(f"agenda[{i}].decisions[{j}].text", d["text"])
                   for j, d in enumerate(it["decisions"])]  # fmt: skip
    return fields
