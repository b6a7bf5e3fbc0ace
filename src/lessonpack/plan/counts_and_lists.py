"""Counts and lists as a sentence says them: "four", "1, 2 and 3"."""

from __future__ import annotations

from collections.abc import Sequence

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")


def number_word(n: int) -> str:
    """A small count as printed words use it ("four"); larger ones as digits ("14")."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def and_list(words: Sequence[str]) -> str:
    """"1, 2 and 3": words as a sentence lists them (no serial comma); "" for none."""
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)
