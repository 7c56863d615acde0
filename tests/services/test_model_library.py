from __future__ import annotations

from pathlib import Path

import pytest

from desktop_llm.core.gguf_header import GGUFFormatError
from desktop_llm.services.model_library import STARTER_NAME, ModelLibrary


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
