"""Typed errors shared by every layer: callers branch on the type, never on message text."""

from __future__ import annotations


class DesktopLlmError(Exception):
    """Base of every error the app raises on purpose; its message is written for the user.

    The message may be a template marked for translation, `XError(QT_TR_NOOP("{name} is not GGUF"), name=n)`:
    str(exc) is the English text with the fields filled in (logs, the CLI), and the UI shows `template`
    translated and then filled (controllers.i18n.error_text). Fields are kept as text (they cross the engine's
    wire), so a number is formatted before it is passed, never with a format spec in the template. Without
    fields the message is taken as it is, braces and all.
    """

    def __init__(self, message: str = "", /, **fields: object) -> None:
        self.template = message
        self.fields = {key: str(value) for key, value in fields.items()}
        # A field that is itself one of our errors ("{error}. Close the other program…") is shown translated too.
        self.inner = {key: value for key, value in fields.items() if isinstance(value, DesktopLlmError)}
        super().__init__(_filled(message, self.fields))


def _filled(template: str, fields: dict[str, str]) -> str:
    """The template with its fields; a template that does not match its fields is kept as written (raising an
    error must never fail on its own message)."""
    if not fields:
        return template
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template


class ModelLoadError(DesktopLlmError):
    """A model file could not be loaded (missing, not GGUF, truncated, unsupported, out of memory)."""


class ModelNotLoadedError(DesktopLlmError):
    """A request needed a loaded model and none was loaded."""


class EngineUnavailableError(DesktopLlmError):
    """The engine worker is not running or stopped answering (it may have crashed)."""


class EngineCrashedError(EngineUnavailableError):
    """The engine worker process died; `detail` holds the tail of its log."""

    def __init__(self, message: str, /, detail: str = "", **fields: object) -> None:
        super().__init__(message, **fields)
        self.detail = detail


class ReplyInterruptedError(EngineUnavailableError):
    """The engine stopped answering in the middle of a chat reply. The message is the engine's explanation (a
    crash report when the worker died) followed by what the user keeps; `detail` is the tail of its log, if any."""

    def __init__(self, message: str, /, detail: str = "", **fields: object) -> None:
        super().__init__(message, **fields)
        self.detail = detail


class EngineRequestError(DesktopLlmError):
    """The engine answered a request with an error (bad parameters, busy, template failure)."""

    def __init__(self, message: str, /, code: str = "error", status: int = 400, **fields: object) -> None:
        super().__init__(message, **fields)
        self.code = code
        self.status = status


class ChatTemplateError(DesktopLlmError):
    """A model's chat template failed to render or tried to escape the sandbox."""


class Cancelled(DesktopLlmError):
    """The user (or a disconnecting client) cancelled the operation."""


class StoreError(DesktopLlmError):
    """The conversation database could not be read or written."""


class SettingsError(DesktopLlmError):
    """The settings file could not be read or written."""


class ContextOverflowError(DesktopLlmError):
    """Even the newest message alone does not fit in the model's context window."""


class HubError(DesktopLlmError):
    """Hugging Face could not answer a request."""


class HubOfflineError(HubError):
    """No network, or offline mode is on; local models keep working."""


class HubAuthError(HubError):
    """A gated or private repository needs a token (HF_TOKEN) with access."""


class HubNotFoundError(HubError):
    """The repository or file does not exist."""


class DownloadError(DesktopLlmError):
    """A download failed; the partial file is kept for a resume unless the message says otherwise."""


class ChecksumMismatchError(DownloadError):
    """The downloaded bytes do not match the hub's SHA-256; the partial file was deleted."""


class DiskFullError(DownloadError):
    """Not enough free disk space for the download."""


class DownloadBusyError(DownloadError):
    """Another window or command is downloading the same file; nothing was written (issue 10 item 1)."""


class DocumentError(DesktopLlmError):
    """A document could not be read: binary, empty, too large, encrypted, or scanned without text."""


class DocumentTooLargeError(DocumentError):
    """A document is too big to read safely, or expands too much when unpacked (a .docx zip bomb)."""


class DocumentFormatError(DocumentError):
    """A document's own structure is broken: a damaged zip, malformed XML or PDF, text invalid in its encoding."""


