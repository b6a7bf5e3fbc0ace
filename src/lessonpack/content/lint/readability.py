"""Reading level of the text pupils (or parents) read themselves, per audience (LP160).

Metric: the Coleman–Liau index, a US school grade computed from letters per word and sentences
per word. Why not Flesch–Kincaid: it needs syllable counts, which textstat takes from NLTK's
CMU dictionary, *downloaded at first use*: offline (CI, most school networks) that fails, and
a machine with the corpus scores the same text differently from one without. Letters and
sentences need no dictionary, so Coleman–Liau gives the same grade everywhere. It is counted
here (``coleman_liau``, a dozen lines) as textstat 0.7.9–0.7.13 counts it, rather than taken
from textstat, which brought NLTK, regex, joblib and tqdm into every install for this one
formula; tests/test_readability.py checks it against textstat, which only the tests install.

Readability formulas are unreliable on a few lines, so text is measured in groups of at least
about a hundred words that are read together: the lesson opening, each learning cycle, the
close; for parents the slides and the handout. Each field counts as one sentence (a slide
bullet is read as one), so a missing full stop does not turn a list into one long sentence.
A lesson's slide text is whatever the content model marks SLIDE_TEXT (``PupilText``): a new
kind's content field is graded once it is marked, with nothing to add here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from lessonpack.content.fields import is_marked
from lessonpack.content.lint._common import every_cycle, problem
from lessonpack.content.model import SLIDE_TEXT, Audience, Lesson, ParentSession
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP160"

# Highest Coleman–Liau grade allowed per audience. Grades are US grades (UK year minus one).
# Calibrated on the built-in content (highest group per audience: KS1 2.3, KS2 5.9, KS3 7.9,
# KS4 8.7, parents 7.8) so that it passes with at least a grade to spare, while text written
# for adults (grade 12 and up: a policy sentence scores 14, jargon 30+) fails everywhere and
# secondary-level text fails for primary audiences. On this kind of text Coleman–Liau reads
# two to three grades above Flesch–Kincaid (measured on the built-in content), so the primary
# ceilings sit two above the usual FK targets (3 and 5); the secondary and parents' ceilings are
# tighter than FK's usual 8–10 because the built-in content shows plain writing is achievable:
# - KS1 (Years 1–2): 5. The teacher reads the slides aloud, and listening runs ahead of
#   reading; the built-in KS1 text scores 0.6–2.3.
# - KS2 (Years 3–6): 7, the top of Year 6 with margin.
# - KS3 (Years 7–9): 9, the top of Year 9.
# - KS4 (Years 10–11): 10, the top of Year 11 (GCSE-level reading); key words such as
#   "sextortion" and "victim-blaming" are long by nature.
# - Parents: 10. Plain-English guidance for the public aims at a reading age of 9–11
#   (grade 4–6); handouts and slides carry unavoidable long words (streaming, settings,
#   exploitation), so 10 catches jargon without failing plain advice.
MAX_GRADE: dict[Audience, float] = {
    Audience.KS1: 5.0,
    Audience.KS2: 7.0,
    Audience.KS3: 9.0,
    Audience.KS4: 10.0,
    Audience.PARENTS: 10.0,
}
# Under this many words a grade says little; such a group is not scored.
MIN_WORDS = 30


@dataclass(frozen=True)
class Group:
    label: str
    fields: tuple[tuple[FieldPath, str], ...]


def slide_text(model: BaseModel, at: FieldPath = (), mark: object = SLIDE_TEXT
               ) -> Iterator[tuple[FieldPath, str]]:
    """Every text of ``model`` (and the models in it) that pupils read on the slides: the
    fields the content model marks SLIDE_TEXT (content/model.PupilText), with their paths.
    ``mark``: another marker (ON_SLIDE: every slide's text, parents' too)."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if value is None:
            continue
        if is_marked(info.annotation, info.metadata, mark):
            if isinstance(value, str):
                yield (*at, name), value
            else:
                yield from (((*at, name, i), text) for i, text in enumerate(value))
        elif isinstance(value, BaseModel):
            yield from slide_text(value, (*at, name), mark)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from slide_text(item, (*at, name, i), mark)


# How a lesson's slide text is grouped to be graded: by where it is read.
_OPENING = ("keywords", "safeguarding", "starter")
_CLOSING = ("exit_quiz", "key_messages")


