"""The engine's llama_cpp.Llama: no chat handlers of its own, and a context with several sequences when asked."""

from __future__ import annotations

from typing import Any

import llama_cpp


class EngineLlama(llama_cpp.Llama):
    """Llama without llama-cpp-python's own chat handlers, and with `n_seq_max` slots.

    Its constructor compiles every chat template in the file and raises on a syntax error, so a model with a
    broken template could not be loaded at all. We render templates ourselves (core/chat_template.py, with
    a fallback), so the templates are hidden from its constructor; `raw_metadata` keeps them.

    Slots (issue 18): the constructor creates the context from `context_params` with no way to ask for several
    sequences, so they are set as that struct is assigned, before the context is made from it.
    """

    def __init__(self, *args: Any, n_seq_max: int = 1, **kwargs: Any) -> None:
        self.n_seq_max = n_seq_max
        super().__init__(*args, **kwargs)

    @property
    def metadata(self) -> dict[str, str]:
        return self._visible_metadata

    @metadata.setter
    def metadata(self, value: dict[str, str]) -> None:
        self.raw_metadata = value
        self._visible_metadata = {k: v for k, v in value.items() if not k.startswith("tokenizer.chat_template")}

    @property
    def context_params(self) -> Any:
        return self._context_params

    @context_params.setter
    def context_params(self, value: Any) -> None:
        if self.n_seq_max > 1:
            value.n_seq_max = self.n_seq_max
            value.kv_unified = False  # each slot its own KV cells: n_ctx / n_seq_max of them
        self._context_params = value
