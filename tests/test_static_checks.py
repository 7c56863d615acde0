"""Lint and types are part of the suite, so CI enforces them: ruff everywhere, mypy (strict on core/services)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop_llm", "tests", "benchmarks", "scripts", "packaging", "dev.py"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "desktop_llm"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _minimum(requirement: str) -> tuple[int, ...]:
    _, _, version = requirement.partition(">=")
    return tuple(int(part) for part in version.split(",")[0].strip().split("."))


def test_parsers_of_untrusted_input_are_floored_at_safe_releases() -> None:
    """Older jinja2 has known sandbox escapes and older pypdf known endless loops on crafted files (issue 10, item 21)."""
    import tomllib

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    floors = {d.split(">=")[0].strip().lower(): _minimum(d) for d in dependencies if ">=" in d}
    assert floors["jinja2"] >= (3, 1, 6)
    assert floors["pypdf"] >= (6, 4)
