"""Hugging Face access: search GGUF repos, list their files with LFS hashes, read a remote GGUF header.

Every request goes to one endpoint: Hugging Face, or the mirror chosen in Settings (issue 21), with HF_ENDPOINT
winning when set (core/hub_endpoint.py). The endpoint is passed to huggingface_hub explicitly (HfApi(endpoint=),
hf_hub_url(endpoint=)): the library reads HF_ENDPOINT once, at import, so changing os.environ later would not
reach it. Also honours HF_TOKEN, proxies from the environment and HF_HUB_OFFLINE. Blocking calls: run them off
the GUI thread.
"""

from __future__ import annotations

import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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

from desktop_llm.core.errors import HubAuthError, HubError, HubNotFoundError, HubOfflineError
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_header
from desktop_llm.core.hub_endpoint import (
    DEFAULT_ENDPOINT,
    ENVIRONMENT_VARIABLE,
    EndpointChoice,
    EndpointError,
    check_endpoint,
    choose_endpoint,
    endpoint_label,
)
from desktop_llm.core.hub_types import ModelCard, ModelPage, RemoteFile, RepoSummary, group_gguf_files
from desktop_llm.core.recommendations import curated_repos
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.core.vision_projector import is_projector_name
from desktop_llm.services.models.readme_summary import readme_summary

__all__ = ["DEFAULT_ENDPOINT", "RECOMMENDED", "HubClient", "hub_endpoint", "readme_summary"]
SORTS = {"downloads": "downloads", "likes": "likes", "recently updated": "lastModified", "trending": "trendingScore"}
# Small chat models that run on most machines, shown before any search: the curated list (core/recommendations.py)
# in its order for English; the window passes the list for the UI's language.
RECOMMENDED = curated_repos("en")
PROBE_TIMEOUT_S = 10.0  # a model source test waits this long for an answer, then says it did not answer
HEADER_LIMIT = 64 * 1024 * 1024  # a header bigger than this is not worth reading remotely
OFFLINE_MODE_MESSAGE = QT_TR_NOOP("Offline mode is on (HF_HUB_OFFLINE): searching and downloading are off.")


def hub_endpoint(setting: str = "") -> str:
    """The endpoint for `setting` (the Settings field): HF_ENDPOINT when set, else the setting, else Hugging Face."""
    return choose_endpoint(setting, os.environ).url


def environment_endpoint() -> str:
    """HF_ENDPOINT as set in the environment ("" when not set): it wins over the setting."""
    return os.environ.get(ENVIRONMENT_VARIABLE, "").strip().rstrip("/")


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


@contextmanager
def translated_errors(what: str, site: str = "Hugging Face") -> Iterator[None]:
    """Hub and network failures as our typed errors, with messages for the user; `site` names the endpoint."""
    try:
        yield
    except OfflineModeIsEnabled as exc:
        raise HubOfflineError(OFFLINE_MODE_MESSAGE) from exc
    except GatedRepoError as exc:
        raise HubAuthError(
            QT_TR_NOOP("{what} is gated: accept its license on the model's page, then set a token with access (HF_TOKEN)."),
            what=what,
        ) from exc
    except RepositoryNotFoundError as exc:
        raise HubNotFoundError(QT_TR_NOOP("{what} was not found (or is private and needs a token)."), what=what) from exc
    except HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        if status in (401, 403):
            raise HubAuthError(QT_TR_NOOP("{what} needs a Hugging Face token with access (HF_TOKEN)."), what=what) from exc
        if status == 404:
            raise HubNotFoundError(QT_TR_NOOP("{what} was not found on the hub."), what=what) from exc
        raise HubError(QT_TR_NOOP("{site} answered {status} for {what}."), site=site, status=status, what=what) from exc
    except (HTTPError, OSError) as exc:
        raise HubOfflineError(QT_TR_NOOP("{site} cannot be reached ({reason}); are you offline?"), site=site,
                              reason=network_failure(exc)) from exc


def network_failure(exc: BaseException) -> str:
    """What went wrong on the way to a server, in words: the name, the connection, the certificate, the wait."""
    reason: object = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, socket.gaierror):
        return "its name could not be resolved: no such server, or no network"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"its certificate could not be verified: {reason.verify_message or reason}"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed: {reason.reason or reason}"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused: nothing answers at that address and port"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "it did not answer in time"
    if isinstance(reason, (ConnectionResetError, ConnectionAbortedError)):
        return "the connection was closed before an answer came"
    text = str(reason) or type(reason).__name__
    return text if isinstance(reason, str) else f"{type(reason).__name__}: {text}"


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


@dataclass(frozen=True)
class _Route:
    """Everything bound to one endpoint, replaced as a whole: a request reads it once and uses one endpoint."""

    endpoint: str
    site: str  # how messages name it: "Hugging Face" or the mirror's host
    api: HfApi
    opener: urllib.request.OpenerDirector


