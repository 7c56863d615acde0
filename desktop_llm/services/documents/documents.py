"""Reading documents into text: txt/md (encoding detected), pdf (text layer), docx, html, rtf.

Structure comes through as markdown (headings, list items, tables) so chunking and translation can keep it.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from desktop_llm.core.document_types import Document, Notice
from desktop_llm.core.errors import DocumentError, DocumentFormatError, DocumentTooLargeError, NoTextLayerError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.docx_package import docx_errors, open_docx

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_TEXT_CHARS = 8_000_000
SUPPORTED = (".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm", ".rtf")
# What a file really is, by its first bytes: each a whole sentence so a translator can word it freely.
_MAGIC = {
    b"PK\x03\x04": QT_TR_NOOP("{name} is not a text document: it is a ZIP archive (or an Office file with the "
                              "wrong extension) renamed to {suffix}"),
    b"%PDF": QT_TR_NOOP("{name} is not a text document: it is a PDF file renamed to {suffix}"),
    b"\x7fELF": QT_TR_NOOP("{name} is not a text document: it is a program (ELF executable) renamed to {suffix}"),
    b"MZ": QT_TR_NOOP("{name} is not a text document: it is a Windows program renamed to {suffix}"),
    b"\x89PNG": QT_TR_NOOP("{name} is not a text document: it is a PNG image renamed to {suffix}"),
    b"\xff\xd8\xff": QT_TR_NOOP("{name} is not a text document: it is a JPEG image renamed to {suffix}"),
    b"GIF8": QT_TR_NOOP("{name} is not a text document: it is a GIF image renamed to {suffix}"),
    b"GGUF": QT_TR_NOOP("{name} is not a text document: it is a GGUF model file renamed to {suffix}"),
    b"\x1f\x8b": QT_TR_NOOP("{name} is not a text document: it is a gzip archive renamed to {suffix}"),
    b"SQLite format 3": QT_TR_NOOP("{name} is not a text document: it is an SQLite database renamed to {suffix}"),
}


def load_document(path: Path) -> Document:
    if not path.is_file():
        raise DocumentError(QT_TR_NOOP("{name}: file not found"), name=path.name)
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(QT_TR_NOOP("{name} is empty"), name=path.name)
    if size > MAX_FILE_BYTES:
        raise DocumentTooLargeError(QT_TR_NOOP("{name} is {size} MB; documents up to 100 MB are supported"),
                                    name=path.name, size=f"{size / 1024**2:.0f}")
    suffix = path.suffix.lower()
    with path.open("rb") as handle:  # closed at once (an unclosed file is a ResourceWarning)
        head = handle.read(16)
    if suffix == ".pdf":
        return _checked(_read_pdf(path))
    if suffix == ".docx":
        return _checked(_read_docx(path))
    if suffix not in SUPPORTED:
        if not suffix:
            raise DocumentError(QT_TR_NOOP("{name}: a file without an extension is not supported (use {supported})"),
                                name=path.name, supported=", ".join(SUPPORTED))
        raise DocumentError(QT_TR_NOOP("{name}: {suffix} is not supported (use {supported})"),
                            name=path.name, suffix=suffix, supported=", ".join(SUPPORTED))
    for magic, sentence in _MAGIC.items():
        if head.startswith(magic):
            raise DocumentError(sentence, name=path.name, suffix=suffix)
    raw = path.read_bytes()
    text = decode_text(raw, path.name)
    if suffix in (".html", ".htm"):
        return _checked(Document(path.name, "html", html_to_text(text)))
    if suffix == ".rtf":
        from striprtf.striprtf import rtf_to_text

        return _checked(Document(path.name, "rtf", str(rtf_to_text(text))))  # type: ignore[no-untyped-call]
    return _checked(Document(path.name, "md" if suffix in (".md", ".markdown") else "txt", text))


def _checked(document: Document) -> Document:
    text = document.text.replace("\r\n", "\n").replace("\x00", "")
    if not text.strip():
        if document.kind == "pdf":
            raise NoTextLayerError(QT_TR_NOOP("{name} has no text (scanned pages need OCR first: this PDF has no "
                                              "text layer)"), name=document.name)
        raise DocumentError(QT_TR_NOOP("{name} has no text"), name=document.name)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentTooLargeError(QT_TR_NOOP("{name} has {count} characters; up to {limit} are supported"),
                                    name=document.name, count=f"{len(text):,}", limit=f"{MAX_TEXT_CHARS:,}")
    return Document(document.name, document.kind, text, document.warnings)


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the detected encoding; refuses binary data."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    for bom, codec in _UNICODE_BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(raw, codec, name)
    sample = raw[:65536]
    if b"\x00" in sample:
        raise DocumentError(QT_TR_NOOP("{name} looks like a binary file, not text"), name=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(raw[:1_000_000])
    best = matches.best()
    if best is None:
        raise DocumentError(QT_TR_NOOP("{name}: the text encoding could not be recognised (is it a binary file?)"),
                            name=name)
    # Short texts often fit several code pages equally well; Windows-1252 is by far the most common of them.
    tied = {m.encoding for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence}
    encoding = "cp1252" if "cp1252" in tied else best.encoding
    return raw.decode(encoding, errors="replace")


# UTF-32's marks first: the little-endian one begins with UTF-16's.
_UNICODE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                 (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode_with_bom(raw: bytes, codec: str, name: str) -> str:
    """Text whose byte-order mark names its encoding: a cut-short or corrupt file is said to be one (it used to
    reach the user as "unexpected error: 'utf-16' codec can't decode byte …", issue 10 item 18)."""
    unit = 4 if codec == "utf-32" else 2
    label = codec.upper()
    if len(raw) % unit:
        odd = (QT_TR_NOOP("{name} starts with a {label} byte-order mark but has an odd number of bytes ({bytes}): "
                          "the file is cut short, or it is not {label} text") if unit == 2 else
               QT_TR_NOOP("{name} starts with a {label} byte-order mark but has a number of bytes that is not a "
                          "multiple of 4 ({bytes}): the file is cut short, or it is not {label} text"))
        raise DocumentFormatError(odd, name=name, label=label, bytes=f"{len(raw):,}")
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise DocumentFormatError(
            QT_TR_NOOP("{name} starts with a {label} byte-order mark but is not valid {label} at byte {offset} "
                       "({reason}): the file is damaged, or it is not {label} text"),
            name=name, label=label, offset=f"{exc.start:,}", reason=exc.reason) from exc


def _read_pdf(path: Path) -> Document:
    pages = read_pdf_pages(path)
    empty = [str(i + 1) for i, text in enumerate(pages) if not text.strip()]
    warnings: list[Notice] = []
    if empty and len(empty) < len(pages):
        shown = ", ".join(empty[:10]) + ("…" if len(empty) > 10 else "")
        warnings.append(Notice.of(QT_TR_NOOP("Page(s) {pages} have no text layer (scanned images?) and were skipped."),
                                  pages=shown))
    text = "\n\n".join(reflow_pdf_page(p) for p in pages if p.strip())
    return Document(path.name, "pdf", text, tuple(warnings))


def read_pdf_pages(path: Path) -> list[str]:
    """The text layer of each page, in order ("" for a page without one), so a caller can keep page numbers (the
    knowledge indexer, issue 12). DocumentError: password-protected; DocumentFormatError: damaged."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            # An empty user password opens many "protected" PDFs. pypdf answers a wrong one with NOT_DECRYPTED
            # rather than an exception (a real password used to surface as "not a readable PDF").
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise DocumentError(QT_TR_NOOP("{name} is password-protected"), name=path.name) from exc
            if opened == PasswordType.NOT_DECRYPTED:
                raise DocumentError(QT_TR_NOOP("{name} is password-protected"), name=path.name)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError,
            NotImplementedError, zlib.error, struct.error) as exc:
        # pypdf meets a damaged file with whatever its parser trips on; each of these means "damaged", not a bug.
        log.info("could not read %s", path, exc_info=True)
        raise DocumentFormatError(QT_TR_NOOP("{name} is not a readable PDF ({reason})"), name=path.name,
                                  reason=str(exc) or type(exc).__name__) from exc
    return pages


