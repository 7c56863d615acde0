"""Download records: what the downloads panel lists and what survives a restart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.hub_types import RemoteFile

DownloadStatus = Literal["queued", "downloading", "paused", "failed", "done", "cancelled"]
ACTIVE: tuple[DownloadStatus, ...] = ("queued", "downloading")


@dataclass(frozen=True)
class DownloadRecord:
    id: int
    repo_id: str
    name: str
    files: tuple[RemoteFile, ...]
    total_bytes: int
    done_bytes: int
    status: DownloadStatus
    error: str = ""
    path: str = ""

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


def files_to_json(files: tuple[RemoteFile, ...]) -> str:
    return json.dumps([{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files])


def files_from_json(text: str) -> tuple[RemoteFile, ...]:
    return tuple(RemoteFile(str(f["path"]), int(f["size"]), str(f.get("sha256", ""))) for f in json.loads(text))


def eta_seconds(remaining: int, bytes_per_s: float) -> float | None:
    return remaining / bytes_per_s if bytes_per_s > 0 else None


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