class NoTextLayerError(DocumentError):
    """A PDF without any text layer: scanned pages only. A vision model can read them (issue 17: the Summarize page's
    "Read scanned pages" box, `desktop-llm summarize --read-scans`)."""


class RequestInvalidError(DesktopLlmError, ValueError):
    """A request's own content is wrong: a field missing, of the wrong type or out of range; the message names it.

    A ValueError too, so code that validated settings with `except ValueError` keeps working; the engine server
    answers exactly these with 400, and anything else that breaks inside it with a logged 500 (issue 19, item 6).
    """


class ProcessLockHeldError(DesktopLlmError):
    """Another live process holds a lock file (ipc/process_lock.py): the data folder or the run is in use."""


class TrainingError(DesktopLlmError):
    """A training run could not be started, resumed, deleted or written as asked; the message says why."""


class TrainingConfigError(TrainingError, ValueError):
    """A training setting is out of range; the message names it. A ValueError too, so the command line's and
    the worker's `except ValueError` keep working (issue 19, item 6)."""


class TrainingRunBusyError(TrainingError):
    """The run is still running (it cannot be resumed or deleted now), or has already finished (no resume)."""


class TrainingRunNotFoundError(TrainingError):
    """No run with this id: it was deleted meanwhile (another window, or the command line)."""


class ConnectionConfigError(DesktopLlmError):
    """A connection to another server is named or written wrongly: unknown name, a name taken, a bad URL, a key
    that cannot be stored (issue 11, part B)."""


class RemoteUnavailableError(EngineUnavailableError):
    """A remote server cannot be reached: nothing listens there, the name does not resolve, the network is down."""


class RemoteStreamCutError(EngineUnavailableError):
    """A remote server's reply broke off: the connection was reset, or the stream ended without finishing. What
    arrived before the cut is kept by the caller."""


class RemoteStalledError(EngineUnavailableError):
    """A remote server stopped sending: no byte arrived for the connection's stall timeout."""


class RemoteServerError(EngineUnavailableError):
    """A remote server answered with a 5xx: it failed or is overloaded; `status` is the HTTP status."""

    def __init__(self, message: str, /, status: int = 500, **fields: object) -> None:
        super().__init__(message, **fields)
        self.status = status


class RemoteAuthError(EngineRequestError):
    """A remote server refused the API key (401) or the key's rights (403)."""


class RemoteModelNotFoundError(EngineRequestError):
    """A remote server does not serve the model asked for (404)."""


class RemoteRateLimitedError(EngineRequestError):
    """A remote server said too many requests (429); `retry_after` is its Retry-After in seconds, if it sent one."""

    def __init__(self, message: str, /, retry_after: float | None = None, **fields: object) -> None:
        super().__init__(message, "rate_limited", 429, **fields)
        self.retry_after = retry_after


class RemoteContextExceededError(ContextOverflowError):
    """A remote server said a request does not fit its context window (its tokens were estimated, not counted)."""


class RemoteUnsupportedError(EngineRequestError):
    """A remote server cannot do what was asked (LoRA adapters, a feature it does not have)."""


class ServerStartError(DesktopLlmError):
    """The public API server could not start: the port is taken, the address is not this machine's, no rights."""


class KnowledgeError(DesktopLlmError):
    """The knowledge store (issue 12) could not do what was asked: a collection name taken or empty, a vector of
    the wrong size, the knowledge database locked, damaged or written by a newer version."""


class KnowledgeNotFoundError(KnowledgeError):
    """No collection (or chunk) with this name or id: it was deleted meanwhile (another window, the command line)."""


class ToolError(DesktopLlmError):
    """A tool the model called could not do it (issue 14): the message is what the model reads back, so it names
    the problem in a way the model can fix (a path outside the granted folders, a bad expression)."""


class ToolTimeoutError(ToolError):
    """A tool did not finish within its time limit; its work was abandoned (the cancel event was set)."""


class ImageRejectedError(RequestInvalidError):
    """An image cannot be shown to a model (issue 17): not an image, damaged or truncated, too many pixels (a
    decompression bomb), or a model without a vision projector. The message names the reason; a
    RequestInvalidError, so the engine answers it with 400."""


class DatasetError(TrainingError):
    """A dataset could not be made (issue 16): a table without the chosen column, a file too big or not text, a
    source with nothing to ask about, a dataset file that cannot be written. The message names the file and why."""
