"""A message's images on the wire and in templates (issue 17): content parts in, data URLs only, markers out;
the public server's OpenAI and Anthropic shapes passed on to the engine. Pure functions, no engine."""

from __future__ import annotations

import base64

import pytest

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.message_parts import MEDIA_MARKER, content_of, data_url_bytes
from desktop_llm.core.server_types import PublicError
from desktop_llm.engine.openai_request import messages_from
from desktop_llm.services.server.anthropic_routes import chat_messages
from desktop_llm.services.server.openai_routes import message_dicts

URL = "data:image/png;base64," + base64.b64encode(b"\x89PNG fake").decode()
SMOL = ("{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
        "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def test_to_dict_sends_content_parts_and_the_engine_reads_them_back() -> None:
    message = ChatMessage("user", "What is it?", images=(URL, URL))
    wire = message.to_dict()
    assert wire["content"] == [{"type": "text", "text": "What is it?"},
                               {"type": "image_url", "image_url": {"url": URL}},
                               {"type": "image_url", "image_url": {"url": URL}}]
    assert messages_from({"messages": [wire]}) == [message]
    assert ChatMessage("user", "hi").to_dict() == {"role": "user", "content": "hi"}  # no images: as before
    assert data_url_bytes(URL) == b"\x89PNG fake"


@pytest.mark.parametrize("url", ["http://example.com/a.png", "https://x/y.jpg", "file:///etc/passwd", "/etc/passwd",
                                 "data:text/plain;base64,aGk=", None])
def test_only_data_image_urls_are_accepted(url: object) -> None:
    with pytest.raises(RequestInvalidError, match="only data:image"):
        content_of([{"type": "image_url", "image_url": {"url": url}}], "messages[0]")


def test_other_parts_are_refused_not_dropped() -> None:
    with pytest.raises(RequestInvalidError, match="text or image_url"):
        content_of([{"type": "input_audio", "input_audio": {}}], "messages[0]")
    text, images = content_of([{"type": "image_url", "image_url": URL}, {"type": "text", "text": "a"}], "m")
    assert (text, images) == ("a", (URL,))


def test_a_template_sees_one_marker_per_image_before_the_text() -> None:
    with ChatTemplate(SMOL) as template:
        text = template.render([ChatMessage("user", "Compare", images=(URL, URL))]).text
        plain = template.render([ChatMessage("user", "Compare")]).text
    assert text.count(MEDIA_MARKER) == 2 and text.index(MEDIA_MARKER) < text.index("Compare")
    assert MEDIA_MARKER not in plain and URL not in text


def test_the_public_server_passes_image_parts_on() -> None:
    sent = message_dicts([{"role": "user", "content": [{"type": "text", "text": "What?"},
                                                       {"type": "image_url", "image_url": {"url": URL, "detail": "low"}}]}])
    assert sent[0]["content"] == [{"type": "text", "text": "What?"}, {"type": "image_url", "image_url": {"url": URL}}]
    assert message_dicts([{"role": "user", "content": [{"type": "text", "text": "hi"}]}])[0]["content"] == "hi"
    with pytest.raises(PublicError, match="only data:image"):
        message_dicts([{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://a/b.png"}}]}])


def test_anthropic_base64_image_blocks_become_image_parts() -> None:
    data = base64.b64encode(b"\x89PNG fake").decode()
    converted = chat_messages({"messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": data}},
        {"type": "text", "text": "What is it?"}]}]})
    assert converted == [{"role": "user", "content": [{"type": "text", "text": "What is it?"},
                                                      {"type": "image_url", "image_url": {"url": URL}}]}]
    with pytest.raises(PublicError, match="not base64"):
        chat_messages({"messages": [{"role": "user", "content": [
            {"type": "image", "source": {"type": "url", "url": "https://a/b.png"}}]}]})
