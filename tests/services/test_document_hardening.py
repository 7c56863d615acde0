"""Hostile documents reach the user as a typed error naming the file and the problem (never "unexpected
error"), a .docx zip bomb is refused before it expands, and Cancel stops a long chunking (issue 10, item 18)."""

from __future__ import annotations

import random
import threading
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from desktop_llm.core.errors import Cancelled, DocumentError, DocumentFormatError, DocumentTooLargeError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions
from desktop_llm.services.documents.documents import load_document
from desktop_llm.services.documents.summarizer import TokenCounter, summarize
from desktop_llm.services.documents.translator import translate_docx
from tests.document_fixtures import write_docx, write_pdf
from tests.hostile.documents import (
    base64_markdown,
    broken_unicode_files,
    corrupted,
    damaged_docx_files,
    damaged_pdf_files,
    dense_xml_member,
    docx_with,
    lying_size_docx,
    replacing,
    xml_bomb_member,
    zip_bomb_docx,
)

MIB = 1024**2


class FakeEngine:
    """A ChatEngine whose counts are characters / 3; it records calls and answers every chat with "ok"."""

    def __init__(self, on_count: Callable[[int], None] | None = None) -> None:
        self.counts = 0
        self.chats = 0
        self._on_count = on_count

    def count(self, text: str) -> int:
        self.counts += 1
        if self._on_count is not None:
            self._on_count(self.counts)
        return len(text) // 3 + 1

    def count_chat(self, messages: Sequence[ChatMessage]) -> int:
        return sum(self.count(m.content) + 4 for m in messages)

    def tokenize(self, text: str) -> list[int]:
        return list(range(self.count(text)))

    def chat_stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                    cancelled: Callable[[], bool] = lambda: False, request_id: str | None = None,
                    adapters: object = None) -> Iterator[StreamEvent]:
        self.chats += 1
        yield TextDelta("ok")
        yield GenerationFinished("stop", GenerationStats())

    def cancel(self, request_id: str | None = None) -> int:
        return 0


