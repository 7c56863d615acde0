"""Images in the real engine worker on the starter model with a random-weight projector (issue 17): the image's
tokens are counted and evaluated, a model without a projector refuses images, only data: URLs pass, a projector
made for another model is refused naming both files; then the public API with the official `openai` client and
`desktop-llm chat --image`. The replies are noise (random weights): the pipeline is what is checked."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest
from PIL import Image

from desktop_llm.core.errors import DesktopLlmError, ModelLoadError
from desktop_llm.core.events import ChatMessage, GenerationFinished
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.server_types import ServerSettings
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.media.image_intake import prepare_image
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.server.public_server import PublicServer
from tests.vision_fixtures import IMAGE_TOKENS, vision_projector

pytestmark = [pytest.mark.slow, pytest.mark.module_engine]
GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=8)
KEY = "sk-vision-0123456789"


def _png(size: tuple[int, int] = (200, 150), seed: int = 0) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 40 + seed).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def projector(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return vision_projector(tmp_path_factory.mktemp("projector"))


@pytest.fixture(scope="module")
def seeing(tmp_path_factory: pytest.TempPathFactory, starter_model: Path, projector: Path) -> Iterator[EngineHost]:
    host = EngineHost(tmp_path_factory.mktemp("vision-logs"))
    host.ensure_loaded(LoadParams(path=str(starter_model), n_ctx=2048, mmproj=str(projector)))
    yield host
    host.shutdown()


def _finish(host: EngineHost, messages: list[ChatMessage]) -> GenerationFinished:
    events = list(host.client().chat_stream(messages, GREEDY))
    finished = events[-1]
    assert isinstance(finished, GenerationFinished)
    return finished


def test_an_image_is_counted_and_read(seeing: EngineHost) -> None:
    status = seeing.client().status()
    assert status.model is not None and status.model.vision and status.model.mmproj
    image = prepare_image(_png()).data_url
    text = [ChatMessage("user", "What is in the picture?")]
    pictured = [ChatMessage("user", "What is in the picture?", images=(image,))]
    plain_count = seeing.client().count_chat(text)
    image_count = seeing.client().count_chat(pictured)
    assert image_count >= plain_count + IMAGE_TOKENS  # the image's 64 tokens (and a newline after its marker)
    two = seeing.client().count_chat([ChatMessage("user", "Compare them.", images=(image, image))])
    assert two >= plain_count + 2 * IMAGE_TOKENS - 5
    finished = _finish(seeing, pictured)
    assert finished.stats.prompt_tokens == image_count  # usage counts the image's tokens
    assert finished.finish_reason in ("stop", "length")
    again = _finish(seeing, pictured)  # the same picture again: from the cache, same count
    assert again.stats.prompt_tokens == image_count
    assert _finish(seeing, text).stats.prompt_tokens == plain_count  # a text chat after it is unharmed


def test_only_data_urls_and_real_images_pass(seeing: EngineHost) -> None:
    for url in ("http://example.com/cat.png", "file:///etc/passwd", "/etc/passwd"):
        body = {"messages": [{"role": "user", "content": [
            {"type": "text", "text": "Describe"}, {"type": "image_url", "image_url": {"url": url}}]}]}
        with pytest.raises(DesktopLlmError, match="only data:image"):
            seeing.client().post_json("/v1/chat/completions", body)
    broken = "data:image/png;base64," + __import__("base64").b64encode(_png()[:300]).decode()
    with pytest.raises(DesktopLlmError, match="damaged or truncated"):
        seeing.client().count_chat([ChatMessage("user", "Describe", images=(broken,))])


@pytest.mark.allow_error_logs
def test_without_a_projector_images_are_refused_and_a_foreign_one_does_not_load(
    tmp_path: Path, starter_model: Path
) -> None:
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(LoadParams(path=str(starter_model), n_ctx=1024))
        assert host.client().status().model.vision is False  # type: ignore[union-attr]
        pictured = [ChatMessage("user", "What is it?", images=(prepare_image(_png()).data_url,))]
        with pytest.raises(DesktopLlmError, match="cannot see images"):
            list(host.client().chat_stream(pictured, GREEDY))
        with pytest.raises(DesktopLlmError, match="cannot see images"):
            host.client().count_chat(pictured)
        foreign = vision_projector(tmp_path, output_dim=64, name="mmproj-other-f16.gguf")
        with pytest.raises(ModelLoadError) as raised:
            host.ensure_loaded(LoadParams(path=str(starter_model), n_ctx=1024, mmproj=str(foreign)))
        assert starter_model.name in str(raised.value) and foreign.name in str(raised.value)
        assert "size 64" in str(raised.value) and "576" in str(raised.value)
        # A projector whose header reads well but which llama.cpp's clip loader refuses: clip's reason, from its
        # own log, in the error; the worker lives on and loads the model again.
        odd = vision_projector(tmp_path, name="mmproj-odd-f16.gguf", projector_type="no-such-projector")
        with pytest.raises(ModelLoadError, match="unknown projector type"):
            host.ensure_loaded(LoadParams(path=str(starter_model), n_ctx=1024, mmproj=str(odd)))
        host.ensure_loaded(LoadParams(path=str(starter_model), n_ctx=1024))
        assert host.client().count_chat([ChatMessage("user", "Still here?")]) > 0
    finally:
        host.shutdown()


def test_the_public_api_takes_image_parts(seeing: EngineHost, starter_model: Path, projector: Path,
                                          tmp_path: Path) -> None:
    library = ModelLibrary(tmp_path / "models", tmp_path / "index.json", starter=starter_model)
    library.set_projector(str(starter_model), str(projector))
    server = PublicServer(seeing, library, ServerSettings(port=0, api_key=KEY, n_ctx=2048, idle_unload_s=0),
                          lambda record: None)
    server.start()
    try:
        client = openai.OpenAI(base_url=server.base_url, api_key=KEY, max_retries=0, timeout=300)
        model = next(m.id for m in client.models.list() if not m.id.startswith("mmproj"))
        image = prepare_image(_png()).data_url
        reply = client.chat.completions.create(model=model, max_tokens=4, temperature=0, messages=[
            {"role": "user", "content": [{"type": "text", "text": "What is this?"},
                                         {"type": "image_url", "image_url": {"url": image}}]}])
        assert reply.usage is not None and reply.usage.prompt_tokens >= IMAGE_TOKENS + 10
        with pytest.raises(openai.BadRequestError, match="only data:image"):
            client.chat.completions.create(model=model, max_tokens=4, messages=[
                {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}])
    finally:
        server.stop()


def test_the_command_line_reads_an_image(tmp_path: Path, starter_model: Path, projector: Path) -> None:
    picture = tmp_path / "picture.png"
    picture.write_bytes(_png())
    command = [sys.executable, "-m", "desktop_llm", "chat", "--model", str(starter_model), "--mmproj",
               str(projector), "--image", str(picture), "--max-tokens", "4", "--temperature", "0", "--ctx", "1024",
               "--stats", "What is this?"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "finish:" in done.stderr
    (tmp_path / "fake.png").write_bytes(b"not an image at all")
    refused = subprocess.run([*command[:-2], "--image", str(tmp_path / "fake.png"), "What?"], capture_output=True,
                             text=True, timeout=600)
    assert refused.returncode != 0 and "fake.png" in refused.stderr and "not an image" in refused.stderr
