"""A random GGUF LoRA adapter for a base GGUF, written with gguf alone (no torch): for tests of the merge, which
need an adapter of the right names and shapes, not a trained one."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

TARGETS = ("attn_q.weight", "attn_v.weight", "ffn_down.weight")


def random_adapter(base: Path, target: Path, rank: int = 8, alpha: float = 16.0, std: float = 0.05, seed: int = 0,
                   targets: tuple[str, ...] = TARGETS, wrong_shape: bool = False) -> Path:
    """lora_a [r, in] and lora_b [out, r] (numpy order) for each base weight ending in one of `targets`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    reader = gguf.GGUFReader(base)
    arch = str(reader.get_field("general.architecture").contents())  # type: ignore[union-attr]
    writer = gguf.GGUFWriter(target, arch=arch)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, alpha)
    rng = np.random.default_rng(seed)
    for tensor in reader.tensors:
        if tensor.name.endswith(targets):
            n_in, n_out = int(tensor.shape[0]), int(tensor.shape[1]) + (8 if wrong_shape else 0)
            writer.add_tensor(f"{tensor.name}.lora_a", (rng.standard_normal((rank, n_in)) * std).astype(np.float32))
            writer.add_tensor(f"{tensor.name}.lora_b", (rng.standard_normal((n_out, rank)) * std).astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return target
