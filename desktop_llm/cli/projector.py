"""The vision projector a command loads with its model (issue 17): one rule for `chat --image` and
`summarize --read-scans`, so both find the same file and say the same thing when there is none."""

from __future__ import annotations

from pathlib import Path

from desktop_llm.core.errors import DesktopLlmError


def projector_for(model: str, given: str | None, wanted: bool) -> str:
    """The projector to load: `given` (--mmproj), else, when vision is `wanted`, the best-named mmproj*.gguf beside
    the model; "" when vision is not wanted. DesktopLlmError: the given file is missing, or none is beside the model."""
    if given:
        if not Path(given).is_file():
            raise DesktopLlmError(f"vision projector not found: {given}")
        return str(Path(given).resolve())
    if not wanted:
        return ""
    from desktop_llm.core.vision_projector import projector_score

    found = sorted(Path(model).parent.glob("mmproj*.gguf"), key=lambda p: projector_score(Path(model).name, p.name),
                   reverse=True)
    if not found:
        raise DesktopLlmError(f"{Path(model).name} cannot see images: no mmproj*.gguf beside it; give its vision "
                              "projector with --mmproj FILE")
    return str(found[0].resolve())
