"""Per-model defaults (issue 13, part 4): the file's general.sampling.* keys, else the family's published
settings, the user's changes per model on top; their persistence and the v2 -> v3 settings migration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.model_defaults import (
    ModelDefaults,
    ModelSettings,
    changes_from,
    defaults_from_header,
    family_for,
    file_sampling,
    model_settings,
)
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.settings_schema import (
    MAX_MODEL_OVERRIDES,
    SETTINGS_VERSION,
    AppSettings,
    LoadDefaults,
    ModelOverrides,
    settings_from_dict,
)
from desktop_llm.services.storage.settings_store import SettingsStore
from tests.gguf_fixtures import recommending_gguf

BASE, LOAD = SamplingParams(), LoadDefaults()


def settings_of(path: Path, overrides: ModelOverrides | None = None, thinking: bool = True) -> ModelSettings:
    defaults = defaults_from_header(read_file_header(str(path)), path.name)
    return model_settings(defaults, overrides or ModelOverrides(), BASE, LOAD, thinking)


def test_the_files_recommendations_are_its_defaults(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {"temp": 0.6, "top_k": 20, "top_p": 0.95, "min_p": 0.0,
                                                  "penalty_repeat": 1.05})
    chosen = settings_of(path)
    assert (chosen.sampling.temperature, chosen.sampling.top_k, chosen.sampling.top_p) == pytest.approx((0.6, 20, 0.95))
    assert chosen.sampling.min_p == 0.0 and chosen.sampling.repeat_penalty == pytest.approx(1.05)
    # Written as float32, read back as the number that was meant (not 0.6000000238418579).
    assert chosen.sampling.temperature == 0.6 and chosen.sampling.top_p == 0.95
    assert {chosen.label(name) for name in ("temperature", "top_k", "top_p", "min_p", "repeat_penalty")} == {
        "from the model file"}
    # What the file does not say comes from desktop-llm's own defaults.
    assert chosen.sampling.max_tokens == BASE.max_tokens and chosen.label("max_tokens") == "desktop-llm's default"
    assert chosen.summary() == "Based on the model file"


def test_the_file_beats_the_family_and_the_family_fills_the_rest(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "q.gguf", {"temp": 0.5}, arch="qwen3", name="Qwen3 8B")
    chosen = settings_of(path)
    assert chosen.sampling.temperature == pytest.approx(0.5) and chosen.label("temperature") == "from the model file"
    assert chosen.sampling.top_k == 20 and chosen.sampling.top_p == 0.95
    assert chosen.label("top_k") == "Qwen3's published default"
    assert chosen.summary() == "Based on the model file and Qwen3's published defaults"
    # Qwen3 answering without reasoning has its own published settings.
    plain = settings_of(path, thinking=False)
    assert plain.sampling.top_p == 0.8 and plain.sampling.temperature == 0.5


@pytest.mark.parametrize(("identity", "family", "temperature"), [
    ("qwen3 Qwen3 8B", "Qwen3", 0.6),
    ("qwen3moe Qwen3 30B A3B Instruct 2507", "Qwen3-2507 Instruct", 0.7),
    ("qwen3moe Qwen3 Coder 30B A3B Instruct", "Qwen3-Coder", 0.7),
    ("qwen2 DeepSeek R1 Distill Qwen 7B", "DeepSeek-R1", 0.6),
    ("llama DeepSeek-R1-Distill-Llama-8B", "DeepSeek-R1", 0.6),
    ("qwen2 Qwen2.5 7B Instruct", "Qwen2.5", 0.7),
    ("qwen2 QwQ 32B", "QwQ", 0.6),
    ("llama Meta Llama 3.1 8B Instruct", "Llama 3", 0.6),
    ("llama Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Llama 3", 0.6),
    ("gemma3 Gemma 3 270m", "Gemma 3", 1.0),
    ("llama Mistral Small 24B Instruct 2501", "Mistral Small", 0.15),
    ("phi3 Phi 4 Reasoning", "Phi-4-reasoning", 0.8),
    ("gpt-oss Gpt Oss 20b", "gpt-oss", 1.0),
])
def test_known_families(identity: str, family: str, temperature: float) -> None:
    found = family_for(identity)
    assert found is not None and found.name == family and found.sampling["temperature"] == temperature
    assert found.source.startswith("https://")


def test_unknown_models_have_no_family() -> None:
    assert family_for("llama Smollm2 135M 8k Lc100K Mix1 Ep2 smollm2 SmolLM2-135M-Instruct.Q4_1.gguf") is None
    assert family_for("phi3 Phi 3 Mini 4k Instruct") is None


def test_the_starter_model_recommends_nothing(starter_model: Path) -> None:
    header = read_file_header(str(starter_model))
    defaults = defaults_from_header(header, starter_model.name)
    assert defaults == ModelDefaults({}, None, 8192, ())
    assert model_settings(defaults, ModelOverrides(), BASE, LOAD).sampling == BASE


def test_bad_and_unsupported_keys_are_notes_not_errors(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {"temp": "hot", "top_k": 0.5, "top_p": 7.0, "min_p": 0.1,
                                                  "mirostat": 2, "sequence": "top_k;temperature"})
    values, notes = file_sampling(read_file_header(str(path)).metadata)
    assert values == {"min_p": pytest.approx(0.1)}
    text = " | ".join(notes)
    assert "general.sampling.temp is not a number" in text and "general.sampling.top_k is not an integer" in text
    assert "general.sampling.top_p ignored: top_p must be in (0, 1]" in text
    assert "mirostat=2" in text and "does not offer" in text


def test_a_whole_float_top_k_counts_as_an_integer() -> None:
    assert file_sampling({"general.sampling.top_k": 40.0}) == ({"top_k": 40}, ())


def test_the_context_never_exceeds_what_the_model_was_trained_for(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {}, context_length=2048)
    chosen = settings_of(path)
    assert chosen.load.n_ctx == 2048 and chosen.label("n_ctx") == "from the model file"
    longer = settings_of(recommending_gguf(tmp_path / "l.gguf", {}, context_length=32768))
    assert longer.load.n_ctx == LOAD.n_ctx and longer.label("n_ctx") == "desktop-llm's default"


def test_the_users_change_wins_and_is_only_what_differs(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {"temp": 0.6, "top_k": 20})
    defaults = settings_of(path)
    chosen = SamplingParams(**{**defaults.sampling.to_dict(), "temperature": 1.3, "stop": ()})
    changes = changes_from(chosen, None, defaults)
    assert changes.sampling == {"temperature": 1.3} and changes.load == {}
    mine = settings_of(path, changes)
    assert mine.sampling.temperature == 1.3 and mine.label("temperature") == "your change"
    assert mine.sampling.top_k == 20 and mine.label("top_k") == "from the model file"
    # Set back to the file's value, it is no longer a change; a file value the panel shows rounded is not either.
    assert changes_from(defaults.sampling, None, defaults).empty
    load = changes_from(defaults.sampling, LoadDefaults(n_ctx=1024), defaults)
    assert load.load == {"n_ctx": 1024}
    assert settings_of(path, load).load.n_ctx == 1024 and settings_of(path, load).label("n_ctx") == "your change"


def test_a_value_the_panel_rounds_is_not_a_change(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {"temp": 0.123})
    defaults = settings_of(path)
    shown = SamplingParams(**{**defaults.sampling.to_dict(), "temperature": 0.12, "stop": ()})
    assert changes_from(shown, None, defaults).empty


def test_a_setting_for_all_models_is_labelled_as_the_users(tmp_path: Path) -> None:
    path = recommending_gguf(tmp_path / "m.gguf", {})
    defaults = defaults_from_header(read_file_header(str(path)), path.name)
    chosen = model_settings(defaults, ModelOverrides(), SamplingParams(max_tokens=99), LOAD)
    assert chosen.sampling.max_tokens == 99 and chosen.label("max_tokens") == "your setting for all models"


# persistence


def test_overrides_are_kept_per_model_and_survive_a_save(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = AppSettings().with_overrides("/m/a.gguf", ModelOverrides({"temperature": 1.2}, {"n_ctx": 1024},
                                                                       size_bytes=10))
    settings = settings.with_overrides("/m/b.gguf", ModelOverrides({"top_k": 5}))
    store.save(settings)
    again = store.load()
    assert again == settings
    assert again.overrides_for("/m/a.gguf").sampling == {"temperature": 1.2}
    assert again.overrides_for("/m/a.gguf").load == {"n_ctx": 1024}
    assert again.overrides_for("/m/c.gguf").empty
    # The same file (name and size) in a folder that moved finds its changes again.
    assert again.overrides_for("/elsewhere/a.gguf", 10).sampling == {"temperature": 1.2}
    assert again.overrides_for("/elsewhere/a.gguf", 11).empty
    # A model whose changes are all undone is dropped.
    assert "/m/b.gguf" not in again.with_overrides("/m/b.gguf", ModelOverrides()).model_overrides


def test_only_the_most_recent_models_are_kept() -> None:
    settings = AppSettings()
    for index in range(MAX_MODEL_OVERRIDES + 5):
        settings = settings.with_overrides(f"/m/{index}.gguf", ModelOverrides({"top_k": 5}))
    settings = settings.with_overrides("/m/3.gguf", ModelOverrides({"top_k": 6}))  # changed again: newest
    assert len(settings.model_overrides) == MAX_MODEL_OVERRIDES
    assert "/m/0.gguf" not in settings.model_overrides and "/m/3.gguf" in settings.model_overrides


def test_a_bad_stored_value_is_dropped_alone() -> None:
    data = AppSettings().to_dict()
    data["model_overrides"] = {"/m/a.gguf": {"sampling": {"temperature": "hot", "top_k": 7, "nonsense": 1},
                                             "load": {"n_ctx": 10, "flash_attn": True}},
                               "/m/b.gguf": "not an object", "": {"sampling": {"top_k": 1}}}
    settings = settings_from_dict(data)
    assert settings.model_overrides == {
        "/m/a.gguf": ModelOverrides({"top_k": 7}, {"flash_attn": True})}


def test_v2_settings_keep_the_users_sampling_for_the_model_in_use(tmp_path: Path) -> None:
    v2 = {"version": 2, "default_model_path": "/m/a.gguf", "theme": "dark",
          "sampling": {**SamplingParams().to_dict(), "temperature": 0.3, "top_k": 12},
          "load": {"n_ctx": 8192}}
    (tmp_path / "settings.json").write_text(json.dumps(v2))
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    assert settings.version == SETTINGS_VERSION == 3
    assert settings.overrides_for("/m/a.gguf").sampling == {"temperature": 0.3, "top_k": 12}
    assert settings.sampling.temperature == 0.3 and settings.load.n_ctx == 8192 and settings.theme == "dark"
    # The v2 file is kept beside the new one: a v2 desktop-llm refuses a v3 file.
    assert json.loads((tmp_path / "settings.v2.json").read_text()) == v2
    store.save(settings)
    assert store.load() == settings and json.loads((tmp_path / "settings.v2.json").read_text()) == v2


def test_v2_settings_without_changes_migrate_to_no_overrides() -> None:
    v2 = {"version": 2, "default_model_path": "/m/a.gguf", "sampling": SamplingParams().to_dict()}
    assert settings_from_dict(v2).model_overrides == {}
    assert settings_from_dict({"version": 2, "sampling": {"temperature": 0.3}}).model_overrides == {}
