"""The child of the window SIGKILL test: the real window, its meeting editor driven by hand.

    python window_worker.py DB SETTINGS SEED [--reference]

It opens the window as the app does (the database lock, then MainWindow on DB), opens
meeting `KEY` from the meetings area and makes the edits `plan(seed)` gives through
the editor's widgets: the place typed and committed with Enter, attendance marks
clicked, the vote's 赞成 count typed into its box, agenda items added and removed with
the buttons. Each edit saves as it is committed; once its save has returned the child
prints the edit's number. With --reference it also prints, after each number, the
meeting as the archive export writes it (one JSON line), so the test knows the state
after every edit; without it the test kills the child at a random moment.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEY = "m-kill"  # a held copy of the demo's 五届五次 meeting, one agenda item (see the test)
PEOPLE = ("p-wang", "p-zhao", "p-liu")  # seats marked back and forth; never the chair
STATUSES = ("present", "excused", "absent")
FIRST_FOR = 3  # the 赞成 count of d-1 in the prepared meeting
EDITS = 40
AS_OF = dt.date(2026, 1, 1)  # exports of the parent and the child alike


@dataclass(frozen=True)
class Op:
    kind: str  # place | mark | vote | add | remove
    value: str | int | None = None
    person: str | None = None


def plan(seed: int, count: int = EDITS) -> list[Op]:
    """Edits that each change the meeting (a refused or empty edit would save nothing)."""
    rng = random.Random(seed)
    status = dict.fromkeys(PEOPLE, "present")
    votes, items, ops = FIRST_FOR, 1, []
    for n in range(1, count + 1):
        roll = rng.random()
        if roll < 0.3:
            op = Op("place", f"第{n}会议室")
        elif roll < 0.6:
            person = rng.choice(PEOPLE)
            status[person] = rng.choice([s for s in STATUSES if s != status[person]])
            op = Op("mark", status[person], person)
        elif roll < 0.8:
            votes = rng.choice([v for v in range(5) if v != votes])  # ≤ 4: never > present
            op = Op("vote", votes)
        elif items == 1 or (items < 4 and rng.random() < 0.5):
            items += 1
            op = Op("add")
        else:
            items -= 1
            op = Op("remove")
        ops.append(op)
    return ops


def shows(op: Op, meeting: dict[str, Any], items: int) -> bool:
    """Whether an exported meeting shows the effect of `op` (the model of one edit)."""
    if op.kind == "place":
        return bool(meeting["location"] == op.value)
    if op.kind == "mark":
        marks = {a["person"]: a["status"] for a in meeting["attendance"]}
        return marks.get(op.person or "") == op.value
    if op.kind == "vote":
        vote = meeting["agenda"][0]["decisions"][0]["vote"]
        return bool(vote["for"] == op.value)
    return len(meeting["agenda"]) == items


def items_after(ops: list[Op]) -> list[int]:
    """The number of agenda items after each edit."""
    count, out = 1, []
    for op in ops:
        count += {"add": 1, "remove": -1}.get(op.kind, 0)
        out.append(count)
    return out


def exported(db: Any) -> dict[str, Any]:
    """The meeting as `export-archive` writes it."""
    from minutes_app.services.archive import export_archive

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "m.json"
        export_archive(db, out, as_of=AS_OF, meetings=[KEY])
        meeting: dict[str, Any] = json.loads(out.read_text("utf-8"))["meetings"][0]
    return meeting


class Driver:
    """A secretary at the keyboard: each method is one committed edit."""

    def __init__(self, editor: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.editor = editor
        self.qtest = QTest
        self.qt = Qt

    def run(self, op: Op) -> None:
        getattr(self, op.kind)(op)

    def place(self, op: Op) -> None:
        field = self.editor.header.location
        field.setFocus()
        field.selectAll()
        self.qtest.keyClick(field, self.qt.Key.Key_Delete)
        for char in str(op.value):  # QTest types ASCII only; an input method commits these
            field.insert(char)
        self.qtest.keyClick(field, self.qt.Key.Key_Return)

    def mark(self, op: Op) -> None:
        from minutes_app.ui.meetings.attendance_model import AttendanceModel

        self.editor.tabs.setCurrentWidget(self.editor.attendance)
        column = {"present": AttendanceModel.PRESENT, "excused": AttendanceModel.EXCUSED,
                  "absent": AttendanceModel.ABSENT}[str(op.value)]  # fmt: skip
        table = self.editor.attendance.table
        self._click(table, self.editor.attendance.model.row_of(op.person), column)

    def vote(self, op: Op) -> None:
        self._pick_item(0)
        box = self.editor.agenda.item_editor.decision_editors["d-1"].tallies[0]
        box.setFocus()
        box.selectAll()
        self.qtest.keyClicks(box, str(op.value))
        self.qtest.keyClick(box, self.qt.Key.Key_Return)

    def add(self, _op: Op) -> None:
        self.editor.tabs.setCurrentWidget(self.editor.agenda)
        self._button(self.editor.agenda.add_button)

    def remove(self, _op: Op) -> None:
        self._pick_item(self.editor.agenda.model.rowCount() - 1)  # an added one, no decision
        self._button(self.editor.agenda.remove_button)

    def _pick_item(self, row: int) -> None:
        self.editor.tabs.setCurrentWidget(self.editor.agenda)
        self._click(self.editor.agenda.list, row, 0)

    def _click(self, view: Any, row: int, column: int) -> None:
        index = view.model().index(row, column)
        view.scrollTo(index)
        pos = view.visualRect(index).center()
        self.qtest.mouseClick(view.viewport(), self.qt.MouseButton.LeftButton, pos=pos)

    def _button(self, button: Any) -> None:
        self.qtest.mouseClick(button, self.qt.MouseButton.LeftButton)


def main(db_path: str, settings_path: str, seed: str, *flags: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.app import lock_database, make_app, show_main_window
    from minutes_app.services.database import open_database

    app = make_app([sys.argv[0]])
    lock = lock_database(Path(db_path))  # as the window takes it: the CLI then waits
    db = open_database(Path(db_path))
    prefs = QSettings(settings_path, QSettings.Format.IniFormat)
    window = show_main_window(db, prefs)
    window.resize(1300, 900)
    window.activateWindow()
    editor = window.meetings.open_meeting(KEY)
    QApplication.processEvents()
    driver, reference = Driver(editor), "--reference" in flags
    print("ready", flush=True)
    for n, op in enumerate(plan(int(seed)), 1):
        version = editor.keeper.version
        driver.run(op)
        QApplication.processEvents()
        if editor.keeper.version != version + 1:  # the edit was refused or saved twice
            sys.exit(f"edit {n} {op} was not saved once: {editor.undo_error.text()}")
        print(n, flush=True)  # acknowledged: its save has returned
        if reference:
            print(json.dumps(exported(db), ensure_ascii=False), flush=True)
    print("done", flush=True)
    if reference:
        db.dispose()
        if lock is not None:
            lock.unlock()
        app.quit()
        os._exit(0)  # no teardown of the window: nothing is left to save
    while True:  # wait to be killed, the window still open
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:])
