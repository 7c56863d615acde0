"""The base model for a fine-tune: the very GGUF file the user chats with, or a Hugging Face model folder.

transformers dequantizes a GGUF into an ordinary torch model (`gguf_file=`), so the adapter is trained on
the weights llama.cpp will add it to. Its tokenizer conversion from GGUF takes seconds and is the same every
time, so it is cached per file (path, size, modification time) as a saved tokenizer.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from desktop_llm.core.chat_formats import closest_format
from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header

# GGUF architecture -> does llama.cpp's converter permute the rows of Q and K (rotary layout)?
# These use the q/k/v/o + gate/up/down projection names that the LoRA target choices offer.
TRAINABLE_ARCHITECTURES: dict[str, bool] = {"llama": True, "qwen2": False, "qwen3": False, "gemma2": False, "gemma3": False}
# Hugging Face model_type -> GGUF architecture
HF_TO_GGUF_ARCH = {"llama": "llama", "mistral": "llama", "qwen2": "qwen2", "qwen3": "qwen3", "gemma2": "gemma2",
                   "gemma3_text": "gemma3"}


class UnsupportedModelError(Exception):
    """The model's architecture cannot be fine-tuned here (named in the message)."""


class QuantizedBaseError(UnsupportedModelError):
    """A 4-bit base (QLoRA) was asked for where there can be none: the message says why and what to do."""


@dataclass
class BaseModel:
    model: Any
    tokenizer: Any
    template: ChatTemplate
    architecture: str  # GGUF architecture name, for the adapter's metadata and tensor names
    n_layers: int
    n_head: int
    n_head_kv: int
    source: str


def pick_device(requested: str) -> tuple[torch.device, torch.dtype, str]:
    """Device, compute dtype for the frozen weights, and a warning to show (empty when none)."""
    if requested in ("auto", "cuda") and torch.cuda.is_available():
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.device("cuda"), dtype, ""
    mps = getattr(torch.backends, "mps", None)
    if requested in ("auto", "mps") and mps is not None and mps.is_available():
        return torch.device("mps"), torch.float16, ""
    warning = "training on the CPU: expect it to be slow (a GPU is many times faster)"
    if requested in ("cuda", "mps"):
        warning = f"{requested.upper()} was asked for but is not available; {warning}"
    return torch.device("cpu"), torch.float32, warning


def _tokenizer_cache_key(path: Path) -> str:
    stat = path.stat()
    return hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:24]


def _gguf_tokenizer(path: Path, cache_dir: Path | None) -> Any:
    from transformers import AutoTokenizer

    cached = cache_dir / _tokenizer_cache_key(path) if cache_dir else None
    if cached is not None and (cached / "tokenizer_config.json").is_file():
        return AutoTokenizer.from_pretrained(cached)
    tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
    if cached is not None:
        tokenizer.save_pretrained(cached)
    return tokenizer


def _template(tokenizer: Any, source: str | None, architecture: str) -> ChatTemplate:
    def text(token_id: int | None) -> str:
        return "" if token_id is None else str(tokenizer.convert_ids_to_tokens(int(token_id)))

    # Without a usable template, train in the format the engine will chat in: the closest one to the family
    # (issue 13), chosen from the same clues (the tokenizer's special tokens, the architecture).
    added = getattr(tokenizer, "added_tokens_decoder", {}) or {}
    special = {str(token.content) for token in added.values() if token.special}
    return ChatTemplate(source or None, bos_token=text(tokenizer.bos_token_id), eos_token=text(tokenizer.eos_token_id),
                        fallback=closest_format(architecture, special))


