"""llama.cpp's own quantizer (llama_model_quantize) on a GGUF: the second step of a merged-model export.

It lives in the engine layer because only the engine may import llama_cpp; it runs as a child process of its own
(`python -m desktop_llm.engine.quantize IN OUT --type Q8_0`), so a GGML assertion on a strange file, or the
user's Cancel (a kill), costs nothing but that process. llama.cpp writes OUT directly: the caller hands it a
temporary name and renames it when the exit status is 0.

`allow_requantize` is on: the tensors the merge copied keep the base's type (Q4_1 for the starter), and a pick
other than that type converts them too (through F32; a Q4 base gains nothing from a higher type, it only
changes the format).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

QUANT_TYPES = ("Q4_K_M", "Q5_K_M", "Q8_0", "F16")


def ftype(name: str) -> int:
    import llama_cpp

    value = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{name}", None)
    if name not in QUANT_TYPES or value is None:
        raise ValueError(f"unknown quantization {name!r} (one of {', '.join(QUANT_TYPES)})")
    return int(value)


def quantize(source: Path, target: Path, kind: str, threads: int = 0) -> None:
    """Quantize `source` into `target` as `kind`; raises RuntimeError with llama.cpp's status when it fails."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype(kind)
    params.nthread = threads or max(1, (os.cpu_count() or 2) - 1)
    params.allow_requantize = True
    status = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), params)
    if status != 0:
        raise RuntimeError(f"llama.cpp's quantizer failed with status {status} (its log above says why)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_llm.engine.quantize")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--type", dest="kind", choices=QUANT_TYPES, required=True)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        quantize(args.source, args.target, args.kind, args.threads)
    except (RuntimeError, ValueError, OSError) as exc:
        print(json.dumps({"event": "error", "message": str(exc)}), flush=True)
        return 1
    print(json.dumps({"event": "quantized", "path": str(args.target), "type": args.kind}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
