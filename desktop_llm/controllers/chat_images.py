"""Images in chat (issue 17): the composer's attachments, prepared off the GUI thread, and what the chat controller
needs of them: whether the chosen model can see them, their stored files as data URLs for a request, and the
Markdown export's copies beside the document.

An attachment is read and prepared on a BackgroundOps thread by services/media/image_intake.prepare_image (handed
in: controllers never import services): bounded size, decompression bombs, truncated and animated files, EXIF
rotation, downscaled to the model's input size. A hostile file ends as a sentence in the composer, never a crash.
The attachments live here until the message is sent, so the send takes them with its text (as the knowledge
chip's collections live in ChatKnowledge), and the composer's strip only shows them.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.controllers.chat_context import FitQuery
from desktop_llm.controllers.chat_context import fit_query as fit_query  # ChatController hands it in
from desktop_llm.controllers.chat_stream import ReplyJob
from desktop_llm.controllers.i18n import tr
from desktop_llm.core.conversation import Conversation, MessageNode
from desktop_llm.core.errors import DesktopLlmError, ImageRejectedError, StoreError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.export import to_json, to_markdown
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.message_images import MAX_IMAGES_PER_MESSAGE, MessageImage, NewImage
from desktop_llm.core.message_parts import MAX_DATA_URL_CHARS, data_url
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.core.vision_projector import DEFAULT_INPUT_SIDE, input_side

log = logging.getLogger(__name__)
MAX_READ_BYTES = 50 * 1024 * 1024  # image_intake's own limit; a larger file is refused before it is read whole
URL_CACHE_CHARS = 64 * 1024 * 1024  # stored images kept as data URLs between replies (a chat resends every turn)
FIT_LANE = "chat-image-fit"


class PreparedLike(Protocol):
    """services/media/image_intake.PreparedImage, as far as the chat reads it."""

    @property
    def data_url(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...


Prepare = Callable[[bytes, int], PreparedLike]  # image_intake.prepare_image(data, max_side)


@dataclass(frozen=True)
class ImageFit:
    """What the composer's images cost the chosen model (issue 17: refused before sending, not after a failed
    request): counted by the engine's /tokenize with and without them, as the context meter counts."""

    model: str  # the model's path
    images: tuple[str, ...]  # the data URLs counted, in order
    needed: int  # the images' tokens
    left: int  # tokens a message may still take: the room less the system prompt and an empty message's turn


@dataclass(frozen=True)
class Attachment:
    """One image in the composer: `ticket` names it while it is prepared and when it is removed; `image` is None
    until it is ready; `name` is what the user attached (a file's name, "pasted image")."""

    ticket: int
    name: str
    image: NewImage | None = None