def check_quantized_base(device: torch.device | None) -> None:
    """Raise QuantizedBaseError unless a 4-bit base can be had: bitsandbytes' 4-bit kernels need CUDA."""
    where = device.type if device is not None else "cpu"
    if where != "cuda":
        raise QuantizedBaseError(f"a 4-bit base (QLoRA) needs an NVIDIA GPU with CUDA, and this run trains on the "
                                 f"{where}: turn the 4-bit base off (gradient checkpointing also saves memory)")
    try:
        import bitsandbytes  # noqa: F401
    except ImportError as exc:
        raise QuantizedBaseError("a 4-bit base (QLoRA) needs bitsandbytes, which is not installed: "
                                 "pip install bitsandbytes") from exc
    except Exception as exc:  # its import probes CUDA and can fail in its own ways
        raise QuantizedBaseError(f"bitsandbytes cannot be used ({exc.__class__.__name__}: {exc}): "
                                 "reinstall it with pip install -U bitsandbytes") from exc


def quantize_linears(model: Any, device: torch.device, compute_dtype: torch.dtype) -> int:
    """Replace the linear layers of the transformer blocks with 4-bit NF4 ones (double-quantized scales), one at a
    time on `device`, so the GPU never holds more than the 4-bit model plus one layer. The output head stays in
    `compute_dtype` (it is small next to the blocks, and quantizing it hurts most). Returns the layers replaced."""
    import bitsandbytes as bnb

    replaced = 0
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if not isinstance(child, torch.nn.Linear) or name == "lm_head":
                continue
            layer = bnb.nn.Linear4bit(child.in_features, child.out_features, bias=child.bias is not None,
                                      compute_dtype=compute_dtype, compress_statistics=True, quant_type="nf4")
            layer.weight = bnb.nn.Params4bit(child.weight.data.to(compute_dtype), requires_grad=False,
                                             compress_statistics=True, quant_type="nf4")
            if child.bias is not None:
                layer.bias = torch.nn.Parameter(child.bias.data.to(compute_dtype), requires_grad=False)
            setattr(parent, name, layer.to(device))  # Params4bit quantizes on its way to the GPU
            replaced += 1
    model.is_loaded_in_4bit = True  # peft wraps bitsandbytes' 4-bit layers with its 4-bit LoRA only when told
    return replaced


def load_base(source: str, dtype: torch.dtype, cache_dir: Path | None = None, quantized: bool = False,
              device: torch.device | None = None) -> BaseModel:
    """`quantized`: the frozen weights in 4-bit on `device` (QLoRA); checked before anything is loaded."""
    from transformers import AutoModelForCausalLM

    if quantized:
        check_quantized_base(device)
    path = Path(source)
    if path.is_file():
        try:
            header = read_file_header(str(path))
        except GGUFFormatError as exc:
            raise UnsupportedModelError(f"{path.name} is not a usable GGUF file: {exc}") from exc
        arch = header.architecture
        if arch not in TRAINABLE_ARCHITECTURES:
            raise UnsupportedModelError(
                f"fine-tuning {arch!r} models is not supported; supported: {', '.join(TRAINABLE_ARCHITECTURES)}"
            )
        tokenizer = _gguf_tokenizer(path, cache_dir)
        model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=dtype)
        template = _template(tokenizer, header.chat_template, arch)
    elif (path / "config.json").is_file():
        model_type = str(json.loads((path / "config.json").read_text()).get("model_type", ""))
        arch = HF_TO_GGUF_ARCH.get(model_type, "")
        if not arch:
            raise UnsupportedModelError(
                f"fine-tuning {model_type or 'this'!r} models is not supported; supported: {', '.join(HF_TO_GGUF_ARCH)}"
            )
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
        template = _template(tokenizer, getattr(tokenizer, "chat_template", None), arch)
    else:
        raise UnsupportedModelError(f"{source} is neither a GGUF file nor a Hugging Face model folder with config.json")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    if quantized and device is not None:
        quantize_linears(model, device, dtype)
    config = model.config
    text_config = getattr(config, "text_config", None) or config
    n_head = int(text_config.num_attention_heads)
    return BaseModel(
        model=model,
        tokenizer=tokenizer,
        template=template,
        architecture=arch,
        n_layers=int(text_config.num_hidden_layers),
        n_head=n_head,
        n_head_kv=int(getattr(text_config, "num_key_value_heads", None) or n_head),
        source=os.fspath(path),
    )
