"""The files of a collection's sources: what is walked, what is skipped, links, limits (issue 12, K2)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_llm.services.knowledge.file_scan import NOT_FOUND, NOT_SUPPORTED, scan_sources, source_of


def _write(path: Path, text: str = "text") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_in_a_stable_order_and_junk_is_skipped(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    wanted = [_write(root / "b.md"), _write(root / "a.txt"), _write(root / "sub" / "deep" / "c.py"),
              _write(root / "sub" / "report.pdf")]
    for junk in (".hidden.md", ".git/config.md", "node_modules/pkg/readme.md", "__pycache__/x.py",
                 "sub/.cache/y.txt", "env1/lib/site.py", "picture.png", "notes.docx~"):
        _write(root / junk)
    _write(root / "env1" / "pyvenv.cfg")  # a virtual environment under any name
    result = scan_sources([str(root)])
    assert [f.path for f in result.files] == sorted(str(p) for p in wanted)
    first = result.files[0]
    stat = os.stat(first.path)
    assert (first.size, first.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    assert result.problems == () and result.missing == ()


def test_single_files_missing_sources_and_unsupported_files(tmp_path: Path) -> None:
    single = _write(tmp_path / ".notes.md")  # named by the user: taken even though hidden
    gone = str(tmp_path / "unplugged")
    image = _write(tmp_path / "photo.jpg")
    result = scan_sources([str(single), gone, str(image)])
    assert [f.path for f in result.files] == [str(single)]
    reasons = {p.path: p.reason for p in result.problems}
    assert reasons == {gone: NOT_FOUND, str(image): NOT_SUPPORTED}
    assert result.missing == (gone,)


def test_links_stay_inside_the_source_and_loops_end(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    inside = _write(root / "real" / "a.md")
    outside = _write(tmp_path / "elsewhere" / "secret.md")
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "again").symlink_to(root / "real", target_is_directory=True)
    (root / "out").symlink_to(outside.parent, target_is_directory=True)
    (root / "out.md").symlink_to(outside)
    (root / "dangling.md").symlink_to(tmp_path / "nothing.md")
    files = [f.path for f in scan_sources([str(root)]).files]
    assert len(files) == 1 and os.path.realpath(files[0]) == str(inside.resolve())


def test_the_file_limit_is_said(tmp_path: Path) -> None:
    for i in range(7):
        _write(tmp_path / "many" / f"{i}.txt")
    result = scan_sources([str(tmp_path / "many")], max_files=5)
    assert len(result.files) == 5
    assert len(result.problems) == 1 and "more than 5 files" in result.problems[0].reason


def test_source_of_picks_the_longest_source(tmp_path: Path) -> None:
    outer, inner = str(tmp_path / "a"), str(tmp_path / "a" / "b")
    assert source_of(str(tmp_path / "a" / "b" / "x.md"), [outer, inner]) == inner
    assert source_of(str(tmp_path / "a" / "x.md"), [outer, inner]) == outer
    assert source_of(str(tmp_path / "ab" / "x.md"), [outer, inner]) is None
