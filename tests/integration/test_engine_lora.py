"""LoRA adapters in the engine worker: switched per request with a scale, without a reload, with the KV
cache dropped on a switch; and specific errors for a missing file, a model passed as an adapter, and an
adapter made for another model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from peft import LoraConfig, get_peft_model, get_peft_model_state_dict

from desktop_llm.core.errors import ModelLoadError
from desktop_llm.core.events import GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.training.gguf_lora import export_gguf_lora
from desktop_llm.training.model_loading import load_base
from tests.gguf_fixtures import tiny_llama_like

GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=12, repeat_penalty=1.0)
PROMPT = "Once upon a time"
pytestmark = pytest.mark.slow  # the real worker with LoRA adapters


def random_adapter(model: Path, target: Path, scale: float = 1.0) -> Path:
    base = load_base(str(model), torch.float32)
    torch.manual_seed(1)
    peft = get_peft_model(base.model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "o_proj"],
                                                 init_lora_weights=False))
    with torch.no_grad():
        for name, param in peft.named_parameters():
            if "lora_" in name:
                param.mul_(scale)
    return export_gguf_lora(get_peft_model_state_dict(peft), target, "llama", base.n_layers, 8.0, True,
                            base.n_head, base.n_head_kv)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("lora-engine")
    tiny = tiny_llama_like(starter_model, root / "tiny" / "tiny.gguf")
    other = tiny_llama_like(starter_model, root / "other" / "other.gguf", n_embd=32, n_head=2, n_head_kv=1, n_ff=64)
    return {
        "tiny": tiny,
        "adapter": random_adapter(tiny, root / "adapter.gguf", scale=4.0),
        "foreign": random_adapter(other, root / "foreign.gguf"),
    }


@pytest.fixture
def host(tmp_path: Path) -> Iterator[EngineHost]:
    engine = EngineHost(tmp_path / "logs")
    yield engine
    engine.shutdown()


def complete(host: EngineHost, adapters: object) -> str:
    text = []
    for event in host.client().completion_stream(PROMPT, GREEDY, adapters=adapters):  # type: ignore[arg-type]
        if isinstance(event, TextDelta):
            text.append(event.text)
        else:
            assert isinstance(event, GenerationFinished)
    return "".join(text)


def test_adapters_switch_per_request_and_scale_zero_is_the_base(host: EngineHost, models: dict[str, Path]) -> None:
    host.ensure_loaded(LoadParams(path=str(models["tiny"]), n_ctx=256))
    adapter = str(models["adapter"])
    base = complete(host, ())
    tuned = complete(host, ((adapter, 1.0),))
    assert tuned != base
    assert host.client().status().to_dict()["adapters"] == [{"path": adapter, "scale": 1.0}]
    assert complete(host, ()) == base  # the KV cache of the adapted prompt was not reused
    assert complete(host, ((adapter, 0.0),)) == base
    assert complete(host, ((adapter, 1.0),)) == tuned
    assert host.client().status().to_dict()["model"] == str(models["tiny"])  # one load for all of it


def test_an_adapter_rewritten_at_the_same_path_is_reloaded(
    host: EngineHost, models: dict[str, Path], tmp_path: Path
) -> None:
    import shutil

    host.ensure_loaded(LoadParams(path=str(models["tiny"]), n_ctx=256))
    path = tmp_path / "run" / "adapter.gguf"
    path.parent.mkdir()
    shutil.copy(models["adapter"], path)
    first = complete(host, ((str(path), 1.0),))
    random_adapter(models["tiny"], path, scale=8.0)  # the run retrained into the same folder
    assert complete(host, ((str(path), 1.0),)) != first


def test_adapters_given_at_load_time_apply_to_requests_that_name_none(host: EngineHost, models: dict[str, Path]) -> None:
    adapter = str(models["adapter"])
    host.ensure_loaded(LoadParams(path=str(models["tiny"]), n_ctx=256))
    tuned = complete(host, ((adapter, 1.0),))
    host.ensure_loaded(LoadParams(path=str(models["tiny"]), n_ctx=256, lora=((adapter, 1.0),)))
    assert complete(host, None) == tuned


@pytest.mark.allow_error_logs
def test_bad_adapters_get_specific_errors(host: EngineHost, models: dict[str, Path], tmp_path: Path) -> None:
    host.ensure_loaded(LoadParams(path=str(models["tiny"]), n_ctx=256))
    with pytest.raises(ModelLoadError, match="LoRA adapter not found"):
        complete(host, ((str(tmp_path / "nope.gguf"), 1.0),))
    with pytest.raises(ModelLoadError, match="is a model, not a LoRA adapter"):
        complete(host, ((str(models["tiny"]), 1.0),))
    with pytest.raises(ModelLoadError, match=r"could not load the adapter foreign\.gguf onto this model"):
        complete(host, ((str(models["foreign"]), 1.0),))
    assert complete(host, ()) != ""  # the engine is still fine
