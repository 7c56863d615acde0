"""What of the chat controller its side controllers (chat_knowledge, chat_tools) need: the open conversation and
its signals. Each extends this with the attribute it sets on the chat; the chat controller imports them, so they
name it through this Protocol instead of importing it back.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from desktop_llm.core.conversation import Conversation


class OpenChat(Protocol):
    @property
    def conversation(self) -> Conversation | None: ...

    @property
    def conversation_opened(self) -> SignalInstance: ...

    @property
    def conversation_changed(self) -> SignalInstance: ...

    def new_conversation(self) -> Conversation: ...
