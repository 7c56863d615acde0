"""`desktop-llm knowledge ...` and `desktop-llm ask` as a user runs them (issue 12): real child processes on the
test's own data folder (DESKTOP_LLM_HOME, set by tests/conftest.py's app_paths and inherited by the child), the
real store and indexer; the slow tests add the real embedding model (tests/embedding_model.py) and the starter
chat model."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_llm.services.storage.paths import AppPaths

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_llm", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS, folder)
    return folder


def test_add_index_list_search_rm_keyword_only(docs: Path, app_paths: AppPaths) -> None:
    added = run("knowledge", "add", "coffee", str(docs))
    assert added.returncode == 0, added.stderr
    assert "coffee" in added.stdout and str(docs) in added.stdout and "keyword only" in added.stdout
    assert (app_paths.data_dir / "knowledge.sqlite3").is_file()  # where the window keeps its collections

    indexed = run("knowledge", "index", "coffee")
    assert indexed.returncode == 0, indexed.stderr
    assert "12 new" in indexed.stdout and "files 12/12" in indexed.stderr

    listed = run("knowledge", "list")
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if line.startswith("coffee"))
    assert row.split()[1] == "12" and "keyword only" in row

    found = run("knowledge", "search", "coffee", "part number of the group gasket", "-k", "3")
    assert found.returncode == 0, found.stderr
    blocks = [b for b in found.stdout.split("\n\n") if b.strip()]
    assert len(blocks) <= 3
    assert blocks[0].startswith("[1] ") and "parts-catalog.md" in blocks[0].splitlines()[0]
    assert "score" in blocks[0].splitlines()[1] and "keyword search" in found.stderr

    again = run("knowledge", "index", "coffee")  # nothing changed: nothing read again
    assert again.returncode == 0 and "0 new, 0 changed, 0 removed, 12 unchanged" in again.stdout

    removed = run("knowledge", "rm", "coffee")
    assert removed.returncode == 0, removed.stderr
    assert (docs / "descaling.md").is_file()  # the user's files stay
    assert "No collections yet" in run("knowledge", "list").stdout


def test_errors_are_one_line_without_a_traceback(docs: Path, starter_model: Path) -> None:
    missing = run("knowledge", "search", "nothing-here", "query")
    assert missing.returncode == 1 and "nothing-here" in missing.stderr and "Traceback" not in missing.stderr
    chat_model = run("knowledge", "add", "x", str(docs), "--embedding-model", str(starter_model))
    assert chat_model.returncode == 1 and "not an embedding model" in chat_model.stderr
    assert "Traceback" not in chat_model.stderr
    no_file = run("knowledge", "add", "x", str(docs / "nope"))
    assert no_file.returncode == 1 and "not found" in no_file.stderr
    assert run("knowledge", "add", "x", str(docs)).returncode == 0
    assert run("knowledge", "add", "x", str(docs)).returncode == 0  # adding again keeps one source
    assert run("knowledge", "list").stdout.count(str(docs)) == 1
    ask = run("ask", "--knowledge", "nothing-here", "a question")
    assert ask.returncode == 1 and "Traceback" not in ask.stderr


@pytest.mark.slow
def test_ctrl_c_pauses_indexing_and_the_next_run_goes_on(tmp_path: Path, embedding_gguf: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"note-{n:02d}.md").write_text(f"# Note {n}\n\nThe tank number {n} holds {n * 7} litres of "
                                                f"water for machine model XR-{1000 + n}.\n", encoding="utf-8")
    assert run("knowledge", "add", "notes", str(folder), "--embedding-model", str(embedding_gguf)).returncode == 0
    child = subprocess.Popen([sys.executable, "-m", "desktop_llm", "knowledge", "index", "notes"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stderr is not None
        for line in child.stderr:  # the scan is done; the embedding worker is starting
            if line.startswith("files "):
                break
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=120)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == 130, err
    assert "Paused" in out and "again to go on" in err and "Traceback" not in err

    resumed = run("knowledge", "index", "notes", timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    listed = run("knowledge", "list").stdout
    row = next(line for line in listed.splitlines() if line.startswith("notes"))
    assert row.split()[1:3] == ["60", "60"] and "embedded" not in row  # every file once, every chunk embedded


@pytest.mark.slow
def test_ask_answers_with_sources_on_the_starter_model(docs: Path, embedding_gguf: Path) -> None:
    added = run("knowledge", "add", "coffee", str(docs), "--embedding-model", str(embedding_gguf))
    assert added.returncode == 0, added.stderr and "hybrid" in added.stdout
    indexed = run("knowledge", "index", "coffee", timeout=300)
    assert indexed.returncode == 0, indexed.stderr

    found = run("knowledge", "search", "coffee", "When must the boiler be descaled with citric acid?")
    assert found.returncode == 0 and "hybrid search" in found.stderr
    assert "descaling.md" in found.stdout.split("\n\n")[0] and "similarity" in found.stdout

    answer = run("ask", "--knowledge", "coffee", "--temperature", "0", "--max-tokens", "96",
                 "When must the boiler be descaled with citric acid?", timeout=300)
    assert answer.returncode == 0, answer.stderr
    text, _, sources = answer.stdout.partition("Sources:")
    assert text.strip() and sources
    listed = [line for line in sources.splitlines() if line.startswith("[")]
    assert listed and all(line.split()[1].startswith(str(docs)) for line in listed)  # [n] file · place

    nothing = run("ask", "--knowledge", "coffee", "--only-documents", "Who won the football world cup in 1954?")
    assert nothing.returncode == 0, nothing.stderr
    assert nothing.stdout.startswith("The documents do not say.") and "Sources: none" in nothing.stdout
