"""Images in a chat (issue 17): llama.cpp's mtmd library beside the loaded model, on the model's own context.

A vision model is two files: the language model and its projector (`mmproj*.gguf`, an image encoder plus the
layers that map its output into the model's embedding space). `VisionProjector` holds mtmd's context for the
projector. A chat with images is rendered with one media marker per image (core/message_parts.MEDIA_MARKER),
tokenized by mtmd_tokenize into text and image chunks, and evaluated chunk by chunk into sequence 0's KV cache;
then the usual generation loop (engine/generation.py) goes on from there.

The seam with the generation loop: `MediaPrompt.evaluate` decodes everything but the prompt's last token and
records the cache's contents in the Llama object's `input_ids`/`n_tokens` as the text loop does: real token ids
for text, and for each image position a negative id derived from the image's hash (never a real token, so a
later text prompt never matches it, but the same image at the same place does). The token list it returns is
handed to generate_text like any prompt: its prefix reuse finds everything but the last token cached, decodes
that one, and samples. A follow-up turn about the same picture re-encodes nothing before the first change.

Every image is decoded again here from its data URL with Pillow and bounded (never trust the sender).
"""

from __future__ import annotations

import ctypes
import hashlib
import io
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import mtmd_cpp as mtmd
from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_llm.core.chat_template import ChatTemplate, RenderedPrompt
from desktop_llm.core.control_text import pieces
from desktop_llm.core.errors import ImageRejectedError, ModelLoadError, RequestInvalidError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.message_parts import MEDIA_MARKER, NO_VISION, data_url_bytes
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.core.vision_projector import ProjectorFacts, is_projector_header, projector_mismatch
from desktop_llm.engine.log_capture import LlamaLogCapture
from desktop_llm.engine.prompt_tokens import PromptTokenizer

MAX_PIXELS = 40_000_000  # as services/media/image_intake.py: refused before any pixel is decoded
MAX_SIDE = 2048  # projectors work at 224-1536 px; an API client's 8000 px photo is shrunk first
SEQ = 0  # the single-stream sequence (engine/native_loop.py's): images are read on it only
_DECODED_KEEP = 16  # decoded images kept between the budget's counts and the evaluation of one request


@dataclass(frozen=True)
class RgbImage:
    width: int
    height: int
    pixels: bytes  # width * height * 3, row-major RGB
    digest: str  # sha256 of the data URL: the image's identity in the KV cache


