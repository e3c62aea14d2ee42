"""`pg_dump` of a shared database into a file, atomically (temp file, then rename)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.store.files import replacing
from minutes_app.store.postgres import libpq_environment

TIMEOUT_S = 3600


def pg_dump_program() -> str | None:
    return shutil.which("pg_dump")


def dump_to(engine: Engine, out: Path, program: str) -> None:
    """Custom format (-Fc: compressed, restorable table by table with pg_restore)."""
    env = {**os.environ, **libpq_environment(engine)}
    with replacing(out) as tmp:
        try:
            done = subprocess.run(
                [program, "--format=custom", "--no-password", f"--file={tmp}"],
                env=env,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UserError(msg("pg_dump.cannot_run", kind=exc.__class__.__name__)) from None
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            raise UserError(msg("pg_dump.failed", reason=lines[-1] if lines else done.returncode))
