"""Vision projectors (issue 17): which projector goes with a model file, and the size check by header."""

from __future__ import annotations

from pathlib import Path

from desktop_llm.core.fit_estimate import PROJECTOR_COMPUTE, MemoryBudget, ModelShape, estimate_fit
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.hub_types import GGUFChoice, RemoteFile, group_gguf_files
from desktop_llm.core.vision_projector import (
    ProjectorFacts,
    default_projector,
    is_projector_header,
    is_projector_name,
    projector_in,
    projector_mismatch,
    with_projector,
)
from tests.gguf_fixtures import tiny_gguf
from tests.projector_fixtures import tiny_projector


def _files(*names: str) -> list[RemoteFile]:
    return [RemoteFile(name, 100 + i) for i, name in enumerate(names)]


def test_projectors_are_told_by_name_and_kept_out_of_the_model_choices() -> None:
    files = _files("gemma-3-4b-it-Q4_K_M.gguf", "mmproj-gemma-3-4b-it-f16.gguf", "sub/MMPROJ-BF16.gguf")
    assert [is_projector_name(f.path) for f in files] == [False, True, True]
    assert [c.name for c in group_gguf_files(files)] == ["gemma-3-4b-it-Q4_K_M.gguf"]


def test_the_default_projector_shares_the_models_name_else_f16_else_q8() -> None:
    # One repo, two models' projectors (SmolVLM publishes 256M and 500M side by side): the name decides.
    projectors = _files("mmproj-SmolVLM-256M-Instruct-Q8_0.gguf", "mmproj-SmolVLM-500M-Instruct-Q8_0.gguf",
                        "mmproj-SmolVLM-500M-Instruct-f16.gguf")
    chosen = default_projector("SmolVLM-500M-Instruct-Q4_K_M.gguf", projectors)
    assert chosen is not None and chosen.path == "mmproj-SmolVLM-500M-Instruct-f16.gguf"
    # Names that say nothing (unsloth's mmproj-F16 / -BF16 / -F32): F16 first, then Q8_0.
    assert default_projector("model-Q4_K_M.gguf", _files("mmproj-F32.gguf", "mmproj-BF16.gguf", "mmproj-F16.gguf")
                             ).path == "mmproj-F16.gguf"  # type: ignore[union-attr]
    assert default_projector("model-Q4_K_M.gguf", _files("mmproj-F32.gguf", "mmproj-Q8_0.gguf")
                             ).path == "mmproj-Q8_0.gguf"  # type: ignore[union-attr]
    assert default_projector("model-Q4_K_M.gguf", []) is None


def test_a_download_carries_its_projector_after_the_model() -> None:
    choice = GGUFChoice("m-Q4_0.gguf", "Q4_0", (RemoteFile("m-Q4_0.gguf", 1000),))
    projector = RemoteFile("mmproj-m-f16.gguf", 300)
    both = with_projector(choice, projector)
    assert both.first == choice.first and both.size == 1300 and projector_in(both) == projector
    assert with_projector(choice, None) is choice and projector_in(choice) is None


def test_facts_come_from_the_header_or_the_last_layer(tmp_path: Path) -> None:
    stated = read_file_header(str(tiny_projector(tmp_path / "a.gguf", output_dim=64)))
    unstated = read_file_header(str(tiny_projector(tmp_path / "b.gguf", output_dim=96, write_dim=False)))
    audio = read_file_header(str(tiny_projector(tmp_path / "c.gguf", has_vision=False, projector_type="qwen2a")))
    model = read_file_header(str(tiny_gguf(tmp_path / "m.gguf", n_embd=64)))
    assert is_projector_header(stated) and not is_projector_header(model)
    assert ProjectorFacts.from_header(stated) == ProjectorFacts("idefics3", 64, True)
    assert ProjectorFacts.from_header(unstated).output_dim == 96
    assert projector_mismatch(64, ProjectorFacts.from_header(stated)) is None
    wrong = projector_mismatch(64, ProjectorFacts.from_header(unstated), "b.gguf")
    assert wrong is not None and "size 96" in str(wrong) and "size 64" in str(wrong) and "b.gguf" in str(wrong)
    assert "audio" in str(projector_mismatch(64, ProjectorFacts.from_header(audio), "c.gguf"))
    assert projector_mismatch(0, ProjectorFacts.from_header(unstated)) is None  # nothing says they differ


def test_the_fit_estimate_counts_the_projector() -> None:
    shape = ModelShape(4, 64, 4, 2, 16, 16, 128, 100, 2048)
    budget = MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0)
    plain = estimate_fit(shape, 10_000_000, budget, 2048)
    vision = estimate_fit(shape, 10_000_000, budget, 2048, projector_file_bytes=5_000_000)
    assert plain.projector_bytes == 0
    assert vision.projector_bytes == 5_000_000 + PROJECTOR_COMPUTE
    assert vision.total_bytes == plain.total_bytes + vision.projector_bytes
    # A GPU that held the model alone no longer holds model and projector.
    snug = MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=plain.total_bytes + 400 * 1024**2 + 1)
    assert estimate_fit(shape, 10_000_000, snug, 2048).verdict == "fits on GPU"
    assert estimate_fit(shape, 10_000_000, snug, 2048, projector_file_bytes=5_000_000).verdict != "fits on GPU"
