"""What the model hub shows: search results, repository files grouped by quantization, model cards."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)
_QUANT = re.compile(
    r"(?<![A-Za-z0-9])(IQ\d_[A-Z]+(?:_[A-Z]+)?|IQ\d_[A-Z]|Q\d_K_[SML]|Q\d_K|Q\d_\d|Q\d_[A-Z]+|BF16|F16|FP16|F32|TQ\d_\d|"
    r"MXFP4(?:_MOE)?)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# Smallest to largest, roughly by bits per weight: the order files are listed in.
QUANT_ORDER = [
    "IQ1_S", "IQ1_M", "TQ1_0", "IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ2_M", "TQ2_0", "Q2_K_S", "Q2_K", "IQ3_XXS",
    "IQ3_XS", "IQ3_S", "IQ3_M", "Q3_K_S", "Q3_K_M", "Q3_K_L", "IQ4_XS", "IQ4_NL", "Q4_0", "Q4_1", "Q4_K_S",
    "Q4_K_M", "MXFP4", "MXFP4_MOE", "Q5_0", "Q5_1", "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0", "BF16", "F16", "F32",
]


@dataclass(frozen=True)
class RepoSummary:
    repo_id: str
    downloads: int = 0
    likes: int = 0
    last_modified: str = ""
    gated: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str = ""  # from the hub's LFS metadata; empty for non-LFS files


@dataclass(frozen=True)
class GGUFChoice:
    """One downloadable model: a single .gguf file or all parts of a split one."""

    name: str
    quantization: str
    files: tuple[RemoteFile, ...]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def first(self) -> RemoteFile:
        return self.files[0]

    @property
    def is_split(self) -> bool:
        return len(self.files) > 1


@dataclass(frozen=True)
class ModelCard:
    repo_id: str
    license: str = ""
    base_model: str = ""
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    downloads: int = 0
    likes: int = 0
    gated: bool = False
    summary: str = ""  # the README's first paragraph, plain text


@dataclass(frozen=True)
class ModelPage:
    card: ModelCard
    choices: tuple[GGUFChoice, ...]
    other_files: tuple[RemoteFile, ...] = field(default=())
    projectors: tuple[RemoteFile, ...] = field(default=())  # `mmproj*.gguf` files: the repo's models can see (issue 17)

    @property
    def vision(self) -> bool:
        return bool(self.projectors)


def quantization_of(filename: str) -> str:
    """The quantization named in a GGUF file name ("Q4_K_M"), or "unknown"."""
    name = filename.rsplit("/", 1)[-1]
    matches = _QUANT.findall(name)
    return matches[-1].upper().replace("FP16", "F16") if matches else "unknown"


def _quant_rank(quant: str) -> int:
    return QUANT_ORDER.index(quant) if quant in QUANT_ORDER else len(QUANT_ORDER)


def group_gguf_files(files: Iterable[RemoteFile]) -> list[GGUFChoice]:
    """Group .gguf files into choices, split parts together (only complete sets), smallest quant first."""
    singles: list[GGUFChoice] = []
    splits: dict[str, list[tuple[int, int, RemoteFile]]] = {}
    for file in files:
        if not file.path.lower().endswith(".gguf"):
            continue
        base = file.path.rsplit("/", 1)[-1]
        if base.lower().startswith("mmproj"):
            continue  # vision projectors are not chat models on their own
        match = _SPLIT.match(file.path)
        if match:
            splits.setdefault(match.group("stem"), []).append(
                (int(match.group("part")), int(match.group("total")), file)
            )
        else:
            singles.append(GGUFChoice(base, quantization_of(base), (file,)))
    for stem, parts in splits.items():
        parts.sort(key=lambda p: p[0])
        total = parts[0][1]
        if [p[0] for p in parts] != list(range(1, total + 1)):
            continue  # an incomplete set cannot be loaded
        name = stem.rsplit("/", 1)[-1] + ".gguf"
        singles.append(GGUFChoice(name, quantization_of(name), tuple(p[2] for p in parts)))
    return sorted(singles, key=lambda c: (_quant_rank(c.quantization), c.size, c.name))


def split_parts(paths: Sequence[str]) -> list[str]:
    """Local part files sorted in load order (llama.cpp is given the first)."""
    return sorted(paths, key=lambda p: (_SPLIT.match(p).group("part") if _SPLIT.match(p) else p))  # type: ignore[union-attr]
