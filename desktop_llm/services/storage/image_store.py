"""The images of user messages as files (issue 17): `<data>/images/<sha256>.<ext>`, one file per content.

The conversation store decides when a file goes (no message refers to it any more) and calls this under its own
lock, so a file is never deleted while a message that is being saved takes it again. Files are private (the
user's pictures, like the conversations) and written atomically: a crash leaves the old state or the whole file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path

from desktop_llm.core.errors import ImageRejectedError, StoreError
from desktop_llm.core.message_images import EXTENSIONS, MessageImage, extension, is_sha256
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.atomic_file import write_atomic
from desktop_llm.services.storage.paths import PRIVATE_DIR_MODE, make_private

log = logging.getLogger(__name__)
MAX_IMAGE_BYTES = 32 * 1024 * 1024  # a prepared image is a few hundred kB; a file past this is not one of ours


class ImageStore:
    """Content-addressed image files in one folder. Not locked itself: its owner (ConversationStore) is."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, image: MessageImage) -> Path:
        if not is_sha256(image.sha256):  # the name is joined to the folder: never a path from the database
            raise StoreError(QT_TR_NOOP("a stored image has a malformed name: {name}"), name=image.sha256[:80])
        return self.folder / image.file_name

    def put(self, data: bytes, mime: str, width: int = 0, height: int = 0) -> MessageImage:
        """Store `data` (an image of type `mime`) under its SHA-256, unless a file of that content is already there."""
        try:
            extension(mime)
        except ImageRejectedError as exc:
            raise StoreError(QT_TR_NOOP("cannot store the image: {reason}"), reason=exc) from exc
        image = MessageImage(hashlib.sha256(data).hexdigest(), mime.lower(), width, height)
        target = self.path(image)
        try:
            if target.is_file() and target.stat().st_size == len(data):
                return _with_path(image, target)
            self.folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            write_atomic(target, data)
            make_private(target)
        except OSError as exc:
            raise StoreError(QT_TR_NOOP("cannot save the image in {folder}: {reason}"), folder=self.folder,
                             reason=exc.strerror or exc) from exc
        return _with_path(image, target)

    def read(self, image: MessageImage) -> bytes:
        """The stored file's bytes; raises StoreError when it is gone, too large or unreadable."""
        target = self.path(image)
        try:
            if target.stat().st_size > MAX_IMAGE_BYTES:
                raise StoreError(QT_TR_NOOP("the stored image {path} is too large to be one of the app's"), path=target)
            return target.read_bytes()
        except OSError as exc:
            raise StoreError(QT_TR_NOOP("cannot read the image {path}: {reason}"), path=target,
                             reason=exc.strerror or exc) from exc

    def remove(self, images: Iterable[MessageImage]) -> None:
        """Delete these files (no message refers to them any more); a failure is logged, the rest still go."""
        for image in images:
            try:
                self.path(image).unlink(missing_ok=True)
            except (OSError, StoreError) as exc:
                log.warning("could not delete the unused image %s: %s", image.sha256, exc)

    def sweep(self, referenced: set[str]) -> int:
        """Delete stored files no message refers to (left by a crash between a delete's commit and its files'
        removal); returns how many went. Only files named like ours are touched."""
        removed = 0
        try:
            entries = list(self.folder.iterdir()) if self.folder.is_dir() else []
        except OSError as exc:
            log.warning("could not list %s: %s", self.folder, exc)
            return 0
        known = set(EXTENSIONS.values())
        for entry in entries:
            stem, _, ext = entry.name.partition(".")
            if is_sha256(stem) and ext in known and stem not in referenced:
                try:
                    entry.unlink()
                    removed += 1
                except OSError as exc:
                    log.warning("could not delete the unused image %s: %s", entry, exc)
        return removed


def _with_path(image: MessageImage, path: Path) -> MessageImage:
    return MessageImage(image.sha256, image.mime, image.width, image.height, str(path))
