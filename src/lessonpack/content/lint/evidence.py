"""Advice to save evidence always says "never the image" where it is given (LP179).

A parents' slide once said "Screenshot the evidence first" with the qualifier only in
the speaker notes. A slide is what a parent photographs and remembers; in a
sextortion case, screenshotting "the evidence" can mean saving an indecent image of a child,
which is itself an offence and harms the child again. So every paragraph that tells someone
to save, keep or screenshot evidence or messages must also say, in that paragraph, that the
image itself is never saved ("never the image", "not the video", "never pictures").

Sentences about what other people can do ("anyone watching can record or screenshot a
stream") describe a risk, not advice, and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem, text_fields
from lessonpack.content.sentences import sentences
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem
    from lessonpack.content.yamlsource import FieldPath

CODE = "LP179"

_KEEP = r"(?:save|saves|saved|saving|keep|keeps|keeping)"
_ADVICE = re.compile(
    rf"\b{_KEEP}\s+(?:the\s+|any\s+|all\s+)?evidence\b"
    r"|\bevidence\s+first\b"
    r"|\bscreenshot(?:s|ting)?\b"
    rf"|\b{_KEEP}\s+(?:the\s+)?(?:messages|words)\b",
    re.IGNORECASE)
# "never the image", "not the video", "(never pictures)", "Never save or forward an image".
_QUALIFIER = re.compile(
    r"\b(?:never|not|no)\b[^.;:]{0,40}?\b(?:images?|pictures?|photos?|videos?|nudes?)\b",
    re.IGNORECASE)
# Someone else recording or screenshotting a stream: the risk being taught, not advice.
_RISK = re.compile(r"\brecord|\bshare (?:them|it)\b", re.IGNORECASE)


def _unqualified(paragraph: str) -> str | None:
    """The first piece of evidence advice in ``paragraph`` with no "never the image" there."""
    if _QUALIFIER.search(paragraph):
        return None
    for sentence in sentences(paragraph):
        match = _ADVICE.search(sentence)
        if match and not _RISK.search(sentence):
            return match.group()
    return None


# A run-in heading and the text it heads, one paragraph to a reader: a point's ``label``
# ("Keep evidence", a facilitator cue's) over its ``text``, and a big idea's card ``lead``
# over its ``line`` (kinds/idea_cards): the safeguard may be in either.
_HEADED = {"text": "label", "line": "lead"}


def _paragraphs(loaded: LoadedItem) -> Iterator[tuple[FieldPath, str]]:
    """Each text field as a reader meets it, a heading with the text it heads."""
    fields = dict(text_fields(loaded))
    headings = {(*loc[:-1], heading) for loc in fields
                if (heading := _HEADED.get(str(loc[-1]))) and (*loc[:-1], heading) in fields}
    for loc, text in fields.items():
        if loc in headings:
            continue
        heading = _HEADED.get(str(loc[-1]))
        head = fields.get((*loc[:-1], heading)) if heading else None
        yield loc, f"{head}: {text}" if head else text


def _check(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for loc, text in _paragraphs(loaded):
        for paragraph in re.split(r"\n\s*\n", text):
            advice = _unqualified(paragraph)
            if advice:
                problems.append(problem(
                    loaded, loc, CODE,
                    f'"{advice}" without "never the image" in the same paragraph; say what to '
                    'save and that the image itself is never saved, e.g. "screenshot the '
                    'messages, usernames and demands, never the image"'))
                break
    return problems


def check_evidence_advice(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
