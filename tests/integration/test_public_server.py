"""The public API server on the real engine and the starter model, driven by the official `openai` and `anthropic`
clients over loopback (issue 11, part A). One engine worker and one server for the module."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import jsonschema
import openai
import pytest

from desktop_llm.core.events import ChatMessage, GenerationFinished
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.server_types import RequestRecord, ServerSettings
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.services.server.public_server import PublicServer
from tests.gguf_fixtures import with_chat_template

pytestmark = [pytest.mark.slow, pytest.mark.module_engine]
KEY = "sk-integration-0123456789"
MODEL = "smollm2-135m-instruct.q4_1"


class Live:
    def __init__(self, server: PublicServer, host: EngineHost, records: list[RequestRecord]) -> None:
        self.server, self.host, self.records = server, host, records
        self.client = openai.OpenAI(base_url=server.base_url, api_key=KEY, max_retries=0, timeout=300)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[Live]:
    tmp = tmp_path_factory.mktemp("public-server")
    host = EngineHost(tmp / "logs")
    library = ModelLibrary(tmp / "models", tmp / "index.json", starter=starter_model)
    records: list[RequestRecord] = []
    server = PublicServer(host, library, ServerSettings(port=0, api_key=KEY, n_ctx=2048, idle_unload_s=0),
                          records.append)
    server.start()
    yield Live(server, host, records)
    server.stop()
    host.shutdown()


def test_models_and_a_whole_chat(live: Live) -> None:
    assert [m.id for m in live.client.models.list()] == [MODEL]
    reply = live.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Say hello."}], max_tokens=16, temperature=0, seed=3)
    assert reply.choices[0].message.content and reply.model == MODEL
    assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 16
    again = live.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Say hello."}], max_tokens=16, temperature=0, seed=3)
    assert again.choices[0].message.content == reply.choices[0].message.content  # seed and temperature 0
    record = live.records[-1]
    assert record.model == MODEL and record.status == 200 and record.completion_tokens == again.usage.completion_tokens


def test_a_stream_with_stop_and_usage(live: Live) -> None:
    stream = live.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Count from 1 to 20, separated by commas."}],
        max_tokens=60, temperature=0, stop=["7"], stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "7" not in text and text
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    completion = live.client.completions.create(model=MODEL, prompt="The capital of France is", max_tokens=5,
                                                temperature=0)
    assert completion.choices[0].text and completion.usage is not None


def test_a_json_schema_is_honoured(live: Live) -> None:
    schema = {"type": "object", "additionalProperties": False, "required": ["name", "age"],
              "properties": {"name": {"type": "string", "maxLength": 20}, "age": {"type": "integer"}}}
    reply = live.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Describe a person as JSON."}], max_tokens=120,
        temperature=0.7, response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": schema}})
    assert reply.choices[0].finish_reason == "stop"
    jsonschema.validate(json.loads(reply.choices[0].message.content or ""), schema)
    anything = live.client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Reply with a JSON object."}], max_tokens=120,
        temperature=0, response_format={"type": "json_object"})
    assert isinstance(json.loads(anything.choices[0].message.content or ""), dict)


def test_embeddings_separate_related_from_unrelated(live: Live) -> None:
    answer = live.client.embeddings.create(model=MODEL, input=[
        "The cat sat on the mat.", "A kitten rested on the rug.", "Interest rates rose at the central bank."])
    vectors = [item.embedding for item in answer.data]
    assert len({len(v) for v in vectors}) == 1 and len(vectors[0]) > 100

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2])
    assert answer.usage.prompt_tokens > 0


def test_the_key_and_the_path_injection(live: Live) -> None:
    stranger = openai.OpenAI(base_url=live.server.base_url, api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        stranger.models.list()
    with pytest.raises(openai.BadRequestError) as refused:
        live.client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}],
                                            extra_body={"lora": [{"path": "/etc/shadow"}]})
    assert refused.value.body["param"] == "lora"  # type: ignore[index]
    with pytest.raises(openai.NotFoundError):
        live.client.chat.completions.create(model="/etc/shadow", messages=[{"role": "user", "content": "hi"}])


def test_a_disconnect_cancels_the_generation(live: Live) -> None:
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "Write a very long story."}],
                       "max_tokens": 4000, "temperature": 1.0, "stream": True}).encode()
    before = len(live.records)
    with socket.create_connection(("127.0.0.1", live.server.port), timeout=60) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     + f"Authorization: Bearer {KEY}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        received = b""
        while b"content" not in received:  # the model is generating
            received += sock.recv(4096)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(live.records) == before:
        time.sleep(0.1)
    assert live.records[-1].finish_reason == "cancelled"
    assert live.records[-1].completion_tokens < 4000
    assert live.host.status().busy is False  # the engine is idle again


def test_anthropic_messages_whole_and_streamed(live: Live) -> None:
    client = anthropic.Anthropic(base_url=live.server.base_url.removesuffix("/v1"), api_key=KEY, max_retries=0)
    message = client.messages.create(model=MODEL, max_tokens=20, system="Answer briefly.",
                                     messages=[{"role": "user", "content": "Name a colour."}])
    assert message.content[0].type == "text" and message.content[0].text
    assert message.usage.output_tokens > 0 and message.stop_reason in ("end_turn", "max_tokens")
    with client.messages.stream(model=MODEL, max_tokens=20,
                                messages=[{"role": "user", "content": "Name a fruit."}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text and final.usage.output_tokens > 0


# Tools (issue 11, part A): a copy of the starter model whose template is Qwen2.5's, which writes tools into the
# prompt and teaches <tool_call> tags. The tiny model would rarely call a tool by itself; a forced tool_choice is
# enforced by a grammar, so every reply below is a call whose arguments match the tool's schema.

TOOLS_MODEL = "smollm2-qwen25-tools"
WEATHER_SCHEMA = {"type": "object", "required": ["city"], "additionalProperties": False, "properties": {
    "city": {"type": "string", "description": "The city's name", "maxLength": 40},
    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}}
WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "The current weather in a city.",
                                            "parameters": WEATHER_SCHEMA}}
TIME = {"type": "function", "function": {"name": "get_time", "description": "The time now in a timezone.",
                                         "parameters": {"type": "object", "properties": {"tz": {"type": "string"}}}}}
ASK = [{"role": "user", "content": "What is the weather like in Paris today?"}]


@pytest.fixture(scope="module")
def tools_live(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[Live]:
    tmp = tmp_path_factory.mktemp("public-server-tools")
    template = (Path(__file__).parent.parent / "fixtures" / "chat_templates" / "Qwen-Qwen2.5-7B-Instruct.jinja")
    copy = with_chat_template(starter_model, tmp / f"{TOOLS_MODEL}.gguf", template.read_text(encoding="utf-8"))
    host = EngineHost(tmp / "logs")
    library = ModelLibrary(tmp / "models", tmp / "index.json", starter=copy)
    records: list[RequestRecord] = []
    server = PublicServer(host, library, ServerSettings(port=0, api_key=KEY, n_ctx=2048, idle_unload_s=0),
                          records.append)
    server.start()
    yield Live(server, host, records)
    server.stop()
    host.shutdown()


def test_a_required_tool_call_comes_back_parsed(tools_live: Live) -> None:
    client = tools_live.client
    assert [m.id for m in client.models.list()] == [TOOLS_MODEL]
    reply = client.chat.completions.create(model=TOOLS_MODEL, messages=ASK, tools=[WEATHER, TIME],
                                           tool_choice="required", parallel_tool_calls=False, max_tokens=80,
                                           temperature=0)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.type == "function" and call.id and call.function.name in ("get_weather", "get_time")
    schema = WEATHER_SCHEMA if call.function.name == "get_weather" else TIME["function"]["parameters"]
    jsonschema.validate(json.loads(call.function.arguments), schema)
    assert tools_live.records[-1].finish_reason == "tool_calls" and tools_live.records[-1].status == 200
    # The app's own engine client sends tools the same way, and counts the prompt with them.
    engine = tools_live.host.client()
    question = [ChatMessage("user", ASK[0]["content"])]
    assert engine.count_chat(question, tools=[WEATHER]) > engine.count_chat(question) + 30
    events = list(engine.chat_stream(question, SamplingParams(max_tokens=4, temperature=0), tools=[WEATHER]))
    assert isinstance(events[-1], GenerationFinished) and events[-1].stats.prompt_tokens == engine.count_chat(
        question, tools=[WEATHER])


def test_a_named_tool_call_streams_and_its_result_round_trips(tools_live: Live) -> None:
    client = tools_live.client
    stream = client.chat.completions.create(
        model=TOOLS_MODEL, messages=ASK, tools=[WEATHER, TIME],
        tool_choice={"type": "function", "function": {"name": "get_weather"}}, max_tokens=80, temperature=0.7,
        seed=11, stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    deltas = [call for c in chunks if c.choices for call in (c.choices[0].delta.tool_calls or [])]
    finish = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finish == ["tool_calls"] and len(deltas) == 1 and chunks[-1].usage is not None
    call = deltas[0]
    assert call.index == 0 and call.id and call.function and call.function.name == "get_weather"
    arguments = json.loads(call.function.arguments or "")
    jsonschema.validate(arguments, WEATHER_SCHEMA)
    assert not "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)  # the call is no content
    # The call and the tool's result go back as the next request, rendered by the model's own template.
    history = [*ASK,
               {"role": "assistant", "content": None, "tool_calls": [
                   {"id": call.id, "type": "function",
                    "function": {"name": "get_weather", "arguments": call.function.arguments}}]},
               {"role": "tool", "tool_call_id": call.id, "content": json.dumps({"temperature_c": 21, "sky": "clear"})}]
    answer = client.chat.completions.create(model=TOOLS_MODEL, messages=history, tools=[WEATHER],
                                            max_tokens=24, temperature=0)
    assert answer.choices[0].finish_reason in ("stop", "length", "tool_calls") and answer.usage is not None
    # The prompt holds the call and its result: more tokens than the question alone with the same tools.
    alone = client.chat.completions.create(model=TOOLS_MODEL, messages=ASK, tools=[WEATHER],
                                           max_tokens=1, temperature=0)
    assert alone.usage is not None and answer.usage.prompt_tokens > alone.usage.prompt_tokens + 20


def test_anthropic_tool_use(tools_live: Live) -> None:
    client = anthropic.Anthropic(base_url=tools_live.server.base_url.removesuffix("/v1"), api_key=KEY, max_retries=0)
    tool = {"name": "get_weather", "description": "The current weather in a city.", "input_schema": WEATHER_SCHEMA}
    message = client.messages.create(model=TOOLS_MODEL, max_tokens=80, tools=[tool],
                                     tool_choice={"type": "any", "disable_parallel_tool_use": True},
                                     messages=[{"role": "user", "content": "Weather in Oslo?"}])
    uses = [block for block in message.content if block.type == "tool_use"]
    assert message.stop_reason == "tool_use" and len(uses) == 1 and uses[0].name == "get_weather"
    jsonschema.validate(uses[0].input, WEATHER_SCHEMA)
    counted = client.messages.count_tokens(model=TOOLS_MODEL, tools=[tool],
                                           messages=[{"role": "user", "content": "Weather in Oslo?"}])
    bare = client.messages.count_tokens(model=TOOLS_MODEL, messages=[{"role": "user", "content": "Weather in Oslo?"}])
    assert counted.input_tokens > bare.input_tokens + 30  # the tool's schema is part of the prompt


def test_tools_on_a_template_that_cannot_render_them_are_a_400(live: Live) -> None:
    """The starter's own template (SmolLM2's) never writes tools: the request is refused, not answered blind."""
    with pytest.raises(openai.BadRequestError) as refused:
        live.client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER])
    assert "does not support tools" in str(refused.value)
    with pytest.raises(openai.BadRequestError):
        live.client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER],
                                            tool_choice="required")
    # tool_choice "none": the tools are not offered, so nothing needs the template to read them.
    reply = live.client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER],
                                                tool_choice="none", max_tokens=8, temperature=0)
    assert reply.choices[0].finish_reason in ("stop", "length") and not reply.choices[0].message.tool_calls
