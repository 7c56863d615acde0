"""Hugging Face access: search GGUF repos, list their files with LFS hashes, read a remote GGUF header.

Honours HF_ENDPOINT (tests point it at a local fake hub), HF_TOKEN, proxies from the environment and
HF_HUB_OFFLINE. Blocking calls: run them off the GUI thread.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from huggingface_hub import HfApi, hf_hub_url
from huggingface_hub.errors import (  # type: ignore[attr-defined]  # HTTPError: httpx2's, re-exported
    GatedRepoError,
    HfHubHTTPError,
    HTTPError,
    OfflineModeIsEnabled,
    RepositoryNotFoundError,
)
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]
from markdown_it import MarkdownIt

from desktop_llm.core.errors import HubAuthError, HubError, HubNotFoundError, HubOfflineError
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_header
from desktop_llm.core.hub_types import ModelCard, ModelPage, RemoteFile, RepoSummary, group_gguf_files

DEFAULT_ENDPOINT = "https://huggingface.co"
SORTS = {"downloads": "downloads", "likes": "likes", "recently updated": "lastModified", "trending": "trendingScore"}
# Small chat models that run on most machines, shown before any search.
RECOMMENDED = (
    "bartowski/Llama-3.2-3B-Instruct-GGUF",
    "bartowski/Qwen2.5-7B-Instruct-GGUF",
    "bartowski/google_gemma-3-4b-it-GGUF",
    "bartowski/Phi-4-mini-instruct-GGUF",
    "bartowski/Qwen2.5-1.5B-Instruct-GGUF",
    "HuggingFaceTB/SmolLM2-1.7B-Instruct-GGUF",
    "bartowski/Mistral-7B-Instruct-v0.3-GGUF",
    "bartowski/Llama-3.2-1B-Instruct-GGUF",
)
HEADER_LIMIT = 64 * 1024 * 1024  # a header bigger than this is not worth reading remotely
OFFLINE_MODE_MESSAGE = "Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off."


def hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", DEFAULT_ENDPOINT).rstrip("/")


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


@contextmanager
def translated_errors(what: str) -> Iterator[None]:
    """Hub and network failures as our typed errors, with messages for the user."""
    try:
        yield
    except OfflineModeIsEnabled as exc:
        raise HubOfflineError(OFFLINE_MODE_MESSAGE) from exc
    except GatedRepoError as exc:
        raise HubAuthError(
            f"{what} is gated: accept its license on the model's page, then set a token with access (HF_TOKEN)."
        ) from exc
    except RepositoryNotFoundError as exc:
        raise HubNotFoundError(f"{what} was not found (or is private and needs a token).") from exc
    except HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            raise HubAuthError(f"{what} needs a Hugging Face token with access (HF_TOKEN).") from exc
        if status == 404:
            raise HubNotFoundError(f"{what} was not found on the hub.") from exc
        raise HubError(f"Hugging Face answered {status} for {what}.") from exc
    except (HTTPError, OSError) as exc:
        raise HubOfflineError(f"Hugging Face cannot be reached ({type(exc).__name__}); are you offline?") from exc


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or default


class _TokenStaysHome(urllib.request.HTTPRedirectHandler):
    """urllib copies every header onto a redirect, Authorization included: the hub's 302 to its CDN (another
    host) would hand the user's token to it (issue 10, item 5). The token goes only to the endpoint's origin.
    (huggingface_hub's own calls use httpx, which drops Authorization on a cross-origin redirect itself.)"""

    def __init__(self, endpoint: str) -> None:
        super().__init__()
        self._home = _origin(endpoint)

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != self._home:
            new.remove_header("Authorization")
        return new


class HubClient:
    """Thread-safe: every call makes its own requests."""

    def __init__(self, endpoint: str | None = None, token: str | None = None) -> None:
        self.endpoint = (endpoint or hub_endpoint()).rstrip("/")
        self._token = token if token is not None else (os.environ.get("HF_TOKEN") or None)
        self._api = HfApi(endpoint=self.endpoint, token=self._token or False)
        # build_opener keeps the default handlers, proxies from the environment included.
        self._opener = urllib.request.build_opener(_TokenStaysHome(self.endpoint))

    def _check_online(self) -> None:
        if hub_offline():
            raise HubOfflineError(OFFLINE_MODE_MESSAGE)

    def search(self, query: str = "", sort: str = "downloads", limit: int = 40) -> list[RepoSummary]:
        """GGUF repositories matching `query`.

        One plain request to /api/models rather than HfApi.list_models, which retries a refused connection
        five times with backoff (23 s here): offline, the search box must say so at once.
        """
        self._check_online()
        params = {"filter": "gguf", "sort": SORTS.get(sort, "downloads"), "direction": "-1", "limit": str(limit)}
        if query.strip():
            params["search"] = query.strip()
        url = f"{self.endpoint}/api/models?{urllib.parse.urlencode(params)}"
        with self._urlopen(self.request(url), "the search", timeout=20) as response:
            try:
                items = json.loads(response.read())
            except ValueError as exc:
                raise HubError(f"Hugging Face sent an unreadable search answer: {exc}") from exc
            except OSError as exc:
                raise HubOfflineError(f"Hugging Face stopped answering ({exc}); are you offline?") from exc
        return [
            RepoSummary(
                repo_id=str(m.get("id") or m.get("modelId")),
                downloads=int(m.get("downloads") or 0),
                likes=int(m.get("likes") or 0),
                last_modified=str(m.get("lastModified") or ""),
                gated=bool(m.get("gated")),
                tags=tuple(m.get("tags") or ()),
            )
            for m in items
            if isinstance(m, dict) and (m.get("id") or m.get("modelId"))
        ]

    def model_page(self, repo_id: str) -> ModelPage:
        """The card summary and every file, with sizes and LFS SHA-256."""
        self._check_online()
        with translated_errors(repo_id):
            info = self._api.model_info(repo_id, files_metadata=True)
        files = tuple(
            RemoteFile(s.rfilename, int(s.size or (s.lfs.size if s.lfs else 0) or 0), s.lfs.sha256 if s.lfs else "")
            for s in (info.siblings or [])
        )
        data: Any = info.card_data.to_dict() if info.card_data is not None else {}  # type: ignore[no-untyped-call]
        languages = data.get("language") or ()
        base = data.get("base_model") or ""
        card = ModelCard(
            repo_id=info.id,
            license=str(data.get("license") or ""),
            base_model=", ".join(base) if isinstance(base, list) else str(base),
            languages=tuple([languages] if isinstance(languages, str) else languages),
            tags=tuple(info.tags or ()),
            downloads=int(info.downloads or 0),
            likes=int(info.likes or 0),
            gated=bool(info.gated),
            summary=self._readme_summary(repo_id) if any(f.path == "README.md" for f in files) else "",
        )
        choices = tuple(group_gguf_files(files))
        other = tuple(f for f in files if not f.path.lower().endswith(".gguf"))
        return ModelPage(card, choices, other)

    def _readme_summary(self, repo_id: str) -> str:
        try:
            with self.open(repo_id, "README.md", timeout=15) as response:
                text = response.read(200_000).decode("utf-8", "replace")
        except (HubError, OSError):
            return ""
        return readme_summary(text)

    def file_url(self, repo_id: str, filename: str, revision: str = "main") -> str:
        return hf_hub_url(repo_id, filename, revision=revision, endpoint=self.endpoint)

    def request(self, url: str, headers: dict[str, str] | None = None, method: str = "GET") -> urllib.request.Request:
        """A request with the hub's headers; the token only when `url` is on the endpoint itself."""
        home = _origin(url) == _origin(self.endpoint)
        all_headers = build_hf_headers(token=(self._token or False) if home else False)
        all_headers.update(headers or {})
        return urllib.request.Request(url, headers=all_headers, method=method)

    def open(
        self, repo_id: str, filename: str, headers: dict[str, str] | None = None, timeout: float = 30.0
    ) -> Any:
        """An open HTTP response for a repository file (urllib: proxies from the environment apply)."""
        return self._urlopen(self.request(self.file_url(repo_id, filename), headers), f"{repo_id}/{filename}", timeout)

    def _urlopen(self, request: urllib.request.Request, what: str, timeout: float) -> Any:
        """urlopen with offline mode honoured and HTTP and network failures as our typed errors."""
        self._check_online()
        try:
            return self._opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise HubAuthError(
                    f"{what} needs a Hugging Face token with access (gated or private model: accept its license "
                    "on huggingface.co and set HF_TOKEN)."
                ) from exc
            if exc.code == 404:
                raise HubNotFoundError(f"{what} was not found on the hub.") from exc
            raise HubError(f"Hugging Face answered {exc.code} for {what}.") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise HubOfflineError(f"Hugging Face cannot be reached ({exc}); are you offline?") from exc

    def read_remote_header(self, repo_id: str, filename: str) -> GGUFHeader:
        """Parse a GGUF header over HTTP Range requests, without downloading the file."""
        reader = RangeReader(self, repo_id, filename)
        try:
            return read_header(reader)  # type: ignore[arg-type]
        except GGUFFormatError as exc:
            raise HubError(f"{filename} on the hub is not a readable GGUF file: {exc}") from exc


class RangeReader:
    """A forward-only file-like view of a remote file, fetched in growing blocks with HTTP Range."""

    def __init__(self, client: HubClient, repo_id: str, filename: str, first_block: int = 256 * 1024) -> None:
        self._client = client
        self._repo = repo_id
        self._file = filename
        self._buffer = b""
        self._offset = 0  # file offset of _buffer[0]
        self._position = 0
        self._block = first_block
        self._eof = False

    def read(self, size: int) -> bytes:
        while self._position + size > self._offset + len(self._buffer) and not self._eof:
            self._fetch(max(self._block, size))
            self._block = min(self._block * 2, 8 * 1024 * 1024)
        start = self._position - self._offset
        data = self._buffer[start : start + size]
        self._position += len(data)
        # Keep only what is still ahead of the reader.
        consumed = self._position - self._offset
        if consumed > 1024 * 1024:
            self._buffer = self._buffer[consumed:]
            self._offset = self._position
        return data

    def _fetch(self, size: int) -> None:
        start = self._offset + len(self._buffer)
        if start >= HEADER_LIMIT:
            raise GGUFFormatError("the header is larger than 64 MB")
        headers = {"Range": f"bytes={start}-{start + size - 1}"}
        with self._client.open(self._repo, self._file, headers) as response:
            data = response.read(size)
            if response.status == 200 and start > 0:
                raise HubError("the server ignored the Range request")
        if len(data) < size:
            self._eof = True
        self._buffer += data


README_CHARS = 100_000  # of a README's body (after the front matter), ample for finding its first paragraph


@functools.lru_cache(maxsize=1)
def _readme_parsers() -> tuple[MarkdownIt, MarkdownIt]:
    """Block structure only (each paragraph's text left unparsed), and an inline parser for the chosen start.
    HTML on: raw HTML blocks are then their own tokens, left out, instead of paragraphs of tags."""
    blocks = MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")
    return blocks, MarkdownIt("commonmark", {"html": True})


def readme_summary(markdown: str, limit: int = 600) -> str:
    """The first prose paragraph of a model README as plain text: front matter, headings, lists, quotes, tables,
    code, HTML and images left out.

    Parsed with markdown-it, which is linear, and not with regexes: a paragraph of 20k '[' made a regex backtrack
    quadratically while holding the GIL, freezing the GUI for 3.2 s (issue 10, item 20). Only the start of a
    paragraph is parsed inline: a summary of `limit` characters needs no more.
    """
    blocks, inline = _readme_parsers()
    text = markdown.replace("\r\n", "\n")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        text = text[end + 5 :] if end >= 0 else text
    tokens = blocks.parse(text[:README_CHARS])
    for opening, content in itertools.pairwise(tokens):
        if opening.type != "paragraph_open" or opening.level != 0 or content.type != "inline":
            continue
        parts = []
        for child in inline.parseInline(content.content[: 4 * limit])[0].children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        plain = " ".join("".join(parts).split())
        if len(plain) > 30:
            return plain[:limit] + ("…" if len(plain) > limit else "")
    return ""
