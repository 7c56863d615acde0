"""The model source setting's rules (issue 21) and the suggestions that follow the UI's language."""

from __future__ import annotations

import pytest

from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.hub_endpoint import (
    DEFAULT_ENDPOINT,
    EndpointError,
    check_endpoint,
    choose_endpoint,
    endpoint_label,
)
from desktop_llm.core.recommendations import CURATED, curated_repos, language_of_locale, suggest_model
from desktop_llm.core.settings_schema import AppSettings, settings_from_dict

GiB = 1024**3


@pytest.mark.parametrize(("text", "expected"), [
    ("", DEFAULT_ENDPOINT),
    ("  https://hf-mirror.com/ ", "https://hf-mirror.com"),
    ("HTTPS://HF-Mirror.com", "https://hf-mirror.com"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("https://example.org/hf/", "https://example.org/hf"),  # a mirror under a path (a company proxy)
    ("http://[::1]:9000", "http://[::1]:9000"),
])
def test_valid_addresses_are_normalised(text: str, expected: str) -> None:
    assert check_endpoint(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("hf-mirror.com", "must start with https://"),
    ("ftp://hf-mirror.com", "ftp://"),
    ("https://", "names no server"),
    ("https://hf-mirror.com/?a=1", "query or a fragment"),
    ("https://user:secret@hf-mirror.com", "no user name or password"),
    ("https://hf-mirror.com:99999", "not a valid web address"),
    ("https://hf mirror.com", "space"),
])
def test_invalid_addresses_say_why(text: str, reason: str) -> None:
    with pytest.raises(EndpointError, match=reason):
        check_endpoint(text)


def test_the_environment_wins_then_the_setting_then_hugging_face() -> None:
    assert choose_endpoint("https://hf-mirror.com", {"HF_ENDPOINT": "http://127.0.0.1:5/"}).url == "http://127.0.0.1:5"
    assert choose_endpoint("https://hf-mirror.com", {"HF_ENDPOINT": "http://x:5"}).from_environment
    chosen = choose_endpoint("https://hf-mirror.com/", {"HF_ENDPOINT": "  "})
    assert chosen.url == "https://hf-mirror.com" and not chosen.from_environment and not chosen.is_default
    assert choose_endpoint("", {}).is_default
    assert choose_endpoint("not a url", {}).url == DEFAULT_ENDPOINT  # a hand-edited mistake does not break searches


def test_messages_name_the_source() -> None:
    assert endpoint_label("https://huggingface.co") == "Hugging Face"
    assert endpoint_label("https://hf-mirror.com") == "hf-mirror.com"


def test_the_setting_round_trips_and_a_bad_one_reads_as_hugging_face() -> None:
    saved = AppSettings(hub_endpoint="https://hf-mirror.com")
    assert settings_from_dict(saved.to_dict()).hub_endpoint == "https://hf-mirror.com"
    assert settings_from_dict({"version": 3, "hub_endpoint": "https://hf-mirror.com/"}).hub_endpoint == \
        "https://hf-mirror.com"
    assert settings_from_dict({"version": 3, "hub_endpoint": "gopher://x"}).hub_endpoint == ""
    assert settings_from_dict({"version": 3, "hub_endpoint": "https://huggingface.co/"}).hub_endpoint == ""
    assert settings_from_dict({"version": 3, "hub_endpoint": 7}).hub_endpoint == ""
    assert settings_from_dict({"version": 2}).hub_endpoint == ""  # a file from before the setting


def test_locales_name_their_language() -> None:
    assert [language_of_locale(x) for x in ("zh_CN", "zh-Hant-TW", "zh", "en_US", "", "C")] == \
        ["zh", "zh", "zh", "en", "", "c"]


def test_chinese_gets_qwen_first_and_everyone_gets_the_whole_list() -> None:
    for locale in ("zh_CN", "zh_TW", "zh_HK"):
        repos = curated_repos(locale)
        assert "Qwen" in repos[0] and "Qwen" in repos[1]
        strong = [m.repo_id for m in CURATED if "zh" in m.strong_in]
        assert list(repos[: len(strong)]) == strong  # the table's order among them
        assert sorted(repos) == sorted(m.repo_id for m in CURATED)
    english = curated_repos("en_US")
    assert english == curated_repos("") == curated_repos("C") == tuple(m.repo_id for m in CURATED)
    assert english[0] == "bartowski/Llama-3.2-3B-Instruct-GGUF"
    assert len(set(english)) == len(english)


@pytest.mark.parametrize(("budget", "zh", "en"), [
    (MemoryBudget(ram_bytes=64 * GiB, vram_bytes=0), "bartowski/Qwen2.5-7B-Instruct-GGUF",
     "bartowski/Qwen2.5-7B-Instruct-GGUF"),
    (MemoryBudget(ram_bytes=16 * GiB, vram_bytes=0), "bartowski/Qwen2.5-3B-Instruct-GGUF",
     "bartowski/Llama-3.2-3B-Instruct-GGUF"),
    (MemoryBudget(ram_bytes=4 * GiB, vram_bytes=0), "bartowski/Qwen2.5-1.5B-Instruct-GGUF",
     "bartowski/Llama-3.2-1B-Instruct-GGUF"),
])
def test_the_first_run_suggestion_follows_the_language(budget: MemoryBudget, zh: str, en: str) -> None:
    chinese = suggest_model(budget, "zh_CN")
    assert chinese.repo_id == zh and "Qwen" in chinese.repo_id
    assert suggest_model(budget, "en_GB").repo_id == en == suggest_model(budget).repo_id
    assert chinese.repo_id in curated_repos("zh_CN")  # what the welcome names, Discover lists
    if budget.ram_bytes < 6 * GiB:
        assert "memory is tight" in chinese.summary
