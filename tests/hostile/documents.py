"""Hostile documents, generated: .docx zip bombs and damaged archives, broken Unicode, unbreakable runs.

Each generator writes a small file (kilobytes) that costs the reader what a real attack would: the bombs
really inflate to what they declare, so the old code that trusted python-docx blew up on them.
"""

from __future__ import annotations

import base64
import random
import string
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from tests.document_fixtures import write_docx, write_pdf

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_XML = "word/document.xml"


@dataclass(frozen=True)
class Member:
    """One zip entry, written as given: `raw` is the stored or raw-deflated data, the rest as declared."""

    name: str
    raw: bytes
    method: int
    crc: int
    size: int  # uncompressed size, as declared
    flags: int = 0


def base64_markdown(n_bytes: int, seed: int = 1) -> str:
    """Markdown with an inline image as a data URI: one run of base64 with no space and no sentence end."""
    blob = base64.b64encode(random.Random(seed).randbytes(n_bytes)).decode("ascii")
    return f"# Holiday notes\n\nThe photo is below.\n\n![photo](data:image/png;base64,{blob})\n\nThat is all."


def docx_members(tmp: Path) -> list[Member]:
    """The members of an ordinary .docx (tests/document_fixtures.write_docx), ready to be tampered with."""
    with zipfile.ZipFile(write_docx(tmp / "plain-source.docx")) as archive:
        return [stored(info.filename, archive.read(info)) for info in archive.infolist()]


def stored(name: str, data: bytes) -> Member:
    return Member(name, data, zipfile.ZIP_STORED, zlib.crc32(data), len(data))


def deflated(name: str, segments: Iterable[tuple[bytes, int]]) -> Member:
    """A deflated member built from (piece, times) segments without ever holding the whole expansion: each
    piece is compressed once with a full flush (which makes its compressed form repeatable) and repeated."""
    raw, crc, size = [], 0, 0
    for piece, times in segments:
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        block = packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)
        raw.append(block * times)
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
        size += len(piece) * times
    final = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw.append(final.flush(zlib.Z_FINISH))
    return Member(name, b"".join(raw), zipfile.ZIP_DEFLATED, crc, size)


def write_zip(path: Path, members: Iterable[Member]) -> Path:
    """A zip archive written byte by byte, so sizes, methods, flags and CRCs are exactly what the test says."""
    body, directory = bytearray(), bytearray()
    count = 0
    for member in members:
        name = member.name.encode()
        fields = (20, member.flags, member.method, 0, 0x21, member.crc, len(member.raw), member.size, len(name))
        offset = len(body)
        body += b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", *fields, 0) + name + member.raw
        directory += (b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", 20, *fields, 0, 0, 0, 0, 0, offset)
                      + name)
        count += 1
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def xml_bomb_member(expanded_mib: int) -> Member:
    """word/document.xml that is well-formed and inflates to `expanded_mib` MiB of one repeated paragraph."""
    paragraph = f"<w:p><w:r><w:t>{'A' * 4000}</w:t></w:r></w:p>".encode()
    per_mib = (1024**2) // len(paragraph)
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode()
    return deflated(DOCUMENT_XML, [(head, 1), (paragraph * per_mib, expanded_mib),
                                   (b"</w:body></w:document>", 1)])


