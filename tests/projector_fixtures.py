"""Small vision projector GGUFs for the library and hub tests (issue 17): a real `clip` header (the keys llama.cpp's
mmproj converter writes) with tiny tensors. Their weights are not meant to run; tests/vision_fixtures.py (V1)
writes a projector of a real shape for the engine."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np


def tiny_projector(target: Path, output_dim: int = 64, projector_type: str = "idefics3", *, write_dim: bool = True,
                   has_vision: bool = True, vision_width: int = 32) -> Path:
    """An mmproj GGUF whose projection makes vectors of `output_dim`: stated in `clip.vision.projection_dim` when
    `write_dim`, and always as the rows of its last layer (`mm.model.fc.weight`, GGUF shape [in, out])."""
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(target), arch="clip")
    writer.add_string("clip.projector_type", projector_type)
    writer.add_bool("clip.has_vision_encoder", has_vision)
    writer.add_bool("clip.has_audio_encoder", not has_vision)
    writer.add_uint32("clip.vision.image_size", 64)
    writer.add_uint32("clip.vision.patch_size", 16)
    writer.add_uint32("clip.vision.embedding_length", vision_width)
    if write_dim:
        writer.add_uint32("clip.vision.projection_dim", output_dim)
    writer.add_file_type(1)
    rng = np.random.default_rng(1)
    writer.add_tensor("v.patch_embd.weight", rng.standard_normal((vision_width, 3, 16, 16)).astype(np.float16))
    writer.add_tensor("mm.model.fc.weight", rng.standard_normal((output_dim, vision_width * 4)).astype(np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return target
