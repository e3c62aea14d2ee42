"""Meeting edits on the ten-year database, through the service the window uses.

    python benchmarks/bench_edit.py [--db PATH] [--repeat 3]

For the first meeting of each year 2015–2024 (the oldest meetings cost the most when a
save re-derives what follows), each kind of edit the editor makes: a field, one
attendance mark, one vote, an agenda item added, moved and removed, one effect changed.
Prints median and max per year (budget: every edit ≤ 100 ms), and a merge of one 2015
meeting against one 2024 meeting (budget: ≤ 2×).

The ten-year meetings are approved; the bench copy of the database reopens the chosen
ones as drafts (status and hash cleared by SQL) so the editor may change them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))
import tenyears  # noqa: E402  (the ten-year data, beside this script)

OUT = ROOT / "benchmarks" / "out"
YEARS = range(2015, 2025)
BUDGET_MS = 100.0


def ensure_db(path: Path | None) -> Path:
    return tenyears.ensure_db(path, "edit-bench.db")


def first_meetings(path: Path) -> dict[int, str]:
    """The first meeting with an effect-bearing decision in each year, reopened as draft."""
    con = sqlite3.connect(path)
    chosen: dict[int, str] = {}
    for year in YEARS:
        row = con.execute(
            "SELECT m.key FROM meetings m JOIN decisions d ON d.meeting_id = m.id "
            "JOIN effects e ON e.decision_id = d.id "
            "WHERE strftime('%Y', m.start) = ? ORDER BY m.start LIMIT 1",
            (str(year),),
        ).fetchone()
        if row is None:
            row = con.execute(
                "SELECT key FROM meetings WHERE strftime('%Y', start) = ? ORDER BY start LIMIT 1",
                (str(year),),
            ).fetchone()
        chosen[year] = row[0]
    keys = list(chosen.values())
    con.execute(
        f"UPDATE meetings SET status = 'draft', content_hash = NULL, approved_at = NULL "
        f"WHERE key IN ({','.join('?' * len(keys))})",
        keys,
    )
    con.commit()
    con.close()
    return chosen


def edits(api: EditApi) -> dict[str, Callable[[str], None]]:
    return {
        "field": api.change_location,
        "attendance": api.toggle_attendance,
        "vote": api.change_vote,
        "item added": api.add_item,
        "item moved": api.move_item,
        "item removed": api.remove_item,
        "effect": api.change_effect,
    }


class EditApi:
    """The window's edits, one service call each."""

    def __init__(self, db: object) -> None:
        from minutes_app.services import meeting_doc, meeting_store
        from minutes_app.services.database import checkpoint

        self.db, self.doc_api, self.store = db, meeting_doc, meeting_store
        self.checkpoint = checkpoint
        self.count = 0

    def _edit(self, key: str, change: Callable[[object], None]) -> None:
        meeting = self.store.get_meeting(self.db, key)
        change(meeting)
        start, cpu = time.perf_counter(), time.process_time()
        self.store.save_meeting(self.db, meeting)
        self.last = time.perf_counter() - start
        self.last_cpu = time.process_time() - cpu
        # As the window does once no save has come for a moment (ui/idle_checkpoint.py):
        # the commits are folded into the file between edits, not inside one.
        self.checkpoint(self.db)

    def change_location(self, key: str) -> None:
        self.count += 1
        self._edit(key, lambda m: self.doc_api.update_meeting(m, location=f"会议室{self.count}"))

    def toggle_attendance(self, key: str) -> None:
        # One who does not vote (请假 ↔ 缺席), so every tally stays within attendance.
        excused, absent = self.doc_api.Attendance.EXCUSED, self.doc_api.Attendance.ABSENT

        def change(m: object) -> None:
            marks = self.doc_api.attendance_list(m)
            entry = next((e for e in marks if e.status in (excused, absent)), None)
            if entry is None:  # everyone came: change one mark's note instead
                entry = marks[-1]
                note = "迟到" if entry.note != "迟到" else None
                self.doc_api.set_attendance(m, entry.person, entry.status, entry.proxy_holder, note)
                return
            status = absent if entry.status is excused else excused
            self.doc_api.set_attendance(m, entry.person, status)

        self._edit(key, change)

    def change_vote(self, key: str) -> None:
        consensus = self.doc_api.VoteMethod.CONSENSUS

        def change(m: object) -> None:
            voted = [d for d in self.doc_api.decisions(m) if d.vote is not None]
            decision = (voted or self.doc_api.decisions(m))[0]
            if decision.vote is not None and decision.vote.method is consensus:
                # back to a show of hands by everyone voting
                votes = len(self.doc_api.voting_people(m))
                method = self.doc_api.VoteMethod.SHOW_OF_HANDS
                self.doc_api.set_vote(m, decision.key, method, (votes, 0, 0))
            else:
                self.doc_api.set_vote(m, decision.key, consensus)

        self._edit(key, change)

    def add_item(self, key: str) -> None:
        self._edit(key, lambda m: self.doc_api.add_agenda_item(m, "临时增加的议题"))

    def move_item(self, key: str) -> None:
        def change(m: object) -> None:
            self.doc_api.move_agenda_item(m, self.doc_api.agenda(m)[-1].key, -1)

        self._edit(key, change)

    def remove_item(self, key: str) -> None:
        def change(m: object) -> None:
            items = self.doc_api.agenda(m)
            self.doc_api.remove_agenda_item(m, items[-1].key)

        self._edit(key, change)

    def change_effect(self, key: str) -> None:
        def change(m: object) -> None:
            decision = next(
                (d for d in self.doc_api.decisions(m) if d.effects), self.doc_api.decisions(m)[0]
            )
            if decision.effects:
                self.doc_api.remove_effect(m, decision.key, 0)
            else:
                self.doc_api.add_effect(
                    m, decision.key, self.doc_api.Effect.adopt_document("临时通过的办法")
                )

        self._edit(key, change)


