"""A base GGUF and a GGUF LoRA adapter merged into one GGUF that chats without the adapter.

Each weight the adapter touches is dequantized (gguf.quants.dequantize) and gets `scale * B @ A` added, scale =
alpha / rank as llama.cpp applies it at run time (llama-adapter.cpp: `adapter_scale * alpha / rank`), so the merged
weight is exactly what llama.cpp computes with the adapter on (W x + scale * B (A x)). The adapter's lora_b rows are
already in llama.cpp's Q/K layout (training/gguf_lora.py permuted them when it wrote the file), so no permutation
is needed here. Merged weights are written as F16 (F32 where the base weight was F32); every other tensor is
copied byte for byte in its own type, and every metadata key of the base is kept. The user's quantization is a
second step in the engine layer (engine/quantize.py: llama.cpp's own quantizer), which may import llama_cpp.

Tensors are streamed: the header and tensor table are written first, then one tensor at a time, so memory stays
at about one weight matrix whatever the model's size.

Run as a child process: `python -m desktop_llm.training.merge_gguf BASE ADAPTER OUT [--scale S]`; it prints JSON
lines (`{"event": "progress", "done": i, "total": n}`, then `{"event": "merged", "path": ..., "tensors": k}` or
`{"event": "error", "message": ...}`) and exits 0 on success.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gguf
import numpy as np
from gguf.quants import dequantize

from desktop_llm.core.errors import TrainingError
from desktop_llm.core.ui_text import QT_TR_NOOP

MERGED_KEY = "desktop_llm.merged_adapter"  # metadata naming the adapter that was merged in (for the inspector)
_SKIPPED_FIELDS = ("GGUF.",)  # the reader's own pseudo-fields (version, counts), not metadata keys
_FLOAT_TYPES = (gguf.GGMLQuantizationType.F32, gguf.GGMLQuantizationType.F16)


@dataclass(frozen=True)
class LoraPair:
    a: np.ndarray  # [r, in]
    b: np.ndarray  # [out, r]


def _reader(path: Path, what: str) -> gguf.GGUFReader:
    try:
        return gguf.GGUFReader(path, "r")
    except (OSError, ValueError, KeyError, IndexError) as exc:
        raise TrainingError(QT_TR_NOOP("cannot read the {what} {name}: {reason}"), what=what, name=path.name,
                            reason=exc) from exc


def _field(reader: gguf.GGUFReader, key: str) -> Any:
    field = reader.get_field(key)
    return None if field is None else field.contents()


def read_adapter(path: Path) -> tuple[str, float, dict[str, LoraPair]]:
    """(architecture, alpha, {base tensor name: its A and B}) of a GGUF LoRA adapter, checked pair by pair."""
    reader = _reader(path, "adapter")
    if _field(reader, "general.type") != "adapter" or _field(reader, gguf.Keys.Adapter.TYPE) != "lora":
        raise TrainingError(QT_TR_NOOP("{name} is not a GGUF LoRA adapter"), name=path.name)
    alpha = float(_field(reader, gguf.Keys.Adapter.LORA_ALPHA) or 0.0)
    halves: dict[str, dict[str, np.ndarray]] = {}
    for tensor in reader.tensors:
        base, _, half = tensor.name.rpartition(".lora_")
        if half not in ("a", "b") or not base:
            continue
        if tensor.tensor_type in _FLOAT_TYPES:
            data = np.asarray(tensor.data, dtype=np.float32)
        else:
            data = dequantize(tensor.data, tensor.tensor_type)
        halves.setdefault(base, {})[half] = data
    pairs: dict[str, LoraPair] = {}
    for name, found in halves.items():
        if set(found) != {"a", "b"}:
            raise TrainingError(QT_TR_NOOP("the adapter has only one half of {tensor}"), tensor=name)
        a, b = found["a"], found["b"]
        if a.ndim != 2 or b.ndim != 2 or a.shape[0] != b.shape[1]:
            raise TrainingError(QT_TR_NOOP("the adapter's {tensor} has mismatched shapes {a} and {b}"), tensor=name,
                                a=tuple(a.shape), b=tuple(b.shape))
        pairs[name] = LoraPair(a, b)
    if not pairs:
        raise TrainingError(QT_TR_NOOP("the adapter {name} has no LoRA tensors"), name=path.name)
    return str(_field(reader, "general.architecture") or ""), alpha, pairs


def _copy_metadata(reader: gguf.GGUFReader, writer: gguf.GGUFWriter, adapter_name: str) -> None:
    for key, field in reader.fields.items():
        if key.startswith(_SKIPPED_FIELDS) or key == "general.architecture":  # the writer adds the architecture
            continue
        main = field.types[0]
        sub = field.types[-1] if main == gguf.GGUFValueType.ARRAY else None
        if main == gguf.GGUFValueType.ARRAY and len(field.types) > 2:
            raise TrainingError(QT_TR_NOOP("the base model's key {key} is a nested array, which cannot be copied"),
                                key=key)
        if key == "general.alignment":
            writer.data_alignment = int(field.contents())
        writer.add_key_value(key, field.contents(), main, sub_type=sub)
    writer.add_string(MERGED_KEY, adapter_name)


def merged_weight(base: np.ndarray, pair: LoraPair, scale: float) -> np.ndarray:
    """W + scale * B @ A in float32 (W as numpy holds it: [out, in])."""
    delta = pair.b.astype(np.float32) @ pair.a.astype(np.float32)
    if delta.shape != base.shape:
        raise ValueError(f"adapter delta {delta.shape} does not fit the weight {base.shape}")
    return base.astype(np.float32) + np.float32(scale) * delta


def merge(base_path: Path, adapter_path: Path, target: Path, scale: float = 1.0,
          progress: Callable[[int, int], None] = lambda done, total: None) -> int:
    """Write the merged model to `target` (through `target.partial`); returns how many weights were merged."""
    architecture, alpha, pairs = read_adapter(adapter_path)
    base = _reader(base_path, "base model")
    base_arch = str(_field(base, "general.architecture") or "")
    if architecture and architecture != base_arch:
        raise TrainingError(QT_TR_NOOP("the adapter is for {adapter} models but the base model is {base}"),
                            adapter=architecture, base=base_arch)
    names = {t.name: t for t in base.tensors}
    missing = sorted(set(pairs) - set(names))
    if missing:
        raise TrainingError(QT_TR_NOOP("the base model has no tensor {tensor}: the adapter was trained on another "
                                       "model"), tensor=missing[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    writer = gguf.GGUFWriter(partial, arch=base_arch)
    try:
        _copy_metadata(base, writer, adapter_path.name)
        plans: list[tuple[Any, np.dtype[Any] | None]] = []
        for tensor in base.tensors:
            pair = pairs.get(tensor.name)
            if pair is None:
                writer.add_tensor_info(tensor.name, tensor.data.shape, tensor.data.dtype, int(tensor.n_bytes),
                                       raw_dtype=tensor.tensor_type)
                plans.append((tensor, None))
                continue
            wanted = np.dtype(np.float32 if tensor.tensor_type == gguf.GGMLQuantizationType.F32 else np.float16)
            rows, cols = pair.b.shape[0], pair.a.shape[1]
            if [int(n) for n in tensor.shape] != [cols, rows]:  # GGUF order: [in, out]
                raise TrainingError(QT_TR_NOOP("the adapter's {tensor} is {adapter} but the base model's is {base}: "
                                               "the adapter was trained on another model"), tensor=tensor.name,
                                    adapter=f"{rows}x{cols}", base="x".join(str(int(n)) for n in tensor.shape[::-1]))
            writer.add_tensor_info(tensor.name, (rows, cols), wanted, rows * cols * wanted.itemsize)
            plans.append((tensor, wanted))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for done, (tensor, out_dtype) in enumerate(plans, 1):
            if out_dtype is None:
                writer.write_tensor_data(np.asarray(tensor.data))
            else:
                pair = pairs[tensor.name]
                rank = pair.a.shape[0]
                weight = np.asarray(tensor.data, dtype=np.float32) if tensor.tensor_type in _FLOAT_TYPES \
                    else dequantize(tensor.data, tensor.tensor_type)
                try:
                    merged = merged_weight(weight, pair, scale * (alpha / rank if alpha else 1.0))
                except ValueError as exc:
                    raise TrainingError(QT_TR_NOOP("{tensor}: {reason}"), tensor=tensor.name, reason=exc) from exc
                writer.write_tensor_data(merged.astype(out_dtype))
            progress(done, len(plans))
        writer.close()
    except BaseException:
        writer.close()
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return len(pairs)


def _emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_llm.training.merge_gguf")
    parser.add_argument("base", type=Path)
    parser.add_argument("adapter", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    last = [0]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total
        if percent != last[0] or done == total:
            last[0] = percent
            _emit({"event": "progress", "done": done, "total": total})

    try:
        count = merge(args.base, args.adapter, args.out, args.scale, progress)
    except (TrainingError, OSError) as exc:
        _emit({"event": "error", "message": str(exc)})
        return 1
    _emit({"event": "merged", "path": str(args.out), "tensors": count})
    return 0


if __name__ == "__main__":
    sys.exit(main())
