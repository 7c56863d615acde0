"""Which vision projector goes with which model (issue 17): the user's choices, kept in a small JSON file beside
the library's index, and the automatic pairing of a model with a compatible projector from its own folder.

Downloads are stored one folder per repository (downloader.repo_folder), so "the same folder" is "the same repo"
for downloaded models, and it is also where people keep an imported model's `mmproj` file. A choice the user made
wins: a projector picked by hand, or none at all ("text only"). A choice whose file has gone, or that no longer
fits (the model file was replaced), falls back to the automatic pairing, and the log says so.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import replace
from pathlib import Path

from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.vision_projector import ProjectorFacts, projector_mismatch, projector_score
from desktop_llm.services.storage.atomic_file import write_atomic

log = logging.getLogger(__name__)
CHOICES_VERSION = 1
TEXT_ONLY = ""  # a choice of no projector: the model is used without vision even where a projector is beside it


def facts_of(projector: ModelInfo) -> ProjectorFacts:
    """What the library read from a projector's header (the index keeps it in embedding_length, projector_type)."""
    return ProjectorFacts(projector.projector_type, projector.embedding_length, True)


def fits(model: ModelInfo, projector: ModelInfo) -> bool:
    return (projector.role == "projector" and not projector.error
            and projector_mismatch(model.embedding_length, facts_of(projector)) is None)


class ProjectorChoices:
    """The user's projector choices: {model path: projector path, or "" for none}. Thread-safe; written atomically.
    A damaged file is logged and read as no choices (the automatic pairing still works)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()

    def all(self) -> dict[str, str]:
        with self._lock:
            return self._read()

    def set(self, model: str, projector: str | None) -> None:
        """Pin `projector` ("" = none) for `model`; None forgets the choice (automatic again)."""
        with self._lock:
            choices = self._read()
            if projector is None:
                choices.pop(model, None)
            else:
                choices[model] = projector
            self._write(choices)

    def forget(self, path: str) -> None:
        """A model or projector left the library: drop the choices that name it."""
        with self._lock:
            choices = self._read()
            kept = {m: p for m, p in choices.items() if path not in (m, p)}
            if kept != choices:
                self._write(kept)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("projector choices %s unreadable (%s); pairing automatically", self._path, exc)
            return {}
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, dict):
            return {}
        return {m: p for m, p in choices.items() if isinstance(m, str) and isinstance(p, str)}

    def _write(self, choices: dict[str, str]) -> None:
        write_atomic(self._path, json.dumps({"version": CHOICES_VERSION, "choices": choices}, indent=1).encode("utf-8"))


def automatic_projector(model: ModelInfo, projectors: list[ModelInfo]) -> ModelInfo | None:
    """The compatible projector from the model's own folder whose name goes best with the model's; None if none."""
    folder = Path(model.path).parent
    candidates = [p for p in projectors if Path(p.path).parent == folder and fits(model, p)]
    if not candidates:
        return None
    name = Path(model.path).name
    return max(candidates, key=lambda p: (*projector_score(name, Path(p.path).name), -p.size_bytes, p.path))


def pair_projectors(models: list[ModelInfo], choices: dict[str, str]) -> list[ModelInfo]:
    """`models` with each chat model's `mmproj` set: the user's choice when it still fits, else the automatic one."""
    projectors = [m for m in models if m.role == "projector" and not m.error]
    by_path = {p.path: p for p in projectors}
    paired: list[ModelInfo] = []
    for model in models:
        if model.role != "chat" or model.error:
            paired.append(model)
            continue
        chosen = choices.get(model.path)
        projector: ModelInfo | None = None
        if chosen == TEXT_ONLY:
            projector = None
        elif chosen is not None and chosen in by_path and fits(model, by_path[chosen]):
            projector = by_path[chosen]
        else:
            if chosen is not None:
                log.warning("the projector chosen for %s (%s) is gone or no longer fits; pairing automatically",
                            model.path, chosen)
            projector = automatic_projector(model, projectors)
        paired.append(replace(model, mmproj=projector.path if projector else ""))
    return paired
