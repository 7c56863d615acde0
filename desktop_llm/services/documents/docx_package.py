"""Opening .docx files safely, for reading and for translating in place.

A .docx is a zip archive: python-docx reads every part into memory and parses its XML with lxml. Before it
does, the archive is checked here on what its parts really expand to, not on the sizes it declares (Python's
zipfile reads a whole part in one call, so a part that declares 1 KB can still inflate to 2 GB before being
cut), and every way a damaged file fails (a bad zip, an unsupported compression, malformed or too deeply
nested XML) becomes a DocumentError naming the file and the problem. Issue 10, item 18: a zip bomb and lxml
syntax errors used to reach the user as "unexpected error".
"""

from __future__ import annotations

import logging
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from desktop_llm.core.errors import DocumentError, DocumentFormatError, DocumentTooLargeError
from desktop_llm.core.ui_text import QT_TR_NOOP

log = logging.getLogger(__name__)
MAX_EXPANDED_BYTES = 512 * 1024**2  # all parts together, unpacked: what python-docx would hold in memory
# lxml builds about 20 bytes of tree per byte of dense XML (48 MB of <w:p/> took 930 MB): the XML parts get a cap of
# their own, far under the archive's. A very long book's document.xml is about 20 MB.
MAX_XML_BYTES = 64 * 1024**2
MAX_RATIO = 200  # Word's XML deflates 5-30x; a zip bomb 1000x
RATIO_FROM_BYTES = 2 * 1024**2  # smaller parts may compress by any amount
MAX_PARTS = 10_000  # a long report has a few dozen; each costs memory before anything is read
_CENTRAL_DIRECTORY_END = b"PK\x05\x06"
_LOCAL_HEADER = b"PK\x03\x04"
_STEP = 1024**2
# The reason in brackets is the parser's own words (English): the sentence around it is translated.
_UNREADABLE = QT_TR_NOOP("{name} is not a readable .docx file ({reason})")


def check_docx(path: Path) -> None:
    """Refuse a .docx whose parts expand beyond the limits, or whose archive is damaged."""
    name = path.name
    with path.open("rb") as handle:
        _check_part_count(handle, name)
        try:
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                total = xml = 0
                for info in infos:
                    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                        raise DocumentFormatError(
                            QT_TR_NOOP("{name}: the part {part} uses a compression Word never writes (method "
                                       "{method}); this is not a .docx from a word processor"),
                            name=name, part=repr(info.filename), method=info.compress_type)
                    if info.flag_bits & 0x1:
                        raise DocumentFormatError(
                            QT_TR_NOOP("{name} is password-protected (its parts are encrypted)"), name=name)
                    size = _expanded_size(handle, info, name, MAX_EXPANDED_BYTES - total)
                    total += size
                    if info.filename.lower().endswith((".xml", ".rels")):
                        xml += size
                        if xml > MAX_XML_BYTES:
                            raise DocumentTooLargeError(
                                QT_TR_NOOP("{name} holds more than {size} of XML, which would take many times "
                                           "that in memory to read: refusing"),
                                name=name, size=_size_text(MAX_XML_BYTES))
                    if size > RATIO_FROM_BYTES and size > MAX_RATIO * max(1, info.compress_size):
                        raise DocumentTooLargeError(
                            QT_TR_NOOP("{name}: the part {part} expands {ratio} times, to {size}: refusing (this "
                                       "looks like a zip bomb)"),
                            name=name, part=repr(info.filename), ratio=f"{size // max(1, info.compress_size):,}",
                            size=_size_text(size))
        except zipfile.BadZipFile as exc:
            raise DocumentFormatError(_UNREADABLE, name=name, reason=str(exc)) from exc


@contextmanager
def docx_errors(path: Path) -> Iterator[None]:
    """Inside, whatever python-docx, lxml or zipfile raise on a damaged file becomes a DocumentFormatError."""
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    try:
        yield
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentTooLargeError(QT_TR_NOOP("{name} needs more memory to read than this computer has free"),
                                    name=path.name) from exc
    except (LxmlError, PythonDocxError, OpcError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError,
            IndexError, AttributeError, TypeError, NotImplementedError, RecursionError) as exc:
        # A damaged file is the user's to know about, not a bug: the type and message say what python-docx met.
        log.info("could not read %s", path, exc_info=True)
        raise DocumentFormatError(_UNREADABLE, name=path.name, reason=_describe(exc)) from exc


def open_docx(path: Path) -> Any:
    """A python-docx Document, after check_docx; use it inside docx_errors() too."""
    from docx import Document as DocxDocument

    check_docx(path)
    with docx_errors(path):
        return DocxDocument(str(path))


def _check_part_count(handle: BinaryIO, name: str) -> None:
    """The central directory's own count, read before zipfile builds an object for every entry."""
    size = handle.seek(0, 2)
    tail_start = max(0, size - 22 - 65535)
    handle.seek(tail_start)
    tail = handle.read()
    at = tail.rfind(_CENTRAL_DIRECTORY_END)
    if at < 0 or len(tail) - at < 22:
        raise DocumentFormatError(QT_TR_NOOP("{name} is not a readable .docx file (it is not a zip archive)"),
                                  name=name)
    entries, directory_bytes = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries > MAX_PARTS or directory_bytes > MAX_PARTS * 1024:
        raise DocumentTooLargeError(QT_TR_NOOP("{name} has {count} parts; a .docx with more than {limit} is refused"),
                                    name=name, count=f"{entries:,}", limit=f"{MAX_PARTS:,}")
    handle.seek(0)


def _expanded_size(handle: BinaryIO, info: zipfile.ZipInfo, name: str, room: int) -> int:
    """What the part really inflates to, counted in steps without keeping it; over `room` is refused."""
    header = b""
    if 0 <= info.header_offset < handle.seek(0, 2):  # a damaged directory can point anywhere, even before 0
        handle.seek(info.header_offset)
        header = handle.read(30)
    if len(header) < 30 or not header.startswith(_LOCAL_HEADER):
        raise DocumentFormatError(QT_TR_NOOP("{name} is not a readable .docx file (the part {part} is missing)"),
                                  name=name, part=repr(info.filename))
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    if info.compress_type == zipfile.ZIP_STORED:
        size = left
    else:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        size = 0
        try:
            while left > 0 and not inflater.eof and size <= room:
                data = handle.read(min(left, _STEP))
                if not data:
                    break
                left -= len(data)
                while data and size <= room:
                    size += len(inflater.decompress(data, _STEP))
                    data = inflater.unconsumed_tail
        except zlib.error as exc:
            raise DocumentFormatError(QT_TR_NOOP("{name}: the part {part} is damaged ({reason})"), name=name,
                                      part=repr(info.filename), reason=str(exc)) from exc
    if size > room:
        total = MAX_EXPANDED_BYTES - room + size
        raise DocumentTooLargeError(
            QT_TR_NOOP("{name} expands to {size} or more when unpacked: refusing (the limit is {limit}; this looks "
                       "like a zip bomb)"), name=name, size=_size_text(total), limit=_size_text(MAX_EXPANDED_BYTES))
    return size


def _size_text(size: int) -> str:
    return f"{size / 1024**3:.1f} GB" if size >= 1024**3 else f"{size / 1024**2:,.0f} MB"


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if "depth" in text.lower():
        return f"its XML is nested too deeply: {text}"
    if type(exc).__name__ == "XMLSyntaxError":
        return f"malformed XML: {text}"
    return text if len(text) <= 300 else text[:300] + "…"
