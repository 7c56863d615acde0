#!/usr/bin/env bash
# Linux one-folder build: dist/desktop-llm/ (run ./desktop-llm), plus a tarball with a .desktop entry and icon.
# Usage: packaging/build_linux.sh [OUT_DIR]   (from the repo root, with the dev environment: python3 dev.py setup)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-dist}"
PY="${PYTHON:-.venv/bin/python}"
"$PY" -m PyInstaller packaging/desktop-llm.spec --noconfirm --clean --distpath "$OUT" --workpath "build/pyinstaller"
APP="$OUT/desktop-llm"
mkdir -p "$APP/share/applications" "$APP/share/icons/hicolor/scalable/apps"
cp packaging/desktop-llm.desktop "$APP/share/applications/"
cp desktop_llm/resources/desktop-llm.svg "$APP/share/icons/hicolor/scalable/apps/"
cat > "$APP/install-desktop-entry.sh" <<'SH'
#!/bin/sh
# Adds desktop-llm to the application menu of the current user.
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p ~/.local/share/applications ~/.local/share/icons/hicolor/scalable/apps
sed "s|^Exec=.*|Exec=$here/desktop-llm|" "$here/share/applications/desktop-llm.desktop" > ~/.local/share/applications/desktop-llm.desktop
cp "$here/share/icons/hicolor/scalable/apps/desktop-llm.svg" ~/.local/share/icons/hicolor/scalable/apps/
echo "desktop-llm added to your applications menu."
SH
chmod +x "$APP/install-desktop-entry.sh"
tar -C "$OUT" -czf "$OUT/desktop-llm-linux-$(uname -m).tar.gz" desktop-llm
echo "Built $APP ($(du -sh "$APP" | cut -f1)); tarball: $OUT/desktop-llm-linux-$(uname -m).tar.gz"
