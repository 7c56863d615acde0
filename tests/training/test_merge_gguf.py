"""The merged GGUF (training/merge_gguf.py), without the engine: every metadata key and untouched tensor of the
base kept as it was, each adapted weight = dequantized base + alpha/r * B @ A (to F16 rounding), and adapters
that do not fit the base refused with a sentence, leaving no file behind."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf.quants import dequantize

from desktop_llm.core.errors import TrainingError
from desktop_llm.training.merge_gguf import MERGED_KEY, merge
from tests.training.lora_fixtures import random_adapter


@pytest.fixture(scope="module")
def merged(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("merge")
    adapter = random_adapter(starter_model, folder / "adapter.gguf", rank=8, alpha=16.0)
    steps: list[tuple[int, int]] = []
    count = merge(starter_model, adapter, folder / "merged.gguf", progress=lambda d, t: steps.append((d, t)))
    assert count == 90  # 30 layers x (q, v, down)
    assert steps[-1][0] == steps[-1][1] == len(gguf.GGUFReader(starter_model).tensors)
    return adapter, folder / "merged.gguf"


def test_every_key_and_untouched_tensor_is_kept(starter_model: Path, merged: tuple[Path, Path]) -> None:
    base, out = gguf.GGUFReader(starter_model), gguf.GGUFReader(merged[1])
    for key, field in base.fields.items():
        if key.startswith("GGUF."):
            continue
        assert key in out.fields, key
        assert out.fields[key].contents() == field.contents(), key
    assert out.fields[MERGED_KEY].contents() == "adapter.gguf"
    assert [t.name for t in out.tensors] == [t.name for t in base.tensors]
    outs = {t.name: t for t in out.tensors}
    for tensor in base.tensors:
        if not tensor.name.endswith(("attn_q.weight", "attn_v.weight", "ffn_down.weight")):
            assert outs[tensor.name].tensor_type == tensor.tensor_type
            assert np.array_equal(np.asarray(outs[tensor.name].data), np.asarray(tensor.data)), tensor.name


def test_adapted_weights_are_base_plus_scaled_delta(starter_model: Path, merged: tuple[Path, Path]) -> None:
    base = {t.name: t for t in gguf.GGUFReader(starter_model).tensors}
    lora = {t.name: np.asarray(t.data, dtype=np.float32) for t in gguf.GGUFReader(merged[0]).tensors}
    out = {t.name: t for t in gguf.GGUFReader(merged[1]).tensors}
    for name in ("blk.0.attn_q.weight", "blk.17.attn_v.weight", "blk.29.ffn_down.weight"):
        assert out[name].tensor_type == gguf.GGMLQuantizationType.F16
        w = dequantize(base[name].data, base[name].tensor_type)
        expected = w + (16.0 / 8) * (lora[f"{name}.lora_b"] @ lora[f"{name}.lora_a"])
        got = np.asarray(out[name].data, dtype=np.float32)
        assert got.shape == w.shape
        assert np.allclose(got, expected, atol=2e-3, rtol=2e-3)  # F16 rounding
        assert not np.allclose(got, w, atol=1e-2)  # the delta is there


def test_an_adapter_of_another_model_is_refused(starter_model: Path, tmp_path: Path) -> None:
    adapter = random_adapter(starter_model, tmp_path / "other.gguf", wrong_shape=True)
    with pytest.raises(TrainingError, match="trained on another model"):
        merge(starter_model, adapter, tmp_path / "out.gguf")
    assert not list(tmp_path.glob("out.gguf*"))


def test_a_model_is_not_an_adapter(starter_model: Path, tmp_path: Path) -> None:
    with pytest.raises(TrainingError, match="is not a GGUF LoRA adapter"):
        merge(starter_model, starter_model, tmp_path / "out.gguf")
    (tmp_path / "junk.gguf").write_bytes(b"GGUF junk")
    with pytest.raises(TrainingError, match="cannot read the adapter"):
        merge(starter_model, tmp_path / "junk.gguf", tmp_path / "out.gguf")
