"""A PEFT LoRA adapter written as a GGUF LoRA that llama.cpp loads onto the base GGUF.

Layout (llama.cpp's convert_lora_to_gguf.py): `general.type = adapter`, `adapter.type = lora`,
`adapter.lora.alpha`; for each adapted weight, named as in the base GGUF (`blk.0.attn_q.weight`), the tensors
`<name>.lora_a` (PEFT's lora_A, [r, in]) and `<name>.lora_b` (lora_B, [out, r]), stored in numpy order so that
GGUF's reversed shapes come out as [in, r] and [r, out]. For llama-family models the converter permutes the
rows of the Q and K projections into llama.cpp's rotary layout, and transformers undoes that on load; the
rows of lora_b (the output side) must get the same permutation or Q and K would be adapted in the wrong order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import gguf
import numpy as np
import torch

_LORA_KEY = re.compile(r"^(?:base_model\.model\.)?(?P<module>.+)\.lora_(?P<ab>[AB])(?:\.default)?\.weight$")


def permute_rows(weights: np.ndarray, n_head: int) -> np.ndarray:
    """llama.cpp's Q/K permutation (convert_hf_to_gguf.LlamaModel.permute) on the output rows."""
    rows = weights.shape[0]
    return (
        weights.reshape(n_head, 2, rows // n_head // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def gguf_tensor_name(hf_module: str, name_map: gguf.TensorNameMap) -> str:
    name = name_map.get_name(hf_module + ".weight", try_suffixes=(".weight",))
    if name is None:
        raise ValueError(f"no GGUF tensor name for the adapted module {hf_module!r}")
    return name


def _arch_enum(architecture: str) -> gguf.MODEL_ARCH:
    for arch, name in gguf.MODEL_ARCH_NAMES.items():
        if name == architecture:
            return arch
    raise ValueError(f"gguf does not know the architecture {architecture!r}")


def export_gguf_lora(
    state_dict: Mapping[str, torch.Tensor],
    target: Path,
    architecture: str,
    n_layers: int,
    alpha: float,
    permute_qk: bool,
    n_head: int,
    n_head_kv: int,
    base_name: str = "",
    permute: bool = True,
) -> Path:
    """Write the adapter; returns `target`. `permute=False` exists only to show in tests that it matters."""
    name_map = gguf.get_tensor_name_map(_arch_enum(architecture), n_layers)
    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, tensor in state_dict.items():
        match = _LORA_KEY.match(key)
        if match is None:
            continue
        array = tensor.detach().to(torch.float32).cpu().numpy()
        pairs.setdefault(match["module"], {})[match["ab"]] = array
    if not pairs:
        raise ValueError("the adapter has no LoRA weights")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    writer = gguf.GGUFWriter(partial, arch=architecture)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(alpha))
    if base_name:
        writer.add_string("general.base_model.0.name", base_name)
    for module in sorted(pairs):
        pair = pairs[module]
        if set(pair) != {"A", "B"}:
            raise ValueError(f"{module}: the adapter has only lora_{''.join(pair)}")
        name = gguf_tensor_name(module, name_map)
        lora_b = pair["B"]
        if permute and permute_qk and name.endswith("attn_q.weight"):
            lora_b = permute_rows(lora_b, n_head)
        elif permute and permute_qk and name.endswith("attn_k.weight"):
            lora_b = permute_rows(lora_b, n_head_kv)
        writer.add_tensor(f"{name}.lora_a", np.ascontiguousarray(pair["A"]))
        writer.add_tensor(f"{name}.lora_b", np.ascontiguousarray(lora_b))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(target)
    return target
