"""The `desktop-llm` command as a user runs it: real processes, real worker, starter model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the real worker behind the command line


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_llm", *args], capture_output=True, text=True, timeout=timeout
    )


def test_chat_streams_a_reply_and_exits_zero() -> None:
    result = run("chat", "--seed", "0", "--temperature", "0", "--stats", "What is the capital of France? Answer in one sentence.")
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


def test_models_search_files_info(fake_hub, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("models", "search", "tiny")
    assert result.returncode == 0, result.stderr
    assert "tests/Tiny-GGUF" in result.stdout
    files = run("models", "files", "tests/Tiny-GGUF")
    assert files.returncode == 0, files.stderr
    lines = files.stdout.splitlines()
    assert "license: mit" in lines[0]
    assert any(("Q4_K_M" in line and "CPU only" in line) or "fits on GPU" in line for line in lines)
    assert any("[2 parts]" in line for line in lines)
    info = run("models", "info", str(starter_model))
    assert info.returncode == 0 and "llama.block_count = 30" in info.stdout and "im_start" in info.stdout


def test_models_download_then_chat_with_it(fake_hub) -> None:  # type: ignore[no-untyped-def]
    result = run("models", "download", "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "Q4_1")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.is_file() and "100%" in result.stderr
    listed = run("models", "list")
    assert "downloaded: HuggingFaceTB/SmolLM2-135M-Instruct-GGUF" in listed.stdout
    chat = run("chat", "--model", str(path), "--temperature", "0", "What is the capital of France? Answer in one sentence.")
    assert chat.returncode == 0 and "Paris" in chat.stdout
    removed = run("models", "rm", "--yes", str(path))
    assert removed.returncode == 0 and not path.exists()


def test_download_killed_with_sigkill_resumes_from_the_partial_file(fake_hub) -> None:  # type: ignore[no-untyped-def]
    import signal
    import time

    fake_hub.faults.delay_per_chunk = 0.002  # about 30 MB/s, so the kill lands mid-file
    command = [sys.executable, "-m", "desktop_llm", "models", "download",
               "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "SmolLM2-135M-Instruct.Q4_1.gguf"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while fake_hub.bytes_served < 30_000_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.communicate()
    name = "SmolLM2-135M-Instruct.Q4_1.gguf"
    served_first = -1
    while served_first != fake_hub.served[name]:  # until the server has noticed the dead connection
        served_first = fake_hub.served[name]
        time.sleep(0.3)
    fake_hub.faults.delay_per_chunk = 0.0
    second = run("models", "download", "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert second.returncode == 0, second.stderr
    resumed_from = int(fake_hub.requests[-1][2].removeprefix("bytes=").rstrip("-"))
    assert resumed_from > 10_000_000
    size = Path(second.stdout.strip()).stat().st_size
    assert fake_hub.served[name] - served_first == size - resumed_from
