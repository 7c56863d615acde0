"""A second real architecture (issue 13, part 3): Gemma 3 270M, a base model whose GGUF has no chat template.

Chat falls back to Gemma's own format (its vocabulary has `<start_of_turn>`), with the system prompt folded into
the first user turn as Gemma's template does, and says so; summaries and translations run on it; the library and
the fit estimate read it right; and copies of the file with Gemma's real templates written in render through the
sandbox, the refusing one (Gemma 2's "System role not supported") by folding the system prompt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.chat_formats import BY_NAME
from desktop_llm.core.chunking import split_blocks
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape, compute_bytes, estimate_fit, kv_cache_bytes
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.documents.translator import translate
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.models.model_library import ModelLibrary
from tests.gguf_fixtures import with_chat_template
from tests.integration.conftest import starter_params

pytestmark = [pytest.mark.slow, pytest.mark.module_engine]
N_CTX = 2048
GEMMA_SIZE = 253_113_024  # gemma-3-270m-q4_k_m.gguf, as its package's SHA-256 pins it
NOTICE = "This model's file has no chat template; using the Gemma format, which its vocabulary uses."
CHAT = [ChatMessage("system", "You are a geography teacher."), ChatMessage("user", "What is the capital of France?")]
TEMPLATES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_templates"
GREEDY = SamplingParams(temperature=0.0, seed=0, max_tokens=48)


def collect(events: Iterator[object]) -> tuple[str, GenerationFinished]:
    text, final = [], None
    for event in events:
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, GenerationFinished):
            final = event
    assert final is not None
    return "".join(text), final


def gemma_tokens(engine: EngineHost, messages: list[ChatMessage]) -> int:
    """How many tokens the Gemma format's own text of `messages` is, its markers read as the special tokens."""
    text = BY_NAME["Gemma"].render([m.to_dict() for m in messages], True, "<bos>").text
    return int(engine.client().post_json("/tokenize", {"content": text, "special": True})["count"])


def test_the_model_is_gemma3_without_a_template_and_the_chat_says_which_format_it_uses(gemma_engine: EngineHost) -> None:
    model = gemma_engine.status().model
    assert model is not None
    assert (model.architecture, model.quantization) == ("gemma3", "Q4_K_M")
    assert model.chat_template_warning == NOTICE


def test_chat_with_a_system_prompt_is_written_the_gemma_way(gemma_engine: EngineHost) -> None:
    client = gemma_engine.client()
    # The system prompt is folded into the first user turn: the engine's prompt is exactly Gemma's text.
    assert client.count_chat(CHAT) == gemma_tokens(gemma_engine, CHAT)
    text, final = collect(client.chat_stream(CHAT, GREEDY))
    assert text.strip(), "the reply is empty"
    assert final.warning == NOTICE
    assert final.finish_reason in ("stop", "length") and final.stats.completion_tokens > 0
    for marker in ("<start_of_turn>", "<end_of_turn>", "<|im_start|>", "<|im_end|>"):
        assert marker not in text
    # A longer chat: earlier turns in the model's role, the assistant called "model".
    longer = [*CHAT, ChatMessage("assistant", "Paris."), ChatMessage("user", "And of Italy?")]
    assert client.count_chat(longer) == gemma_tokens(gemma_engine, longer)
    again, final = collect(client.chat_stream(longer, GREEDY))
    assert again.strip() and final.warning == NOTICE


SHORT_REPORT = (
    "The town library opened a new reading room in March. It has forty seats, long tables and quiet lamps.\n\n"
    "Visitors can borrow laptops at the desk for two hours. The room is open every day from nine to six.\n\n"
    "The library plans a second room for children next year, paid for by a grant from the region."
)
SHORT_MARKDOWN = "# The tool\n\nThe tool runs on every computer.\n\n```bash\npip install acme-tool\n```\n\n- Open the menu\n"


@pytest.mark.timeout(900)  # a base model writes to its full budget; minutes on a busy 2-core CPU
def test_a_summary_on_gemma(gemma_engine: EngineHost) -> None:
    # A base model rambles to its token budget on every request, so the document is short (the chunked,
    # 30-page summary is the starter model's test).
    stages: list[str] = []
    result = summarize(gemma_engine.client(), N_CTX, SHORT_REPORT, SummaryOptions(style="paragraph", length="short"),
                       lambda p: stages.append(p.stage), threading.Event())
    assert result.text.strip()
    for request in result.requests:
        assert request.prompt_tokens + request.max_tokens <= N_CTX
    assert stages[0] == "reading" and stages[-1] == "writing"


