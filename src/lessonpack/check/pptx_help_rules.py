"""LPC109: a help slide whose card names nobody its speaker notes name for it.

A help card is who to go to and where. A card cut to fit its box once kept "Our safeguarding
lead / Or ask [deputy DSL's name]" and moved "[DSL's name], [where to find them]" into the
notes ("Our safeguarding lead: [DSL's name], ..."): the class saw only the deputy, in a
sentence starting "Or ask". The rule reads a help slide's notes for each of its cards'
names followed by a colon, and flags a person (a title and a name, "Mrs Okafor", or a
field for one, "[DSL's name]") said there that is on none of the slide's cards.
"""

from __future__ import annotations

import re

from lessonpack.check.findings import Finding, finding, quote
from lessonpack.check.pptx_shapes import DeckView, SlideView, c_nv_pr_of

# A card's shapes as lessonpack's builds name them (render/deck_help): "Help card 1",
# "Help card 1 heading", "Help card 1 text", "Help card 1 contact".
_CARD = re.compile(r"^Help card (\d+)(?: (heading|text|contact))?$")
# A person: a title and the capitalised words after it, or a field to type a name over.
_PERSON = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?(?: [A-Z][\w'’-]+)+"
                     r"|\[[^\[\]]*\bname\]")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _cards(view: SlideView) -> tuple[list[str], str]:
    """The slide's help cards' names (headings) and every word on its cards."""
    headings: list[str] = []
    words: list[str] = []
    for item in view.items:
        name = c_nv_pr_of(item.el)
        found = _CARD.match(name.get("name", "")) if name is not None else None
        if found is None:
            continue
        text = _plain(item.text)
        if found.group(2) == "heading" and text:
            headings.append(text)
        words.append(text)
    return headings, " ".join(words)


# A sentence's end: what the notes say for a card is its one sentence ("Our safeguarding
# lead: [DSL's name], [where to find them]."); the safeguarding reminder after it names the
# DSL for the teacher, not for the card.
_END = re.compile(r"[.!?](?=\s|$)")


def _said_for(notes: str, headings: list[str]) -> list[tuple[str, str]]:
    """Each card name the notes say with a colon after it, and the words after the colon up
    to the next card's name or the sentence's end, on the same line."""
    said = []
    for line in notes.splitlines():
        plain = _plain(line)
        for heading in headings:
            for found in re.finditer(re.escape(heading) + r": ", plain):
                rest = plain[found.end():]
                end = _END.search(rest)
                ends = [rest.find(f"{other}: ") for other in headings if other != heading]
                stop = min([e for e in ends if e >= 0]
                           + [end.end() if end else len(rest)])
                said.append((heading, rest[:stop]))
    return said


def help_rules(deck: DeckView) -> list[Finding]:
    """LPC109 on each shown help slide whose notes name a person its cards do not."""
    found = []
    for view in deck.shown:
        headings, on_cards = _cards(view)
        if not headings or not view.notes:
            continue
        missing = [(heading, person) for heading, words in _said_for(view.notes, headings)
                   for person in dict.fromkeys(_PERSON.findall(words))
                   if person not in on_cards]
        if not missing:
            continue
        heading, person = missing[0]
        found.append(finding(
            deck.path, view.where, "LPC109",
            f"the card {quote(heading)} leaves {quote(person)} to the speaker notes: the "
            "class is not shown who to go to",
            "put the name and where to find them back on the card (shorter words, a smaller "
            "picture, or a second help slide); the notes can say what the card is for",
            view.number))
    return found
