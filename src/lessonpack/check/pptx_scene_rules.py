"""LPC311: a drawing whose alt text names the words written in it, drawn without them.

A search activity's drawing (the room of clues' close-up: the street sign, the certificate,
the parcel's label, the badge) is only worth showing with its words on it: pupils are sent
to find them. Its alt text says what each thing reads ('reading “Elm Road”'), so the words
the drawing must show are in the file itself, and a drawing planned too small for them (its
words left out) is found without knowing how it was made.
"""

from __future__ import annotations

import re

from lxml import etree

from lessonpack.check.findings import Finding, finding
from lessonpack.check.pptx_shapes import DeckView, c_nv_pr_of, groups_of

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# What the alt text says a thing in the drawing reads, in curly or straight quotes.
_READING = re.compile(r"reading [“\"]([^”\"]+)[”\"]")
_SHOWN = 4  # missing words the message names


def _words(group: etree._Element) -> set[str]:
    """Every word written in a group (a thing's words may wrap over lines or paragraphs)."""
    text = " ".join(t.text or "" for t in group.iter(f"{{{_A}}}t"))
    return {w.strip(".,;:!?").casefold() for w in text.split()}


def _missing(group: etree._Element) -> list[str]:
    """The words the group's alt text says it reads that are not written in it."""
    c_nv_pr = c_nv_pr_of(group)
    said = _READING.findall(c_nv_pr.get("descr") or "") if c_nv_pr is not None else []
    drawn = _words(group)
    return [words for words in said
            if not all(w.strip(".,;:!?").casefold() in drawn for w in words.split())]


def scene_rules(deck: DeckView) -> list[Finding]:
    """LPC311 for each drawing that lacks words its alt text says it shows."""
    found = []
    for view in deck.slides:
        if view.tree is None:
            continue
        for group in groups_of(view.tree):
            missing = _missing(group)
            if not missing:
                continue
            c_nv_pr = c_nv_pr_of(group)
            name = c_nv_pr.get("name", "") if c_nv_pr is not None else ""
            named = ", ".join(f"“{m}”" for m in missing[:_SHOWN])
            more = f" and {len(missing) - _SHOWN} more" if len(missing) > _SHOWN else ""
            found.append(finding(
                deck.path, view.where, "LPC311",
                f"drawing \"{name}\" does not show words its alt text says it reads "
                f"({named}{more}): a class sent to find them on this slide cannot",
                "rebuild the deck on a layout with a taller body area (lessonpack build "
                "warns when it leaves such words out), or write the words on the drawing",
                view.number))
    return found
