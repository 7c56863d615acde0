"""The `desktop-llm` command as a user runs it: real processes, real worker, starter model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_llm", *args], capture_output=True, text=True, timeout=timeout
    )


def test_chat_streams_a_reply_and_exits_zero() -> None:
    result = run("chat", "--seed", "0", "--temperature", "0", "--stats", "What is the capital of France?")
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
    assert "tok/s" in result.stderr


def test_chat_with_system_prompt_and_explicit_model(starter_model: Path) -> None:
    result = run("chat", "--model", str(starter_model), "--system", "Answer with one word.", "--max-tokens", "8",
                 "Name a color.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_errors_go_to_stderr_without_a_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "x.gguf"
    garbage.write_bytes(b"\x00" * 1000)
    result = run("chat", "--model", str(garbage), "hi")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "not a GGUF file" in result.stderr and "Traceback" not in result.stderr
    missing = run("chat", "--model", str(tmp_path / "nope.gguf"), "hi")
    assert missing.returncode == 1 and "not found" in missing.stderr and "Traceback" not in missing.stderr


def test_models_list_shows_the_starter_model() -> None:
    result = run("models", "list")
    assert result.returncode == 0, result.stderr
    assert "SmolLM2 135M Instruct (starter)" in result.stdout and "Q4_1" in result.stdout
    assert "1 model(s)" in result.stdout
