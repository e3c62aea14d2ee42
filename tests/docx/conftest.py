"""Fixtures for the Word export tests: small and big archives, reading documents back."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_app.io.archive.sample import large_archive, sample_archive


@pytest.fixture
def archive() -> dict[str, Any]:
    """理事长会议 m-5-5: 9 seats, 7 present + 1 proxy + 1 excused + 1 observer."""
    return sample_archive()


@pytest.fixture
def meeting(archive: dict[str, Any]) -> dict[str, Any]:
    return archive["meetings"][0]


@pytest.fixture(scope="session")
def big_archive() -> dict[str, Any]:
    """30 agenda items with long notes, 60 decisions, 100 action items (m-big)."""
    return large_archive(items=30, decisions=60, actions=100)
