"""`desktop-llm chat --tools … --mcp … --yes --tool-choice …` (issue 14, "Command line") as a user runs it: the real
command in a child process, the real worker on a test copy of the starter model with Qwen 2.5's tool template
written in (the call forced by tool_choice is constrained by llama.cpp's grammar, so it is deterministic), a real
MCP server; and, without a model, the options' errors, the terminal approver on a real pipe and the Python
sandbox's child command from source and in a frozen app."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.cli.chat_tools import CallLines, TerminalApprover, parse_tools
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.tool_types import ToolCallRequest
from desktop_llm.services.tools import python_sandbox, sandbox_child
from desktop_llm.services.tools.builtin_tools import Calculator
from tests.gguf_fixtures import with_chat_template

QWEN = Path(__file__).parent.parent / "fixtures" / "chat_templates" / "Qwen-Qwen2.5-7B-Instruct.jinja"
TWO_TOOLS = Path(__file__).parent.parent / "tools" / "mcp_servers" / "two_tools.py"


def chat(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_llm", "chat", *args], capture_output=True, text=True,
                          timeout=timeout, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL)


@pytest.fixture(scope="module")
def tools_model(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    folder = tmp_path_factory.mktemp("cli-tools")
    return with_chat_template(starter_model, folder / "smollm2-qwen-tools.gguf", QWEN.read_text(encoding="utf-8"))


def forced(model: Path, tool: str, *args: str) -> tuple[str, ...]:
    return ("--model", str(model), "--temperature", "0", "--max-tokens", "60", "--tool-choice", tool, *args)


@pytest.mark.slow
def test_a_forced_calculator_call_runs_with_yes(tools_model: Path) -> None:
    result = chat(*forced(tools_model, "calculator", "--tools", "calculator", "--yes"),
                  "What is 17 times 23? Use the calculator.")
    assert result.returncode == 0, result.stderr
    assert "[tools: calculator]" in result.stderr
    line = next(line for line in result.stderr.splitlines() if line.startswith("→ calculator("))
    assert '"expression"' in line and (" ok, " in line or " error, " in line)  # a value or the calculator's error
    assert "run calculator?" not in result.stderr  # --yes: nothing asked
    assert result.stdout.strip() and "Traceback" not in result.stderr


@pytest.mark.slow
def test_without_yes_the_terminal_answer_n_denies_the_call(tools_model: Path) -> None:
    result = chat(*forced(tools_model, "calculator", "--tools", "calculator,datetime"), "What is 17 times 23?",
                  stdin="n\n")
    assert result.returncode == 0, result.stderr
    assert "[tools: calculator, current_datetime]" in result.stderr
    assert "run calculator? [y] yes once, [a] always in this run, [n] no:" in result.stderr
    assert '"expression"' in result.stderr  # the full arguments are shown before the question
    assert "… denied, " in result.stderr and "The user denied this call." in result.stderr


@pytest.fixture
def short_folder() -> Iterator[Path]:
    """A folder with a short, plain path: the tiny model copies a short path from a tool's description faithfully
    and mangles a long one (pytest's tmp_path)."""
    base = Path("/tmp") / f"dl{os.getpid() % 100_000}"
    base.mkdir()
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a symbolic link needs privileges on Windows")
def test_files_grants_a_folder_and_the_model_reads_a_file(tools_model: Path, short_folder: Path) -> None:
    shared = short_folder / "notes"
    shared.mkdir()
    (shared / "note.txt").write_text("The secret word is pineapple.\n", encoding="utf-8")
    # The tiny model copies the shared folder from read_file's description ("Shared folders: /tmp/dlN/notes.") and
    # writes ".txt" after it; this link makes that path name the note inside the folder (the grant resolves
    # links before it checks, so the file read is still the one in the shared folder).
    (short_folder / "notes.txt").symlink_to(shared / "note.txt")
    result = chat(*forced(tools_model, "read_file", "--tools", f"files:{shared}", "--yes"),
                  "What does the note say?")
    assert result.returncode == 0, result.stderr
    assert "[tools: list_folder, read_file]" in result.stderr
    line = next(line for line in result.stderr.splitlines() if line.startswith("→ read_file("))
    assert " ok, " in line and "pineapple" in line, result.stderr


@pytest.mark.slow
def test_mcp_servers_tools_are_listed_and_called(tools_model: Path, tmp_path: Path) -> None:
    config = tmp_path / "mcp.json"
    config.write_text(json.dumps({"mcpServers": {
        "tiny": {"command": sys.executable, "args": [str(TWO_TOOLS)]},
        "broken": {"command": 5}}}), encoding="utf-8")
    result = chat(*forced(tools_model, "tiny__add", "--mcp", str(config), "--yes"), "Add 2 and 3.")
    assert result.returncode == 0, result.stderr
    assert "[tools: tiny__add, tiny__write_note]" in result.stderr
    assert "MCP server 'broken' left out" in result.stderr  # the other server still serves
    line = next(line for line in result.stderr.splitlines() if line.startswith("→ tiny__add("))
    arguments = json.loads(line[len("→ tiny__add("):line.index(") …")])
    assert " ok, " in line and line.endswith(f": {arguments['a'] + arguments['b']}")


@pytest.mark.slow
def test_a_model_without_tool_support_is_one_line_naming_it(starter_model: Path) -> None:
    result = chat("--model", str(starter_model), "--tools", "calculator", "--yes", "hi")
    assert result.returncode == 1 and result.stdout == ""
    assert f"desktop-llm: {starter_model.name} cannot call tools" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_unknown_tool_and_bad_options_are_clear_errors(tmp_path: Path) -> None:
    unknown = chat("--tools", "calculator,weather", "hi", timeout=120)
    assert unknown.returncode == 1 and "unknown tool 'weather' in --tools" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    missing = chat("--tools", f"files:{tmp_path / 'nope'}", "hi", timeout=120)
    assert missing.returncode == 1 and "no such folder" in missing.stderr
    alone = chat("--tool-choice", "calculator", "hi", timeout=120)
    assert alone.returncode == 1 and "apply with --tools or --mcp" in alone.stderr


def test_tools_are_read_from_their_words(tmp_path: Path) -> None:
    (tmp_path / "a,b").mkdir()
    request = parse_tools(["calculator,python", f"files:{tmp_path},files:{tmp_path / 'a,b'},knowledge:Docs",
                           "run_python,datetime"])
    assert request.words == ("calculator", "python", "datetime")
    assert request.folders == (tmp_path.resolve(), (tmp_path / "a,b").resolve())  # a comma in a folder's name
    assert request.collections == ("Docs",)
    with pytest.raises(DesktopLlmError, match="knowledge:NAME"):
        parse_tools(["knowledge:"])


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    read, write = os.pipe()
    yield read, write
    for fd in (read, write):
        try:
            os.close(fd)
        except OSError:
            pass


def test_the_terminal_approver_reads_answers_and_denies_at_the_end_of_input(
        pipe: tuple[int, int], capsys: pytest.CaptureFixture[str]) -> None:
    read, write = pipe
    os.write(write, b"y\nwhat?\na\nn")  # the last answer has no newline: it is read at the end of input
    os.close(write)
    approver = TerminalApprover(CallLines(stdout_tty=False), read)
    call = ToolCallRequest("call_1", "calculator", '{"expression": "1+\x1b[2J1"}')  # not JSON: shown as written
    cancel = threading.Event()
    assert [approver.approve(call, Calculator.spec, cancel) for _ in range(3)] == ["allow_once", "allow_chat", "deny"]
    assert approver.approve(call, Calculator.spec, cancel) == "deny"  # nothing left to read
    err = capsys.readouterr().err
    assert err.count("run calculator?") == 5 and "no answer (end of input): call denied; pass --yes" in err
    assert "\x1b" not in err and "\\x1b" in err  # what the model wrote cannot steer the terminal


def test_python_code_is_shown_in_full_before_it_runs(pipe: tuple[int, int], capsys: pytest.CaptureFixture[str]) -> None:
    read, write = pipe
    os.write(write, b"n\n")
    approver = TerminalApprover(CallLines(stdout_tty=False), read)
    code = "import math\nprint(math.pi)"
    call = ToolCallRequest("call_2", "run_python", json.dumps({"code": code}))
    assert approver.approve(call, python_sandbox.SPEC, threading.Event()) == "deny"
    assert "  run_python, code:\n    import math\n    print(math.pi)\n" in capsys.readouterr().err


# The Python sandbox's child: `python -I -S sandbox_child.py` from source; a frozen app has no Python to run a
# script with, so it runs its own executable as `--worker python-sandbox` (cli/entry.py).

def test_the_sandbox_child_command_from_source_and_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = python_sandbox.SandboxLimits()
    source = python_sandbox.child_command(limits)
    assert source[:7] == [sys.executable, "-I", "-S", "-B", "-X", "utf8", str(python_sandbox.CHILD)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen = python_sandbox.child_command(limits)
    assert frozen[:3] == [sys.executable, "--worker", "python-sandbox"]
    assert frozen[3:] == source[7:]  # the same limits either way
    # A bundle's modules come from its folder and the archive in its executable: the child may read those.
    bundle = str(Path(sys.executable).parent)
    monkeypatch.setattr(sys, "_MEIPASS", bundle, raising=False)
    readable = sandbox_child._readable_dirs()
    assert os.path.realpath(sys.executable) in readable and os.path.realpath(bundle) in readable


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in executable is a shell script")
def test_the_worker_branch_runs_the_code_in_the_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tool's real run through `EXECUTABLE --worker python-sandbox`, with a stand-in for the bundle's
    executable that starts desktop_llm's entry point as the bundle does."""
    launcher = tmp_path / "desktop-llm"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "import sys; from desktop_llm.cli.entry import main; '
                        f'sys.exit(main())" "$@"\n', encoding="utf-8")
    launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    tool = python_sandbox.PythonSandboxTool(tmp_path / "scratch")
    code = ("import sys, socket\nprint(6 * 7, 'ctypes' in sys.modules)\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError as exc:\n    print('refused', exc)\n"
            "open('out.txt', 'w').write('x')\n")
    result = tool.run({"code": code}, threading.Event(), 30.0)
    assert result.startswith("exit code: 0") and "42 False" in result and "refused" in result
    assert "out.txt (1 bytes)" in result
