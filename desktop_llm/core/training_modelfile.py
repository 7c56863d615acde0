"""An Ollama Modelfile for a GGUF export, so `ollama create NAME -f Modelfile` takes the model as it is.

- A merged model: `FROM ./model.gguf` (the file beside the Modelfile).
- An adapter: `FROM <base model>` and `ADAPTER ./adapter.gguf` (Ollama applies a GGUF LoRA to its base).
- TEMPLATE: the model's Jinja chat template cannot be run by Ollama (it uses Go templates), so it is converted
  where the format is one whose turns are plain markers (ChatML, Llama 3, Phi-3); otherwise it is left out with
  a comment, and Ollama falls back on the template it detects from the GGUF's own metadata.
- PARAMETER stop for each stop string of that format, so a reply ends at its turn marker.

Pure text (the Modelfile syntax: https://github.com/ollama/ollama/blob/main/docs/modelfile.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_llm.core.chat_formats import FORMATS, ChatFormat

MODELFILE = "Modelfile"

# Go templates for the formats whose Jinja templates are plain turn markers; `.Messages` includes the system
# message in Ollama, so one loop writes every role.
_GO_TEMPLATES = {
    "ChatML": (
        "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}<|im_start|>assistant\n"
    ),
    "Llama 3": (
        "{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n{{ .Content }}<|eot_id|>"
        "{{- end }}<|start_header_id|>assistant<|end_header_id|>\n\n"
    ),
    "Phi-3": "{{- range .Messages }}<|{{ .Role }}|>\n{{ .Content }}<|end|>\n{{ end }}<|assistant|>\n",
}


def template_format(chat_template: str) -> ChatFormat | None:
    """The format whose markers the Jinja template writes, most specific first; None for anything else."""
    if not chat_template:
        return None
    for chat_format in FORMATS:
        if chat_format.markers and all(marker in chat_template for marker in chat_format.markers):
            return chat_format
    return None


def _quoted(value: str) -> str | None:
    """A Modelfile string argument, or None where the value cannot be written in one (a quote or a line break)."""
    if '"' in value or "\n" in value:
        return None
    return f'"{value}"'


def modelfile_text(
    model_file: str, chat_template: str, adapter_file: str = "", system: str = "",
    parameters: Mapping[str, float | int] | None = None,
) -> str:
    """The Modelfile: `model_file` is what FROM names (./model.gguf for a merged export, the base model for an
    adapter), `adapter_file` the adapter beside it (empty for a merged export)."""
    lines = [
        "# Ollama Modelfile written by desktop-llm. Create the model with:",
        "#   ollama create my-model -f Modelfile",
        f"FROM {model_file}",
    ]
    if adapter_file:
        lines.append(f"ADAPTER {adapter_file}")
    chat_format = template_format(chat_template)
    go_template = _GO_TEMPLATES.get(chat_format.name) if chat_format is not None else None
    if go_template is not None and chat_format is not None:
        lines += [f"# TEMPLATE: the model's {chat_format.name} chat template, written as a Go template",
                  f'TEMPLATE """{go_template}"""']
    elif chat_format is not None:
        lines.append(f"# TEMPLATE omitted: the model uses {chat_format.title}, which is not converted here; Ollama "
                     "detects a template from the GGUF's metadata")
    else:
        lines.append("# TEMPLATE omitted: the model's chat template is not one this converts; Ollama detects a "
                     "template from the GGUF's metadata (write one by hand if it guesses wrong)")
    if system:
        quoted = system.replace('"""', "'''")
        lines.append(f'SYSTEM """{quoted}"""')
    for stop in chat_format.stop if chat_format is not None else ():
        text = _quoted(stop)
        if text is not None:
            lines.append(f"PARAMETER stop {text}")
    for name, value in sorted((parameters or {}).items()):
        lines.append(f"PARAMETER {name} {value}")
    return "\n".join(lines) + "\n"
