"""The public server's saved settings: defaults, migration of older files, round trip, bad values, keys, CORS."""

from __future__ import annotations

import json

import pytest

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.server_options import (
    DEFAULT_SERVER_PORT,
    ServerOptions,
    is_loopback_host,
    new_api_key,
    parse_cors_origins,
    server_options_from_dict,
)
from desktop_llm.core.settings_schema import SETTINGS_VERSION, AppSettings, settings_from_dict


def test_defaults_are_off_loopback_port_1234_no_cors() -> None:
    server = AppSettings().server
    assert (server.enabled, server.on_network, server.port, server.cors_origins) == (False, False, 1234, ())
    assert server.host == "127.0.0.1" and server.key_in_use == ""


def test_a_v1_file_migrates_and_gets_the_default_server() -> None:
    settings = settings_from_dict({"version": 1, "temperature": 0.3, "theme": "dark"})
    assert settings.version == SETTINGS_VERSION and settings.theme == "dark"
    assert settings.server == ServerOptions()


def test_a_v2_file_written_before_the_server_existed_reads_the_defaults() -> None:
    old = AppSettings(theme="light").to_dict()
    del old["server"]
    settings = settings_from_dict(old)
    assert settings.server == ServerOptions() and settings.theme == "light"


def test_round_trip_through_json() -> None:
    server = ServerOptions(enabled=True, port=8080, on_network=True, api_key=new_api_key(), require_key=True,
                           cors_origins=("http://localhost:3000", "https://chat.example.org"), model="/m/a.gguf",
                           idle_unload_minutes=15)
    settings = AppSettings(server=server)
    assert settings_from_dict(json.loads(json.dumps(settings.to_dict()))) == settings


@pytest.mark.parametrize(("field", "bad"), [
    ("port", 0), ("port", 70000), ("port", "1234"), ("port", True), ("enabled", "yes"),
    ("idle_unload_minutes", -1), ("cors_origins", ["javascript:alert(1)"]), ("cors_origins", "http://a"),
    ("model", 3),
])
def test_a_bad_value_falls_back_to_its_default(field: str, bad: object) -> None:
    data = ServerOptions(api_key=new_api_key()).to_dict()
    data[field] = bad
    assert getattr(server_options_from_dict(data), field) == getattr(ServerOptions(), field)


def test_network_without_a_usable_key_is_read_as_loopback_only() -> None:
    for key in ("", "short"):
        read = server_options_from_dict({"on_network": True, "api_key": key, "port": 9000})
        assert read.on_network is False and read.host == "127.0.0.1" and read.port == 9000


def test_not_a_dict_gives_the_defaults() -> None:
    assert server_options_from_dict(["x"]) == ServerOptions()
    assert settings_from_dict({"version": 2, "server": "on"}).server == ServerOptions()


def test_keys_are_random_long_and_header_safe() -> None:
    keys = {new_api_key() for _ in range(50)}
    assert len(keys) == 50
    for key in keys:
        assert key.startswith("dllm-") and len(key) >= 32
        assert all(c.isalnum() or c in "-_" for c in key)


def test_with_key_generates_once() -> None:
    first = ServerOptions().with_key()
    assert first.api_key and first.with_key() == first


def test_key_in_use_is_required_beyond_loopback_and_optional_on_it() -> None:
    key = new_api_key()
    assert ServerOptions(api_key=key).key_in_use == ""
    assert ServerOptions(api_key=key, require_key=True).key_in_use == key
    network = ServerOptions(api_key=key, on_network=True)
    assert network.key_in_use == key and network.host == "0.0.0.0"


def test_checked_refuses_the_network_without_a_key_and_bad_ports() -> None:
    with pytest.raises(SettingsError, match="API key"):
        ServerOptions(on_network=True).checked()
    with pytest.raises(SettingsError, match="port"):
        ServerOptions(port=0).checked()
    good = ServerOptions(on_network=True, api_key=new_api_key())
    assert good.checked() is good


def test_cors_origins_are_normalized_and_bad_ones_named() -> None:
    assert parse_cors_origins("HTTP://LocalHost:3000/, https://a.example\n*  http://[::1]:8080") == (
        "http://localhost:3000", "https://a.example", "*", "http://[::1]:8080")
    assert parse_cors_origins("  ") == ()
    assert parse_cors_origins("http://a.example http://a.example") == ("http://a.example",)
    for bad in ("localhost:3000", "ftp://a.example", "http://a.example/path", "http://u:p@a.example", "http://a:99999"):
        with pytest.raises(SettingsError, match=r"origin|port"):
            parse_cors_origins(bad)


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.5", False), ("::", False), ("example.org", False),
])
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_default_port_is_the_one_tools_expect() -> None:
    assert DEFAULT_SERVER_PORT == 1234


def test_server_settings_pass_the_key_only_where_it_is_asked_for() -> None:
    key = new_api_key()
    loopback = ServerOptions(api_key=key, port=4321, idle_unload_minutes=5).server_settings("/m/SmolLM2-135M.Q8_0.gguf")
    assert (loopback.host, loopback.port, loopback.api_key, loopback.key_required) == ("127.0.0.1", 4321, "", False)
    assert loopback.idle_unload_s == 300 and loopback.default_model == "smollm2-135m.q8_0"
    network = ServerOptions(api_key=key, on_network=True, cors_origins=("http://a.example",)).server_settings()
    assert network.validated().api_key == key and network.host == "0.0.0.0" and network.default_model == ""
    assert network.cors_origins == ("http://a.example",)
