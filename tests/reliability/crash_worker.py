"""The child process of the SIGKILL test: service operations, each acknowledged on stdout.

    python crash_worker.py DB ARCHIVE SEED

It imports the archive (operation 0), then runs the operations `plan(seed)` gives
(new meetings with votes, vote changes, action updates, approvals, corrections),
printing the number of each operation as soon as its transaction has committed. The
test kills it at a random moment and compares the database with `expected(seed, k)`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OPERATIONS = 400
Model = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Op:
    kind: str  # create | vote | action | approve | correct
    key: str
    value: Any = None


def _base() -> dict[str, Any]:
    """The sample meeting as the import leaves it (see tests/conftest.py)."""
    return {"for": 7, "status": "held", "location": "协会会议室", "t2": "open", "updates": 0,
            "corrections": 0}  # fmt: skip


def plan(seed: int, count: int = OPERATIONS) -> list[Op]:
    """The same operations for the child and for the test, from the seed alone."""
    rng = random.Random(seed)
    model: Model = {"m-5-5": _base()}
    ops = []
    for n in range(1, count + 1):
        open_keys = [k for k, m in model.items() if m["status"] != "approved"]
        approved = [k for k, m in model.items() if m["status"] == "approved"]
        roll = rng.random()
        if roll < 0.25 or not open_keys:
            op = Op("create", f"m-x-{n}", rng.randint(5, 7))
        elif roll < 0.5:
            op = Op("vote", rng.choice(open_keys), rng.randint(0, 7))
        elif roll < 0.75:
            op = Op("action", rng.choice(open_keys), rng.choice(["in_progress", "done", "open"]))
        elif roll < 0.85 or not approved:
            op = Op("approve", rng.choice(open_keys))
        else:
            op = Op("correct", rng.choice(approved), f"第{n}会议室")
        apply(model, op)
        ops.append(op)
    return ops


def apply(model: Model, op: Op) -> None:
    if op.kind == "create":
        model[op.key] = {**_base(), "for": op.value}
    elif op.kind == "vote":
        model[op.key]["for"] = op.value
    elif op.kind == "action":
        model[op.key]["t2"] = op.value
        model[op.key]["updates"] += 1
    elif op.kind == "approve":
        model[op.key]["status"] = "approved"
    else:
        model[op.key]["location"] = op.value
        model[op.key]["corrections"] += 1


def expected(seed: int, done: int) -> Model:
    """The database after the import and the first `done` operations."""
    model: Model = {"m-5-5": _base()}
    for op in plan(seed)[:done]:
        apply(model, op)
    return model


def _run(db: Any, op: Op, n: int) -> None:
    from minutes_app.domain.enums import ActionStatus, MeetingStatus
    from minutes_app.domain.records import ActionUpdate
    from minutes_app.services import corrections, meeting_store

    if op.kind == "create":
        doc = meeting_store.get_meeting(db, "m-5-5")
        start = dt.datetime(2024, 8, 12, 8, 0) + dt.timedelta(minutes=n)
        doc = dataclasses.replace(
            doc, key=op.key, sequence=100 + n, start=start, end=None,
            status=MeetingStatus.HELD, location="协会会议室", approved_at=None,
            corrections=[], figures=None,
        )  # fmt: skip
        item = doc.agenda[0]
        _vote(item.decisions[0]).for_ = op.value
        item.actions[1].status, item.actions[1].updates = ActionStatus.OPEN, []
        meeting_store.create_meeting(db, doc)
        return
    if op.kind == "approve":
        meeting_store.approve_meeting(db, op.key)
        return
    if op.kind == "correct":
        corrections.record_correction(db, op.key, "location", op.value, "地点记错", "秘书处")
        return
    doc = meeting_store.get_meeting(db, op.key)
    item = doc.agenda[0]
    if op.kind == "vote":
        _vote(item.decisions[0]).for_ = op.value
    else:
        action = item.actions[1]
        action.status = ActionStatus(op.value)
        on = dt.date(2024, 10, 1) + dt.timedelta(days=n)
        action.updates.append(ActionUpdate(on, f"进展{n}", ActionStatus(op.value)))
    meeting_store.save_meeting(db, copy.deepcopy(doc))


def _vote(decision: Any) -> Any:
    assert decision.vote is not None
    return decision.vote


def main(db_path: str, archive: str, seed: str) -> None:
    from minutes_app.services import corrections, meeting_store  # noqa: F401  (loaded now)
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database

    db = open_database(Path(db_path))
    print("ready", flush=True)
    import_archive(db, Path(archive))
    print(0, flush=True)
    for n, op in enumerate(plan(int(seed)), 1):
        _run(db, op, n)
        print(n, flush=True)  # acknowledged: the transaction has committed


if __name__ == "__main__":
    main(*sys.argv[1:4])