class ChatImages(QObject):
    """Lives on the GUI thread; preparation runs on BackgroundOps threads, one lane per attachment."""

    attachments_changed = Signal(list)  # list[Attachment]: the composer's images, in order (pending ones too)
    image_rejected = Signal(str, str)  # the attachment's name, why it cannot be used (for the composer)
    send_refused = Signal(str)  # why the message's images cannot go to the chosen model (nothing was sent)

    def __init__(self, prepare: Prepare | None = None, ops: BackgroundOps | None = None,
                 max_side: int = DEFAULT_INPUT_SIDE, parent: QObject | None = None,
                 fit: Callable[[], FitQuery | None] | None = None) -> None:
        super().__init__(parent)
        self.prepare = prepare  # image_intake.prepare_image, handed in by the app (app_images.py); None: no images
        self._ops = ops or BackgroundOps(self)
        self._max_side = max_side  # without a projector to read the input size from
        self._fit_query = fit  # the chosen model and its count (chat_context.fit_query); None: no fit check
        self._fit: ImageFit | None = None
        self._tickets = itertools.count(1)
        self._attached: list[Attachment] = []
        self.urls = StoredImageUrls()

    # attaching

    @property
    def attachments(self) -> list[Attachment]:
        return list(self._attached)

    @property
    def ready(self) -> tuple[NewImage, ...]:
        """The images the next message carries (those still being prepared are not ready to be sent)."""
        return tuple(a.image for a in self._attached if a.image is not None)

    @property
    def pending(self) -> bool:
        return any(a.image is None for a in self._attached)

    def add_file(self, path: str) -> int:
        """Attach an image file: read and prepared off the GUI thread. Returns its ticket (0: refused at once)."""
        return self._add(Path(path).name, lambda: _read_bounded(Path(path)))

    def add_bytes(self, data: bytes, name: str = "") -> int:
        """Attach an image's bytes (a paste): prepared off the GUI thread. Returns its ticket (0: refused at once)."""
        return self._add(name or tr("pasted image"), lambda: data)

    def remove(self, ticket: int) -> None:
        self._ops.cancel(_lane(ticket))
        self._attached = [a for a in self._attached if a.ticket != ticket]
        self.attachments_changed.emit(self.attachments)
        self.check_fit()

    def clear(self) -> None:
        """The message was sent (or the chat changed): the composer starts empty."""
        for attachment in self._attached:
            self._ops.cancel(_lane(attachment.ticket))
        self._attached = []
        self.attachments_changed.emit([])

    def _add(self, name: str, read: Callable[[], bytes]) -> int:
        if self.prepare is None:
            self.image_rejected.emit(name, tr("Images cannot be attached here."))
            return 0
        if len(self._attached) >= MAX_IMAGES_PER_MESSAGE:
            self.image_rejected.emit(name, tr("A message can carry at most {count} images.").format(
                count=MAX_IMAGES_PER_MESSAGE))
            return 0
        ticket = next(self._tickets)
        self._attached.append(Attachment(ticket, name))
        self.attachments_changed.emit(self.attachments)
        query = self._fit_query() if self._fit_query is not None else None
        prepare, projector, max_side = self.prepare, query.load.mmproj if query else "", self._max_side

        def work(flag: CancelFlag) -> NewImage:
            data = read()
            flag.raise_if_cancelled()  # removed while it was read
            prepared = prepare(data, projector_side(projector, max_side))  # the model's input size (issue 17)
            return NewImage(prepared.data_url, prepared.width, prepared.height)

        self._ops.run(_lane(ticket), work, lambda outcome: self._on_prepared(ticket, name, outcome))
        return ticket

    def _on_prepared(self, ticket: int, name: str, outcome: Outcome) -> None:
        index = next((i for i, a in enumerate(self._attached) if a.ticket == ticket), None)
        if index is None:
            return  # removed (or sent without it) meanwhile
        if isinstance(outcome, Succeeded):
            self._attached[index] = Attachment(ticket, name, outcome.value)
            self.check_fit()
        else:
            del self._attached[index]
            if isinstance(outcome, Failed):
                self.image_rejected.emit(name, outcome.message)
        self.attachments_changed.emit(self.attachments)

    def shutdown(self) -> None:
        self._ops.shutdown()

    # sending

    def refusal(self, load: LoadParams | None, has_images: bool) -> str:
        """Why images cannot go to `load`'s model now ("" when they can): a local model loaded without its vision
        projector cannot see them, and says so instead of dropping them (a server's model answers for itself)."""
        if not has_images or load is None or load.backend:
            return ""
        if load.mmproj:
            return self._fit_refusal(load.path)
        return tr("This model cannot see images: load it with its vision projector (mmproj file), or remove the "
                  "images.")

    def check_fit(self) -> None:
        """Count what the ready images cost the chosen model, off the GUI thread (after an image is ready or removed,
        and when the model changes); images that do not fit are refused with the reason (`send_refused`) before
        anything is sent. Without a count (no projector, the model not loaded) nothing is refused here."""
        images = tuple(image.data_url for image in self.ready)
        query = self._fit_query() if self._fit_query is not None and images else None
        if query is None:
            self._ops.cancel(FIT_LANE)
            return

        def work(_flag: CancelFlag) -> ImageFit:
            system = [ChatMessage("system", query.system_prompt)] if query.system_prompt.strip() else []
            base = query.count([*system, ChatMessage("user", "")])
            pictured = query.count([*system, ChatMessage("user", "", images=images)])
            return ImageFit(query.load.path, images, max(0, pictured - base), query.room - base)

        self._ops.run(FIT_LANE, work, self._on_fit_counted)

    def _on_fit_counted(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self._fit = outcome.value
            reason = self._fit_refusal(self._fit.model)
            if reason:
                self.send_refused.emit(reason)
        elif isinstance(outcome, Failed):  # the engine's own error reaches the user with the message, if it recurs
            log.info("could not count the images' tokens: %s", outcome.message)

    def _fit_refusal(self, model: str) -> str:
        """Why the ready images do not fit `model`'s context ("" when they do or nothing is known of them)."""
        fit = self._fit
        if fit is None or fit.model != model or fit.images != tuple(i.data_url for i in self.ready):
            return ""
        if fit.needed <= fit.left:
            return ""
        left = max(0, fit.left)
        if len(fit.images) == 1:
            return tr("This image needs {needed} tokens; {left} are left in this chat's context. Remove it, or load "
                      "the model with a longer context.").format(needed=fit.needed, left=left)
        return tr("These {count} images need {needed} tokens; {left} are left in this chat's context. Remove some, "
                  "or load the model with a longer context.").format(count=len(fit.images), needed=fit.needed,
                                                                     left=left)

    def refused(self, load: LoadParams | None, has_images: bool) -> bool:
        """True, with `send_refused` saying why, when the images cannot go to `load`'s model (see refusal)."""
        reason = self.refusal(load, has_images)
        if reason:
            self.send_refused.emit(reason)
        return bool(reason)


def branch_has_images(path: Iterable[MessageNode]) -> bool:
    return any(node.images for node in path)


class StoredImageUrls:
    """Stored image files as data URLs, for requests: read on the reply's (or the count's) worker thread, kept in
    a bounded cache since every turn of a chat sends its images again. Thread-safe."""

    def __init__(self, limit_chars: int = URL_CACHE_CHARS) -> None:
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._limit = limit_chars

    def inline(self, messages: Sequence[ChatMessage]) -> tuple[ChatMessage, ...]:
        """`messages` with each stored file (core.conversation.prompt_messages puts its path) as a data URL;
        raises StoreError when a file is gone or unreadable (the reply then fails with that sentence)."""
        return tuple(replace(m, images=tuple(self.url(i) for i in m.images)) if m.images else m for m in messages)

    def job(self, job: ReplyJob) -> ReplyJob:
        """The reply's job with its messages' stored images inlined (worker thread)."""
        return replace(job, messages=self.inline(job.messages))

    def url(self, image: str) -> str:
        if image.startswith("data:"):
            return image
        with self._lock:
            if image in self._cache:
                self._cache.move_to_end(image)
                return self._cache[image]
        url = data_url(_read_stored(Path(image)), _mime_of(image))
        with self._lock:
            self._cache[image] = url
            while sum(len(u) for u in self._cache.values()) > self._limit and len(self._cache) > 1:
                self._cache.popitem(last=False)
        return url


def export_text(conversation: Conversation, nodes: Sequence[MessageNode], kind: str, include_reasoning: bool,
                target: Path | None) -> str:
    """ChatController.export: the branch as Markdown (kind "md"), its images copied beside `target` when given,
    or every message as JSON (which names each image's file)."""
    if kind != "md":
        return to_json(conversation, nodes, include_reasoning)
    link = copy_for_markdown(nodes, target) if target is not None else None
    return to_markdown(conversation, nodes, include_reasoning, link)


def copy_for_markdown(branch: Iterable[MessageNode], target: Path) -> Callable[[MessageImage], str]:
    """Copy the branch's images into `<target's name>_files/` beside the Markdown file, and return the link each
    image gets in it (relative, so the folder can move with the document). Raises OSError when a copy fails."""
    folder = target.with_name(f"{target.stem}_files")
    images = {image.file_name: image for node in branch for image in node.images}
    if images:
        folder.mkdir(exist_ok=True)
    for name, image in images.items():
        if image.path and not (folder / name).exists():
            shutil.copyfile(image.path, folder / name)
    return lambda image: f"{folder.name}/{image.file_name}"


def projector_side(projector: str, default: int) -> int:
    """The side images are prepared at for a projector file (its input size from its header, read bounded; worker
    thread); `default` without one, or when the header cannot be read (the model's load then says why)."""
    if not projector:
        return default
    try:
        stat = os.stat(projector)
        return _side_of(projector, stat.st_size, stat.st_mtime_ns)
    except (OSError, GGUFFormatError, DesktopLlmError) as exc:
        log.info("the projector %s gives no input size: %s", projector, exc)
        return default


@functools.lru_cache(maxsize=8)
def _side_of(path: str, _size: int, _mtime_ns: int) -> int:  # a changed file is read again
    return input_side(read_file_header(path))


def _lane(ticket: int) -> str:
    return f"chat-image-{ticket}"


def _read_bounded(path: Path) -> bytes:
    """A file's bytes, refused past MAX_READ_BYTES without reading it whole (worker thread)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        raise ImageRejectedError(QT_TR_NOOP("Cannot read {name}: {reason}"), name=path.name,
                                 reason=exc.strerror or exc) from exc
    if len(data) > MAX_READ_BYTES:
        raise ImageRejectedError(QT_TR_NOOP("{name} is larger than {limit} MB: not read"), name=path.name,
                                 limit=str(MAX_READ_BYTES // (1024 * 1024)))
    return data


def _read_stored(path: Path) -> bytes:
    try:
        if os.path.getsize(path) * 4 // 3 > MAX_DATA_URL_CHARS:
            raise StoreError(QT_TR_NOOP("the stored image {path} is too large to send"), path=path)
        return path.read_bytes()
    except OSError as exc:
        raise StoreError(QT_TR_NOOP("cannot read the chat's image {path}: {reason}"), path=path,
                         reason=exc.strerror or exc) from exc


def _mime_of(path: str) -> str:
    ext = path.rsplit(".", 1)[-1].lower()
    return {"jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "gif": "image/gif"}.get(ext, "image/png")