@pytest.mark.timeout(900)  # a base model writes to its full budget; minutes on a busy 2-core CPU
def test_a_translation_on_gemma_keeps_the_structure_and_the_code(gemma_engine: EngineHost) -> None:
    result = translate(gemma_engine.client(), N_CTX, SHORT_MARKDOWN, TranslateOptions("en", "fr"),
                       lambda p: None, threading.Event())
    source_blocks, out_blocks = split_blocks(SHORT_MARKDOWN), split_blocks(result.text)
    assert [b.kind for b in out_blocks] == [b.kind for b in source_blocks]
    for before, after in zip(source_blocks, out_blocks, strict=True):
        if before.kind == "code":
            assert after.text == before.text
    assert out_blocks[0].text.startswith("# ")
    assert any(a.text != b.text for a, b in zip(source_blocks, out_blocks, strict=True) if b.kind == "paragraph")


def test_the_fit_estimate_matches_what_llama_cpp_allocates_for_gemma(gemma_engine: EngineHost, gemma_model: Path) -> None:
    loaded = gemma_engine.status().model
    assert loaded is not None and loaded.compute_bytes and loaded.kv_cache_bytes
    shape = ModelShape.from_header(read_file_header(str(gemma_model)))
    assert (shape.n_layers, shape.n_embd, shape.n_vocab, shape.context_length) == (18, 640, 262_144, 32_768)
    # Gemma 3 keeps a full-size cache in every layer here (llama.cpp's sliding-window layers are not shrunk
    # unless asked), so the estimate is the allocation itself, or errs on the safe side.
    assert loaded.kv_cache_bytes <= kv_cache_bytes(shape, loaded.n_ctx) <= 2 * loaded.kv_cache_bytes
    estimated = compute_bytes(shape, loaded.n_ctx)
    assert abs(estimated - loaded.compute_bytes) / loaded.compute_bytes < 0.05
    fit = estimate_fit(shape, GEMMA_SIZE, MemoryBudget(ram_bytes=4 * 1024**3, vram_bytes=0), N_CTX)
    assert fit.verdict == "CPU only" and fit.total_bytes < 1024**3


def test_the_library_lists_gemma_with_its_architecture_quantization_and_size(gemma_model: Path, tmp_path: Path) -> None:
    library = ModelLibrary(tmp_path / "models", tmp_path / "models" / "index.json", None)
    imported = library.import_file(gemma_model)
    [listed] = library.models()
    for info in (imported, listed):
        assert (info.architecture, info.quantization, info.size_bytes) == ("gemma3", "Q4_K_M", GEMMA_SIZE)
        assert info.n_layers == 18 and not info.has_chat_template and not info.error
        assert info.parameter_label in ("268M", "270M")


@pytest.fixture(scope="module")
def gemma_with_templates(gemma_model: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies of the Gemma file with Gemma's real templates written in: Gemma 2's refuses a system role,
    Gemma 3's folds it itself (tests/core/test_chat_formats.py holds both sources)."""
    from tests.core.test_chat_formats import GEMMA_3

    folder = tmp_path_factory.mktemp("gemma-templates")
    refusing = (TEMPLATES / "google-gemma-2-2b-it.jinja").read_text(encoding="utf-8")
    assert "System role not supported" in refusing
    return {
        "refusing": with_chat_template(gemma_model, folder / "gemma-refusing.gguf", refusing),
        "folding": with_chat_template(gemma_model, folder / "gemma-folding.gguf", GEMMA_3),
    }


@pytest.mark.parametrize("kind", ["refusing", "folding"])
def test_gemmas_real_templates_render_a_system_prompt_folded(
    gemma_engine: EngineHost, gemma_model: Path, gemma_with_templates: dict[str, Path], kind: str
) -> None:
    try:
        status = gemma_engine.ensure_loaded(starter_params(gemma_with_templates[kind]))
        assert status.model is not None and status.model.chat_template_warning == ""
        client = gemma_engine.client()
        # "System role not supported" is answered by folding the system prompt into the first user turn, which
        # renders exactly what Gemma 3's template (and our own Gemma format) writes.
        assert client.count_chat(CHAT) == gemma_tokens(gemma_engine, CHAT)
        text, final = collect(client.chat_stream(CHAT, GREEDY))
        assert text.strip() and final.warning == ""
    finally:
        gemma_engine.ensure_loaded(starter_params(gemma_model))
