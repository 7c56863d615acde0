"""A random-weight vision projector (mmproj GGUF) for the starter model, written with `gguf` (issue 17).

Its shape is a real projector's: LLaVA-1.5's (`clip.projector_type` "mlp"): a CLIP/SigLIP-style vision tower
(patch embedding, position embedding, pre-norm transformer blocks, post-norm) and a two-layer MLP (mm.0, GELU,
mm.2) into the language model's 576-wide embedding. SmolVLM's own head (idefics3) would need its image tokens
(`<fake_token_around_image>`, `<global-img>`) in the vocabulary, which SmolLM2 lacks: mtmd emits token -1 for
them and aborts. The tower is tiny (2 blocks, width 64, 128-pixel images: 64 image tokens per image), so the
file is about 0.3 MB and loads in milliseconds. Its weights are noise, so the model's answer is noise too: the tests
check the pipeline (loading, the image's tokens, counting, storage, errors), never the answer.

`vision_projector(folder)` writes it once per folder; tests/conftest.py keeps one per test session.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

STARTER_EMBEDDING = 576  # SmolLM2-135M's hidden size: what the projector's output must match
PROJECTOR_NAME = "mmproj-test-mlp-f16.gguf"
IMAGE_SIZE = 128
PATCH_SIZE = 16
WIDTH = 64
BLOCKS = 2
HEADS = 4
FFN = 128
MLP_HIDDEN = 128
IMAGE_TOKENS = (IMAGE_SIZE // PATCH_SIZE) ** 2  # one embedding per patch, whatever the image's size


def vision_projector(folder: Path, *, output_dim: int = STARTER_EMBEDDING, name: str = PROJECTOR_NAME,
                     seed: int = 17, projector_type: str = "mlp", skip_tensor: str = "") -> Path:
    """The projector's path in `folder`, written there if it is not yet (output_dim: the embedding it feeds;
    give another to make a projector that does not fit the starter model; projector_type / skip_tensor: a file
    whose header reads well but which llama.cpp's clip loader refuses, for the load errors' tests)."""
    import gguf

    path = folder / name
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)

    def weight(*shape: int) -> np.ndarray:  # numpy shape = GGUF/ggml shape reversed
        return (rng.standard_normal(shape) * 0.02).astype(np.float16)

    def vector(size: int, value: float | None = None) -> np.ndarray:
        if value is not None:
            return np.full(size, value, dtype=np.float32)
        return (rng.standard_normal(size) * 0.02).astype(np.float32)

    partial = path.with_suffix(".partial")
    writer = gguf.GGUFWriter(str(partial), "clip")
    writer.add_name("desktop-llm test projector (random weights)")
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_bool("clip.has_vision_encoder", True)
    writer.add_bool("clip.has_text_encoder", False)
    writer.add_bool("clip.has_audio_encoder", False)
    writer.add_string("clip.projector_type", projector_type)
    writer.add_bool("clip.use_gelu", True)
    writer.add_uint32("clip.vision.image_size", IMAGE_SIZE)
    writer.add_uint32("clip.vision.patch_size", PATCH_SIZE)
    writer.add_uint32("clip.vision.embedding_length", WIDTH)
    writer.add_uint32("clip.vision.feed_forward_length", FFN)
    writer.add_uint32("clip.vision.block_count", BLOCKS)
    writer.add_uint32("clip.vision.attention.head_count", HEADS)
    writer.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-6)
    writer.add_uint32("clip.vision.projection_dim", output_dim)
    writer.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
    writer.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])

    patches = (IMAGE_SIZE // PATCH_SIZE) ** 2
    writer.add_tensor("v.patch_embd.weight", weight(WIDTH, 3, PATCH_SIZE, PATCH_SIZE))
    writer.add_tensor("v.patch_embd.bias", vector(WIDTH))
    writer.add_tensor("v.position_embd.weight", weight(patches, WIDTH).astype(np.float32))  # added: F32
    for block in range(BLOCKS):
        prefix = f"v.blk.{block}"
        for part in ("attn_q", "attn_k", "attn_v", "attn_out"):
            writer.add_tensor(f"{prefix}.{part}.weight", weight(WIDTH, WIDTH))
            writer.add_tensor(f"{prefix}.{part}.bias", vector(WIDTH))
        for norm in ("ln1", "ln2"):
            writer.add_tensor(f"{prefix}.{norm}.weight", vector(WIDTH, 1.0))
            writer.add_tensor(f"{prefix}.{norm}.bias", vector(WIDTH, 0.0))
        writer.add_tensor(f"{prefix}.ffn_up.weight", weight(FFN, WIDTH))
        writer.add_tensor(f"{prefix}.ffn_up.bias", vector(FFN))
        writer.add_tensor(f"{prefix}.ffn_down.weight", weight(WIDTH, FFN))
        writer.add_tensor(f"{prefix}.ffn_down.bias", vector(WIDTH))
    writer.add_tensor("v.post_ln.weight", vector(WIDTH, 1.0))
    writer.add_tensor("v.post_ln.bias", vector(WIDTH, 0.0))
    writer.add_tensor("mm.0.weight", weight(MLP_HIDDEN, WIDTH))
    writer.add_tensor("mm.0.bias", vector(MLP_HIDDEN))
    writer.add_tensor("mm.2.weight", weight(output_dim, MLP_HIDDEN))
    writer.add_tensor("mm.2.bias", vector(output_dim))

    if skip_tensor:
        writer.tensors[0].pop(skip_tensor)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(path)
    return path
