"""Download records: what the downloads panel lists and what survives a restart."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.errors import DownloadError
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


# Characters no file name may hold on some system we run on (Windows is the strictest), and its device names.
_UNSAFE_CHARS = re.compile(r'[<>:"|?*\\\x00-\x1f]')
_DEVICE_NAMES = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)


def library_parts(repo_path: str) -> tuple[str, ...]:
    """The folders and name, under the repository's library folder, of the file the hub lists as `repo_path`.

    The whole repo-relative path is kept, not just the base name, so that `Q4/model.gguf` and `Q8/model.gguf`
    of one repository are two files (issue 10 item 3). The path comes from the hub, so anything that could
    climb out of the folder or that some OS cannot store is refused rather than rewritten.
    """
    parts = tuple(repo_path.split("/"))
    for part in parts:
        if (part in ("", ".", "..") or _UNSAFE_CHARS.search(part) or part != part.rstrip(". ")
                or _DEVICE_NAMES.match(part)):
            raise DownloadError(f"the hub lists a file path that is not safe to write: {repo_path!r}")
    return parts


def same_files(a: tuple[RemoteFile, ...], b: tuple[RemoteFile, ...]) -> bool:
    """Whether two downloads fetch the same files of a repository (by repo-relative path, not base name)."""
    return [f.path for f in a] == [f.path for f in b]


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
