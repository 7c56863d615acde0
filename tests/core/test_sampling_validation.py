"""Sampling and load parameters refuse what JSON or a command line can carry (issue 10, items 13 and 21)."""

from __future__ import annotations

import math

import pytest

from desktop_llm.core.sampling import SAMPLING_PRESETS, LoadParams, SamplingParams, checked_float, checked_int


@pytest.mark.parametrize("value", [True, "5", None, 2.5, math.inf, math.nan, 10**400, -2, 101])
def test_checked_int_refuses_non_integers_and_out_of_range(value: object) -> None:
    with pytest.raises(ValueError, match=r"^top_k must be"):
        checked_int("top_k", value, -1, 100)


def test_checked_int_takes_whole_floats() -> None:
    assert checked_int("max_tokens", 512.0, 1, 1024) == 512
    assert type(checked_int("max_tokens", 512.0, 1, 1024)) is int


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, "0.5", False, 1e308])
def test_checked_float_refuses_non_finite_and_out_of_range(value: object) -> None:
    with pytest.raises(ValueError, match=r"^top_p must be"):
        checked_float("top_p", value, 0.0, 1.0, low_open=True)


def test_open_bounds_are_open() -> None:
    with pytest.raises(ValueError, match=r"\(0, 1\]"):
        checked_float("top_p", 0.0, 0.0, 1.0, low_open=True)
    with pytest.raises(ValueError, match=r"\[0, 1\)"):
        checked_float("min_p", 1.0, 0.0, 1.0, high_open=True)


@pytest.mark.parametrize(("changes", "field"), [
    ({"max_tokens": 0}, "max_tokens"),
    ({"max_tokens": 2**40}, "max_tokens"),
    ({"seed": 2**32}, "seed"),
    ({"seed": -2}, "seed"),
    ({"top_k": 10**30}, "top_k"),
    ({"temperature": math.nan}, "temperature"),
    ({"temperature": 9}, "temperature"),
    ({"repeat_penalty": math.inf}, "repeat_penalty"),
    ({"stop": "###"}, "stop"),
    ({"stop": tuple(str(i) for i in range(65))}, "stop"),
    ({"stop": ("x" * 1025,)}, "stop"),
])
def test_sampling_params_name_the_bad_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field} |^a {field} "):
        SamplingParams(**changes).validated()  # type: ignore[arg-type]


def test_presets_and_edges_are_valid() -> None:
    for preset in SAMPLING_PRESETS.values():
        assert preset.validated() == preset
    edge = SamplingParams(temperature=0, top_k=0, top_p=1, min_p=0, seed=2**32 - 1, max_tokens=1).validated()
    assert edge.temperature == 0.0 and isinstance(edge.temperature, float)


@pytest.mark.parametrize(("changes", "field"), [
    ({"n_ctx": 64}, "n_ctx"),
    ({"n_ctx": math.inf}, "n_ctx"),
    ({"n_ctx": "4096"}, "n_ctx"),
    ({"n_gpu_layers": 10**12}, "n_gpu_layers"),
    ({"n_threads": -1}, "n_threads"),
    ({"flash_attn": "yes"}, "flash_attn"),
    ({"kv_cache_type": "f64"}, "KV-cache type"),
    ({"lora": (("a.gguf", math.nan),)}, "lora scale"),
])
def test_load_params_name_the_bad_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field} "):
        LoadParams(path="model.gguf", **changes).validated()  # type: ignore[arg-type]


def test_load_params_from_hostile_dicts() -> None:
    with pytest.raises(ValueError, match="lora"):
        LoadParams.from_dict({"path": "m.gguf", "lora": "a.gguf"})
    with pytest.raises(ValueError, match="lora"):
        LoadParams.from_dict({"path": "m.gguf", "lora": [["a.gguf"]]})
    assert LoadParams.from_dict({"path": "m.gguf", "n_ctx": 4096.0}).validated().n_ctx == 4096
