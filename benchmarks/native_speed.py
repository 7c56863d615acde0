"""A random-weight GGUF of a real model's shape, for `desktop-llm bench --model` speed runs (issue 18).

    python benchmarks/native_speed.py --shape 1b --out /tmp/llama-1b-random.gguf
    desktop-llm bench --model /tmp/llama-1b-random.gguf --no-gui

Shapes are Llama 3.2 1B's and Llama 3.1 8B's transformer (layers, widths, grouped-query heads, feed-forward), with
the starter model's tokenizer (SmolLM2's 49,152 tokens: a real tokenizer, so the chat template and the app's path
work) and a tied output. Weights are Q4_0 blocks of random nibbles with a small scale, written directly as bytes
(no float tensor of a billion weights is ever made): speed depends on the shapes and the type, not the values.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import gguf
import numpy as np

from desktop_llm.services.models.model_library import starter_model_path

# name: (layers, n_embd, n_head, n_head_kv, n_ff)
SHAPES = {"1b": (16, 2048, 32, 8, 8192), "8b": (32, 4096, 32, 8, 14336)}
BLOCK = 32  # weights per Q4_0 block: an f16 scale and 16 bytes of nibbles


def _q4_0(rng: np.random.Generator, rows: int, cols: int) -> np.ndarray:
    """rows x cols random Q4_0 weights as raw bytes, each row cols/32 blocks."""
    blocks = rows * cols // BLOCK
    raw = np.empty((blocks, 18), dtype=np.uint8)
    raw[:, :2] = np.frombuffer(np.float16(0.02).tobytes(), dtype=np.uint8)
    raw[:, 2:] = rng.integers(0, 256, size=(blocks, 16), dtype=np.uint8)
    return raw.reshape(rows, cols // BLOCK * 18)


def write_random_model(target: Path, shape: str, tokenizer_from: Path, context_length: int = 8192) -> Path:
    n_layers, n_embd, n_head, n_head_kv, n_ff = SHAPES[shape]
    reader = gguf.GGUFReader(tokenizer_from, "r")
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(target, arch="llama")
    writer.add_name(f"random-llama-{shape}")
    writer.add_block_count(n_layers)
    writer.add_context_length(context_length)
    writer.add_embedding_length(n_embd)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_rope_freq_base(500000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_0)
    for key, field in reader.fields.items():
        if key.startswith("tokenizer."):
            value_type = field.types[0]
            sub_type = field.types[1] if value_type == gguf.GGUFValueType.ARRAY else None
            writer.add_key_value(key, field.contents(), value_type, sub_type)
    tokens = reader.get_field("tokenizer.ggml.tokens")
    if tokens is None:
        raise ValueError(f"{tokenizer_from} has no token list")
    n_vocab = len(tokens.contents())
    rng = np.random.default_rng(0)
    kv = n_head_kv * (n_embd // n_head)
    q4 = gguf.GGMLQuantizationType.Q4_0

    def add(name: str, rows: int, cols: int) -> None:
        writer.add_tensor(name, _q4_0(rng, rows, cols), raw_dtype=q4)

    add("token_embd.weight", n_vocab, n_embd)
    ones = np.ones(n_embd, dtype=np.float32)
    for i in range(n_layers):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", ones)
        add(f"blk.{i}.attn_q.weight", n_embd, n_embd)
        add(f"blk.{i}.attn_k.weight", kv, n_embd)
        add(f"blk.{i}.attn_v.weight", kv, n_embd)
        add(f"blk.{i}.attn_output.weight", n_embd, n_embd)
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", ones)
        add(f"blk.{i}.ffn_gate.weight", n_ff, n_embd)
        add(f"blk.{i}.ffn_up.weight", n_ff, n_embd)
        add(f"blk.{i}.ffn_down.weight", n_embd, n_ff)
    writer.add_tensor("output_norm.weight", ones)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="1b")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    starter = starter_model_path()
    if starter is None:
        print("the starter model (its tokenizer) is missing", file=sys.stderr)
        return 1
    print(write_random_model(args.out, args.shape, starter))
    return 0


if __name__ == "__main__":
    sys.exit(main())
