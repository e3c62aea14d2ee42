"""The version the app reports is the one the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import minutes_app


def test_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    assert minutes_app.__version__ == project["version"]
