"""Reading documents: every format, encodings, and clear refusals; summaries and translations cut at their
length limit end cleanly (on scripted engines and the stand-in engine worker)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from desktop_llm.core.document_types import JobResult
from desktop_llm.core.errors import DocumentError, EngineRequestError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents.documents import load_document
from desktop_llm.services.documents.language_id import detect_language
from desktop_llm.services.documents.summarizer import CONTINUE_TOKENS, summarize
from desktop_llm.services.documents.translator import translate
from desktop_llm.services.engine.engine_host import EngineHost
from tests.document_fixtures import write_docx, write_pdf
from tests.gguf_fixtures import tiny_gguf
from tests.standin_engine import standin_command


def test_markdown_and_text_with_detected_encodings(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Titel\n\nÜber Größe", encoding="utf-8")
    assert load_document(tmp_path / "a.md").text == "# Titel\n\nÜber Größe"
    (tmp_path / "b.txt").write_bytes("Café crème, déjà vu, naïve façade: ça va très bien.".encode("latin-1"))
    assert "Café crème" in load_document(tmp_path / "b.txt").text
    (tmp_path / "c.txt").write_bytes("hello wörld".encode("utf-16"))
    assert load_document(tmp_path / "c.txt").text == "hello wörld"
    (tmp_path / "d.txt").write_bytes(b"\xef\xbb\xbfwith BOM")
    assert load_document(tmp_path / "d.txt").text == "with BOM"


def test_pdf_text_layer_and_scanned_pages(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "doc.pdf", ["First page about harbours.", "Second page about rivers."])
    document = load_document(path)
    assert document.kind == "pdf"
    assert "First page about harbours." in document.text and "Second page about rivers." in document.text

    from fpdf import FPDF

    scanned = FPDF()
    scanned.add_page()  # no text on it, like a scanned image
    scanned.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(tmp_path / "scan.pdf")


def test_docx_keeps_headings_lists_and_tables(tmp_path: Path) -> None:
    text = load_document(write_docx(tmp_path / "r.docx")).text
    assert text.startswith("# Quarterly report\n\nSales grew by twelve percent")
    assert "- New office opened\n- Hiring continues" in text
    assert "| Region | Growth |" in text and "| North | 15% |" in text


def test_html_gives_readable_text_without_scripts_or_styles(tmp_path: Path) -> None:
    page = ("<html><head><title>t</title><style>p{color:red}</style><script>steal()</script></head><body>"
            "<nav>Home | About</nav><h2>Report</h2><p>Hello&nbsp;<b>world</b> &amp; friends.</p>"
            "<ul><li>one</li><li>two</li></ul><script>more()</script></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    text = load_document(tmp_path / "p.html").text
    assert text == "## Report\n\nHello world & friends.\n\n- one\n- two"


def test_rtf(tmp_path: Path) -> None:
    (tmp_path / "x.rtf").write_text(r"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Hello from RTF.\par}")
    assert load_document(tmp_path / "x.rtf").text.strip() == "Hello from RTF."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"  \n\n \t\n", "has no text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG image renamed to .txt"),
        ("archive.md", b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
        ("model.txt", b"GGUF\x03\x00\x00\x00", "GGUF model file"),
        ("data.txt", b"abc\x00\x01\x02def" * 10, "binary file"),
        ("sheet.xlsx", b"whatever", "not supported"),
        ("broken.docx", b"not a zip at all", "not a readable .docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ],
)
def test_bad_files_are_refused_clearly(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(DocumentError, match=message):
        load_document(tmp_path / name)


def test_language_detection() -> None:
    assert detect_language("Das Wetter ist heute sehr schön und die Sonne scheint über der Stadt.") == "de"
    assert detect_language("Le temps est magnifique aujourd'hui et le soleil brille sur la ville.") == "fr"
    assert detect_language("今日はとても良い天気で、街の上に太陽が輝いています。") == "ja"
    assert detect_language("ok") == ""


# Replies cut at their length limit end cleanly: continued or trimmed, and the result says so (issue 13 part 5).


class ScriptedEngine:
    """A ChatEngine (counts: characters / 3) that answers chats and raw completions from scripts, in order, and
    records what it was asked; without `completions` it has no completion_stream, like a chat-only server."""

    def __init__(
        self, replies: list[tuple[str, str]] | Callable[[str], tuple[str, str]],
        completions: list[str | Exception] | Callable[[str], str] | None = None,
    ) -> None:
        self.replies = replies  # (text, finish_reason) for each chat in order, or made from the last message
        self.chats: list[list[ChatMessage]] = []
        self.prompts: list[tuple[str, int]] = []  # (prompt, max_tokens) of each raw completion
        if completions is not None:
            self._completions = completions if callable(completions) else list(completions)
            self.completion_stream = self._completion_stream

    def count(self, text: str) -> int:
        return len(text) // 3 + 1

    def count_chat(self, messages: Sequence[ChatMessage]) -> int:
        return sum(self.count(m.content) + 4 for m in messages)

    def tokenize(self, text: str) -> list[int]:
        return list(range(self.count(text)))

    def cancel(self, request_id: str | None = None) -> int:
        return 0

    def chat_stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                    cancelled: Callable[[], bool] = lambda: False, request_id: str | None = None,
                    adapters: object = None) -> Iterator[StreamEvent]:
        self.chats.append(list(messages))
        text, finish = self.replies(messages[-1].content) if callable(self.replies) else self.replies.pop(0)
        yield from _streamed(text, finish)

    def _completion_stream(self, prompt: str, sampling: SamplingParams, cancelled: Callable[[], bool] = lambda: False,
                           request_id: str | None = None) -> Iterator[StreamEvent]:
        self.prompts.append((prompt, sampling.max_tokens))
        answer = self._completions(prompt) if callable(self._completions) else self._completions.pop(0)
        if isinstance(answer, Exception):
            raise answer
        yield from _streamed(answer, "length")


def _streamed(text: str, finish: str) -> Iterator[StreamEvent]:
    for index in range(0, len(text), 7):
        yield TextDelta(text[index: index + 7])
    yield GenerationFinished(finish, GenerationStats())  # type: ignore[arg-type]


def _summary(engine: ScriptedEngine, text: str = "The railway opened in 1850 and grew.", n_ctx: int = 4096,
             length: str = "short") -> JobResult:
    return summarize(engine, n_ctx, text, SummaryOptions(length=length), lambda p: None,  # type: ignore[arg-type]
                     threading.Event())


CUT = "The railway opened in 1850. The railway was extended after a"


def test_a_cut_summary_is_continued_to_the_end_of_its_sentence() -> None:
    engine = ScriptedEngine([(CUT, "length")], ["a long debate. In 1900 the town"])
    result = _summary(engine)
    assert result.text == "The railway opened in 1850. The railway was extended after a long debate."
    # continued from the last full word, as raw text, bounded
    assert engine.prompts == [("The railway opened in 1850. The railway was extended after", CONTINUE_TOKENS)]
    assert [(r.stage, r.finish_reason, r.ending) for r in result.requests] == [
        ("final", "length", "continued"), ("continue", "length", "")]
    assert result.ending_note == "1 piece was cut at the length limit: 1 continued"
    # the prompt asked for the chosen length and the budget leaves room for it
    assert "about 60 words" in engine.chats[0][-1].content and result.requests[0].max_tokens >= 2 * 60


def test_a_continuation_that_ends_nowhere_leaves_the_summary_trimmed() -> None:
    result = _summary(ScriptedEngine([(CUT, "length")], ["a long debate among the members of"]))
    assert result.text == "The railway opened in 1850."
    assert result.ending_note == "1 piece was cut at the length limit: 1 trimmed to its last full sentence"


def test_without_raw_completions_or_room_a_cut_reply_is_trimmed() -> None:
    chat_only = ScriptedEngine([(CUT, "length")])
    assert _summary(chat_only).text == "The railway opened in 1850."
    assert [r.stage for r in _summary(ScriptedEngine([(CUT, "length")])).requests] == ["final"]
    # a server that refuses /v1/completions: trimmed, not failed
    refused = ScriptedEngine([(CUT, "length")], [EngineRequestError("404: no such endpoint")])
    result = _summary(refused)
    assert result.text == "The railway opened in 1850." and result.requests[-1].finish_reason == "error"


def test_a_reply_that_ends_cleanly_or_by_itself_is_untouched() -> None:
    engine = ScriptedEngine([("The railway opened in 1850.", "length")], [])
    result = _summary(engine)
    assert result.text == "The railway opened in 1850." and not engine.prompts and result.ending_note == ""
    stopped = _summary(ScriptedEngine([("A short reply without a full stop", "stop")], []))
    assert stopped.text == "A short reply without a full stop" and stopped.requests[0].finish_reason == "stop"


def test_a_broken_last_character_from_a_server_is_dropped() -> None:
    result = _summary(ScriptedEngine([("这是总结。核心\ufffd", "length")]))
    assert result.text == "这是总结。"


def test_map_and_reduce_passes_end_cleanly_and_the_details_count_them() -> None:
    document = "\n\n".join(f"第{i}段。" + "长城是中国古代的军事防御工程，绵延万里。" * 12 for i in range(16))

    def reply(request: str) -> tuple[str, str]:
        if request.startswith("Combine"):
            return "- 长城很长。\n- 明朝重修\n- 秦朝连", "length"
        part = int(request.split("(part ")[1].split(" ")[0])
        return ("长城始建于春秋战国时期。秦朝把各段连接起来，", "length") if part % 2 else ("明朝重修了长城。", "stop")

    engine = ScriptedEngine(reply, lambda prompt: "接了各段\n- 明朝" if prompt.endswith("秦朝连") else "西汉时期")
    result = summarize(engine, 900, document, SummaryOptions(style="bullets", length="short"), lambda p: None,
                       threading.Event())
    assert result.chunks >= 3 and result.rounds == 2
    map_notes = [r for r in result.requests if r.stage == "map" and r.finish_reason == "length"]
    assert map_notes and all(r.ending == "trimmed" for r in map_notes)  # their continuations reached no end
    # the notes fed to the final pass end with their last full sentence
    assert "秦朝把各段连接起来" not in engine.chats[-1][-1].content
    assert "长城始建于春秋战国时期。" in engine.chats[-1][-1].content
    assert result.text == "- 长城很长。\n- 明朝重修\n- 秦朝连接了各段"
    assert result.ending_note == (f"{len(map_notes) + 1} pieces were cut at the length limit: 1 continued, "
                                  f"{len(map_notes)} trimmed to its last full sentence")


def test_a_cut_translation_block_is_continued_or_trimmed_with_a_warning() -> None:
    source = "The harbour was rebuilt in 1834. Ships came back soon."
    engine = ScriptedEngine([("Der Hafen wurde 1834 wieder aufgebaut. Schiffe kamen", "length")],
                            ["kamen bald zurück. Und dann"])
    result = translate(engine, 4096, source, TranslateOptions("en", "de"), lambda p: None, threading.Event())
    assert result.text == "Der Hafen wurde 1834 wieder aufgebaut. Schiffe kamen bald zurück."
    assert result.ending_note == "1 piece was cut at the length limit: 1 continued" and not result.warnings
    trimmed = translate(ScriptedEngine([("Der Hafen wurde 1834 wieder aufgebaut. Schiffe kamen", "length")]), 4096,
                        source, TranslateOptions("en", "de"), lambda p: None, threading.Event())
    assert trimmed.text == "Der Hafen wurde 1834 wieder aufgebaut."
    assert len(trimmed.warnings) == 1 and "The harbour was rebuilt" in str(trimmed.warnings[0])


def test_on_the_standin_engine_a_reply_run_to_its_limit_ends_cleanly(tmp_path: Path) -> None:
    """The stand-in worker runs a "long" request on to max_tokens with no sentence end at all, over the real wire
    (chat and raw completion): the summary is cut at its last word and marked, and the details say so."""
    host = EngineHost(tmp_path / "logs", standin_command())
    model = tmp_path / "model.gguf"
    tiny_gguf(model)
    try:
        host.ensure_loaded(LoadParams(path=str(model), n_ctx=2048))
        result = summarize(host.client(), 2048, "A long story about the railway.", SummaryOptions(length="short"),
                           lambda p: None, threading.Event())
    finally:
        host.shutdown()
    assert [(r.stage, r.finish_reason) for r in result.requests] == [("final", "length"), ("continue", "stop")]
    assert result.text.endswith("…") and not result.text.endswith(" …")
    assert result.ending_note == "1 piece was cut at the length limit: 1 ended with '…' (no full sentence to keep)"
