"""The hub client against a local fake Hugging Face server over real HTTP."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop_llm.core.errors import HubAuthError, HubError, HubNotFoundError, HubOfflineError
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.hub_types import RemoteFile, group_gguf_files, quantization_of
from desktop_llm.services.models.hub_client import HubClient, readme_summary


def test_search_filters_and_sorts(fake_hub) -> None:  # type: ignore[no-untyped-def]
    results = HubClient().search("gguf")
    assert [r.repo_id for r in results] == [
        "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "tests/Tiny-GGUF", "tests/Gated-GGUF"
    ]
    assert results[0].downloads == 5000 and results[2].gated
    assert [r.repo_id for r in HubClient().search("tiny")] == ["tests/Tiny-GGUF"]
    _, path, _ = next(r for r in fake_hub.requests if r[1] == "/api/models")
    assert path == "/api/models"


def test_model_page_groups_quantizations_and_split_files(fake_hub, tiny_model_bytes: bytes) -> None:  # type: ignore[no-untyped-def]
    page = HubClient().model_page("tests/Tiny-GGUF")
    assert [c.quantization for c in page.choices] == ["Q2_K", "Q4_K_M", "Q8_0", "F16"]
    split = page.choices[0]
    assert split.is_split and split.name == "tiny-Q2_K.gguf" and split.size == len(tiny_model_bytes)
    assert all(len(f.sha256) == 64 for c in page.choices for f in c.files)
    assert page.card.license == "mit" and page.card.languages == ("fr",)
    assert [f.path for f in page.other_files] == ["config.json"]


def test_model_card_summary_from_readme(fake_hub) -> None:  # type: ignore[no-untyped-def]
    page = HubClient().model_page("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF")
    assert page.card.summary.startswith("SmolLM2 is a family")
    assert page.card.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"


def test_remote_header_read_with_range_requests_matches_the_local_file(fake_hub, starter_model: Path) -> None:  # type: ignore[no-untyped-def]
    repo = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
    header = HubClient().read_remote_header(repo, "SmolLM2-135M-Instruct.Q4_1.gguf")
    local = read_file_header(str(starter_model))
    assert header.metadata.keys() == local.metadata.keys()
    assert header.tensors == local.tensors and header.data_offset == local.data_offset
    ranges = [r for _, p, r in fake_hub.requests if p.endswith(".gguf")]
    assert ranges and all(r.startswith("bytes=") for r in ranges)
    assert fake_hub.bytes_served < 8 * 1024 * 1024  # the header, not the 98 MB file


def test_errors_are_specific(fake_hub, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    client = HubClient()
    with pytest.raises(HubNotFoundError):
        client.model_page("nobody/nothing")
    with pytest.raises(HubAuthError, match="token"):
        client.open("tests/Gated-GGUF", "gated-Q4_0.gguf")
    assert HubClient(token="hf_secret").open("tests/Gated-GGUF", "gated-Q4_0.gguf").status == 200
    fake_hub.faults.status["/api/models"] = 500
    with pytest.raises(HubError, match="500"):
        client.search("x")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubOfflineError, match="Offline mode"):
        client.search("x")


def test_unreachable_hub_is_reported_as_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    client = HubClient(endpoint="http://127.0.0.1:9")
    with pytest.raises(HubOfflineError, match="cannot be reached"):
        client.search("x")


def test_quantization_names_from_file_names() -> None:
    assert quantization_of("Llama-3.2-3B-Instruct-Q4_K_M.gguf") == "Q4_K_M"
    assert quantization_of("model.IQ3_XXS.gguf") == "IQ3_XXS"
    assert quantization_of("qwen2.5-7b-instruct-fp16.gguf") == "F16"
    assert quantization_of("SmolLM2-135M-Instruct.Q4_1.gguf") == "Q4_1"
    assert quantization_of("whatever.gguf") == "unknown"


def test_incomplete_split_sets_and_projectors_are_not_offered() -> None:
    files = [RemoteFile("m-Q4_0-00001-of-00003.gguf", 1), RemoteFile("m-Q4_0-00002-of-00003.gguf", 1),
             RemoteFile("mmproj-f16.gguf", 1), RemoteFile("m-Q8_0.gguf", 2)]
    assert [c.name for c in group_gguf_files(files)] == ["m-Q8_0.gguf"]


def test_readme_summary_skips_front_matter_and_headings() -> None:
    text = "---\nlicense: mit\n---\n# Title\n\n![img](x.png)\n\n"
    text += "This model does [great](https://x) things for *you* today.\n"
    assert readme_summary(text) == "This model does great things for you today."


class _Recorder(BaseHTTPRequestHandler):
    """A loopback server that records each request's path and Authorization header; `routes` maps a path to a
    redirect target (a 302) and anything else is answered with a small body."""

    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str]]
    routes: dict[str, str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Authorization", "")))
        target = self.routes.get(self.path)
        body = b"" if target else b"payload"
        self.send_response(302 if target else 200)
        if target:
            self.send_header("Location", target)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def _recording_server(host: str, routes: dict[str, str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    seen: list[tuple[str, str]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen, "routes": routes})
    try:
        server = ThreadingHTTPServer((host, 0), handler)
    except OSError:  # no 127.0.0.2 on this system (macOS): another port is another origin too
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{server.server_address[0]}:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_the_token_is_never_sent_to_another_host_on_a_redirect() -> None:
    # The hub answers a file request with a 302 to its CDN, on another host (issue 10, item 5: urllib kept
    # `Authorization: Bearer` on that redirect). A redirect within the endpoint keeps the token.
    cdn_routes: dict[str, str] = {}
    with _recording_server("127.0.0.2", cdn_routes) as (cdn, cdn_seen):
        hub_routes = {"/o/r/resolve/main/model.gguf": f"{cdn}/blob/model.gguf",
                      "/o/r/resolve/main/moved.gguf": "/o/r/resolve/main/model.gguf"}
        with _recording_server("127.0.0.1", hub_routes) as (endpoint, hub_seen):
            cdn_routes["/back"] = f"{endpoint}/o/r/resolve/main/home.txt"  # and a CDN sending it back home
            client = HubClient(endpoint=endpoint, token="hf_secret")
            with client.open("o/r", "moved.gguf") as response:
                assert response.read() == b"payload"
            with client._urlopen(client.request(f"{cdn}/back"), "cdn", timeout=10) as response:
                assert response.read() == b"payload"
    assert hub_seen[:2] == [("/o/r/resolve/main/moved.gguf", "Bearer hf_secret"),
                            ("/o/r/resolve/main/model.gguf", "Bearer hf_secret")]
    assert cdn_seen[0] == ("/blob/model.gguf", "")
    assert cdn_seen[1] == ("/back", "")  # a URL off the endpoint gets no token, even when asked directly
    assert hub_seen[2] == ("/o/r/resolve/main/home.txt", "")  # and none is added on the way back


def test_readme_summary_keeps_prose_and_leaves_out_html_badges_quotes_lists_and_tables() -> None:
    text = ('<div align="center">\n<img src="logo.png">\n</div>\n\n[![badge](b.svg)](https://x) [![b2](c.svg)](https://y)\n\n'
            "> A quoted line that is long enough to count as prose.\n\n- A list item that is long enough to count too.\n\n"
            "| a table cell long enough to be a summary | b |\n|---|---|\n| c | d |\n\n"
            "The real &amp; first paragraph, with `code` and a\nsoft break, is this one.\n")
    assert readme_summary(text) == "The real & first paragraph, with code and a soft break, is this one."


@pytest.mark.timeout(60)
def test_readme_summary_of_a_paragraph_of_brackets_is_correct_and_quick() -> None:
    # Issue 10, item 20: 20k '[' made the old regex backtrack quadratically for 3.2 s while holding the GIL;
    # 100k (half of what is read of a README) would have taken minutes.
    assert readme_summary("Intro " + "[" * 100_000) == "Intro " + "[" * 594 + "…"
    assert readme_summary("Intro text " + "![a" * 30_000 + " end").startswith("Intro text ![a![a")


def _python_calls(text: str) -> int:
    calls = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(profile)
    try:
        readme_summary(text)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("unit", ["[", "![", "*[", "[\\", "[a](", "[a\n", "\n[", "| a |\n", "> [\n"])
def test_readme_summary_work_grows_linearly_with_hostile_input(unit: str) -> None:
    small, big = _python_calls("Intro " + unit * 4000), _python_calls("Intro " + unit * 8000)
    assert big <= 2.2 * small, (small, big)
