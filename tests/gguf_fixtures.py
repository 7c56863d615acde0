"""Real GGUF files made for tests: the starter model with another chat template, truncated copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import gguf
from gguf.scripts.gguf_new_metadata import MetadataDetails, copy_with_new_metadata


def with_chat_template(source: Path, target: Path, template: str) -> Path:
    """A copy of `source` whose tokenizer.chat_template is `template` (weights unchanged)."""
    reader = gguf.GGUFReader(source, "r")
    arch = str(reader.get_field(gguf.Keys.General.ARCHITECTURE).contents())
    writer = gguf.GGUFWriter(target, arch=arch, endianess=reader.endianess)
    details = {gguf.Keys.Tokenizer.CHAT_TEMPLATE: MetadataDetails(gguf.GGUFValueType.STRING, template)}
    copy_with_new_metadata(reader, writer, details, [])
    return target


def truncated(source: Path, target: Path, keep: int) -> Path:
    with open(source, "rb") as src, open(target, "wb") as dst:
        dst.write(src.read(keep))
    return target


def tiny_gguf(
    target: Path, n_layers: int = 4, n_embd: int = 64, n_head: int = 4, n_head_kv: int = 2, n_ff: int = 128,
    n_vocab: int = 100, context_length: int = 2048, file_type: int = 0,
) -> Path:
    """A small llama-shaped GGUF (F32 random weights) with a known header, for fit and hub tests."""
    import numpy as np

    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(target, arch="llama")
    writer.add_block_count(n_layers)
    writer.add_context_length(context_length)
    writer.add_embedding_length(n_embd)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(file_type)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list([f"t{i}" for i in range(n_vocab)])
    writer.add_chat_template("{% for m in messages %}{{ m.content }}{% endfor %}")
    rng = np.random.default_rng(0)
    write_llama_tensors(writer, lambda r, c: rng.standard_normal((r, c), dtype=np.float32), n_layers, n_embd, n_head,
                        n_head_kv, n_ff, n_vocab)
    return target


def tiny_llama_like(
    starter: Path, target: Path, n_layers: int = 2, n_embd: int = 64, n_head: int = 4, n_head_kv: int = 2,
    n_ff: int = 128, seed: int = 0, nan_weight: bool = False,
) -> Path:
    """A small random-weight F32 llama GGUF with the starter model's real tokenizer and chat template.

    transformers loads it in well under a second (no dequantization), so training tests that need a
    working tokenizer but not a knowledgeable model stay fast; F32 keeps llama.cpp's arithmetic close to
    torch's for the logits comparison.
    """
    import numpy as np

    reader = gguf.GGUFReader(starter, "r")
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(target, arch="llama")
    writer.add_name("tiny-llama-test")
    writer.add_block_count(n_layers)
    writer.add_context_length(2048)
    writer.add_embedding_length(n_embd)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(0)
    for key, field in reader.fields.items():
        if not key.startswith("tokenizer."):
            continue
        value_type = field.types[0]
        sub_type = field.types[1] if value_type == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(key, field.contents(), value_type, sub_type)
    n_vocab = len(reader.get_field("tokenizer.ggml.tokens").contents())
    rng = np.random.default_rng(seed)

    def weight(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.08).astype(np.float32)

    write_llama_tensors(writer, weight, n_layers, n_embd, n_head, n_head_kv, n_ff, n_vocab, nan_weight)
    return target


def write_llama_tensors(
    writer: gguf.GGUFWriter, weight: Callable[[int, int], Any], n_layers: int, n_embd: int, n_head: int,
    n_head_kv: int, n_ff: int, n_vocab: int, nan_weight: bool = False,
) -> None:
    """Every tensor of a llama model (tied output), from `weight(rows, cols)`; then the file is written."""
    import numpy as np

    head_dim = n_embd // n_head
    writer.add_tensor("token_embd.weight", weight(n_vocab, n_embd))
    for i in range(n_layers):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        q = weight(n_embd, n_embd)
        if nan_weight:
            q[0, 0] = np.nan  # a corrupt weight: every forward pass gives NaN
        writer.add_tensor(f"blk.{i}.attn_q.weight", q)
        writer.add_tensor(f"blk.{i}.attn_k.weight", weight(n_head_kv * head_dim, n_embd))
        writer.add_tensor(f"blk.{i}.attn_v.weight", weight(n_head_kv * head_dim, n_embd))
        writer.add_tensor(f"blk.{i}.attn_output.weight", weight(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weight(n_embd, n_ff))
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def recommending_gguf(
    target: Path, sampling: dict[str, Any], arch: str = "llama", name: str = "", context_length: int = 2048,
) -> Path:
    """A tiny llama-shaped GGUF (as tiny_gguf) whose `general.sampling.<suffix>` keys hold `sampling` (gguf-py's
    suffixes: temp, top_k, top_p, min_p, penalty_repeat, mirostat, ...): ints as int32, floats as float32 (as
    GGUFWriter.add_sampling_* writes them), strings as strings. `arch` and `name` make a family's file."""
    import numpy as np

    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(target, arch=arch)
    if name:
        writer.add_name(name)
    for suffix, value in sampling.items():
        kind = (gguf.GGUFValueType.STRING if isinstance(value, str) else
                gguf.GGUFValueType.INT32 if isinstance(value, int) else gguf.GGUFValueType.FLOAT32)
        writer.add_key_value(f"general.sampling.{suffix}", value, kind)
    writer.add_block_count(2)
    writer.add_context_length(context_length)
    writer.add_embedding_length(64)
    writer.add_feed_forward_length(128)
    writer.add_head_count(4)
    writer.add_head_count_kv(2)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(0)
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list([f"t{i}" for i in range(100)])
    writer.add_chat_template("{% for m in messages %}{{ m.content }}{% endfor %}")
    rng = np.random.default_rng(0)
    write_llama_tensors(writer, lambda r, c: rng.standard_normal((r, c), dtype=np.float32), 2, 64, 4, 2, 128, 100)
    return target
