"""The command line speaks Chinese, argparse's own words included, and its help is complete."""

from __future__ import annotations

import re

import pytest

from minutes_app.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("用法：minutes-app")
    assert "选项:" in out and "显示本帮助并退出" in out
    assert not re.search(r"\busage:|\boptions:|show this help", out)


def test_usage_errors_are_chinese_and_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "frobnicate")
    assert code == 2 and "无效的选择" in err and "invalid choice" not in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "minutes")
    assert code == 2 and "缺少以下参数" in err and "required" not in err


@pytest.mark.parametrize(
    ("command", "wanted"),
    [
        ("minutes", ["OUT.docx|OUT.pdf", ".pdf"]),
        ("actions", [".docx", ".xlsx", ".csv", ".ics"]),
        ("register", ["YEAR"]),
        ("report", ["YEAR"]),
        ("import", ["ARCHIVE"]),
    ],
)
def test_every_argument_has_help(
    capsys: pytest.CaptureFixture[str], command: str, wanted: list[str]
) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0
    for word in wanted:
        assert word in out, (command, word)
    positionals = out.split("位置参数:", 1)[1].split("选项:", 1)[0]
    for line in positionals.strip().splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            name, *rest = line.split(None, 1)
            assert rest or _next_line_has_help(positionals, name), f"{command} {name} has no help"


def _next_line_has_help(block: str, name: str) -> bool:
    lines = block.splitlines()
    at = next(i for i, line in enumerate(lines) if line.split(None, 1)[:1] == [name])
    return at + 1 < len(lines) and lines[at + 1].startswith("   ")
