"""A random-weight reranker GGUF for tests (issue 12): no real reranker exists offline, so this writes one of a
real shape with `gguf`: a BERT cross-encoder (bge-reranker / ms-marco-MiniLM style) with rank pooling.

What llama.cpp's BERT loader and its rank pooling read (src/llama-model.cpp, LLM_ARCH_BERT; llama-graph.cpp,
build_pooling): the BERT encoder's tensors, `<arch>.pooling_type` = RANK (4), and the classification head on the
[CLS] row: `cls.weight` / `cls.bias` (dense + tanh, the HF "pooler" or "classifier.dense") and `cls.output.weight`
/ `cls.output.bias` (the projection to one relevance logit; `classifier.output_labels` absent: one output).

The vocabulary is a small WordPiece one in llama.cpp's phantom-space form (tests/embedding_model.py explains it),
with BERT's [CLS] as BOS and [SEP] as both EOS and SEP, and add_bos/add_eos on, so a pair is built as a BERT
cross-encoder reads it: `[CLS] query [SEP] document [SEP]`. The weights are random (seeded), so the scores mean
nothing, but they are deterministic and differ from passage to passage, which is what the plumbing tests need.
"""

from __future__ import annotations

from pathlib import Path

SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
PAD, UNK, CLS, SEP, MASK = range(5)
WORDS = (
    "the a an of to in and is it for on with as by at from this that be are was were or not no",
    "kettle descale descaling vinegar water citric acid limescale boil rinse filter cup coffee tea machine",
    "bicycle tyre tire pump pressure brake chain oil wheel gear saddle ride road",
    "garden tomato seed soil plant water sun leaf grow harvest compost",
    "how do i what when why which who should can my your one two three minutes hours",
)


def reranker_gguf(target: Path, n_layers: int = 2, n_embd: int = 64, n_head: int = 4, n_ff: int = 128,
                  context_length: int = 512, seed: int = 0) -> Path:
    """Write the reranker to `target` (F32, a few hundred kB) and return it."""
    import gguf
    import numpy as np

    words = sorted({w for line in WORDS for w in line.split()})
    tokens = list(SPECIALS) + ["\u2581" + w for w in words] + [".", ",", "?", "s", "ing", "ed"]
    types = [int(gguf.TokenType.CONTROL)] * len(SPECIALS) + [int(gguf.TokenType.NORMAL)] * (len(tokens) - len(SPECIALS))
    n_vocab = len(tokens)

    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(target, arch=gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])
    writer.add_name("test-reranker")
    writer.add_context_length(context_length)
    writer.add_embedding_length(n_embd)
    writer.add_feed_forward_length(n_ff)
    writer.add_block_count(n_layers)
    writer.add_head_count(n_head)
    writer.add_layer_norm_eps(1e-12)
    writer.add_causal_attention(False)
    writer.add_pooling_type(gguf.PoolingType.RANK)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_token_type_count(2)
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_pad_token_id(PAD)
    writer.add_unk_token_id(UNK)
    writer.add_bos_token_id(CLS)
    writer.add_eos_token_id(SEP)
    writer.add_sep_token_id(SEP)
    writer.add_mask_token_id(MASK)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(True)
    writer.add_add_sep_token(False)

    rng = np.random.default_rng(seed)

    def weight(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.1).astype(np.float32)

    def ones(n: int) -> np.ndarray:
        return np.ones(n, dtype=np.float32)

    # numpy shapes are ggml's reversed: a {n_embd, n_vocab} tensor is (n_vocab, n_embd)
    writer.add_tensor("token_embd.weight", weight(n_vocab, n_embd))
    writer.add_tensor("token_types.weight", weight(2, n_embd))
    writer.add_tensor("position_embd.weight", weight(context_length, n_embd))
    writer.add_tensor("token_embd_norm.weight", ones(n_embd))
    writer.add_tensor("token_embd_norm.bias", weight(n_embd))
    for i in range(n_layers):
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"blk.{i}.{name}.weight", weight(n_embd, n_embd))
            writer.add_tensor(f"blk.{i}.{name}.bias", weight(n_embd))
        writer.add_tensor(f"blk.{i}.attn_output_norm.weight", ones(n_embd))
        writer.add_tensor(f"blk.{i}.attn_output_norm.bias", weight(n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.bias", weight(n_ff))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weight(n_embd, n_ff))
        writer.add_tensor(f"blk.{i}.ffn_down.bias", weight(n_embd))
        writer.add_tensor(f"blk.{i}.layer_output_norm.weight", ones(n_embd))
        writer.add_tensor(f"blk.{i}.layer_output_norm.bias", weight(n_embd))
    writer.add_tensor("cls.weight", weight(n_embd, n_embd))
    writer.add_tensor("cls.bias", weight(n_embd))
    writer.add_tensor("cls.output.weight", weight(1, n_embd) * 10.0)  # a wide spread of logits: orders differ clearly
    writer.add_tensor("cls.output.bias", weight(1))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return target