def decode_image(url: str) -> RgbImage:
    """A data:image URL decoded into bounded RGB pixels (ImageRejectedError naming what is wrong)."""
    data = data_url_bytes(url)
    try:
        with Image.open(io.BytesIO(data), formats=["PNG", "JPEG", "WEBP", "GIF", "BMP"]) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ImageRejectedError(QT_TR_NOOP("The image is {width} x {height} pixels: more than {limit} million "
                                                    "pixels is refused"), width=image.width, height=image.height,
                                         limit=MAX_PIXELS // 1_000_000)
            image.seek(0)
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            upright = ImageOps.exif_transpose(image) or image
            rgb = upright.convert("RGB")
            rgb.thumbnail((MAX_SIDE, MAX_SIDE))
            return RgbImage(rgb.width, rgb.height, rgb.tobytes(), hashlib.sha256(url.encode("ascii")).hexdigest())
    except UnidentifiedImageError as error:
        raise ImageRejectedError(QT_TR_NOOP("The image is not a PNG, JPEG, WebP, GIF or BMP file")) from error
    except Image.DecompressionBombError as error:
        raise ImageRejectedError(QT_TR_NOOP("The image is too large to open safely (it may be a decompression bomb): "
                                            "{reason}"), reason=str(error)) from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageRejectedError(QT_TR_NOOP("The image is damaged or truncated: {reason}"),
                                 reason=str(error) or type(error).__name__) from error


def _image_id(digest: str, index: int) -> int:
    """The negative id recorded in input_ids for an image's position `index`: distinct per image and position."""
    return -1 - (int(digest[:7], 16) * 4096 + index) % (2**31 - 2)


@dataclass
class _Chunk:
    pointer: Any
    image: bool
    start: int  # first position
    n_pos: int
    tokens: list[int]  # text: its tokens; image: its position ids (negative)


class MediaTokens(list[int]):
    """A chat prompt with images as ModelHost.tokenize_chat returns it: its length is the prompt's positions (as
    a token list's, so budgets and counts need no change), `media` the chunks to evaluate (MediaPrompt.evaluate)."""

    def __init__(self, media: MediaPrompt) -> None:
        super().__init__(media.ids)
        self.media = media


class MediaPrompt:
    """A tokenized chat with images: its text tokens, mtmd's image chunks and the ids recorded for them. Owns the
    native chunks. `entries`: in order, a text piece's tokens or one image's chunk collection (mtmd_tokenize's)."""

    def __init__(self, projector: VisionProjector, entries: Sequence[list[int] | Any]) -> None:
        self._projector = projector
        self._collections = [entry for entry in entries if not isinstance(entry, list)]
        self.parts: list[_Chunk] = []
        self.n_tokens = 0  # what the prompt costs, images included
        position = 0
        for entry in entries:
            if isinstance(entry, list):
                self._add_text(None, entry, position)
                position += len(entry)
                continue
            for index in range(mtmd.mtmd_input_chunks_size(entry)):
                pointer = mtmd.mtmd_input_chunks_get(entry, index)
                if mtmd.mtmd_input_chunk_get_type(pointer) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                    count = ctypes.c_size_t(0)
                    data = mtmd.mtmd_input_chunk_get_tokens_text(pointer, ctypes.byref(count))
                    tokens = [int(data[i]) for i in range(count.value)]
                    self._add_text(pointer, tokens, position)
                    position += len(tokens)
                else:
                    n_pos = int(mtmd.mtmd_input_chunk_get_n_pos(pointer))
                    digest = (mtmd.mtmd_input_chunk_get_id(pointer) or b"").decode("ascii", "replace")
                    ids = [_image_id(digest or "0", i) for i in range(n_pos)]
                    self.parts.append(_Chunk(pointer, True, position, n_pos, ids))
                    self.n_tokens += int(mtmd.mtmd_input_chunk_get_n_tokens(pointer))
                    position += n_pos
        self.ids = [token for part in self.parts for token in part.tokens]

    def _add_text(self, pointer: Any, tokens: list[int], position: int) -> None:
        if tokens:
            self.parts.append(_Chunk(pointer, False, position, len(tokens), tokens))
            self.n_tokens += len(tokens)

    def close(self) -> None:
        for collection in self._collections:
            mtmd.mtmd_input_chunks_free(collection)
        self._collections = []

    def __del__(self) -> None:
        self.close()

    def evaluate(self, llm: llama_cpp.Llama, cancelled: Callable[[], bool]) -> list[int]:
        """Decode the prompt but its last token into sequence 0, reusing what the cache holds of it; returns the
        ids to hand to generate_text (which decodes the last token). When cancelled, the cache and `input_ids`
        hold exactly what was decoded and generate_text, seeing the cancel, decodes nothing more."""
        ids = self.ids
        if not self.parts or self.parts[-1].image:
            raise RequestInvalidError("a chat with images must end with text (the template's reply header)")
        if len(ids) >= llm.n_ctx():
            raise RequestInvalidError(f"the prompt with its images has {len(ids)} tokens; the context holds "
                                      f"{llm.n_ctx()}")
        ctx = llm._ctx.ctx
        memory = llama_cpp.llama_get_memory(ctx)
        prefix = self._cached_prefix(llm)
        if not llama_cpp.llama_memory_seq_rm(memory, SEQ, prefix, -1):
            llama_cpp.llama_memory_seq_rm(memory, SEQ, -1, -1)
            prefix = 0
        llm.n_tokens = prefix
        llm._requires_eval = True
        end = len(ids) - 1  # the last token is left to the generation loop
        for part in self.parts:
            part_end = part.start + part.n_pos
            if part_end <= prefix or part.start >= end:
                continue
            if cancelled():
                break
            if part.image:
                self._projector.eval_image(llm, part.pointer, part.start)
            else:
                first, stop = max(prefix, part.start), min(part_end, end)
                _decode_text(llm, part.tokens[first - part.start : stop - part.start], first)
                part_end = stop
            llm.input_ids[part.start : part_end] = part.tokens[: part_end - part.start]
            llm.n_tokens = part_end
        return list(ids)

    def _cached_prefix(self, llm: llama_cpp.Llama) -> int:
        """How much of this prompt the cache holds, never ending inside an image (it is encoded whole)."""
        cached = np.asarray(llm.input_ids[: llm.n_tokens])
        limit = min(len(cached), len(self.ids) - 1)
        if limit <= 0:
            return 0
        differs = cached[:limit] != np.asarray(self.ids[:limit], dtype=cached.dtype)
        prefix = int(np.argmax(differs)) if differs.any() else limit
        for part in self.parts:
            if part.image and part.start < prefix < part.start + part.n_pos:
                return part.start
        return prefix


def _decode_text(llm: llama_cpp.Llama, tokens: Sequence[int], start: int) -> None:
    """Decode text tokens right after what sequence 0 holds (positions start..), in n_batch pieces."""
    ctx = llm._ctx.ctx
    size = max(1, int(llm.n_batch))
    for first in range(0, len(tokens), size):
        piece = tokens[first : first + size]
        array = (llama_cpp.llama_token * len(piece))(*piece)
        # llama_batch_get_one places tokens after the sequence's last position, which is start + first here
        result = llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(array, len(piece)))
        if result != 0:
            raise RequestInvalidError(f"llama.cpp could not evaluate the prompt around the images (llama_decode "
                                      f"returned {result})")


