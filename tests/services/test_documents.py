"""Reading documents: every format, encodings, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_llm.core.errors import DocumentError
from desktop_llm.services.documents.documents import load_document
from desktop_llm.services.documents.language_id import detect_language
from tests.document_fixtures import write_docx, write_pdf


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
