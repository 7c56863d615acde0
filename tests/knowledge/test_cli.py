"""`desktop-llm knowledge ...` and `desktop-llm ask` as a user runs them (issue 12): real child processes on the
test's own data folder (DESKTOP_LLM_HOME, set by tests/conftest.py's app_paths and inherited by the child), the
real store and indexer; the slow tests add the real embedding model (tests/embedding_model.py), the starter
chat model, and the random-weight reranker (tests/reranker_model.py) through --rerank and the settings."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore

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


def test_rerank_refuses_what_is_no_reranker_and_warns_of_a_saved_one_that_is_gone(
        docs: Path, app_paths: AppPaths, starter_model: Path) -> None:
    assert run("knowledge", "add", "coffee", str(docs)).returncode == 0
    assert run("knowledge", "index", "coffee").returncode == 0
    chat_model = run("knowledge", "search", "coffee", "gasket", "--rerank", str(starter_model))
    assert chat_model.returncode == 1 and "is not a reranker" in chat_model.stderr
    unknown = run("knowledge", "search", "coffee", "gasket", "--rerank", "no-such-reranker")
    assert unknown.returncode == 1 and "no reranker 'no-such-reranker'" in unknown.stderr
    asked = run("ask", "--knowledge", "coffee", "--rerank", str(starter_model), "which gasket?")
    assert asked.returncode == 1 and "is not a reranker" in asked.stderr and "Traceback" not in asked.stderr

    store = SettingsStore(app_paths.settings_file)  # chosen in the window, its file deleted since
    store.save(replace(store.load(), knowledge_reranker=str(app_paths.models_dir / "gone.gguf")))
    found = run("knowledge", "search", "coffee", "part number of the group gasket")
    assert found.returncode == 0 and "parts-catalog.md" in found.stdout.split("\n\n")[0]
    assert "cannot be read" in found.stderr and "gone.gguf" in found.stderr and "rerank " not in found.stdout
    assert run("knowledge", "list").stderr.count("gone.gguf") == 0  # only searches use the reranker
    plain = run("knowledge", "search", "coffee", "gasket", "--rerank", "none")  # the flag wins for one run
    assert plain.returncode == 0 and "gone.gguf" not in plain.stderr


@pytest.mark.slow
def test_search_with_the_reranker_of_the_settings_or_the_flag(docs: Path, app_paths: AppPaths,
                                                               tmp_path: Path) -> None:
    from tests.reranker_model import reranker_gguf

    reranker = reranker_gguf(tmp_path / "rerankers" / "test-reranker.gguf", context_length=1024)
    assert run("knowledge", "add", "coffee", str(docs)).returncode == 0
    assert run("knowledge", "index", "coffee").returncode == 0
    query = "how do i descale the coffee machine with citric acid"

    flagged = run("knowledge", "search", "coffee", query, "--rerank", str(reranker), "-k", "3")
    assert flagged.returncode == 0, flagged.stderr
    assert "re-ranked by test-reranker.gguf" in flagged.stderr and "failed" not in flagged.stderr
    blocks = [b for b in flagged.stdout.split("\n\n") if b.strip()]
    scores = [float(b.splitlines()[1].split()[1]) for b in blocks]  # "    rerank 1.2345 · score …"
    assert len(blocks) == 3 and all(b.splitlines()[1].lstrip().startswith("rerank ") for b in blocks)
    assert scores == sorted(scores, reverse=True)

    store = SettingsStore(app_paths.settings_file)  # as the Knowledge page saves it
    store.save(replace(store.load(), knowledge_reranker=str(reranker)))
    saved = run("knowledge", "search", "coffee", query, "-k", "3")
    assert saved.returncode == 0 and "re-ranked by test-reranker.gguf" in saved.stderr
    assert saved.stdout == flagged.stdout
    off = run("knowledge", "search", "coffee", query, "-k", "3", "--rerank", "none")
    assert off.returncode == 0 and "re-ranked" not in off.stderr and "rerank " not in off.stdout