def _peak_mib(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
    except (DocumentTooLargeError, DocumentFormatError):
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / MIB


def test_a_docx_zip_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    bomb = zip_bomb_docx(tmp_path, expanded_mib=600)
    assert bomb.stat().st_size < 2 * MIB  # small on disk: only the old size check was ever made
    with pytest.raises(DocumentTooLargeError, match=r"bomb\.docx expands to 5\d\d MB or more .*refusing"):
        load_document(bomb)
    assert _peak_mib(lambda: load_document(bomb)) < 32  # counted in steps, never held


def test_translate_docx_checks_the_archive_too(tmp_path: Path) -> None:
    engine = FakeEngine()
    with pytest.raises(DocumentTooLargeError, match=r"bomb\.docx expands to"):
        translate_docx(engine, 2048, zip_bomb_docx(tmp_path), tmp_path / "out.docx", TranslateOptions("en", "de"),
                       lambda _p: None, threading.Event())
    assert engine.chats == 0 and not (tmp_path / "out.docx").exists()


def test_a_part_that_expands_a_thousandfold_is_refused_even_under_the_total_limit(tmp_path: Path) -> None:
    path = docx_with(tmp_path, "dense.docx", replacing("word/document.xml", xml_bomb_member(40)))
    with pytest.raises(DocumentTooLargeError, match=r"dense\.docx: the part 'word/document.xml' expands [\d,]+ times"):
        load_document(path)


def test_an_element_dense_docx_under_the_bomb_ratio_is_refused_before_lxml_parses_it(tmp_path: Path) -> None:
    # 80 MiB of XML at about 100x: once accepted, lxml needed over a gigabyte to build its tree.
    path = docx_with(tmp_path, "dense.docx", replacing("word/document.xml", dense_xml_member(80)))
    assert path.stat().st_size < 2 * MIB
    with pytest.raises(DocumentTooLargeError, match=r"dense\.docx holds more than 64 MB of XML"):
        load_document(path)
    assert _peak_mib(lambda: load_document(path)) < 32


def test_a_part_that_lies_about_its_size_is_judged_on_what_it_inflates_to(tmp_path: Path) -> None:
    # zipfile reads a part in one call and cuts it to the declared size only afterwards: 700 MB in memory.
    path = lying_size_docx(tmp_path, expanded_mib=700)
    assert _peak_mib(lambda: load_document(path)) < 32
    with pytest.raises(DocumentTooLargeError, match=r"lying\.docx expands to"):
        load_document(path)


@pytest.mark.parametrize("name", ["malformed-xml", "deep-xml", "not-xml", "bad-content-types", "no-document",
                                  "encrypted", "bzip2", "bad-crc", "bad-deflate", "truncated", "too-many-parts",
                                  "shifted-directory"])
def test_damaged_docx_files_get_a_typed_error_naming_the_file(tmp_path: Path, name: str) -> None:
    path = damaged_docx_files(tmp_path)[name]
    expected = DocumentTooLargeError if name == "too-many-parts" else DocumentFormatError
    with pytest.raises(expected, match=path.name) as caught:
        load_document(path)
    assert type(caught.value) is expected
    if name in ("malformed-xml", "not-xml"):
        assert "malformed XML" in str(caught.value)
    if name == "deep-xml":
        assert "nested too deeply" in str(caught.value)
    with pytest.raises(expected, match=path.name):
        translate_docx(FakeEngine(), 2048, path, tmp_path / "out.docx", TranslateOptions("en", "de"),
                       lambda _p: None, threading.Event())


def test_a_pdf_with_a_filter_pypdf_does_not_know_gets_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentFormatError, match=r"^unknown-filter\.pdf is not a readable PDF"):
        load_document(damaged_pdf_files(tmp_path)["unknown-filter.pdf"])


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_randomly_damaged_files_only_ever_give_document_errors(tmp_path: Path, kind: str) -> None:
    plain = (write_docx(tmp_path / "seed.docx") if kind == "docx"
             else write_pdf(tmp_path / "seed.pdf", ["Hello harbour.", "A second page about rivers."])).read_bytes()
    rng = random.Random(11)
    for index in range(40):
        path = tmp_path / f"damaged-{index}.{kind}"
        path.write_bytes(corrupted(plain, rng))
        try:
            load_document(path)
        except DocumentError:
            pass  # anything else fails the test, with the file left in tmp_path to look at


@pytest.mark.parametrize(("name", "problem"), [
    ("odd-utf16.txt", "UTF-16 byte-order mark but has an odd number of bytes"),
    ("lone-surrogate.txt", "UTF-16 byte-order mark but is not valid UTF-16 at byte 6"),
    ("odd-utf16be.md", "UTF-16 byte-order mark but has an odd number of bytes"),
    ("cut-utf32.txt", "UTF-32 byte-order mark but has a number of bytes that is not a multiple of 4"),
])
def test_text_that_breaks_its_byte_order_mark_gets_a_typed_error(tmp_path: Path, name: str, problem: str) -> None:
    with pytest.raises(DocumentFormatError, match=f"^{name.replace('.', '[.]')} starts with a {problem}"):
        load_document(broken_unicode_files(tmp_path)[name])


def test_valid_utf32_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    (tmp_path / "u32.txt").write_bytes("grüße".encode("utf-32"))
    assert load_document(tmp_path / "u32.txt").text == "grüße"


def test_cancel_stops_summarizing_during_chunking_between_two_counts() -> None:
    cancel = threading.Event()
    engine = FakeEngine(on_count=lambda calls: cancel.set() if calls == 8 else None)
    with pytest.raises(Cancelled):
        summarize(engine, 2048, base64_markdown(1_100_000), SummaryOptions(), lambda _p: None, cancel)
    assert engine.counts == 8 and engine.chats == 0


def test_the_token_cache_is_bounded() -> None:
    counter = TokenCounter(FakeEngine())
    for index in range(40):
        counter(f"{index} " + "x" * 300_000)
    assert counter.calls == 40 and counter.cached_chars <= TokenCounter.CACHE_CHARS
    counter("huge " * 400_000)  # longer than a quarter of the cache: counted, not kept
    assert counter.cached_chars <= TokenCounter.CACHE_CHARS
