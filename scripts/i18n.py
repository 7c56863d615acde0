"""The translations: .ts sources per language and area (desktop_llm/resources/translations/<lang>/<area>.ts),
compiled into one .qm per language.

  python scripts/i18n.py extract [AREA ...]   refresh the .ts files from the code (pyside6-lupdate), keeping
                                              what is translated; strings gone from the code are dropped
  python scripts/i18n.py fill LANG AREA FILE  put the translations of FILE (JSON: {"source": "translation"},
                                              a list of forms for a %n plural, "source\\u0004comment" keys for
                                              a disambiguated source) into LANG's AREA .ts
  python scripts/i18n.py status               finished / total per language and area
  python scripts/i18n.py build                compile every language's .ts into desktop_llm_<lang>.qm
  python scripts/i18n.py pseudo OUT_DIR       a pseudo-locale .qm (every string longer, accented, bracketed)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_llm"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("en", "zh_CN", "ja", "de", "fr", "es")  # desktop_llm.controllers.i18n.LANGUAGES, without Qt

# Which .ts holds which module's strings: one area per part of the app, so people translate (and merge) one
# part at a time. tests/test_translatable.py fails when a module of ui/ or controllers/ is in none.
AREAS: dict[str, tuple[str, ...]] = {
    "chat": (
        "ui/chat_panel.py", "ui/composer_view.py", "ui/chat_empty_view.py", "ui/message_view.py",
        "ui/message_body.py", "ui/message_editor.py", "ui/code_block_view.py", "ui/thinking_view.py",
        "ui/chat_binding.py", "ui/adapter_bar.py", "ui/compare_dialog.py", "controllers/chat_controller.py",
        "controllers/chat_stream.py", "controllers/compare_controller.py", "controllers/engine_controller.py",
        "controllers/chat_knowledge.py", "ui/knowledge_attach.py", "ui/sources_view.py", "ui/passage_dialog.py",
        "controllers/chat_tools.py", "ui/tool_call_view.py", "ui/tool_approval_view.py", "ui/tools_chip.py",
        "controllers/tool_turn.py", "controllers/chat_context.py", "controllers/passage_context.py",
        "controllers/chat_side.py", "ui/chip_menu.py", "ui/disclosure.py",
        "controllers/chat_images.py", "ui/chat_images_binding.py", "ui/image_strip.py", "ui/image_viewer.py",
    ),
    "window": (
        "app.py", "ui/main_window.py", "ui/main_menus.py", "ui/page_stack.py", "ui/window_layout.py",
        "ui/sidebar_panel.py", "ui/conversation_list_view.py", "ui/model_picker.py", "ui/model_picker_popup.py",
        "ui/theme.py", "ui/design.py", "ui/icons.py", "ui/vertical_scroll.py", "controllers/chat_history.py",
        "controllers/conversation_list_model.py", "controllers/model_selection.py", "controllers/background.py",
    ),
    "dialogs": (
        "ui/first_run_dialog.py", "ui/startup_dialog.py", "ui/about_dialog.py", "ui/export_dialog.py",
        "ui/settings_dialog.py", "ui/page_chrome.py", "ui/translators.py", "controllers/single_instance.py",
        "controllers/i18n.py",
    ),
    "documents": (
        "ui/summarize_panel.py", "ui/translate_panel.py", "ui/document_source_view.py", "ui/document_columns.py",
        "ui/job_progress_view.py", "ui/job_binding.py", "controllers/document_controller.py",
    ),
    "models": (
        "ui/hub_panel.py", "ui/downloads_panel.py", "ui/library_panel.py", "ui/models_page.py",
        "ui/model_inspector_dialog.py", "ui/connections_dialog.py", "controllers/hub_controller.py",
        "controllers/download_controller.py", "controllers/download_list_model.py",
        "controllers/library_controller.py", "controllers/connections_controller.py",
    ),
    "training": (
        "ui/training_panel.py", "ui/training_form.py", "ui/training_binding.py", "ui/loss_chart.py",
        "ui/training_text.py", "controllers/training_controller.py", "ui/training_plan_text.py", "ui/spin_boxes.py",
        # Datasets from documents, collections and tables (issue 16)
        "ui/dataset_dialog.py", "ui/dataset_review.py", "controllers/dataset_controller.py",
        # GPUs and memory savers (issue 16)
        "ui/training_scale.py",
        # Evaluate and Export merged model on a finished run (issue 16)
        "controllers/run_tools_controller.py", "ui/evaluation_dialog.py", "ui/merge_export_dialog.py",
        "ui/run_tools_buttons.py",
    ),
    "settings": (
        "ui/settings_panel.py", "ui/collapsible_section.py", "ui/model_settings_binding.py", "ui/server_panel.py",
        "controllers/server_controller.py", "controllers/request_log_model.py",
        "controllers/model_defaults_controller.py",
        # Tools and MCP servers (issue 14)
        "ui/tools_dialog.py", "ui/mcp_server_form.py", "controllers/tools_controller.py",
    ),
    "knowledge": (
        "ui/knowledge_page.py", "ui/knowledge_detail_panel.py", "controllers/knowledge_controller.py",
        "app_knowledge.py", "ui/knowledge_items.py", "ui/knowledge_results.py",
    ),
    "errors": (),  # no UI module: the errors of core/, services/, engine/ and ipc/ (CORE_AREAS), issue 21
}
# core/ modules whose QT_TR_NOOP labels the UI shows, by area (added as they are marked).
CORE_AREAS: dict[str, tuple[str, ...]] = {
    "dialogs": ("core/recommendations.py", "core/hub_endpoint.py"),
    "documents": ("core/summary_prompts.py", "core/languages.py", "services/documents/documents.py",
                  "services/documents/docx_package.py", "services/documents/translator.py",
                  "services/documents/scan_reader.py"),  # the notes on scanned pages read (issue 17)
    "training": ("core/training_config.py", "core/training_plan.py", "core/training_data.py", "core/training_preview.py",
                 "services/training/training_runner.py", "services/training/training_runs.py",
                 "core/dataset_columns.py", "services/training/dataset_maker.py",
                 "services/training/dataset_sources.py", "services/training/evaluation.py",
                 "services/training/model_export.py", "services/training/run_tools.py", "training/merge_gguf.py",
                 "core/training_eval.py", "core/training_tools.py"),
    # validation of the settings a chat request carries; a message's images (issue 17)
    "chat": ("core/sampling.py", "core/message_images.py", "services/storage/image_store.py",
             "services/storage/conversation_store.py"),
    # Tools (issue 14): the errors of mcp.json, the MCP servers' statuses and the tools' failures, shown in the
    # Tools dialog (and in the chat's call blocks).
    "settings": ("services/tools/mcp_config.py", "services/tools/mcp_client.py", "services/tools/mcp_tools.py",
                 "services/tools/mcp_setup.py", "services/tools/registry.py", "services/tools/builtin_tools.py",
                 "services/tools/file_tools.py", "services/tools/python_sandbox.py"),
    "models": ("core/gguf_header.py",),  # header errors, shown in the Library and the inspector
    # Knowledge (issue 12): the services' errors are marked too (their messages reach the page and the chat).
    # Failure reasons and notes of the index (FailedFile templates) are shown on the Knowledge page and in the chat.
    "knowledge": ("core/embedding_models.py", "services/knowledge/knowledge_base.py",
                  "services/knowledge/file_scan.py", "services/knowledge/index_readers.py",
                  "services/knowledge/knowledge_store.py", "services/knowledge/knowledge_schema.py",
                  "services/knowledge/knowledge_vectors.py", "services/knowledge/vector_index.py",
                  "services/knowledge/embedding_engine.py", "services/knowledge/reranker.py"),
    # The errors the UI shows (issue 21): raised as XError(QT_TR_NOOP("… {name} …"), name=…), shown through
    # controllers.i18n.error_text; the engine's cross its wire with their template (ipc/engine_wire.py).
    "errors": (
        "engine/model_host.py", "services/engine/engine_host.py", "services/engine/engine_client.py",
        "services/engine/engine_process.py", "services/storage/startup.py", "services/storage/database.py",
        "services/models/hub_client.py", "services/models/downloader.py", "services/backends/remote.py",
        "services/backends/remote_backend.py", "services/backends/connection_store.py", "core/connections.py",
        "ipc/process_lock.py", "services/models/model_library.py", "services/storage/chat_tool_store.py",
        # Vision (issue 17) and the native generation loop and slots (issue 18)
        "core/message_parts.py", "core/vision_projector.py", "services/media/image_intake.py", "engine/vision.py",
        "engine/native_loop.py", "engine/native_sampler.py", "engine/sequence_batcher.py",
    ),
}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_file(language: str, area: str) -> Path:
    return TRANSLATIONS / language / f"{area}.ts"


def area_files(area: str) -> list[Path]:
    return [PACKAGE / name for name in (*AREAS[area], *CORE_AREAS.get(area, ()))]


def extract(areas: list[str]) -> None:
    for area in areas or list(AREAS):
        files = [str(path) for path in area_files(area) if path.exists()]
        for language in LANGUAGES:
            target = ts_file(language, area)
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                            "-target-language", language, "-ts", str(target)], check=True, capture_output=True)


def _key(message: ET.Element) -> str:
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}\u0004{comment}" if comment else source


def fill(language: str, area: str, translations: dict[str, str | list[str]]) -> int:
    path = ts_file(language, area)
    tree = ET.parse(path)
    done = 0
    for message in tree.iter("message"):
        text = translations.get(_key(message))
        if text is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in [text] if isinstance(text, str) else text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        done += 1
    _write(tree, path)
    return done


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def status() -> dict[str, dict[str, tuple[int, int]]]:
    """{language: {area: (finished, total)}}."""
    result: dict[str, dict[str, tuple[int, int]]] = {}
    for language in LANGUAGES:
        for area in AREAS:
            path = ts_file(language, area)
            if not path.exists():
                continue
            messages = list(ET.parse(path).iter("message"))
            finished = sum(1 for m in messages if (m.find("translation") is not None
                                                    and m.find("translation").get("type") is None))  # type: ignore[union-attr]
            result.setdefault(language, {})[area] = (finished, len(messages))
    return result


def build(out: Path = TRANSLATIONS) -> list[Path]:
    built = []
    for language in LANGUAGES:
        sources = sorted((TRANSLATIONS / language).glob("*.ts"))
        if not sources:
            continue
        target = out / f"desktop_llm_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), *map(str, sources), "-qm", str(target)], check=True,
                       capture_output=True)
        built.append(target)
    return built


_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")


def pseudo_text(source: str) -> str:
    """Accented, 40 % longer and bracketed (clipping shows as a missing bracket); {fields} and %n stay."""
    out, depth = [], 0
    for ch in source:
        depth += ch == "{"
        out.append(ch if depth else ch.translate(_ACCENTS))
        depth -= ch == "}" and depth > 0
    text = "".join(out)
    return "⟦" + text + "·" * max(1, len(source) * 2 // 5) + "⟧"


def pseudo(out_dir: Path) -> Path:
    """A .qm for the locale "pseudo": every string of every area, from the English .ts sources."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for area in AREAS:
            path = ts_file("en", area)
            if not path.exists():
                continue
            tree = ET.parse(path)
            for message in tree.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                text = pseudo_text(message.findtext("source") or "")
                if message.get("numerus") == "yes":
                    translation.text = None
                    for _ in range(2):
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = text
            target = Path(tmp) / f"{area}.ts"
            _write(tree, target)
            sources.append(str(target))
        qm = out_dir / "desktop_llm_pseudo.qm"
        subprocess.run([_tool("pyside6-lrelease"), *sources, "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract":
        extract(argv[1:])
    elif command == "fill" and len(argv) == 4:
        count = fill(argv[1], argv[2], json.loads(Path(argv[3]).read_text(encoding="utf-8")))
        print(f"{count} translations into {ts_file(argv[1], argv[2])}")
    elif command == "status":
        for language, areas in status().items():
            print(language, "  ".join(f"{area} {done}/{total}" for area, (done, total) in areas.items()))
    elif command == "build":
        for path in build():
            print(path)
    elif command == "pseudo" and len(argv) == 2:
        print(pseudo(Path(argv[1])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
