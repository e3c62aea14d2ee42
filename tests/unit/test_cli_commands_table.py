"""The static table of subcommands that `--help` lists matches what the modules register."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys

from minutes_app import cli
from minutes_app.commands import COMMANDS, MODULES


def registered() -> list[tuple[str, str, str]]:
    """(command, module, help) of every parser the modules add, in registration order."""
    found: list[tuple[str, str, str]] = []
    for module in MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"minutes_app.commands.{module}").register(
            sub, argparse.ArgumentParser(add_help=False)
        )
        found += [(a.dest, module, a.help or "") for a in sub._choices_actions]
    return found


def test_the_table_names_every_command_with_its_module_and_help_in_order() -> None:
    table = [(name, module, text) for name, (module, text) in COMMANDS.items()]
    assert table == registered()


def test_each_command_parses_with_its_own_arguments() -> None:
    args = cli.build_parser(["--db", "x.db", "meetings", "--json"]).parse_args(
        ["--db", "x.db", "meetings", "--json"]
    )
    assert args.command == "meetings" and args.json and callable(args.handler)


def test_help_lists_every_command_and_loads_no_command_module() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from minutes_app import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try: cli.main(['--help'])\n"
        "    except SystemExit: pass\n"
        "print(out.getvalue())\n"
        "print(sorted(m for m in sys.modules if m.startswith('minutes_app.commands.')))\n"
        "print('sqlalchemy' in sys.modules, 'minutes_app.domain.errors' in sys.modules)\n"
    )
    env = {**os.environ, "COLUMNS": "200"}  # each help on one line
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)  # fmt: skip
    *help_lines, modules, heavy = result.stdout.strip().splitlines()
    text = "\n".join(help_lines)
    for name, (_module, help_text) in COMMANDS.items():
        assert name in text and help_text in text
    assert modules == "[]"
    assert heavy == "False False"
