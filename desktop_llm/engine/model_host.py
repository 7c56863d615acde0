"""One loaded model in the worker: load with specific errors, tokenize, format chats, report status."""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import llama_cpp

from desktop_llm.core.chat_formats import ALL_MARKERS, closest_format
from desktop_llm.core.chat_template import ChatTemplate, RenderedPrompt
from desktop_llm.core.context_budget import BudgetResult, fit_messages, reply_reserve
from desktop_llm.core.embedding_models import is_embedding_model, is_reranker
from desktop_llm.core.errors import ModelLoadError, ModelNotLoadedError, RequestInvalidError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.process_memory import current_rss_bytes, peak_rss_bytes
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.engine.embedder import Embedder, Ranker
from desktop_llm.engine.engine_llama import EngineLlama
from desktop_llm.engine.log_capture import LlamaLogCapture
from desktop_llm.engine.openai_request import TemplateInputs
from desktop_llm.engine.prompt_tokens import PromptTokenizer
from desktop_llm.engine.sequence_batcher import SequenceBatcher
from desktop_llm.engine.vision import VisionProjector, media_tokens, open_projector
from desktop_llm.ipc.engine_wire import EngineStatus, ModelStatus, ProcessInfo

_KV_TYPES = {"f16": llama_cpp.GGML_TYPE_F16, "q8_0": llama_cpp.GGML_TYPE_Q8_0, "q4_0": llama_cpp.GGML_TYPE_Q4_0}


def detect_backend() -> str:
    """The accelerator this llama.cpp build was compiled for, from its system info line."""
    info = llama_cpp.llama_print_system_info().decode("utf-8", errors="replace")
    for name in ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL"):
        if name.upper() in info.upper():
            return name
    return "CPU"


@dataclass
class LoadedModel:
    llm: llama_cpp.Llama
    params: LoadParams
    header: GGUFHeader
    template: ChatTemplate
    prompts: PromptTokenizer
    load_ms: float
    layers_offloaded: int
    n_layers: int
    buffers: dict[str, int]
    adapters: dict[str, Any] = field(default_factory=dict)  # file key -> llama.cpp adapter (freed with the model)
    active_adapters: tuple[tuple[str, float], ...] = ()  # (file key, scale)
    active_paths: tuple[tuple[str, float], ...] = ()  # (path, scale), for /status
    embedder: Embedder | None = None  # created by the first /v1/embeddings, freed with the model
    ranker: Ranker | None = None  # created by the first /v1/rerank (a reranker GGUF), freed with the model
    reads_tools: bool | None = None  # whether the template writes tools (ModelHost.reads_tools), learned once
    batcher: SequenceBatcher | None = None  # with n_parallel > 1: owns the context (engine/sequence_batcher.py)
    vision: VisionProjector | None = None  # LoadParams.mmproj's projector (issue 17); None: the model reads text only


    @property
    def n_ctx(self) -> int:
        """The context one request gets: one slot's share with n_parallel > 1 (llm.n_ctx() is all slots')."""
        return int(llama_cpp.llama_n_ctx_seq(self.llm._ctx.ctx))


