"""Where a question's two-line title breaks at its last sentence but its reveal ("Answer: "
in front) cannot: "StarFan_J dared Kofi, and Kofi typed the joke. / Whose fault is it?" is
the question; "Answer: StarFan_J dared Kofi, and Kofi typed the joke." is wider than a
line. The reveal then keeps the question's first line as it is and puts "Answer: " in
front of the question on the second ("… typed the joke. / Answer: Whose fault is it?"), so
the click moves no word of the story and neither title breaks inside a sentence (paired
breaks chosen for both had given "…dared Kofi, and / Kofi typed the joke. Whose fault…")."""

from __future__ import annotations

from lessonpack.check.measure import count_lines

ENDS = (".", "?", "!")


def _ends_sentence(word: str) -> bool:
    return word.rstrip("\"'”’)").endswith(ENDS)


def answer_on_second_line(question: str, prefix: str, family: str, size: float, width: float,
                          bold: bool) -> int | None:
    """The number of the question's words on its first line where the question reads best
    broken at its last sentence's start and the reveal can only match it with ``prefix``
    on the second line: the question two lines, its first sentences one line, the
    ``prefix`` and the last sentence one line, and the prefix with the first sentences
    wider than a line (else the usual paired break holds it: deck_reveal_breaks.pair_cut).
    None otherwise."""
    words = question.split()
    if len(words) < 4 or count_lines(question, family, size, width, bold) != 2:
        return None
    starts = [k for k in range(1, len(words)) if _ends_sentence(words[k - 1])]
    if not starts:
        return None
    k = starts[-1]
    head, tail = " ".join(words[:k]), " ".join(words[k:])
    if count_lines(head, family, size, width, bold) != 1 \
            or count_lines(prefix + tail, family, size, width, bold) != 1:
        return None
    if count_lines(prefix + head, family, size, width, bold) == 1:
        return None  # "Answer: " fits in front of the first line: the paired break
    return k


PREFIX = "Answer: "


def answer_in_front(text: str) -> str:
    """A reveal's title with "Answer: " back in front where ``answer_on_second_line`` moved
    it to the second line's start (its question's last sentence), to be broken anew; any
    other text as it is."""
    if text.startswith(PREFIX):
        return text
    head, sep, tail = text.partition(" " + PREFIX)
    if not sep or not head or not _ends_sentence(head.split()[-1]):
        return text
    return f"{PREFIX}{head} {tail}"


def reveals(question: str, answer: str) -> bool:
    """Whether ``answer`` is the reveal title of ``question`` (spaces closed up): "Answer: "
    in front of it, or in front of its last sentence."""
    question, answer = " ".join(question.split()), " ".join(answer.split())
    return bool(question) and answer_in_front(answer) == PREFIX + question
