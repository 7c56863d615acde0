from __future__ import annotations

from desktop_llm.core.stop_strings import StopMatcher


def feed_all(stops: list[str], pieces: list[str]) -> tuple[str, bool]:
    matcher = StopMatcher(stops)
    out = "".join(matcher.feed(p) for p in pieces) + matcher.flush()
    return out, matcher.stopped


def test_stop_string_split_across_pieces_never_leaks() -> None:
    assert feed_all(["</end>"], ["Hello </", "en", "d> more"]) == ("Hello ", True)


def test_near_miss_is_released_at_the_end() -> None:
    assert feed_all(["</end>"], ["a </en", "x"]) == ("a </enx", False)
    assert feed_all(["STOP"], ["abc ST"]) == ("abc ST", False)


def test_earliest_of_several_stops_wins() -> None:
    assert feed_all(["B", "AB"], ["xxAB"]) == ("xx", True)


def test_no_stops_passes_text_through() -> None:
    assert feed_all([], ["a", "b"]) == ("ab", False)
