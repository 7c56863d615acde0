from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.gguf_header import GGUFFormatError
from desktop_llm.core.model_info import ModelInfo, default_model
from desktop_llm.services.models.model_library import STARTER_NAME, ModelLibrary
from desktop_llm.services.storage.paths import AppPaths
from tests.gguf_fixtures import tiny_gguf
from tests.hostile import gguf as hostile
from tests.hostile.gguf import HOSTILE_HEADERS, write_all


def test_starter_is_listed_first_with_metadata(tmp_path: Path, starter_model: Path) -> None:
    library = ModelLibrary(tmp_path / "models", tmp_path / "models" / "index.json", starter_model)
    [starter] = library.models()
    assert starter.name == STARTER_NAME and starter.source == "starter"
    assert (starter.architecture, starter.quantization, starter.n_layers) == ("llama", "Q4_1", 30)
    assert starter.has_chat_template and starter.size_bytes == starter_model.stat().st_size


def test_folder_files_are_found_and_broken_ones_shown_with_their_error(tmp_path: Path, starter_model: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")
    library = ModelLibrary(models, models / "index.json", starter_model)
    listed = {m.name: m for m in library.models()}
    assert "ends inside the header" in listed["broken"].error
    assert library.total_size() >= starter_model.stat().st_size


def test_import_refuses_a_truncated_file(tmp_path: Path, starter_model: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(starter_model.read_bytes()[:10_000_000])
    library = ModelLibrary(tmp_path / "models", tmp_path / "index.json", None)
    with pytest.raises(GGUFFormatError, match="truncated"):
        library.import_file(cut)
    assert library.models() == []


# Issue 10, item 4: no model file, and no damaged index entry, may stop the listing.


def test_every_hostile_file_is_listed_as_broken_with_its_reason(tmp_path: Path, starter_model: Path) -> None:
    models = tmp_path / "models"
    written = write_all(models)
    library = ModelLibrary(models, models / "index.json", starter_model)
    listed = {m.name: m for m in library.models()}
    assert not listed[STARTER_NAME].error
    for path in written:
        broken = listed[path.stem]
        assert broken.error and re.search(HOSTILE_HEADERS[path.stem][1], broken.error), (path.stem, broken.error)
        assert broken.size_bytes == path.stat().st_size
    assert default_model(list(listed.values()), "").name == STARTER_NAME  # type: ignore[union-attr]
    library.delete(str(models / "string_context_length.gguf"))  # a broken file can be deleted
    assert not (models / "string_context_length.gguf").exists()
    assert "string_context_length" not in {m.name for m in library.models()}


def test_a_damaged_index_entry_is_read_again_from_the_file(tmp_path: Path, starter_model: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    index = models / "index.json"
    good = tiny_gguf(models / "good.gguf")
    library = ModelLibrary(models, index, None)
    [first] = library.models()
    data = json.loads(index.read_text())
    data["models"][str(good)]["context_length"] = "4096k"  # what a hand edit or a bad disk could leave
    data["models"]["/nowhere/x.gguf"] = 7
    index.write_text(json.dumps(data))
    [again] = library.models()
    assert again == first and again.context_length == 2048


def test_metadata_cached_by_an_older_index_version_is_read_again(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    bad = models / "bad.gguf"
    bad.write_bytes(hostile.negative_context_length())
    stat = bad.stat()
    # What version 1 cached for this file: the old parser accepted a context length of -1.
    entry = {"path": str(bad), "name": "bad", "source": "folder", "size_bytes": stat.st_size, "mtime": stat.st_mtime,
             "context_length": -1}
    (models / "index.json").write_text(json.dumps({"version": 1, "models": {str(bad): entry}}))
    [listed] = ModelLibrary(models, models / "index.json", None).models()
    assert "non-negative" in listed.error


def test_models_list_command_survives_a_hostile_file(app_paths: AppPaths) -> None:
    # The reported crash: `desktop-llm models list` exited with "ValueError: invalid literal for int()".
    write_all(app_paths.models_dir, ["string_context_length", "nested_arrays_1000"])
    result = subprocess.run([sys.executable, "-m", "desktop_llm", "models", "list"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "string_context_length" in result.stdout and "llama.context_length must be" in result.stdout
    assert "nested_arrays_1000" in result.stdout and "3 model(s)" in result.stdout
    assert "desktop-llm models rm --yes" in result.stdout


def test_an_import_and_a_delete_during_a_scan_are_not_undone_by_it(tmp_path: Path) -> None:
    # The scan runs on a background thread now, beside imports and deletes on the GUI thread.
    models = tmp_path / "models"
    doomed = tiny_gguf(models / "doomed.gguf")
    outside = tiny_gguf(tmp_path / "elsewhere" / "imported.gguf")
    started, release = threading.Event(), threading.Event()

    class SlowLibrary(ModelLibrary):
        def _describe_safely(self, *args: Any) -> ModelInfo:
            started.set()
            assert release.wait(30)
            return super()._describe_safely(*args)

    library = SlowLibrary(models, models / "index.json", None)
    ModelLibrary(models, models / "index.json", None).models()  # doomed.gguf is indexed
    scan = threading.Thread(target=library.models)
    scan.start()
    assert started.wait(30)
    ModelLibrary(models, models / "index.json", None).import_file(outside)
    ModelLibrary(models, models / "index.json", None).delete(str(doomed))
    release.set()
    scan.join(30)
    index = json.loads((models / "index.json").read_text())["models"]
    assert str(outside.resolve()) in index and str(doomed) not in index
    assert [m.name for m in ModelLibrary(models, models / "index.json", None).models()] == ["imported"]


def test_chat_never_picks_an_embedding_model_or_a_reranker_by_itself(tmp_path: Path, starter_model: Path) -> None:
    from tests.embedding_model import embedding_gguf
    from tests.reranker_model import reranker_gguf

    models = tmp_path / "models"
    models.mkdir()
    embedder = models / "all-MiniLM-L6-v2.gguf"
    embedder.symlink_to(embedding_gguf())
    reranker_gguf(models / "bge-reranker-tiny.gguf")
    library = ModelLibrary(models, models / "index.json", None)
    listed = {m.name: m for m in library.models()}
    assert {name: m.role for name, m in listed.items()} == {"all-MiniLM-L6-v2": "embedding",
                                                            "bge-reranker-tiny": "reranker"}
    assert default_model(list(listed.values()), str(embedder)) is None  # nothing that can reply
    with_chat = ModelLibrary(models, models / "index.json", starter_model).models()  # roles read back from the index
    assert default_model(with_chat, str(embedder)).name == STARTER_NAME  # type: ignore[union-attr]
    assert {m.name: m.role for m in with_chat}[STARTER_NAME] == "chat"
    assert ModelInfo.from_dict(listed["bge-reranker-tiny"].to_dict()).role == "reranker"
    with pytest.raises(ValueError, match="role"):
        ModelInfo.from_dict({**listed["bge-reranker-tiny"].to_dict(), "role": "oracle"})
