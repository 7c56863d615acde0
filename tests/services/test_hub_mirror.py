"""The model source setting (issue 21): the fake hub on loopback plays the mirror, with HF_ENDPOINT unset, and every
search, page, header read and download must go there; the Settings test request says OK or the specific error."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop_llm.core.errors import HubError, HubOfflineError
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.core.settings_schema import AppSettings
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient, hub_endpoint, network_failure
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.storage.settings_store import SettingsStore

STARTER_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture
def mirror(fake_hub, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The fake hub reached only through the setting: HF_ENDPOINT is unset, as on a user's machine."""
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    return fake_hub


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture
def web_page() -> Iterator[str]:
    """A web server that is no hub (a captive portal, a mistyped address): it answers every path with HTML."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body>Welcome to the hotel Wi-Fi</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_search_page_header_and_download_go_to_the_mirror_from_the_setting(mirror, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          starter_model: Path) -> None:
    client = HubClient(hub_endpoint(mirror.url + "/"))
    assert client.endpoint == mirror.url
    assert [r.repo_id for r in client.search("tiny")] == ["tests/Tiny-GGUF"]
    page = client.model_page(STARTER_REPO)
    assert page.card.summary.startswith("SmolLM2 is a family")
    header = client.read_remote_header(STARTER_REPO, STARTER_FILE)
    assert header.metadata
    data = starter_model.read_bytes()
    remote = RemoteFile(STARTER_FILE, len(data), hashlib.sha256(data).hexdigest())
    [path] = Downloader(client, tmp_path / "models", backoff_s=0.01).download(
        STARTER_REPO, [remote], lambda d, t: None, lambda: False)
    assert path.read_bytes() == data
    paths = [p for _, p, _ in mirror.requests]
    assert "/api/models" in paths and f"/api/models/{STARTER_REPO}" in paths
    assert any(p.endswith(f"/{STARTER_REPO}/resolve/main/{STARTER_FILE}") for p in paths)


def test_without_a_setting_or_hf_endpoint_requests_go_to_hugging_face(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    assert HubClient().endpoint == "https://huggingface.co"
    assert HubClient(hub_endpoint("")).endpoint == "https://huggingface.co"
    client = HubClient()
    assert "https://huggingface.co/" in client.file_url("a/b", "c.gguf")


def test_hf_endpoint_wins_over_the_setting(mirror, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_ENDPOINT", mirror.url + "/")
    client = HubClient(hub_endpoint("https://hf-mirror.com"))
    assert client.endpoint == mirror.url and client.environment_endpoint == mirror.url
    choice = client.use_setting("https://hf-mirror.com")
    assert choice.from_environment and client.endpoint == mirror.url
    assert client.search("tiny")  # the environment's endpoint answered


def test_a_changed_setting_applies_to_the_next_request(mirror) -> None:  # type: ignore[no-untyped-def]
    client = HubClient(hub_endpoint(closed_port_url()))
    with pytest.raises(HubOfflineError, match="connection was refused"):
        client.search("tiny")
    choice = client.use_setting(mirror.url)
    assert not choice.from_environment and client.endpoint == mirror.url
    assert [r.repo_id for r in client.search("tiny")] == ["tests/Tiny-GGUF"]
    assert "127.0.0.1" in client.file_url("tests/Tiny-GGUF", "tiny-Q8_0.gguf")


def test_the_services_use_the_saved_setting(mirror, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from desktop_llm.app import build_services

    SettingsStore(app_paths.settings_file).save(AppSettings(hub_endpoint=mirror.url))
    services = build_services(app_paths)
    try:
        assert services.hub.endpoint == mirror.url
        assert [r.repo_id for r in services.hub.search("tiny")] == ["tests/Tiny-GGUF"]
    finally:
        services.close()


def test_probe_says_ok_for_a_hub_and_sends_no_token(mirror, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_TOKEN", "hf_secret")
    client = HubClient()  # HF_ENDPOINT unset: Hugging Face, which the probe must not touch
    message = client.probe(mirror.url + "/")
    assert "127.0.0.1 answered in" in message and "searched and downloaded" in message
    assert mirror.requests[-1][:2] == ("GET", "/api/models")
    assert client.endpoint == "https://huggingface.co"  # a test changes nothing


def test_probe_errors_are_specific(mirror, web_page: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    client = HubClient()
    with pytest.raises(HubOfflineError, match=r"127\.0\.0\.1 cannot be reached \(the connection was refused"):
        client.probe(closed_port_url())
    with pytest.raises(HubError, match="not as a Hugging Face hub does: /api/models sent text/html"):
        client.probe(web_page)
    with pytest.raises(HubError, match="must start with https://"):
        client.probe("hf-mirror.com")
    with pytest.raises(HubError, match="ftp://"):
        client.probe("ftp://hf-mirror.com")
    mirror.faults.status["/api/models"] = 503
    with pytest.raises(HubError, match=r"127\.0\.0\.1 answered 503"):
        client.probe(mirror.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubOfflineError, match="Offline mode"):
        client.probe(mirror.url)


def test_network_failures_in_words() -> None:
    import ssl
    import urllib.error

    assert "name could not be resolved" in network_failure(urllib.error.URLError(socket.gaierror(-2, "Name unknown")))
    assert "did not answer in time" in network_failure(TimeoutError("timed out"))
    certificate = ssl.SSLCertVerificationError(1, "certificate verify failed")
    certificate.verify_message = "self-signed certificate"
    assert network_failure(urllib.error.URLError(certificate)) == \
        "its certificate could not be verified: self-signed certificate"
