"""The Ollama Modelfile beside a GGUF export: FROM, ADAPTER, a converted TEMPLATE where the format is plain turn
markers, else a comment, and the format's stop strings."""

from __future__ import annotations

from desktop_llm.core.training_modelfile import modelfile_text, template_format

CHATML_JINJA = ("{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + "
                "'<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}")
GEMMA_JINJA = "{{ bos_token }}{% for m in messages %}<start_of_turn>{{ m.role }}\n{{ m.content }}<end_of_turn>\n{% endfor %}"


def test_a_merged_chatml_model() -> None:
    text = modelfile_text("./model.gguf", CHATML_JINJA)
    lines = text.splitlines()
    assert lines[2] == "FROM ./model.gguf"
    assert not any(line.startswith("ADAPTER") for line in lines)
    assert ('TEMPLATE """{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}'
            '<|im_start|>assistant\n"""') in text
    assert 'PARAMETER stop "<|im_end|>"' in lines and 'PARAMETER stop "<|im_start|>"' in lines


def test_an_adapter_names_its_base_and_the_adapter_beside_it() -> None:
    text = modelfile_text("/models/base.gguf", CHATML_JINJA, "./adapter.gguf", parameters={"temperature": 0.7})
    assert "FROM /models/base.gguf\nADAPTER ./adapter.gguf\n" in text
    assert text.endswith("PARAMETER temperature 0.7\n")


def test_a_format_not_converted_is_left_to_ollama_with_a_comment() -> None:
    text = modelfile_text("./model.gguf", GEMMA_JINJA)
    assert "TEMPLATE \"\"\"" not in text
    assert "# TEMPLATE omitted: the model uses the Gemma format" in text
    assert 'PARAMETER stop "<end_of_turn>"' in text
    unknown = modelfile_text("./model.gguf", "{{ messages }}")
    assert "# TEMPLATE omitted: the model's chat template is not one this converts" in unknown
    assert "PARAMETER stop" not in unknown and template_format("") is None
