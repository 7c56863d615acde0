"""The public API server's saved settings (the `server` part of the settings file), its API keys and its CORS
allow-list: pure, shared by the Server page and `desktop-llm serve`. The server itself is services/server/."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlsplit

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.server_types import ServerSettings, model_id

DEFAULT_SERVER_PORT = 1234  # LM Studio's port: tools that default to it (Continue, Open WebUI) find us there
LOOPBACK_HOST = "127.0.0.1"
NETWORK_HOST = "0.0.0.0"  # every IPv4 interface: what "serve on the local network" means
API_KEY_PREFIX = "dllm-"
MAX_IDLE_UNLOAD_MINUTES = 24 * 60


def new_api_key() -> str:
    """A fresh key: 192 random bits from the OS's CSPRNG, URL-safe (it travels in a header)."""
    return API_KEY_PREFIX + secrets.token_urlsafe(24)


def is_loopback_host(host: str) -> bool:
    """True when a listener on `host` can only be reached from this computer ('localhost' included)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything: treat it as the network


def parse_cors_origins(text: str) -> tuple[str, ...]:
    """The allow-list typed by the user (commas, spaces or new lines between entries) as normalized origins:
    'scheme://host[:port]', lower-case, no path. '*' allows every origin. Raises SettingsError naming a bad entry."""
    origins: list[str] = []
    for raw in text.replace(",", " ").split():
        origin = normalize_origin(raw)
        if origin not in origins:
            origins.append(origin)
    return tuple(origins)


def normalize_origin(raw: str) -> str:
    if raw == "*":
        return raw
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{raw!r} is not an origin: write it as http://host or https://host:port")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise SettingsError(f"{raw!r} is not an origin: an origin has no path, query or user (just scheme://host:port)")
    try:
        port = parts.port
    except ValueError:
        raise SettingsError(f"{raw!r} has a bad port") from None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets in an origin
    return f"{parts.scheme}://{host}" + (f":{port}" if port is not None else "")


@dataclass(frozen=True)
class ServerOptions:
    """What the Server page saves. The key is required whenever the server listens beyond loopback; on loopback
    it is asked for only when `require_key` is on (tools on this computer then need it too)."""

    enabled: bool = False  # running: started again with the app
    port: int = DEFAULT_SERVER_PORT
    on_network: bool = False  # listen on every interface (0.0.0.0) rather than loopback only
    api_key: str = ""  # generated the first time the page or `serve` needs one (with_key)
    require_key: bool = False  # on loopback too
    cors_origins: tuple[str, ...] = ()  # empty: no CORS headers at all, so browsers' pages cannot call the API
    model: str = ""  # the model file that answers requests naming no library model; "": the chat's model
    idle_unload_minutes: int = 60  # unload a model the server loaded after this long unused; 0: never

    @property
    def host(self) -> str:
        return NETWORK_HOST if self.on_network else LOOPBACK_HOST

    @property
    def key_in_use(self) -> str:
        """The key clients must send, or "" when none is asked for."""
        return self.api_key if (self.on_network or self.require_key) else ""

    def with_key(self) -> ServerOptions:
        """These options with a key generated if there is none yet."""
        return self if self.api_key else replace(self, api_key=new_api_key())

    def checked(self) -> ServerOptions:
        """Raises SettingsError (a sentence for the user) for options the server must not run with."""
        if not 1 <= self.port <= 65535:
            raise SettingsError(f"port {self.port} is out of range: choose one from 1 to 65535")
        if (self.on_network or self.require_key) and len(self.api_key) < 16:
            raise SettingsError("serving on the local network needs an API key of at least 16 characters: "
                                "generate one on the Server page")
        if not 0 <= self.idle_unload_minutes <= MAX_IDLE_UNLOAD_MINUTES:
            raise SettingsError(f"idle unload must be 0 (never) to {MAX_IDLE_UNLOAD_MINUTES} minutes")
        for origin in self.cors_origins:
            normalize_origin(origin)
        return self

    def server_settings(self, model_path: str = "", n_ctx: int = 4096) -> ServerSettings:
        """What services/server's PublicServer takes: the key only where it is asked for, and the model that
        answers requests naming none by its public id (`model_path`: the chosen or the chat's model file)."""
        return ServerSettings(host=self.host, port=self.port, api_key=self.key_in_use, cors_origins=self.cors_origins,
                              idle_unload_s=60.0 * self.idle_unload_minutes,
                              default_model=model_id(model_path) if model_path else "", n_ctx=n_ctx)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: list(value) if isinstance(value := getattr(self, f.name), tuple) else value
                for f in fields(self)}


def server_options_from_dict(data: Any) -> ServerOptions:
    """Parse the saved part; unknown keys are ignored and a bad value falls back to its default. A file that asks
    for the network without a usable key is read as loopback-only: never listen beyond loopback unguarded."""
    defaults = ServerOptions()
    if not isinstance(data, dict):
        return defaults
    result = defaults
    for f in fields(ServerOptions):
        if f.name not in data:
            continue
        value = data[f.name]
        expected = type(getattr(defaults, f.name))
        if f.name == "cors_origins":
            try:
                value = tuple(normalize_origin(v) for v in value) if isinstance(value, list) else None
            except (SettingsError, TypeError, AttributeError):
                value = None
        if isinstance(value, expected) and not (expected is int and isinstance(value, bool)):
            result = replace(result, **{f.name: value})
    if not 1 <= result.port <= 65535:
        result = replace(result, port=defaults.port)
    if not 0 <= result.idle_unload_minutes <= MAX_IDLE_UNLOAD_MINUTES:
        result = replace(result, idle_unload_minutes=defaults.idle_unload_minutes)
    if len(result.api_key) < 16:
        result = replace(result, api_key="", on_network=False, require_key=False)
    return result