class VisionProjector:
    """mtmd's context for one projector over one loaded model; freed before the model (ModelHost.unload)."""

    def __init__(self, llm: llama_cpp.Llama, path: str, n_threads: int, use_gpu: bool,
                 log: LlamaLogCapture | None = None) -> None:
        params = mtmd.mtmd_context_params_default()
        params.use_gpu = use_gpu
        params.n_threads = max(1, n_threads)
        params.print_timings = False
        mark = log.mark() if log is not None else 0
        self._ctx = mtmd.mtmd_init_from_file(path.encode("utf-8"), llm._model.model, params)
        if not self._ctx:
            # mtmd only returns NULL: clip's log lines (routed into `log` by engine/log_capture.py) say why
            reason = "; ".join(log.errors_since(mark)[-3:]) if log is not None else ""
            raise ModelLoadError(QT_TR_NOOP("llama.cpp could not load the vision projector {name}: {reason}"),
                                 name=Path(path).name, reason=reason or "see the engine log")
        if not mtmd.mtmd_support_vision(self._ctx):
            self.close()
            raise ModelLoadError(QT_TR_NOOP("{name} is an audio projector: it cannot read images"), name=path)
        self._decoded: OrderedDict[str, RgbImage] = OrderedDict()
        self._n_batch = max(1, int(llm.n_batch))
        self.llm = llm  # the text between images is tokenized with the model's own vocabulary

    def close(self) -> None:
        if getattr(self, "_ctx", None):
            mtmd.mtmd_free(self._ctx)
            self._ctx = None

    def _image(self, url: str) -> RgbImage:
        key = hashlib.sha256(url.encode("ascii", "replace")).hexdigest()
        found = self._decoded.get(key)
        if found is None:
            found = decode_image(url)
            self._decoded[key] = found
            while len(self._decoded) > _DECODED_KEEP:
                self._decoded.popitem(last=False)
        self._decoded.move_to_end(key)
        return found

    def prompt(self, text: str, images: Sequence[str], add_special: bool,
               plain: Sequence[tuple[int, int]] = ()) -> MediaPrompt:
        """`text` (a rendered chat with one media marker per image, in order) tokenized with its images. `plain`:
        the (start, end) ranges of control-token texts a message wrote (core/control_text.py), tokenized as the
        plain text they are, as the text path does (issue 10, item 10): mtmd_tokenize parses special tokens in all
        of its text, so the text between markers is tokenized here and mtmd only turns each marker into its image's
        chunks (with the projector's own wrapping tokens)."""
        markers = text.count(MEDIA_MARKER)
        if markers != len(images):
            raise RequestInvalidError(f"the chat holds {len(images)} images but its rendered prompt places {markers}: "
                                      "a message's text must not contain the media marker itself")
        decoded = [self._image(url) for url in images]
        entries: list[list[int] | Any] = []  # text tokens, or one image's native chunks
        position = 0
        try:
            for image in decoded:
                start = text.index(MEDIA_MARKER, position)
                entries.append(self._text_tokens(text, position, start, plain, add_special and position == 0))
                entries.append(self._image_chunks(image))
                position = start + len(MEDIA_MARKER)
            entries.append(self._text_tokens(text, position, len(text), plain, add_special and position == 0))
        except BaseException:
            for entry in entries:
                if not isinstance(entry, list):
                    mtmd.mtmd_input_chunks_free(entry)
            raise
        return MediaPrompt(self, entries)

    def _text_tokens(self, text: str, start: int, end: int, plain: Sequence[tuple[int, int]],
                     add_bos: bool) -> list[int]:
        """text[start:end]'s tokens: control tokens parsed only outside the `plain` ranges."""
        inside = [(max(a, start) - start, min(b, end) - start) for a, b in plain if a < end and b > start]
        tokens: list[int] = []
        for piece, special in pieces(text[start:end], inside):
            tokens += self.llm.tokenize(piece.encode("utf-8"), add_bos=add_bos and not tokens, special=special)
        if add_bos and not tokens:  # an empty text still starts with BOS where the model wants one
            tokens = list(self.llm.tokenize(b"", add_bos=True, special=True))
        return [int(token) for token in tokens]

    def _image_chunks(self, image: RgbImage) -> Any:
        """One image's chunks from mtmd (the marker alone: no text of the user's goes through special parsing)."""
        buffer = (ctypes.c_ubyte * len(image.pixels)).from_buffer_copy(image.pixels)
        bitmap = mtmd.mtmd_bitmap_init(image.width, image.height, buffer)
        if not bitmap:
            raise ImageRejectedError(QT_TR_NOOP("llama.cpp could not take the image ({width} x {height})"),
                                     width=image.width, height=image.height)
        try:
            mtmd.mtmd_bitmap_set_id(bitmap, image.digest.encode("ascii"))
            encoded = MEDIA_MARKER.encode("utf-8")
            source = mtmd.mtmd_input_text()
            source.text = encoded
            source.text_len = len(encoded)
            source.add_special = False
            source.parse_special = True  # the projector's wrapping tokens (<start_of_image>, …) are mtmd's own
            chunks = mtmd.mtmd_input_chunks_init()
            array = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
            result = mtmd.mtmd_tokenize(self._ctx, chunks, ctypes.byref(source), array, 1)
            if result != 0:
                mtmd.mtmd_input_chunks_free(chunks)
                raise ImageRejectedError(QT_TR_NOOP("llama.cpp could not prepare the images for the model "
                                                    "(mtmd_tokenize returned {result})"), result=result)
            return chunks
        finally:
            mtmd.mtmd_bitmap_free(bitmap)

    def eval_image(self, llm: llama_cpp.Llama, chunk: Any, start: int) -> None:
        """Encode one image chunk with the projector and decode its embeddings at positions start.."""
        new_past = llama_cpp.llama_pos(0)
        result = mtmd.mtmd_helper_eval_chunk_single(self._ctx, llm._ctx.ctx, chunk, start, SEQ, self._n_batch,
                                                    False, ctypes.byref(new_past))
        if result != 0:
            raise RequestInvalidError(f"llama.cpp could not read the image (mtmd returned {result}); the projector may "
                                      "not fit this model")


