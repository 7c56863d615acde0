"""Files read into sections with their place and cut into chunks; every failure a short reason (issue 12, K2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_llm.core.connections import estimate_tokens
from desktop_llm.core.errors import DocumentError
from desktop_llm.services.documents.documents import load_document
from desktop_llm.services.knowledge.index_readers import (
    EMPTY,
    ENCRYPTED,
    NO_TEXT_LAYER,
    NOT_TEXT,
    chunk_sections,
    markdown_sections,
    read_sections,
)
from tests.document_fixtures import MARKDOWN_WITH_CODE, long_report, write_docx, write_pdf


def _reason(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_sections(path)
    return str(caught.value)


def test_pdf_pages_keep_their_numbers(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a.pdf", ["The harbour opened in 1850.", "The railway came in 1870."])
    sections = read_sections(pdf)
    assert [(s.page, s.text) for s in sections] == [(1, "The harbour opened in 1850."), (2, "The railway came in 1870.")]
    chunks = chunk_sections(sections, estimate_tokens, 64)
    assert [c.place.page for c in chunks] == [1, 2]
    assert chunks[1].place.label() == "p. 2" and chunks[1].place.end == len("The railway came in 1870.")


def test_markdown_chunks_carry_their_heading_path_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(long_report(pages=4), encoding="utf-8")
    text = load_document(path).text
    chunks = chunk_sections(read_sections(path), estimate_tokens, 128)
    assert len(chunks) > 8
    assert chunks[0].place.heading == ("The history of Lakeside town", "Chapter 1")
    assert chunks[-1].place.heading == ("The history of Lakeside town", "Chapter 4")
    for chunk in chunks:
        assert chunk.tokens <= 128
        assert text[chunk.place.start:chunk.place.end].startswith(chunk.text[:40])
        assert text[chunk.place.start:chunk.place.end].endswith(chunk.text[-20:])
    starts = [c.place.start for c in chunks]
    assert starts == sorted(starts)


def test_headings_inside_code_fences_are_not_headings() -> None:
    sections = markdown_sections("# Install\n\nRun it.\n\n```bash\n# not a heading\nrun\n```\n\n## Use\n\nClick.")
    assert [s.heading for s in sections] == [("Install",), ("Install", "Use")]
    assert "# not a heading" in sections[0].text


def test_docx_and_html_headings(tmp_path: Path) -> None:
    docx = read_sections(write_docx(tmp_path / "q.docx"))
    assert docx[0].heading == ("Quarterly report",) and "twelve percent" in docx[0].text
    html = tmp_path / "page.html"
    html.write_text("<html><body><h1>Guide</h1><p>Intro.</p><h2>Setup</h2><p>Plug it in.</p></body></html>")
    assert [(s.heading, s.text.splitlines()[-1]) for s in read_sections(html)] == [
        (("Guide",), "Intro."), (("Guide", "Setup"), "Plug it in.")]


def test_source_code_is_cut_at_top_level_definitions(tmp_path: Path) -> None:
    functions = [f"def f{i}(x):\n    y = x + {i}\n\n    return y * {i}\n" for i in range(40)]
    path = tmp_path / "module.py"
    path.write_text("\n\n".join(functions), encoding="utf-8")
    chunks = chunk_sections(read_sections(path), estimate_tokens, 64)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.place.heading == ("module.py",)
        assert chunk.text.startswith("def f")  # never cut inside a function at its inner blank line
        assert re.search(r"return y \* \d+$", chunk.text)  # ends where a function ends
    assert "".join(c.text for c in chunks).count("def f") == 40


def test_markdown_with_code_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "install.md"
    path.write_text(MARKDOWN_WITH_CODE, encoding="utf-8")
    chunks = chunk_sections(read_sections(path), estimate_tokens, 256)
    assert chunks and all(c.place.heading == ("Installing the tool",) for c in chunks)


def test_a_scanned_pdf_is_said_to_have_no_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a picture of a page, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    assert _reason(tmp_path / "scan.pdf") == NO_TEXT_LAYER


def test_an_encrypted_pdf_is_said_to_be_encrypted(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", ["Secret numbers."])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("hunter2")
    with (tmp_path / "locked.pdf").open("wb") as handle:
        writer.write(handle)
    assert _reason(tmp_path / "locked.pdf") == ENCRYPTED


def test_binary_and_damaged_files(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "blob.py").write_bytes(b"abc\x00\x01\x02" * 100)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"garbage " * 50)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04" + b"not really a zip" * 10)
    (tmp_path / "empty.md").write_bytes(b"")
    assert _reason(tmp_path / "photo.txt") == NOT_TEXT
    assert _reason(tmp_path / "blob.py") == NOT_TEXT
    assert _reason(tmp_path / "broken.pdf").startswith("damaged (")
    assert _reason(tmp_path / "broken.docx").startswith("damaged (")
    assert _reason(tmp_path / "empty.md") == EMPTY


def test_a_file_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: nothing is written to disk
        handle.truncate(101 * 1024 * 1024)
    assert _reason(big).startswith("too large (101 MB")
