"""The engine server's connection bounds, which live in ipc/http_guard.py since the public API server shares them."""

from __future__ import annotations

from desktop_llm.ipc.http_guard import ConnectionGuard, ConnectionLimits

__all__ = ["ConnectionGuard", "ConnectionLimits"]