def media_tokens(projector: VisionProjector | None, batcher: object | None, template: ChatTemplate,
                 messages: Sequence[ChatMessage], tools: Any, kwargs: Any,
                 prompts: PromptTokenizer | None = None) -> tuple[list[int], RenderedPrompt]:
    """A chat with images rendered (a media marker per image) and tokenized by the projector: ModelHost.tokenize_chat's
    path for images. A model loaded without a projector refuses: images are never dropped silently. `prompts` (the
    model's PromptTokenizer) finds the control-token texts a message wrote, which stay plain text."""
    if projector is None:
        raise ImageRejectedError(NO_VISION)
    if batcher is not None:  # n_parallel > 1: the slots' scheduler decodes text only
        raise RequestInvalidError(QT_TR_NOOP("images need the model loaded with one parallel slot"))
    rendered = template.render(messages, tools=tools, template_kwargs=kwargs or None)
    llm = projector.llm
    bos = llm.detokenize([llm.token_bos()], special=True).decode("utf-8", "replace") if llm.token_bos() >= 0 else ""
    add_bos = not (bos and rendered.text.startswith(bos))
    plain = prompts.message_spans(template, messages, rendered) if prompts is not None else []
    return MediaTokens(projector.prompt(rendered.text, [url for m in messages for url in m.images], add_bos,
                                        plain)), rendered


def open_projector(params: LoadParams, llm: llama_cpp.Llama, header: GGUFHeader, use_gpu: bool,
                   log: LlamaLogCapture | None = None) -> VisionProjector | None:
    """LoadParams.mmproj's projector over `llm`, checked against the model first: a projector made for another
    model is refused naming both files (mtmd would feed vectors of the wrong size). `log`: the worker's capture of
    llama.cpp's log, whose clip/mtmd lines say why llama.cpp refused a projector."""
    if not params.mmproj:
        return None
    path, model_name = Path(params.mmproj), Path(params.path).name
    try:
        projector_header = read_file_header(str(path))
    except FileNotFoundError as exc:
        raise ModelLoadError(QT_TR_NOOP("vision projector not found: {path}"), path=path) from exc
    except (GGUFFormatError, OSError) as exc:
        raise ModelLoadError(QT_TR_NOOP("{name} is not a usable vision projector: {reason}"), name=path.name,
                             reason=exc) from exc
    if not is_projector_header(projector_header):
        raise ModelLoadError(QT_TR_NOOP("{name} is a model, not a vision projector (mmproj)"), name=path.name)
    mismatch = projector_mismatch(int(header.arch_value("embedding_length", 0) or 0),
                                  ProjectorFacts.from_header(projector_header), path.name)
    if mismatch is not None:
        raise ModelLoadError(QT_TR_NOOP("{model} cannot use the projector {projector}: {reason}"), model=model_name,
                             projector=path.name, reason=mismatch.error())
    threads = int(llm.context_params.n_threads)
    try:
        return VisionProjector(llm, str(path), threads, use_gpu, log)
    except ModelLoadError as exc:
        raise ModelLoadError(QT_TR_NOOP("{model} cannot use the projector {projector}: {reason}"), model=model_name,
                             projector=path.name, reason=exc) from exc
