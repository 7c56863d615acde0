"""The exported GGUF LoRA is numerically the PEFT adapter: llama.cpp's logits with it match PEFT's.

On a llama-family model with F32 weights (so the base models agree to ~1e-3 and any difference is the
adapter's), with a random, non-zero adapter on every projection. Tolerance: the adapter's effect on the
last token's logits (adapter minus base) agrees within 1% relative L2 error, and the logits themselves
within 0.02 absolute. Without llama.cpp's Q/K row permutation the effect is ~46% off: the test shows the
permutation is what makes the export right.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from peft import LoraConfig, get_peft_model, get_peft_model_state_dict

from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES
from desktop_llm.training.gguf_lora import export_gguf_lora, permute_rows
from desktop_llm.training.model_loading import load_base

PROMPT = "The quick brown fox jumps over the lazy dog because"
LOGIT_TOLERANCE = 0.02
EFFECT_TOLERANCE = 0.01


def llama_cpp_logits(model: Path, tokens: list[int], adapter: Path | None) -> np.ndarray:
    import llama_cpp  # tests may read llama.cpp directly; the app only through its engine worker

    llm = llama_cpp.Llama(str(model), n_ctx=256, logits_all=True, verbose=False, n_threads=2)
    try:
        if adapter is not None:
            handle = llama_cpp.llama_adapter_lora_init(llm._model.model, str(adapter).encode())
            assert handle, "llama.cpp refused the adapter"
            adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(handle)
            scales = (llama_cpp.ctypes.c_float * 1)(1.0)
            assert llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales) == 0
        llm.eval(tokens)
        return np.array(llm.scores[llm.n_tokens - 1], dtype=np.float64)
    finally:
        llm.close()


@pytest.fixture(scope="module")
def peft_and_exports(tiny_llama: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = load_base(str(tiny_llama), torch.float32, tmp_path_factory.mktemp("tok"))
    tokens = base.tokenizer(PROMPT, add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        base_logits = base.model(torch.tensor([tokens])).logits[0, -1].double().numpy().copy()
    torch.manual_seed(0)
    lora = LoraConfig(r=8, lora_alpha=16, target_modules=list(ATTENTION_MODULES + MLP_MODULES), init_lora_weights=False)
    model = get_peft_model(base.model, lora)
    with torch.no_grad():
        adapted_logits = model(torch.tensor([tokens])).logits[0, -1].double().numpy()
    state = get_peft_model_state_dict(model)
    out = tmp_path_factory.mktemp("adapters")
    exports = {
        permute: export_gguf_lora(state, out / f"permute-{permute}.gguf", "llama", base.n_layers, 16.0, True,
                                  base.n_head, base.n_head_kv, permute=permute)
        for permute in (True, False)
    }
    return {"tokens": tokens, "base": base_logits, "adapted": adapted_logits, "exports": exports}


@pytest.mark.slow
def test_base_models_agree(tiny_llama: Path, peft_and_exports: dict) -> None:
    ours = llama_cpp_logits(tiny_llama, peft_and_exports["tokens"], None)
    assert np.abs(ours - peft_and_exports["base"]).max() < LOGIT_TOLERANCE


@pytest.mark.slow
def test_llama_cpp_with_the_gguf_adapter_matches_peft(tiny_llama: Path, peft_and_exports: dict) -> None:
    tokens, base, adapted = peft_and_exports["tokens"], peft_and_exports["base"], peft_and_exports["adapted"]
    ours_base = llama_cpp_logits(tiny_llama, tokens, None)
    ours = llama_cpp_logits(tiny_llama, tokens, peft_and_exports["exports"][True])
    effect, our_effect = adapted - base, ours - ours_base
    assert np.linalg.norm(effect) > 10 * np.abs(ours_base - base).max(), "the adapter must change the logits a lot"
    assert np.abs(ours - adapted).max() < LOGIT_TOLERANCE
    assert np.linalg.norm(our_effect - effect) / np.linalg.norm(effect) < EFFECT_TOLERANCE
    assert int(ours.argmax()) == int(adapted.argmax())


@pytest.mark.slow
def test_without_the_qk_permutation_the_adapter_is_wrong(tiny_llama: Path, peft_and_exports: dict) -> None:
    tokens, base, adapted = peft_and_exports["tokens"], peft_and_exports["base"], peft_and_exports["adapted"]
    ours_base = llama_cpp_logits(tiny_llama, tokens, None)
    ours = llama_cpp_logits(tiny_llama, tokens, peft_and_exports["exports"][False])
    effect = adapted - base
    assert np.linalg.norm((ours - ours_base) - effect) / np.linalg.norm(effect) > 0.1


@pytest.mark.slow
def test_the_export_has_llama_cpp_names_shapes_and_alpha(peft_and_exports: dict) -> None:
    import gguf

    reader = gguf.GGUFReader(peft_and_exports["exports"][True])
    assert reader.get_field("general.type").contents() == "adapter"
    assert reader.get_field("adapter.type").contents() == "lora"
    assert reader.get_field("adapter.lora.alpha").contents() == pytest.approx(16.0)
    shapes = {t.name: [int(d) for d in t.shape] for t in reader.tensors}
    assert shapes["blk.0.attn_q.weight.lora_a"] == [64, 8]  # [in, r]
    assert shapes["blk.0.attn_k.weight.lora_b"] == [8, 32]  # [r, out]: 2 KV heads of 16
    assert shapes["blk.1.ffn_down.weight.lora_a"] == [128, 8]
    assert len(shapes) == 2 * 7 * 2  # 7 projections in each of 2 blocks, a and b


def test_permutation_is_its_own_layout_change() -> None:
    rows = np.arange(16, dtype=np.float32).reshape(16, 1)
    permuted = permute_rows(rows, n_head=2)
    # Each head's rows go from [first half, second half] to interleaved pairs (llama.cpp's rotary layout).
    assert permuted[:8, 0].tolist() == [0, 4, 1, 5, 2, 6, 3, 7]