class ModelHost:
    """Owns the worker's llama.cpp model; `lock` serialises every use of it (one context, one user)."""

    def __init__(self, log: LlamaLogCapture) -> None:
        self._log = log
        self._model: LoadedModel | None = None
        self.lock = threading.Lock()
        self.backend = detect_backend()
        self.gpu_offload = bool(llama_cpp.llama_supports_gpu_offload())

    @property
    def model(self) -> LoadedModel:
        if self._model is None:
            raise ModelNotLoadedError(QT_TR_NOOP("no model is loaded"))
        return self._model

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self, params: LoadParams) -> LoadedModel:
        params.validated()
        path = Path(params.path)
        if not path.is_file():
            raise ModelLoadError(QT_TR_NOOP("model file not found: {path}"), path=path)
        try:
            header = read_file_header(str(path))
        except GGUFFormatError as exc:
            raise ModelLoadError(QT_TR_NOOP("{name}: {reason}"), name=path.name, reason=exc) from exc
        except OSError as exc:
            raise ModelLoadError(QT_TR_NOOP("{name}: cannot read the file ({reason})"), name=path.name,
                                 reason=exc.strerror or exc) from exc
        self.unload()
        n_layers = int(header.arch_value("block_count", 0) or 0)
        attempts = [params.n_gpu_layers]
        if params.n_gpu_layers < 0 and self.gpu_offload and n_layers:
            # "All layers that fit": fall back to fewer layers when the GPU cannot take them all.
            attempts += [n_layers // 2, n_layers // 4, 0]
        last_error = ""
        for gpu_layers in attempts:
            self._log.clear()
            started = time.perf_counter()
            try:
                llm = self._construct(params, gpu_layers)
            except (ValueError, RuntimeError) as exc:
                last_error = "; ".join(self._log.errors()[-3:]) or str(exc)
                continue
            offloaded = self._log.layers_offloaded()
            template = ChatTemplate(
                header.chat_template or None,
                bos_token=_token_text(llm, llm.token_bos()),
                eos_token=_token_text(llm, llm.token_eos()),
                fallback=closest_format(header.architecture, special_tokens(llm, ALL_MARKERS)),
            )
            self._model = LoadedModel(
                llm=llm,
                params=params,
                header=header,
                template=template,
                prompts=PromptTokenizer(llm),
                load_ms=(time.perf_counter() - started) * 1000.0,
                layers_offloaded=offloaded[0] if offloaded else 0,
                n_layers=n_layers,
                buffers=self._log.buffer_sizes(),
            )
            try:
                self._model.vision = open_projector(params, llm, header, gpu_layers != 0 and self.gpu_offload, self._log)
                self.use_adapters(params.lora)
            except ModelLoadError:
                self.unload()
                raise
            if params.n_parallel > 1:
                self._model.batcher = SequenceBatcher(llm, params.n_parallel, self.use_adapters, params.lora)
            return self._model
        raise ModelLoadError(QT_TR_NOOP("llama.cpp could not load {name}: {reason}"), name=path.name, reason=last_error)

    def _construct(self, params: LoadParams, gpu_layers: int) -> llama_cpp.Llama:
        # LoRA adapters are applied per request (use_adapters), not through lora_path, which would turn mmap off.
        threads = params.n_threads or max(1, (os.cpu_count() or 2) - (0 if (os.cpu_count() or 2) <= 4 else 1))
        return EngineLlama(
            model_path=params.path,
            n_seq_max=params.n_parallel,
            n_ctx=params.n_ctx * params.n_parallel,  # every slot gets n_ctx of its own
            n_gpu_layers=gpu_layers,
            flash_attn=params.flash_attn,
            type_k=_KV_TYPES[params.kv_cache_type],
            type_v=_KV_TYPES[params.kv_cache_type],
            n_threads=threads,
            n_threads_batch=threads,
            n_batch=min(512, params.n_ctx),
            logits_all=False,
            verbose=True,  # our log capture decides what is printed; verbose=False redirects fds instead
        )

    def use_adapters(self, wanted: tuple[tuple[str, float], ...] | None) -> None:
        """Apply these LoRA adapters with their scales to the context (None: the ones given at load time).

        Adapters are loaded once per model and switched per request, so chat can compare base and adapter
        without reloading. A change drops the KV cache: its entries were computed with other weights.
        """
        model = self.model
        wanted = model.params.lora if wanted is None else tuple((str(p), float(s)) for p, s in wanted)
        # Keyed by the file's identity too: a run retrained into the same path is a different adapter.
        keyed = tuple((_file_key(path), scale) for path, scale in wanted)
        if keyed == model.active_adapters:
            return
        handles = [self._adapter(path, key) for (path, _), (key, _) in zip(wanted, keyed, strict=True)]
        count = len(handles)
        array = (llama_cpp.llama_adapter_lora_p_ctypes * count)(*handles) if count else None
        scales = (ctypes.c_float * count)(*(scale for _, scale in wanted)) if count else None
        if llama_cpp.llama_set_adapters_lora(model.llm._ctx.ctx, array, count, scales):
            raise ModelLoadError(QT_TR_NOOP("llama.cpp could not apply the LoRA adapters"))
        model.llm.n_tokens = 0
        model.active_adapters = keyed
        model.active_paths = wanted

    def _adapter(self, path: str, key: str) -> Any:
        model = self.model
        if key in model.adapters:
            return model.adapters[key]
        name = Path(path).name
        try:
            header = read_file_header(path)
        except FileNotFoundError as exc:
            raise ModelLoadError(QT_TR_NOOP("LoRA adapter not found: {path}"), path=path) from exc
        except (GGUFFormatError, OSError) as exc:
            raise ModelLoadError(QT_TR_NOOP("{name} is not a usable GGUF adapter: {reason}"), name=name, reason=exc) from exc
        if header.metadata.get("general.type") != "adapter":
            raise ModelLoadError(QT_TR_NOOP("{name} is a model, not a LoRA adapter"), name=name)
        if header.architecture != model.header.architecture:
            raise ModelLoadError(QT_TR_NOOP("{name} was trained for a {trained} model; the loaded model is {loaded}"),
                                 name=name, trained=repr(header.architecture), loaded=repr(model.header.architecture))
        self._log.clear()
        handle = llama_cpp.llama_adapter_lora_init(model.llm._model.model, path.encode("utf-8"))
        if not handle:
            reason = "; ".join(self._log.errors()[-3:]) or "see the engine log"
            raise ModelLoadError(QT_TR_NOOP("llama.cpp could not load the adapter {name} onto this model: {reason}"), name=name,
                                 reason=reason)
        model.adapters[key] = handle
        return handle

    def unload(self) -> None:
        if self._model is not None:
            if self._model.batcher is not None:
                self._model.batcher.close()  # its thread uses the context: stopped before anything is freed
            self._model.template.close()  # its sandbox process
            for context in (self._model.vision, self._model.embedder, self._model.ranker):
                if context is not None:
                    context.close()  # before its model
            self._model.llm.close()
            self._model = None

    def fallback_stops(self) -> tuple[str, ...]:
        """The stop strings of the format a chat falls back to (Gemma's `<end_of_turn>` ...), for a chat whose
        prompt was written in it: the model's own end-of-generation tokens stop it anyway, these also catch the
        next turn's opening marker and markers the model writes as plain text."""
        return self.model.template.fallback.format.stop

    def embed(self, texts: Sequence[str]) -> tuple[list[list[float]], int]:
        """Normalized embeddings of `texts` and their tokens in all (engine/embedder.py)."""
        model = self.model
        if is_reranker(model.header):  # rank pooling gives one score, not a vector
            raise RequestInvalidError(QT_TR_NOOP("{name} is a reranker: it scores passages, it makes no embeddings"),
                                      name=Path(model.params.path).name)
        if model.embedder is None:
            declares_pooling = model.header.arch_value("pooling_type", None) is not None
            model.embedder = Embedder(model.llm, declares_pooling, int(model.llm.context_params.n_threads))
        vectors, total = [], 0
        for text in texts:
            vector, count = model.embedder.embed(text)
            vectors.append(vector)
            total += count
        return vectors, total

    def rerank(self, query: str, documents: Sequence[str]) -> tuple[list[float], int]:
        """Relevance scores of `documents` for `query` and the tokens of all pairs (engine/embedder.py's Ranker)."""
        model = self.model
        if not is_reranker(model.header):
            raise RequestInvalidError(QT_TR_NOOP("{name} is not a reranker (its pooling type is not rank)"),
                                      name=Path(model.params.path).name)
        if model.ranker is None:
            model.ranker = Ranker(model.llm, int(model.llm.context_params.n_threads))
        return model.ranker.rank(query, documents)

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        llm = self.model.llm
        return _single_bos(llm, llm.tokenize(text.encode("utf-8"), add_bos=True, special=special))

    def tokenize_chat(
        self, messages: Sequence[ChatMessage], inputs: TemplateInputs | None = None
    ) -> tuple[list[int], RenderedPrompt]:
        """The chat rendered with the model's template (and the request's tools and template variables) and
        tokenized; control tokens are parsed only where the template wrote them, never in a message's text
        (issue 10, item 10: see engine/prompt_tokens.py). Tools reach a template that cannot read them as a
        RequestInvalidError (a 400), never as a prompt that silently left them out."""
        model = self.model
        inputs = inputs or TemplateInputs()
        tools = inputs.tools.offered
        if tools is not None and not self.reads_tools():
            raise RequestInvalidError(QT_TR_NOOP(
                "this model's chat template does not support tools (it never writes them into the prompt); use a model "
                "whose template does, or send the request without tools"))
        if any(message.images for message in messages):  # images: mtmd tokenizes text and images together
            return media_tokens(model.vision, model.batcher, model.template, messages, tools, inputs.kwargs, model.prompts)
        tokens, rendered = model.prompts.tokenize_chat(
            model.template, messages, tools=tools, template_kwargs=inputs.kwargs or None)
        if tools is not None and rendered.warning:  # the fallback format has no place for tools
            raise RequestInvalidError(QT_TR_NOOP("this model's chat template could not render the request's tools: "
                                                 "{reason}"), reason=rendered.warning)
        return _single_bos(model.llm, tokens), rendered

    def reads_tools(self) -> bool:
        """Whether the model's own template writes offered tools into the prompt: it renders, it mentions `tools`,
        and a probe chat comes out different with a tool than without (learned once per model)."""
        model = self.model
        if model.reads_tools is None:
            source = model.header.chat_template or ""
            model.reads_tools = not model.template.uses_fallback and "tools" in source and _probe_reads_tools(
                model.template)
        return model.reads_tools

    def chat_prompt(
        self, messages: Sequence[ChatMessage], max_tokens: int, inputs: TemplateInputs | None = None
    ) -> tuple[list[int], BudgetResult, str]:
        """Render and tokenize a chat, dropping the oldest turns when it would not fit (see context_budget)."""
        self.require_generative()
        model = self.model
        warnings: list[str] = []

        def count(candidate: Sequence[ChatMessage]) -> int:
            tokens, rendered = self.tokenize_chat(candidate, inputs)
            if rendered.warning and rendered.warning not in warnings:
                warnings.append(rendered.warning)
            return len(tokens)

        n_ctx = model.n_ctx
        budget = fit_messages(messages, count, n_ctx, reply_reserve(n_ctx, max_tokens))
        return self.tokenize_chat(budget.messages, inputs)[0], budget, " ".join(warnings)

    def require_generative(self) -> None:
        """Refuse replies from an embedding model (issue 12): a BERT-family encoder has no KV cache, and llama.cpp
        would fail deep inside generation ("Memory is not initialized"); a 400 that says so instead."""
        if is_embedding_model(self.model.header) or is_reranker(self.model.header):  # a reranker is an encoder too
            raise RequestInvalidError(QT_TR_NOOP("{name} is an embedding model: it finds passages for Knowledge but "
                                                 "cannot write replies; choose a chat model"),
                                      name=Path(self.model.params.path).name)

    def status(self) -> EngineStatus:
        peak_rss = peak_rss_bytes()
        process = ProcessInfo(
            backend=self.backend,
            gpu_offload_supported=self.gpu_offload,
            llama_cpp_version=llama_cpp.__version__,
            rss_bytes=current_rss_bytes() or peak_rss,
            peak_rss_bytes=peak_rss,
            pid=os.getpid(),
        )
        if self._model is None:
            return EngineStatus(process)
        model = self._model
        return EngineStatus(process, ModelStatus(
            path=model.params.path,
            n_ctx=model.n_ctx,
            n_gpu_layers=model.params.n_gpu_layers,
            layers_offloaded=model.layers_offloaded,
            n_layers=model.n_layers,
            model_size_bytes=int(model.llm._model.size()),
            load_ms=round(model.load_ms, 1),
            chat_template_warning=model.template.load_warning,
            architecture=model.header.architecture,
            adapters=model.active_paths,
            quantization=model.header.quantization,
            kv_cache_bytes=model.buffers.get("kv_cache_bytes"),
            compute_bytes=model.buffers.get("compute_bytes"),
            reads_tools=self.reads_tools(),
            n_parallel=model.params.n_parallel,
            vision=model.vision is not None, mmproj=model.params.mmproj if model.vision is not None else "",
        ))


_PROBE_CHAT = (ChatMessage("user", "What is the weather in Paris?"),)
_PROBE_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "The current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def _probe_reads_tools(template: ChatTemplate) -> bool:
    with_tool = template.render(_PROBE_CHAT, tools=[_PROBE_TOOL])
    return not with_tool.warning and with_tool.text != template.render(_PROBE_CHAT).text


def _single_bos(llm: llama_cpp.Llama, tokens: list[int]) -> list[int]:
    # A template that writes the BOS token itself and a model that adds one would double it.
    bos = llm.token_bos()
    if len(tokens) >= 2 and tokens[0] == bos and tokens[1] == bos:
        return tokens[1:]
    return tokens


def special_tokens(llm: llama_cpp.Llama, candidates: Sequence[str]) -> set[str]:
    """Which of these texts are single special tokens of the model's vocabulary (control or user-defined), the clue
    to its chat format when the file has no usable template. A look-up each, not a pass over the vocabulary."""
    vocab = llm._model.vocab
    special = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED
    found = set()
    for text in candidates:
        tokens = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        if len(tokens) == 1 and llama_cpp.llama_vocab_get_attr(vocab, tokens[0]) & special:
            found.add(text)
    return found


def _file_key(path: str) -> str:
    try:
        stat = os.stat(path)
    except OSError:
        return path
    return f"{path}|{stat.st_size}|{stat.st_mtime_ns}"


def _token_text(llm: llama_cpp.Llama, token: int) -> str:
    if token < 0:
        return ""
    try:
        return llm.detokenize([token], special=True).decode("utf-8", errors="replace")
    except Exception:  # a broken vocab entry only costs the template its bos/eos variable
        return ""