def time_merge(db: object, key: str, repeat: int, registry: bool = False) -> list[float]:
    from minutes_app.services import archive
    from minutes_app.services.archive_merge import merge_archive_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{key}.json"
        archive.export_archive(db, path, meetings=[key])  # type: ignore[arg-type]
        data = json.loads(path.read_text(encoding="utf-8"))
        if not registry:  # only the meeting, as a laptop at the venue sends it
            data = {k: data[k] for k in ("format", "version", "meetings")}
        for meeting in data["meetings"]:
            meeting["location"] = (meeting.get("location") or "") + "（合并）"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        times = []
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            merge_archive_file(db, path)
            times.append(time.perf_counter() - start)
            MERGE_CPU.append(time.process_time() - cpu)
    return times


MERGE_CPU: list[float] = []  # process_time of each merge, the last `repeat` per call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = ensure_db(args.db)
    from minutes_app import heap
    from minutes_app.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        shutil.copy(source, path)
        chosen = first_meetings(path)
        db = open_database(path)
        api = EditApi(db)
        api.change_location(chosen[max(chosen)])  # the modules a save needs, loaded
        heap.freeze_long_lived()  # as the window does once it is ready
        names = list(edits(api))
        head = f"{'year':<6}{'meeting':<18}" + "".join(f"{n:>14}" for n in names)
        print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        print(head + "   (ms wall: median/max; cpu: median)")
        worst = worst_cpu = 0.0
        for year, key in chosen.items():
            cells = []
            for edit in edits(api).values():
                times, cpus = [], []
                for _ in range(args.repeat):
                    edit(key)
                    times.append(api.last * 1000)
                    cpus.append(api.last_cpu * 1000)
                worst, worst_cpu = max(worst, max(times)), max(worst_cpu, max(cpus))
                cells.append(
                    f"{statistics.median(times):4.0f}/{max(times):<4.0f}"
                    f"c{statistics.median(cpus):<4.0f}"
                )
            print(f"{year:<6}{key:<18}" + "".join(f"{c:>14}" for c in cells))
        verdict = "within" if worst <= BUDGET_MS else "OVER"
        print(
            f"slowest edit {worst:.0f} ms wall, {worst_cpu:.0f} ms cpu: "
            f"{verdict} the {BUDGET_MS:.0f} ms budget"
        )
        old, new = chosen[min(chosen)], chosen[max(chosen)]
        for registry in (False, True):
            m_old = statistics.median(time_merge(db, old, args.repeat, registry))
            c_old = statistics.median(MERGE_CPU[-args.repeat :])
            m_new = statistics.median(time_merge(db, new, args.repeat, registry))
            c_new = statistics.median(MERGE_CPU[-args.repeat :])
            what = "with the whole registry" if registry else "the meeting alone"
            print(
                f"merge of one meeting ({what}): {min(chosen)} {m_old * 1000:.0f} ms "
                f"(cpu {c_old * 1000:.0f}), {max(chosen)} {m_new * 1000:.0f} ms "
                f"(cpu {c_new * 1000:.0f}), ratio {m_old / m_new:.2f} (budget ≤ 2)"
            )
        print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        db.dispose()


if __name__ == "__main__":
    main()
