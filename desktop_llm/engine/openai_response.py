"""The OpenAI-shaped answers of the engine: streamed chunks, whole replies, usage and timings."""

from __future__ import annotations

import time
from typing import Any

from desktop_llm.engine.generation import GenerationResult


class ResponseMeta:
    """What every chunk of one reply repeats (id, model, creation time), and its usage and timings."""

    def __init__(self, request_id: str, model: str, chat: bool, n_ctx: int, dropped: int, warning: str) -> None:
        self.request_id = request_id
        self.model = model
        self.chat = chat
        self.n_ctx = n_ctx
        self.dropped = dropped
        self.warning = warning
        self.created = int(time.time())

    def chunk(self, text: str, finish: str | None) -> dict[str, Any]:
        if self.chat:
            choice: dict[str, Any] = {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
        else:
            choice = {"index": 0, "text": text, "finish_reason": finish}
        return {
            "id": self.request_id,
            "object": "chat.completion.chunk" if self.chat else "text_completion",
            "created": self.created,
            "model": self.model,
            "choices": [choice],
        }

    def usage(self, result: GenerationResult) -> dict[str, Any]:
        return {
            "usage": {
                "prompt_tokens": result.prompt_tokens,
                "completion_tokens": result.completion_tokens,
                "total_tokens": result.prompt_tokens + result.completion_tokens,
            },
            "timings": {
                "ttft_ms": round(result.ttft_ms, 2),
                "tokens_per_s": round(result.tokens_per_s, 2),
                "prompt_evaluated": result.prompt_evaluated,  # prompt tokens decoded (not from the KV cache)
                "prompt_ms": round(result.prompt_ms, 2),
                "n_ctx": self.n_ctx,
                "dropped_messages": self.dropped,
                "warning": self.warning,
            },
        }

    def completion(self, text: str, result: GenerationResult) -> dict[str, Any]:
        """The whole (non-streamed) reply."""
        choice: dict[str, Any] = {"index": 0, "finish_reason": result.finish_reason}
        if self.chat:
            choice["message"] = {"role": "assistant", "content": text}
        else:
            choice["text"] = text
        response = {
            "id": self.request_id,
            "object": "chat.completion" if self.chat else "text_completion",
            "created": int(time.time()),
            "model": self.model,
            "choices": [choice],
        }
        response.update(self.usage(result))
        return response


def embeddings_answer(vectors: list[list[float]], tokens: int, model: str) -> dict[str, Any]:
    data = [{"object": "embedding", "index": i, "embedding": vector} for i, vector in enumerate(vectors)]
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
