"""Where models come from: Hugging Face or a mirror of it (issue 21).

Many users reach Hugging Face only through a mirror (https://hf-mirror.com and the like), which they name with
`HF_ENDPOINT`, the variable huggingface_hub reads. The app has the same choice as a setting; the environment
variable, when set, wins (it is what the user's other tools use, and what they set on purpose for this session).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass

from desktop_llm.core.ui_text import QT_TR_NOOP

DEFAULT_ENDPOINT = "https://huggingface.co"
ENVIRONMENT_VARIABLE = "HF_ENDPOINT"
# Offered in the Settings field; any other http(s) address of a hub-compatible server works too.
KNOWN_ENDPOINTS = (DEFAULT_ENDPOINT, "https://hf-mirror.com")


class EndpointError(ValueError):
    """The text is not an address a hub can be reached at; the message says why, for the user. `template` (marked
    for translation) and `fields` let the UI say it in the user's language: tr(template).format(**fields)."""

    def __init__(self, template: str, **fields: str) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


def check_endpoint(text: str) -> str:
    """`text` as a hub address ("" means the default): http or https, a host, no query or fragment; the trailing
    slash dropped. Raises EndpointError with the reason."""
    text = text.strip()
    if not text:
        return DEFAULT_ENDPOINT
    if "://" not in text:
        raise EndpointError(QT_TR_NOOP("“{address}” is not a web address: it must start with https:// (or http://)"),
                            address=text)
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port  # raises for a port that is not a number or out of range
    except ValueError as exc:
        raise EndpointError(QT_TR_NOOP("“{address}” is not a valid web address ({error})"), address=text,
                            error=str(exc)) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise EndpointError(QT_TR_NOOP("“{address}” uses {scheme}://; a model source must be an http:// or https:// "
                                       "address"), address=text, scheme=parts.scheme)
    if not parts.hostname:
        raise EndpointError(QT_TR_NOOP("“{address}” names no server"), address=text)
    if any(c.isspace() for c in text):
        raise EndpointError(QT_TR_NOOP("“{address}” contains a space"), address=text)
    if parts.query or parts.fragment:
        raise EndpointError(QT_TR_NOOP("“{address}” has a query or a fragment (after ? or #); give the server's "
                                       "address only"), address=text)
    if parts.username or parts.password:
        # A password in the address would be written to the settings file and the logs in the clear.
        raise EndpointError(QT_TR_NOOP("put no user name or password in the address; use a token (HF_TOKEN) instead"))
    netloc = parts.hostname.lower() + (f":{port}" if port is not None else "")
    if ":" in parts.hostname:  # an IPv6 literal keeps its brackets
        netloc = f"[{parts.hostname.lower()}]" + (f":{port}" if port is not None else "")
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), "", ""))


@dataclass(frozen=True)
class EndpointChoice:
    """The endpoint every hub request goes to, and whether the environment chose it over the setting."""

    url: str
    from_environment: bool = False

    @property
    def is_default(self) -> bool:
        return self.url == DEFAULT_ENDPOINT


def choose_endpoint(setting: str, environ: Mapping[str, str]) -> EndpointChoice:
    """HF_ENDPOINT when set (huggingface_hub's own rule), else the setting, else Hugging Face. A setting that is
    not a valid address (edited by hand) falls back to Hugging Face rather than failing every request."""
    pinned = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if pinned:
        # Taken as given (trailing slash dropped), as huggingface_hub takes it: the user set it on purpose.
        return EndpointChoice(pinned.rstrip("/"), from_environment=True)
    try:
        return EndpointChoice(check_endpoint(setting))
    except EndpointError:
        return EndpointChoice(DEFAULT_ENDPOINT)


def endpoint_label(url: str) -> str:
    """How messages name the source: "Hugging Face" for huggingface.co, else the mirror's host."""
    host = urllib.parse.urlsplit(url).hostname or url
    return "Hugging Face" if host in ("huggingface.co", "www.huggingface.co") else host
