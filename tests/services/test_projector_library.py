"""The library pairs a model with its vision projector (issue 17): same folder, the user's choice, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_llm.core.vision_projector import ProjectorError
from desktop_llm.services.models.model_library import ModelLibrary
from tests.gguf_fixtures import tiny_gguf
from tests.projector_fixtures import tiny_projector


def _library(tmp_path: Path) -> ModelLibrary:
    return ModelLibrary(tmp_path / "models", tmp_path / "models" / "index.json")


def _by_name(library: ModelLibrary) -> dict[str, object]:
    return {Path(m.path).name: m for m in library.models()}


def test_a_projector_in_the_models_folder_pairs_with_the_model_and_is_no_chat_model(tmp_path: Path) -> None:
    repo = tmp_path / "models" / "tests__Vision-GGUF"
    model = tiny_gguf(repo / "vis-Q4_K_M.gguf", n_embd=64)
    tiny_projector(repo / "mmproj-vis-Q8_0.gguf", output_dim=64)
    tiny_projector(repo / "mmproj-vis-f16.gguf", output_dim=64)
    tiny_projector(repo / "mmproj-other-f16.gguf", output_dim=128)  # another model's: never paired
    library = _library(tmp_path)
    models = _by_name(library)
    chat = models["vis-Q4_K_M.gguf"]
    assert chat.role == "chat" and chat.vision and chat.embedding_length == 64  # type: ignore[attr-defined]
    assert chat.mmproj == str(repo / "mmproj-vis-f16.gguf")  # type: ignore[attr-defined]
    projector = models["mmproj-vis-f16.gguf"]
    assert projector.role == "projector" and projector.projector_type == "idefics3"  # type: ignore[attr-defined]
    assert not projector.vision  # type: ignore[attr-defined]
    # The quick listing from the index pairs the same way.
    assert {m.path: m.mmproj for m in library.cached_models()}[str(model)] == chat.mmproj  # type: ignore[attr-defined]


def test_a_model_alone_in_its_folder_has_no_vision(tmp_path: Path) -> None:
    tiny_gguf(tmp_path / "models" / "a" / "text-Q4_0.gguf", n_embd=64)
    tiny_projector(tmp_path / "models" / "b" / "mmproj-f16.gguf", output_dim=64)  # another repo's folder
    assert not _by_name(_library(tmp_path))["text-Q4_0.gguf"].vision  # type: ignore[attr-defined]


def test_the_users_choice_persists_and_none_means_text_only(tmp_path: Path) -> None:
    repo = tmp_path / "models" / "r"
    model = tiny_gguf(repo / "m-Q4_0.gguf", n_embd=64)
    tiny_projector(repo / "mmproj-m-f16.gguf", output_dim=64)
    elsewhere = tiny_projector(tmp_path / "downloads" / "my-projector.gguf", output_dim=64)
    library = _library(tmp_path)
    library.set_projector(str(model), str(elsewhere))
    again = _library(tmp_path)  # a new library object reads the choice back from its file
    assert _by_name(again)["m-Q4_0.gguf"].mmproj == str(elsewhere)  # type: ignore[attr-defined]
    assert _by_name(again)["my-projector.gguf"].source == "imported"  # type: ignore[attr-defined]
    stored = json.loads((tmp_path / "models" / "projectors.json").read_text())
    assert stored["choices"] == {str(model): str(elsewhere)}
    library.set_projector(str(model), "")
    assert not _by_name(library)["m-Q4_0.gguf"].vision  # type: ignore[attr-defined]
    library.set_projector(str(model), None)  # automatic again: the folder's projector
    assert _by_name(library)["m-Q4_0.gguf"].mmproj == str(repo / "mmproj-m-f16.gguf")  # type: ignore[attr-defined]
    # The chosen projector deleted: its choice goes with it.
    library.set_projector(str(model), str(elsewhere))
    library.delete(str(elsewhere))
    assert elsewhere.exists()  # imported: forgotten, not deleted
    assert _by_name(library)["m-Q4_0.gguf"].mmproj == str(repo / "mmproj-m-f16.gguf")  # type: ignore[attr-defined]


def test_an_incompatible_projector_is_refused_with_the_reason(tmp_path: Path) -> None:
    model = tiny_gguf(tmp_path / "models" / "r" / "m-Q4_0.gguf", n_embd=64)
    library = _library(tmp_path)
    wrong = tiny_projector(tmp_path / "p" / "mmproj-big.gguf", output_dim=4096, write_dim=False)
    with pytest.raises(ProjectorError, match=r"mmproj-big.gguf makes image vectors of size 4096 but this model's "
                                             r"embeddings have size 64"):
        library.set_projector(str(model), str(wrong))
    audio = tiny_projector(tmp_path / "p" / "mmproj-audio.gguf", output_dim=64, has_vision=False)
    with pytest.raises(ProjectorError, match="for audio, not images"):
        library.set_projector(str(model), str(audio))
    with pytest.raises(ProjectorError, match=r"is not a vision projector \(its architecture is llama"):
        library.set_projector(str(model), str(tiny_gguf(tmp_path / "p" / "another-model.gguf")))
    broken = tmp_path / "p" / "mmproj-cut.gguf"
    broken.write_bytes(wrong.read_bytes()[:200])
    with pytest.raises(ProjectorError, match="cannot be read as a projector"):
        library.set_projector(str(model), str(broken))
    assert not (tmp_path / "models" / "projectors.json").exists()  # nothing was saved
    assert not _by_name(library)["m-Q4_0.gguf"].vision  # type: ignore[attr-defined]


def test_a_downloaded_projector_is_paired_and_listed_as_downloaded(tmp_path: Path) -> None:
    repo = tmp_path / "models" / "tests__Vision-GGUF"
    model = tiny_gguf(repo / "vis-Q4_K_M.gguf", n_embd=64)
    projector = tiny_projector(repo / "mmproj-vis-Q8_0.gguf", output_dim=64)
    tiny_projector(repo / "mmproj-vis-f16.gguf", output_dim=64)  # also there, but not the one downloaded with it
    library = _library(tmp_path)
    info = library.register_download(model, "tests/Vision-GGUF", "vis-Q4_K_M", projector=projector)
    assert info.mmproj == str(projector)
    listed = _by_name(library)["mmproj-vis-Q8_0.gguf"]
    assert (listed.source, listed.repo_id) == ("downloaded", "tests/Vision-GGUF")  # type: ignore[attr-defined]