class HubClient:
    """Thread-safe: every call makes its own requests; `set_endpoint` (any thread) applies to the calls after it."""

    def __init__(self, endpoint: str | None = None, token: str | None = None) -> None:
        self._token = token if token is not None else (os.environ.get("HF_TOKEN") or None)
        self._route = self._route_to((endpoint or hub_endpoint()).rstrip("/"))

    def _route_to(self, endpoint: str) -> _Route:
        # build_opener keeps the default handlers, proxies from the environment included.
        return _Route(endpoint, endpoint_label(endpoint), HfApi(endpoint=endpoint, token=self._token or False),
                      urllib.request.build_opener(_TokenStaysHome(endpoint)))

    @property
    def endpoint(self) -> str:
        return self._route.endpoint

    @property
    def _api(self) -> HfApi:
        return self._route.api

    def set_endpoint(self, endpoint: str) -> None:
        """Send every later request to `endpoint` (a download in progress resumes from there: its hashes decide)."""
        self._route = self._route_to(endpoint.rstrip("/"))

    def use_setting(self, setting: str) -> EndpointChoice:
        """Apply the Settings field's value: HF_ENDPOINT still wins when set. Returns what is now used."""
        choice = choose_endpoint(setting, os.environ)
        if choice.url != self.endpoint:
            self.set_endpoint(choice.url)
        return choice

    @property
    def environment_endpoint(self) -> str:
        """HF_ENDPOINT when set (it overrides the setting), else ""."""
        return environment_endpoint()

    def probe(self, endpoint: str, timeout: float = PROBE_TIMEOUT_S) -> str:
        """Ask `endpoint` for one model list entry (GET /api/models?limit=1), as a search would, and say how it
        went: returns a sentence on success; raises HubError (HubOfflineError: not reached) with the specific
        reason. Sends no token: a model source under test is not yet trusted with it."""
        self._check_online()
        try:
            url = check_endpoint(endpoint)
        except EndpointError as exc:
            raise HubError(str(exc)) from exc
        site = endpoint_label(url)
        request = urllib.request.Request(f"{url}/api/models?limit=1&filter=gguf",
                                         headers=build_hf_headers(token=False), method="GET")
        opener = urllib.request.build_opener(_TokenStaysHome(url))
        started = time.monotonic()
        with self._urlopen(request, f"{url}/api/models", timeout, opener=opener, site=site) as response:
            try:
                answer = json.loads(response.read(1_000_000))
            except ValueError as exc:
                kind = response.headers.get("Content-Type", "unknown content")
                raise HubError(QT_TR_NOOP("{site} answered, but not as a Hugging Face hub does: /api/models sent {kind}, "
                                          "not a JSON list of models. Is the address right (no path after the server's "
                                          "name, for most mirrors)?"), site=site, kind=kind) from exc
            except OSError as exc:
                raise HubOfflineError(QT_TR_NOOP("{site} stopped answering ({reason})"), site=site,
                                      reason=network_failure(exc)) from exc
        if not isinstance(answer, list):
            raise HubError(QT_TR_NOOP("{site} answered /api/models with something other than a list of models; it does "
                                      "not look like a Hugging Face hub or mirror."), site=site)
        seconds = time.monotonic() - started
        return f"{site} answered in {seconds:.1f} s: models can be searched and downloaded from it."

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
        route = self._route
        url = f"{route.endpoint}/api/models?{urllib.parse.urlencode(params)}"
        with self._urlopen(self.request(url), "the search", timeout=20, opener=route.opener, site=route.site) as response:
            try:
                items = json.loads(response.read())
            except ValueError as exc:
                raise HubError(QT_TR_NOOP("{site} sent an unreadable search answer: {reason}"), site=route.site,
                               reason=exc) from exc
            except OSError as exc:
                raise HubOfflineError(QT_TR_NOOP("{site} stopped answering ({reason}); are you offline?"), site=route.site,
                                      reason=exc) from exc
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
        route = self._route
        with translated_errors(repo_id, route.site):
            info = route.api.model_info(repo_id, files_metadata=True)
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
        projectors = tuple(f for f in files if is_projector_name(f.path))
        return ModelPage(card, choices, other, projectors)

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
        route = self._route
        url = hf_hub_url(repo_id, filename, endpoint=route.endpoint)
        return self._urlopen(self.request(url, headers), f"{repo_id}/{filename}", timeout, opener=route.opener,
                             site=route.site)

    def _urlopen(self, request: urllib.request.Request, what: str, timeout: float,
                 opener: urllib.request.OpenerDirector | None = None, site: str = "") -> Any:
        """urlopen with offline mode honoured and HTTP and network failures as our typed errors; `site` names the
        endpoint in messages."""
        self._check_online()
        route = self._route
        site = site or route.site
        try:
            return (opener or route.opener).open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise HubAuthError(
                    QT_TR_NOOP("{what} needs a Hugging Face token with access (gated or private model: accept its "
                               "license on huggingface.co and set HF_TOKEN)."), what=what,
                ) from exc
            if exc.code == 404:
                raise HubNotFoundError(QT_TR_NOOP("{what} was not found on {site}."), what=what, site=site) from exc
            raise HubError(QT_TR_NOOP("{site} answered {status} for {what}."), site=site, status=exc.code, what=what) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise HubOfflineError(QT_TR_NOOP("{site} cannot be reached ({reason}); are you offline?"), site=site,
                                  reason=network_failure(exc)) from exc

    def read_remote_header(self, repo_id: str, filename: str) -> GGUFHeader:
        """Parse a GGUF header over HTTP Range requests, without downloading the file."""
        reader = RangeReader(self, repo_id, filename)
        try:
            return read_header(reader)  # type: ignore[arg-type]
        except GGUFFormatError as exc:
            raise HubError(QT_TR_NOOP("{file} on the hub is not a readable GGUF file: {reason}"), file=filename,
                           reason=exc) from exc


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
