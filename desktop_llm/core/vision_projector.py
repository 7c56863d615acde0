"""Vision projectors (issue 17): telling an `mmproj` GGUF from a model, choosing the projector that goes with a
model file, and checking that a projector fits a model before llama.cpp is asked to load the pair.

llama.cpp runs a vision model as two files: the language model and a projector (a CLIP-style image encoder plus
the layers that map its output into the language model's embedding space). A projector made for another model
family either fails to load or, worse, loads and feeds the model vectors of the wrong size: mtmd aborts the
worker on the size mismatch. So the app reads the projector's header (bounded, core/gguf_header.py) and compares
its output size with the model's `<arch>.embedding_length` first, and says which file does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.hub_types import GGUFChoice, RemoteFile, quantization_of
from desktop_llm.core.ui_text import QT_TR_NOOP

PROJECTOR_ARCHITECTURE = "clip"  # llama.cpp writes every mmproj with general.architecture = "clip"
# Preferred projector precisions when the names say nothing: F16 is what most repos publish and what llama.cpp's
# own examples use; Q8_0 is nearly as good at half the size; the rest follow.
PROJECTOR_QUANT_ORDER = ("F16", "Q8_0", "BF16", "F32")
# The projector's last layer, by projector type, whose output rows are the model's embedding size (GGUF shapes
# are [in, out]): a fallback for files that do not write `clip.vision.projection_dim` (older llava converters).
_OUTPUT_TENSORS = ("mm.model.fc.weight", "mm.2.weight", "mm.3.weight", "mm.model.mlp.3.weight", "mm.1.weight")
_WORD = re.compile(r"[a-z0-9]+")
_NOISE = frozenset({"mmproj", "model", "gguf", "vision", "projector", "proj", "mm"})


class ProjectorError(DesktopLlmError):
    """A file cannot be used as this model's vision projector: not a projector, unreadable, audio only, or made
    for another model (its output size differs from the model's embedding size). The message says which."""


def is_projector_name(path: str) -> bool:
    """Whether a file name is a projector's as published (`mmproj*.gguf`, any folder)."""
    name = path.rsplit("/", 1)[-1].lower()
    return name.startswith("mmproj") and name.endswith(".gguf")


def is_projector_header(header: GGUFHeader) -> bool:
    """Whether a parsed header is a projector's (the name may have been changed by the user)."""
    return header.architecture == PROJECTOR_ARCHITECTURE or "clip.projector_type" in header.metadata


@dataclass(frozen=True)
class ProjectorFacts:
    """What a projector's header says about it."""

    projector_type: str  # llama.cpp's name ("mlp", "idefics3", "gemma3", "qwen2.5vl_merger", …); "" when unstated
    output_dim: int  # the embedding size it produces; 0 when the header does not tell
    has_vision: bool  # False for an audio-only projector (Whisper-style encoders of omni models)

    @classmethod
    def from_header(cls, header: GGUFHeader) -> ProjectorFacts:
        meta = header.metadata
        kind = meta.get("clip.projector_type")
        dim = meta.get("clip.vision.projection_dim")
        if not _count(dim):
            dim = next((t.shape[1] for name in _OUTPUT_TENSORS for t in header.tensors
                        if t.name == name and len(t.shape) == 2), 0)
        vision = meta.get("clip.has_vision_encoder")
        return cls(str(kind) if isinstance(kind, str) else "", dim if isinstance(dim, int) and _count(dim) else 0,
                   vision is not False)


# Projectors that take an image at (about) its own size or cut it into tiles, instead of one fixed square: a photo is
# still downscaled so no side exceeds this (an image's tokens grow with its area; 1344 = 2 x 672, LLaVA-NeXT's grid).
DYNAMIC_SIDE_CAP = 1344
DEFAULT_INPUT_SIDE = 1024  # a projector whose header says nothing of its input size
_DYNAMIC_TYPES = ("qwen2vl_merger", "qwen2.5vl_merger", "qwen3vl_merger", "qwen2.5o", "minicpmv", "resampler", "idefics3",
                  "pixtral", "llama4", "kimivl", "lfm2", "glm4v", "internvl", "llava_next", "cogvlm", "lightonocr")
_DYNAMIC_KEYS = ("clip.vision.image_grid_pinpoints", "clip.minicpmv_version", "clip.vision.preproc_image_size",
                 "clip.vision.image_max_pixels")


def input_side(header: GGUFHeader) -> int:
    """The longest side an image is worth sending to this projector at: its `clip.vision.image_size` (the square it
    resizes every image to: more pixels are only thrown away), or for one that tiles or takes dynamic sizes
    (llava-uhd/MiniCPM-V, Qwen2-VL, LLaVA-NeXT, SmolVLM, …) DYNAMIC_SIDE_CAP."""
    meta = header.metadata
    kind = str(meta.get("clip.projector_type") or "").lower()
    size = meta.get("clip.vision.image_size")
    if any(kind.startswith(prefix) for prefix in _DYNAMIC_TYPES) or any(key in meta for key in _DYNAMIC_KEYS):
        return DYNAMIC_SIDE_CAP
    return size if _count(size) and isinstance(size, int) and size <= 4096 else DEFAULT_INPUT_SIDE


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


@dataclass(frozen=True)
class Mismatch:
    """Why a projector cannot go with a model: a translatable template and its fields (core/errors' convention)."""

    template: str
    fields: dict[str, str]

    def __str__(self) -> str:
        return self.template.format(**self.fields)

    def error(self) -> ProjectorError:
        return ProjectorError(self.template, **self.fields)


def projector_mismatch(model_embedding: int, projector: ProjectorFacts, projector_name: str = "") -> Mismatch | None:
    """None when `projector` can feed a model whose embedding size is `model_embedding` (or either size is
    unknown: nothing then says they differ); else the reason, naming both sizes."""
    if not projector.has_vision:
        return Mismatch(QT_TR_NOOP("{file} is a projector for audio, not images"), {"file": projector_name})
    if model_embedding > 0 and projector.output_dim > 0 and model_embedding != projector.output_dim:
        return Mismatch(
            QT_TR_NOOP("{file} makes image vectors of size {projector} but this model's embeddings have size {model}: "
                       "it was made for another model"),
            {"file": projector_name, "projector": str(projector.output_dim), "model": str(model_embedding)})
    return None


def _words(name: str) -> set[str]:
    """The words of a file name that say which model it is: not its quantization or the usual projector words."""
    stem = name.rsplit("/", 1)[-1].lower().removesuffix(".gguf")
    quant = quantization_of(name).lower()
    return {w for w in _WORD.findall(stem) if w not in _NOISE and w not in quant.split("_") and w != quant}


def _quant_rank(name: str) -> int:
    quant = quantization_of(name)
    return PROJECTOR_QUANT_ORDER.index(quant) if quant in PROJECTOR_QUANT_ORDER else len(PROJECTOR_QUANT_ORDER)


def projector_score(model_name: str, projector_name: str) -> tuple[int, int]:
    """How well a projector's name goes with a model's: more shared words first, then the preferred precision.
    Larger is better (a sort key with reverse=True)."""
    return len(_words(model_name) & _words(projector_name)), -_quant_rank(projector_name)


def default_projector(model_name: str, projectors: Sequence[RemoteFile]) -> RemoteFile | None:
    """The projector offered with `model_name`: the one sharing most of its name (a repo holding several models'
    projectors), else F16, else Q8_0; None when there are none. Files of the same folder win over others."""
    if not projectors:
        return None
    folder = model_name.rpartition("/")[0]
    return max(projectors, key=lambda p: (p.path.rpartition("/")[0] == folder, *projector_score(model_name, p.path),
                                          -p.size))


def with_projector(choice: GGUFChoice, projector: RemoteFile | None) -> GGUFChoice:
    """`choice` downloaded together with `projector` (after the model's files: the model stays `first`)."""
    if projector is None or projector in choice.files:
        return choice
    return GGUFChoice(choice.name, choice.quantization, (*choice.files, projector))


def projector_in(choice: GGUFChoice) -> RemoteFile | None:
    """The projector a download carries, if any."""
    return next((f for f in choice.files if is_projector_name(f.path)), None)
