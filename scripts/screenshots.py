"""Screenshots of every page, at every size we promise and in both themes (issue 15), for review and README. The
real engine on the starter model answers; the fake hub from the tests stands in for Hugging Face (no network).

Usage: xvfb-run -a python scripts/screenshots.py [--readme] [--language=zh_CN] OUT [SCENE_GROUP ...]

OUT/<width>x<height>-<light|dark>/<scene>.png for each of 1024x640, 1280x800 and 1920x1080; the README set
(1280x800 light, and chat-dark.png) straight in OUT under the names docs/screenshots/ uses. --readme: only that
set (`scripts/screenshots.py --readme docs/screenshots` refreshes the README's pictures). SCENE_GROUP limits
the run to some of: start (welcome, empty chat), chat, models (Discover, Downloads, Library, model picker),
documents (Summarize, Translate), knowledge (the Knowledge page with a collection and a search, a chat answer
with its sources), images (a question with its picture, images in the composer, the viewer), tools (a reply
with tool calls, an approval card, the tools menu, the Tools dialog with MCP servers and its Add server form),
server, train (form, run, chat with the adapter, compare), reasoning.

One window does it all: each scene is set up once, then the window is resized and re-themed for each shot
(building it again per size would take minutes per scene). Popups and dialogs open over the window are painted
onto its picture where they sit, as a user sees them. A scene that fails is reported and the rest still run;
the exit code says whether all succeeded. Sizes the window could not shrink to are listed at the end, and the
layout check (tests/layout_fit.py) runs on every shot: OUT/layout-problems.txt.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from desktop_llm.services.models.model_library import starter_model_path
from tests.fake_hub import FakeHub, FakeRepo
from tests.gguf_fixtures import tiny_gguf

GROUPS = ("start", "chat", "images", "models", "documents", "knowledge", "tools", "server", "train", "reasoning")


def fake_hub(tmp: Path, starter: Path) -> FakeHub:
    tiny = tiny_gguf(tmp / "tiny.gguf").read_bytes()
    hub = FakeHub().start()
    readme = "# SmolLM2\n\nSmolLM2 is a family of compact language models, small enough to run on a phone or laptop.\n"
    hub.add("HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", FakeRepo(
        files={"SmolLM2-135M-Instruct.Q4_1.gguf": starter.read_bytes(), "README.md": readme.encode()},
        card={"license": "apache-2.0", "base_model": "HuggingFaceTB/SmolLM2-135M-Instruct", "language": ["en"]},
        downloads=51234, likes=120, tags=("gguf", "text-generation", "conversational"),
    ))
    for quant in ("Q2_K", "Q4_K_M", "Q5_K_M", "Q8_0", "F16"):
        hub.repos.setdefault("example/Tiny-Llama-GGUF", FakeRepo(files={}, downloads=900, likes=12))
        hub.repos["example/Tiny-Llama-GGUF"].files[f"tiny-llama-{quant}.gguf"] = tiny
    return hub


def main() -> int:
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--language=")), "en")
    args = [a for a in sys.argv[1:] if a != "--readme" and not a.startswith("--language=")]
    readme_only = "--readme" in sys.argv[1:]
    out = Path(args[0] if args else "docs/screenshots")
    groups = [g for g in args[1:] if g in GROUPS] or list(GROUPS)
    unknown = [g for g in args[1:] if g not in GROUPS]
    if unknown:
        print(f"unknown scene group(s) {unknown}; known: {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    starter = starter_model_path()
    assert starter is not None
    tmp = Path(tempfile.mkdtemp(prefix="dl-shots-"))
    hub = fake_hub(tmp, starter)
    os.environ["HF_ENDPOINT"] = hub.url
    os.environ["DESKTOP_LLM_HOME"] = str(tmp / "home")

    from desktop_llm.app import build_main_window, build_services
    from desktop_llm.services.storage.paths import AppPaths
    from scripts.screenshot_camera import README_SIZE, Camera, pump
    from scripts.screenshot_scenes import Scenes

    app = QApplication(sys.argv[:1])
    paths = AppPaths.under(tmp / "home")
    # The UI language every window of the run starts in (the settings file each one reads; issue 21).
    from dataclasses import replace

    from desktop_llm.services.storage.settings_store import SettingsStore

    store = SettingsStore(paths.ensure().settings_file)
    store.save(replace(store.load(), ui_language=language))
    started = time.monotonic()
    failed: list[str] = []
    problems: list[str] = []
    if "tools" in groups:  # before the window: its Tools dialog reads the servers of this mcp.json
        from desktop_llm.services.tools.mcp_config import mcp_config_path
        from tests.tools_scenes import write_mcp_json

        write_mcp_json(mcp_config_path(paths).parent)
    if any(g != "reasoning" for g in groups):
        services = build_services(paths)
        window = build_main_window(services)
        window.resize(*README_SIZE)
        window.show()
        pump(app, 60, lambda: window.model_status.text().startswith("Ready"))
        camera = Camera(app, window, out, readme_only)
        scenes = Scenes(app, window, camera, hub, tmp)
        for group in groups:
            if group != "reasoning":
                camera.run(group, getattr(scenes, group))
        failed += camera.failed
        problems += camera.problems
        if camera.too_small:
            print(f"the window could not take these sizes: {'; '.join(sorted(camera.too_small))}")
        window.close()
        window.deleteLater()
        app.processEvents()
        services.close()
    if "reasoning" in groups:
        from scripts.screenshot_scenes import reasoning

        reasoning_failed, reasoning_problems = reasoning(app, paths, out, tmp, readme_only)
        failed += reasoning_failed
        problems += reasoning_problems
    hub.stop()
    (out / "layout-problems.txt").write_text("".join(f"{p}\n" for p in problems))
    print(f"{len(problems)} layout problem(s) in the shots (tests/layout_fit.py's rules): {out / 'layout-problems.txt'}")
    print(f"done in {time.monotonic() - started:.0f} s" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
