#!/usr/bin/env bash
# macOS build: dist/desktop-llm.app (llama.cpp uses Metal on Apple silicon: llama-cpp-python builds with
# Metal by default on arm64 macOS; for an explicit build: CMAKE_ARGS="-DGGML_METAL=on").
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" -m PyInstaller packaging/desktop-llm.spec --noconfirm --clean --distpath dist --workpath build/pyinstaller
echo "Built dist/desktop-llm.app; check it with: dist/desktop-llm.app/Contents/MacOS/desktop-llm --self-test"
