"""What the library knows about one local model file."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args

from desktop_llm.core.embedding_models import is_embedding_model, is_reranker
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.vision_projector import ProjectorFacts, is_projector_header

ModelSource = Literal["starter", "imported", "downloaded", "folder"]
# What a file can do: reply, make vectors, score pairs, or let a chat model see images (a vision projector, issue 17)
ModelRole = Literal["chat", "embedding", "reranker", "projector"]


@dataclass(frozen=True)
class ModelInfo:
    path: str
    name: str
    source: ModelSource
    size_bytes: int
    mtime: float
    architecture: str = "unknown"
    parameter_count: int = 0
    quantization: str = "unknown"
    context_length: int = 0
    n_layers: int = 0
    has_chat_template: bool = False
    error: str = ""  # non-empty when the file could not be read; the entry stays visible with the reason
    repo_id: str = ""  # where it was downloaded from
    parts: tuple[str, ...] = ()  # every file of a split model, first part first (empty: a single file)
    role: ModelRole = "chat"  # from the header as it is read (core/embedding_models): chat picks only "chat"
    # Vision (issue 17). A model: its embedding size; a projector: the size of the vectors it makes (0: unstated)
    embedding_length: int = 0
    projector_type: str = ""  # a projector's kind as llama.cpp names it ("idefics3", "mlp", …)
    mmproj: str = ""  # a chat model's paired projector file (the library pairs it when listing); "" = text only

    @property
    def vision(self) -> bool:
        """Whether this model can see images: it has a projector to load with it."""
        return bool(self.mmproj)

    @property
    def parameter_label(self) -> str:
        count = self.parameter_count
        if count >= 1e9:
            return f"{count / 1e9:.1f}B"
        if count >= 1e6:
            return f"{count / 1e6:.0f}M"
        return str(count) if count else "?"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["parts"] = list(self.parts)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelInfo:
        """From the library's index file; ValueError when a field has the wrong type (a damaged index), so the
        caller reads the model file again instead of showing, or formatting, a string where a count belongs."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        parts = known.get("parts") or ()
        if not isinstance(parts, (list, tuple)) or not all(isinstance(p, str) for p in parts):
            raise ValueError(f"parts must be a list of paths, not {parts!r}")
        known["parts"] = tuple(parts)
        for key, value in known.items():
            wanted = _FIELD_TYPES[key]
            if not isinstance(value, wanted) or (isinstance(value, bool) and bool not in wanted):
                raise ValueError(f"{key} must be {' or '.join(t.__name__ for t in wanted)}, not {value!r}")
        if known.get("source", "imported") not in get_args(ModelSource):
            raise ValueError(f"unknown source {known['source']!r}")
        if known.get("role", "chat") not in get_args(ModelRole):
            raise ValueError(f"unknown role {known['role']!r}")
        return cls(**known)

    @classmethod
    def from_header(
        cls, path: str, name: str, source: ModelSource, size: int, mtime: float, header: GGUFHeader
    ) -> ModelInfo:
        projector = ProjectorFacts.from_header(header) if is_projector_header(header) else None
        embedding = header.arch_value("embedding_length", 0)
        return cls(
            path=path,
            name=name,
            source=source,
            size_bytes=size,
            mtime=mtime,
            architecture=header.architecture,
            parameter_count=header.parameter_count,
            quantization=header.quantization,
            context_length=header.context_length,
            n_layers=int(header.arch_value("block_count", 0) or 0),
            has_chat_template=bool(header.chat_template),
            role="projector" if projector else "reranker" if is_reranker(header) else
            "embedding" if is_embedding_model(header) else "chat",
            embedding_length=projector.output_dim if projector else embedding if isinstance(embedding, int) else 0,
            projector_type=projector.projector_type if projector else "",
        )


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "path": (str,), "name": (str,), "source": (str,), "size_bytes": (int,), "mtime": (int, float),
    "architecture": (str,), "parameter_count": (int,), "quantization": (str,), "context_length": (int,),
    "n_layers": (int,), "has_chat_template": (bool,), "error": (str,), "repo_id": (str,), "parts": (tuple,),
    "role": (str,), "embedding_length": (int,), "projector_type": (str,), "mmproj": (str,),
}


def default_model(models: list[ModelInfo], preferred: str) -> ModelInfo | None:
    """The model chat uses when none is named: the preferred one if it is there and readable, else the first. Only
    chat models count: an embedding model or a reranker in the library (Knowledge's) cannot write a reply."""
    usable = [m for m in models if not m.error and m.role == "chat"]
    return next((m for m in usable if m.path == preferred), usable[0] if usable else None)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"