def dense_xml_member(expanded_mib: int, seed: int = 7) -> Member:
    """word/document.xml of `expanded_mib` MiB of empty paragraphs salted with random text: it deflates only about
    100x (under any zip-bomb ratio) yet lxml would build a tree of about 20 bytes per byte of it."""
    salt = "".join(random.Random(seed).choices(string.ascii_letters, k=8192))
    empty = b"<w:p/>" * ((1024**2 - len(salt) - 40) // 6)
    piece = f"<w:p><w:r><w:t>{salt}</w:t></w:r></w:p>".encode() + empty
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode()
    return deflated(DOCUMENT_XML, [(head, 1), (piece, expanded_mib), (b"</w:body></w:document>", 1)])


def docx_with(tmp: Path, name: str, change: Callable[[list[Member]], list[Member]]) -> Path:
    """An ordinary .docx with its members changed by `change`."""
    return write_zip(tmp / name, change(docx_members(tmp)))


def replacing(name: str, member: Member) -> Callable[[list[Member]], list[Member]]:
    return lambda members: [member if m.name == name else m for m in members]


def zip_bomb_docx(tmp: Path, expanded_mib: int = 600) -> Path:
    """A .docx whose document.xml really inflates to `expanded_mib` MiB (about 1.5 KB a MiB on disk)."""
    return docx_with(tmp, "bomb.docx", replacing(DOCUMENT_XML, xml_bomb_member(expanded_mib)))


def lying_size_docx(tmp: Path, expanded_mib: int = 700) -> Path:
    """A bomb that declares its part to be 1 KB: zipfile would still inflate all of it in one read."""
    def change(members: list[Member]) -> list[Member]:
        bomb = xml_bomb_member(expanded_mib)
        return replacing(DOCUMENT_XML, replace(bomb, size=1024))(members)

    return docx_with(tmp, "lying.docx", change)


def damaged_docx_files(tmp: Path) -> dict[str, Path]:
    """Damaged .docx files, each failing somewhere else in zipfile, python-docx or lxml."""
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
    deep = header + "<w:p>" * 300 + "</w:p>" * 300 + "</w:body></w:document>"
    files = {
        "malformed-xml": replacing(DOCUMENT_XML, stored(DOCUMENT_XML, (header + "<w:p><w:r></w:body>").encode())),
        "deep-xml": replacing(DOCUMENT_XML, stored(DOCUMENT_XML, deep.encode())),
        "not-xml": replacing(DOCUMENT_XML, stored(DOCUMENT_XML, b"\x00\xff binary junk")),
        "bad-content-types": replacing("[Content_Types].xml", stored("[Content_Types].xml", b"<Types")),
        "no-document": lambda members: [m for m in members if m.name != DOCUMENT_XML],
        "encrypted": lambda members: [replace(m, flags=1) for m in members],
        "bzip2": lambda members: [replace(m, method=zipfile.ZIP_BZIP2) if m.name == DOCUMENT_XML else m
                                  for m in members],
        "bad-crc": lambda members: [replace(m, crc=m.crc ^ 1) if m.name == DOCUMENT_XML else m for m in members],
        "bad-deflate": replacing(DOCUMENT_XML, Member(DOCUMENT_XML, b"\xff" * 64, zipfile.ZIP_DEFLATED, 0, 4096)),
    }
    paths = {name: docx_with(tmp, f"{name}.docx", change) for name, change in files.items()}
    plain = write_docx(tmp / "plain.docx").read_bytes()
    (tmp / "truncated.docx").write_bytes(plain[: len(plain) // 2])
    paths["truncated"] = tmp / "truncated.docx"
    many = [stored(f"word/media/p{i}.xml", b"") for i in range(12_000)]
    paths["too-many-parts"] = write_zip(tmp / "many.docx", many)
    shifted = bytearray(plain)  # the directory says it starts 4 KB later than it does: every part moves before 0
    (declared,) = struct.unpack("<I", shifted[-6:-2])
    shifted[-6:-2] = struct.pack("<I", declared + 4096)
    (tmp / "shifted.docx").write_bytes(bytes(shifted))
    paths["shifted-directory"] = tmp / "shifted.docx"
    return paths


def damaged_pdf_files(tmp: Path) -> dict[str, Path]:
    """PDFs that make pypdf raise something other than its own PdfReadError."""
    plain = write_pdf(tmp / "plain.pdf", ["A page about harbours."]).read_bytes()
    files = {"unknown-filter.pdf": plain.replace(b"/FlateDecode", b"/FlaXeDecode")}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    return {name: tmp / name for name in files}


def corrupted(data: bytes, rng: random.Random) -> bytes:
    """`data` with a few bytes overwritten, cut out or inserted at random places."""
    out = bytearray(data)
    for _ in range(rng.choice([1, 2, 5, 20])):
        if not out:
            break
        at, roll = rng.randrange(len(out)), rng.random()
        if roll < 0.6:
            out[at] = rng.randrange(256)
        elif roll < 0.8:
            del out[at : at + rng.randrange(1, 50)]
        else:
            out[at:at] = rng.randbytes(rng.randrange(1, 20))
    return bytes(out)


def broken_unicode_files(tmp: Path) -> dict[str, Path]:
    """Text files whose byte-order mark promises an encoding the bytes do not keep."""
    files = {
        "odd-utf16.txt": "hello wörld".encode("utf-16") + b"!",
        "lone-surrogate.txt": b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le"),
        "odd-utf16be.md": b"\xfe\xff" + "# Title".encode("utf-16-be") + b"\x00",
        "cut-utf32.txt": "text".encode("utf-32") + b"\x00\x00",
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    return {name: tmp / name for name in files}