def reflow_pdf_page(text: str) -> str:
    """PDF text comes line by line: join lines of a paragraph, keep blank-line paragraph breaks."""
    text = re.sub(r"-\n(?=[a-z])", "", text)  # words hyphenated across lines
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def _read_docx(path: Path) -> Document:
    docx = open_docx(path)  # the archive checked first: a zip bomb is refused before python-docx expands it
    with docx_errors(path):
        return Document(path.name, "docx", _docx_markdown(docx))


def _docx_markdown(docx: Any) -> str:
    lines: list[str] = []
    for paragraph in docx.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = re.match(r"Heading (\d)", style)
        if level:
            lines.append("#" * int(level.group(1)) + " " + text)
        elif style == "Title":
            lines.append("# " + text)
        elif "List" in style:
            lines.append("- " + text)
        else:
            lines.append(text)
    for table in docx.tables:
        rows = [[cell.text.strip().replace("|", "/") for cell in row.cells] for row in table.rows]
        if rows:
            lines.append("\n".join(
                ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                + ["| " + " | ".join(r) + " |" for r in rows[1:]]
            ))
    return _join_markdown_lines(lines)


def _join_markdown_lines(lines: list[str]) -> str:
    out: list[str] = []
    for index, line in enumerate(lines):
        if index:
            tight = line.startswith("- ") and lines[index - 1].startswith("- ")
            out.append("\n" if tight else "\n\n")
        out.append(line)
    return "".join(out)


class _Readable(HTMLParser):
    """Readable text of an HTML page: scripts, styles and page furniture dropped, structure as markdown."""

    _SKIP: ClassVar[set[str]] = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form", "iframe"}
    _BLOCK: ClassVar[set[str]] = {"p", "div", "section", "article", "main", "br", "tr", "table", "blockquote", "pre", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif not self._skip:
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
            elif tag == "li":
                self.parts.append("\n- ")
            elif tag in self._BLOCK:
                self.parts.append("\n\n")
            elif tag in ("td", "th"):
                self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif not self._skip and (tag in self._BLOCK or (tag.startswith("h") and tag[1:].isdigit())):
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _Readable()
    parser.feed(markup)
    parser.close()
    text = html_lib.unescape("".join(parser.parts))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
