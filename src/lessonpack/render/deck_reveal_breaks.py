"""A question's title and its reveal's ("Answer: " + the question) broken at the same
words: the reveal's second line the question's, so the click to the answer moves nothing but
the cards, and neither title shrinks to keep its lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.oxml.ns import qn

from lessonpack.check.measure import count_lines, text_width
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_even_lines import break_at, evenest_cut
from lessonpack.render.deck_fit import inherited_attr
from lessonpack.render.deck_reveal_sentence import answer_in_front, answer_on_second_line
from lessonpack.render.deck_title_breaks import balance_title, title_run, unbreak
from lessonpack.render.ooxml.placeholders import placeholder


def keep_title_lines(filler: Filler) -> None:
    """A reveal's title ("Answer: " + the question) at the deck's one title size, broken
    where its question's title breaks (``pair_cut``): the second line the same words in
    the same place on both slides, so the click to the answer moves nothing but the
    cards. Where no break suits both, its lines as even as they can be."""
    unbreak(placeholder(filler.slide, filler.slots.get("title")))
    found = title_run(filler)
    if found is None:
        return
    _ph, run, text, size, bold, family, width = found
    if text != answer_in_front(text):  # broken before (a trainer's title refitted)
        run.find(qn("a:t")).text = answer_in_front(run.findtext(qn("a:t")) or "")
        text = answer_in_front(text)
    if count_lines(text, family, size, width, bold) < 2:
        return
    prefix = text.split()[0] + " "
    if prefix.strip().upper() == "ANSWER:":
        asked = text[len(prefix):]
        k = answer_on_second_line(asked, prefix, family, size, width, bold)
        if k is not None:
            # The question's own lines, "Answer: " leading its second (the last sentence).
            words = (run.findtext(qn("a:t")) or "").split()
            own = words[0]
            run.find(qn("a:t")).text = " ".join([*words[1:k + 1], own, *words[k + 1:]])
            break_at(run, k)
            return
    cut = pair_cut(text[len(prefix):], prefix, family, size, width, bold) \
        if text.startswith(prefix) and prefix.strip().upper() == "ANSWER:" else None
    if cut is not None:
        break_at(run, cut + 1)
    elif count_lines(text, family, size, width, bold) == 3:
        # Three lines: where they wrap, held by hand, as its question holds them.
        _break_at_each(run, wrap_cuts(text, family, size, width, bold))
    else:  # the answer wrapped naturally and left "a streamer?" alone
        _even_lines(run, text, family, size, width, bold)


def pair_cut(question: str, prefix: str, family: str, size: float, width: float,
             bold: bool) -> int | None:
    """Where a question's title and its reveal's (``prefix`` + the question) both break:
    the number of the question's words on the first line, chosen so that each title is two
    lines and the reveal's lines come out most even, a clause's or sentence's end
    preferred. None where the reveal fits one line, takes more than two, or no break
    keeps both at two."""
    words = question.split()
    if len(words) < 3 or count_lines(prefix + question, family, size, width, bold) != 2:
        return None
    # The reveal's words, broken after "Answer:" and one of the question's words at least.
    lead = len(prefix.split())
    best = evenest_cut([*prefix.split(), *words], family, size, width, bold,
                       cuts=range(lead + 1, lead + len(words)), sentences=True)
    return None if best is None else best[1] - lead


def wrap_cuts(text: str, family: str, size: float, width: float, bold: bool) -> list[int]:
    """Where ``text`` (three lines at ``width``) breaks into three lines as even as they
    can be, each fitting one line: the number of words before the second and third lines'
    starts (a natural wrap left "internet?" alone on the last line). [] where none fit.

    Not deck_even_lines.evenest_cut: the three lines are evened at once (the widest less
    the narrowest), with no clause preferred, because the question is held at the same
    words less "Answer:" (``_break_as_reveal``), which it can be only where "Answer:" has
    company on the first line. Tried on the packs' reveal titles in boxes narrow enough
    for three lines, the evening rule's two steps (the last line against the lines above,
    then those two; a clause's end preferred) left "Answer:" alone on its line where this
    did not ("Answer: / Pip's tummy feels funny. / What should Pip do?"), so the question
    kept its own wrap under a reveal broken elsewhere; and two words kept on each line
    found no break at all for most short titles ("Answer: / Reporting / to CEOP")."""
    words = text.split()
    best: tuple[float, list[int]] | None = None
    for one in range(1, len(words) - 1):
        head = " ".join(words[:one])
        if count_lines(head, family, size, width, bold) != 1:
            break
        for two in range(one + 1, len(words)):
            lines = [head, " ".join(words[one:two]), " ".join(words[two:])]
            if any(count_lines(line, family, size, width, bold) != 1 for line in lines):
                continue
            wide = [text_width(line, family, size, bold) for line in lines]
            score = max(wide) - min(wide)
            if best is None or score < best[0]:
                best = (score, [one, two])
    return [] if best is None else best[1]


def _break_at_each(run: Any, cuts: Sequence[int]) -> None:
    """``run`` broken by hand after each of its first ``cuts`` words."""
    for cut in sorted(cuts, reverse=True):
        break_at(run, cut)


# The strip under a question's panels saying how to answer: only a question slide (not
# its reveal) has it (deck_options.draw_options).
HOW_TO_ANSWER = "How to answer panel"


def match_reveal_lines(filler: Filler, reveal: str = "") -> None:
    """A question's title broken by hand into two even lines when its reveal's title
    (``reveal``; by default "Answer: " + the question) takes two at the same size and the
    question alone one: both slides' panels start under the same two lines, no title
    shrinks. Without ``reveal``, only on a slide with a question's how-to-answer strip (a
    trainer's title, broken again after it was refitted: deck_titles.rebalance_title)."""
    if not reveal:
        title = placeholder(filler.slide, filler.slots.get("title"))
        if title is None or not any(sh.name == HOW_TO_ANSWER for sh in filler.slide.shapes):
            return
        reveal = "Answer: " + " ".join(title.text_frame.text.split())
    ph = placeholder(filler.slide, filler.slots.get("title"))
    if ph is None:
        return
    # Measured whole: a question already broken by its own rule is broken anew where its
    # reveal breaks (keep_title_lines), or given its own rule's break back.
    broken = len(ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:br')}")) > 0
    unbreak(ph)
    found = title_run(filler)
    if found is None:
        return
    ph, run, text, size, bold, family, width = found
    if inherited_attr(ph, "cap") in ("all", "small"):
        reveal = reveal.upper()
    if not _break_as_reveal(run, text, reveal, (family, size, width, bold)) and broken:
        balance_title(filler)


def _break_as_reveal(run: Any, text: str, reveal: str,
                     measure: tuple[str, float, float, bool]) -> bool:
    """The question's title ``run`` (``text`` as shown) broken where its reveal's title
    breaks (two lines: ``pair_cut``; three: ``wrap_cuts``); False where it is left whole."""
    family, size, width, bold = measure
    prefix = reveal.split()[0] + " "
    lines = count_lines(text, family, size, width, bold)
    at_sentence = answer_on_second_line(text, prefix, family, size, width, bold)
    if at_sentence is not None:
        # Its reveal puts "Answer: " on the second line: both break at the sentence.
        break_at(run, at_sentence)
        return True
    cut = pair_cut(text, prefix, family, size, width, bold) if lines <= 2 else None
    if cut is None and lines <= 3 and count_lines(reveal, family, size, width, bold) == 3:
        # Three lines: the question held at the words where its reveal wraps, each of its
        # lines its reveal's without "Answer:", so no line is wider than the reveal's.
        cuts = [c - 1 for c in wrap_cuts(reveal, family, size, width, bold)]
        if len(cuts) == 2 and cuts[0] > 0:
            _break_at_each(run, cuts)
            return True
    if cut is not None and lines == 1 and _short_head(text.split(), cut, family, size, bold):
        # It fits one line, and its reveal's break would leave it a scrap over a long
        # line ("Getting a / nude image removed"): whole, the reveal's lines its own.
        return False
    if cut is not None:
        break_at(run, cut)
        return True
    if lines == 1 and count_lines(reveal, family, size, width, bold) == 2:
        _even_lines(run, text, family, size, width, bold, lines=2)
        return True
    return False


# A question's first line narrower than this share of its second reads as a scrap (a
# centred "Getting a" over "nude image removed").
SHORT_HEAD = 0.6


def _short_head(words: Sequence[str], cut: int, family: str, size: float, bold: bool) -> bool:
    """Whether a break after ``cut`` of ``words`` leaves a first line under SHORT_HEAD of
    the second's width."""
    return text_width(" ".join(words[:cut]), family, size, bold) \
        < SHORT_HEAD * text_width(" ".join(words[cut:]), family, size, bold)


def _even_lines(run: Any, text: str, family: str, size: float, width: float,
                bold: bool, lines: int = 0) -> None:
    """``run`` broken by hand (a soft break) where its lines come out most even, keeping
    their number (or into ``lines``: two, where a one-line title must match its reveal's
    two); sentence breaks preferred."""
    words = (run.findtext(qn("a:t")) or "").split()
    shown = text.split()
    lines = lines or count_lines(text, family, size, width, bold)
    if lines != 2 or len(words) != len(shown) or len(words) < 4:
        return
    # Two words on each line at least: a one-word line reads as a scrap ("Answer:" most).
    best = evenest_cut(shown, family, size, width, bold, cuts=range(2, len(words) - 1),
                       sentences=True)
    if best is not None:
        break_at(run, best[1])