def _lesson_groups(lesson: Lesson) -> Iterator[Group]:
    # Only slide text counts: notes, model answers and explanations are for the teacher.
    found = list(slide_text(lesson))
    yield Group("the key words, ground rules and starter statements",
                tuple(f for f in found if f[0][0] in _OPENING))
    for at, _, name in every_cycle(lesson):
        yield Group(name, tuple(f for f in found if f[0][:2] == at))
    yield Group("the exit quiz and key messages", tuple(f for f in found if f[0][0] in _CLOSING))
    # Slide text a new part of the content brings is graded too, as a group of its own.
    rest = tuple(f for f in found
                 if f[0][0] not in (*_OPENING, *_CLOSING, "cycles", "route_cycles"))
    if rest:
        yield Group("the lesson's other slide text", rest)


HANDOUT_LISTS = ("conversation_starters", "settings_checklist", "family_agreement",
                 "warning_signs", "if_something_happens")


def _parent_groups(session: ParentSession) -> Iterator[Group]:
    yield Group("the workshop slides' points", tuple(
        (("sections", s, "points", i), p)
        for s, section in enumerate(session.sections) for i, p in enumerate(section.points)))
    # A phase's own points and handout lists are read as parents of that phase meet them.
    for s, section in enumerate(session.sections):
        for v, variant in enumerate(section.variants):
            if variant.points:
                yield Group(f"the {', '.join(variant.phases)} slide points of section {s + 1}",
                            tuple((("sections", s, "variants", v, "points", i), p)
                                  for i, p in enumerate(variant.points)))
    handout = session.handout
    yield Group("the take-home handout", tuple(
        (("handout", part, i), text)
        for part in HANDOUT_LISTS for i, text in enumerate(getattr(handout, part))))
    for v, for_phase in enumerate(handout.variants):
        yield Group(f"the take-home handout for {', '.join(for_phase.phases)} schools", tuple(
            (("handout", "variants", v, part, i), text)
            for part in HANDOUT_LISTS for i, text in enumerate(getattr(for_phase, part) or [])))


def groups(loaded: LoadedItem) -> list[Group]:
    item = loaded.item
    if isinstance(item, Lesson):
        return list(_lesson_groups(item))
    return list(_parent_groups(item))


def as_prose(texts: Iterable[str]) -> str:
    """Join fields into prose, each ending a sentence, as a reader meets them on a slide."""
    out = []
    for text in texts:
        text = " ".join(text.split())
        out.append(text if text.endswith((".", "!", "?", "…")) else text + ".")
    return " ".join(out)


# Counted as textstat counts them (its defaults): an apostrophe is kept only inside a
# contraction ("don't", "Kai's"); other punctuation goes; words are what whitespace splits.
_NOT_CONTRACTION = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub("", _NOT_CONTRACTION.sub("", text)).split()


def _letters(text: str) -> int:
    return len(re.sub(r"[^\w]", "", text))  # letters and digits, as textstat's count_letters


def _sentences(text: str) -> int:
    # A "sentence" of two words or fewer ("Stop.", "Tell a grown-up.") is not counted.
    found = _SENTENCE.findall(text)
    return max(1, len(found) - sum(len(_words(s)) <= 2 for s in found)) if text else 0


def coleman_liau(text: str) -> float:
    """0.058 L - 0.296 S - 15.8, L letters and S sentences per hundred words (textstat's
    constant 0.058, not the paper's 0.0588, so the grades the limits were set by stay)."""
    words = len(_words(text))
    letters = _letters(text) / words * 100 if words else 0.0
    sentences = _sentences(text) / words * 100 if words else 0.0
    if letters == 0 or sentences == 0:
        return 0.0
    return 0.058 * letters - 0.296 * sentences - 15.8


def grade(text: str) -> tuple[float, int]:
    """Coleman–Liau grade and word count of ``text``."""
    return coleman_liau(text), len(_words(text))


def check_reading_level(index: ContentIndex) -> list[Problem]:
    problems = []
    for loaded in index.items.values():
        limit = MAX_GRADE[loaded.item.audience]
        for group in groups(loaded):
            score, words = grade(as_prose(t for _, t in group.fields))
            if words < MIN_WORDS or round(score, 1) <= limit:
                continue
            first = min((loc for loc, _ in group.fields), key=loaded.parsed.position)
            problems.append(problem(
                loaded, first, CODE,
                f"reading level of {group.label} is grade {score:.1f} (Coleman–Liau); "
                f"{loaded.item.audience.label} text should be at most grade {limit:g}: use "
                "shorter words and sentences"))
    return problems
