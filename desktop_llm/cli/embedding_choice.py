"""`--embedding-model FILE|REPO` of `desktop-llm knowledge add` (issue 12): which embedding GGUF a collection uses.

Accepted: a .gguf path; a model of the library (its name or file name); a Hugging Face repo, `owner/name` or
`owner/name/file.gguf` (or a quantization: `owner/name/Q8_0`), downloaded through the library's own downloader
(resumable, SHA-256 checked, as `models download`) unless the library has that file already; `recommended` for the
first-use suggestion of core/embedding_models; `none` for keyword search only. Whatever it names must be an
embedding model (read from its header): a chat model makes no useful vectors.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from desktop_llm.core.embedding_models import ALTERNATIVES, RECOMMENDED, is_embedding_model
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.model_info import human_size

NONE = ("", "none", "keyword", "bm25")
PREFERRED_QUANTIZATION = "Q8_0"  # a repo with several files: embedding models lose nothing measurable at Q8_0


def embedding_model_path(spec: str) -> str:
    """The absolute path of the embedding GGUF `spec` names ("" for keyword search only). DesktopLlmError when it
    names nothing, cannot be downloaded, or is not an embedding model."""
    spec = spec.strip()
    if spec.lower() in NONE:
        return ""
    path = Path(spec).expanduser()
    if path.is_file():
        return _checked(path.resolve())
    if spec.lower() == "recommended":
        spec = f"{RECOMMENDED.repo_id}/{RECOMMENDED.filename}"
    from desktop_llm.app import build_services
    from desktop_llm.services.storage.paths import AppPaths

    services = build_services(AppPaths.default())
    try:
        for info in services.library.models():
            if spec in (info.name, Path(info.path).name, Path(info.path).stem):
                return _checked(Path(info.path))
        parts = [p for p in spec.split("/") if p]
        looks_like_path = path.is_absolute() or spec.startswith((".", "~")) or "\\" in spec or (
            spec.lower().endswith(".gguf") and len(parts) < 3)
        if looks_like_path:
            raise DesktopLlmError(f"embedding model file not found: {spec}")
        if len(parts) < 2:
            raise DesktopLlmError(f"no embedding model {spec!r}: give a .gguf file, a model of the library, "
                                  f"a Hugging Face repo (owner/name[/file.gguf]), or 'recommended'")
        return _checked(_download(services, "/".join(parts[:2]), "/".join(parts[2:])))
    finally:
        services.close()


def _checked(path: Path) -> str:
    if not is_embedding_model(path):
        raise DesktopLlmError(f"{path.name} is not an embedding model (a chat model makes no useful vectors); "
                              f"choose one such as {RECOMMENDED.repo_id}, or 'none' for keyword search only")
    return str(path)


def _download(services: Any, repo: str, wanted: str) -> Path:
    """The file of `repo` named `wanted` (a path, a name or a quantization; "" picks one), from the library when it
    was downloaded before, else downloaded now (progress on stderr)."""
    from desktop_llm.cli.models import pick_choice

    page = services.hub.model_page(repo)
    if not page.choices:
        raise DesktopLlmError(f"{repo} has no GGUF files")
    if not wanted:
        known = {s.repo_id: s.filename for s in (RECOMMENDED, *ALTERNATIVES)}
        names = {c.name for c in page.choices}
        if known.get(repo) in names:
            wanted = known[repo]
        elif len(page.choices) == 1:
            wanted = page.choices[0].name
        else:
            wanted = PREFERRED_QUANTIZATION
    choice = pick_choice(page.choices, wanted)
    for info in services.library.models():
        if info.repo_id == repo and Path(info.path).name == Path(choice.first.path).name and not info.error:
            return Path(info.path)
    started, last = time.monotonic(), [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        end = "\r" if sys.stderr.isatty() and done < total else "\n"
        print(f"{choice.name}: {human_size(done)} / {human_size(total)} ({100 * done / max(total, 1):.0f}%)  "
              f"{human_size(int(done / max(now - started, 1e-6)))}/s", end=end, file=sys.stderr, flush=True)

    print(f"Downloading the embedding model {repo}/{choice.name} ({human_size(choice.size)})", file=sys.stderr)
    paths = services.downloader.download(repo, choice.files, progress, lambda: False)
    info = services.library.register_download(paths[0], repo, choice.name.removesuffix(".gguf"))
    return Path(info.path)
