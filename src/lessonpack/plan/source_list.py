"""The numbered list of sources that ends a plan or the facilitator notes: one
organisation a line, each of its documents by title and date."""

from __future__ import annotations

import re

from lessonpack.content.model import FactsFile
from lessonpack.plan.item_files import Item
from lessonpack.plan.model import Block, BulletList, Heading


def _source_order(ref: str) -> tuple[int, str]:
    """S2 before S10; named sources (S-IM) after the numbered ones."""
    digits = "".join(ch for ch in ref[1:] if ch.isdigit())
    return (int(digits) if digits and ref[1:2].isdigit() else 10_000, ref)


# About as many characters as a plan's line holds at the sources' reference size (9 pt),
# past its number.
SOURCE_LINE_CHARS = 127
REFERENCE_PT = 9


# The least a sources heading keeps under it when its list runs overleaf (in lines).
SOURCES_HEAD = 4


# A title's own aside in brackets ("(CEOP release, November 2017)", "(summary of IWF
# research)"), left out of the printed list: the date is the source's own, and the full
# title is in content/facts.yml beside its address. Asides saying what was read or which
# edition applies stay: they are why the source can be trusted, or how far.
_ASIDE = re.compile(r"\s*\(([^()]*)\)")


_ASIDE_KEPT = ("read", "applies")


def _short_title(title: str) -> str:
    """The title printed in a plan's sources: its asides in brackets left out (the
    notes' sources ran a ninth page of their own), but any saying what was read."""
    return _ASIDE.sub(lambda m: m.group(0) if any(w in m.group(1) for w in _ASIDE_KEPT)
                      else "", title)


def _owner_and_part(publisher: str) -> tuple[str, str]:
    """"NCA-CEOP (Thinkuknow, now CEOP Education), parents' pages" is the organisation and
    the part of its site after the last comma outside brackets. (Split at the first comma,
    the organisation came out as "NCA-CEOP (Thinkuknow", matched nothing, and its parents'
    pages took a numbered line of their own.)"""
    depth = 0
    cut = -1
    for at, char in enumerate(publisher):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and publisher.startswith(", ", at):
            cut = at
    return (publisher[:cut], publisher[cut + 2:]) if cut >= 0 else (publisher, "")


def sources_section(item: Item, facts: FactsFile, tail_lines: int = 0,
                    size: float = 0.0) -> list[Block]:
    """The sources in a numbered list at the end, one organisation a line: its name, then
    each of its documents by title and date. (One document a line, with the organisation
    said again on each, 17 to 32 lines of them spilled onto a last page of their own; run on
    in grey italics, they were a wall a teacher could not scan.) The web addresses are in
    content/facts.yml. ``size``: their points where the document has room for more than the
    reference size (0 for the reference size)."""
    by_id = {s.id: s for s in facts.sources}
    documents: dict[str, list[str]] = {}
    cited = [by_id[ref] for ref in sorted(item.sources, key=_source_order)]
    publishers = {s.publisher for s in cited}
    for s in cited:
        # A part of an organisation's site ("NCA-CEOP (CEOP Education), parents' pages")
        # goes under the organisation, when it is cited too, named after the title.
        owner, part = _owner_and_part(s.publisher)
        short = _short_title(s.title)
        title = f"{short} ({part})" if part and owner in publishers else short
        documents.setdefault(owner if part and owner in publishers else s.publisher,
                             []).append(f"{title}, {s.date}" if s.date else title)
    # "What is live streaming?" takes no full stop after its own question mark.
    lines = tuple(" · ".join(titles) + ("" if titles[-1][-1:] in ".?!" else ".")
                  for titles in documents.values())
    # Set close at the reference size (9 pt, which `check` allows only in the bookmarked
    # reference range: render/docx_reference.py), each organisation in bold, under the
    # heading alone.
    labels = tuple(f"{publisher}:" for publisher in documents)
    # ``tail_lines``: where the sources end the document, its last page holds the last of
    # them that make up about that many lines.
    line_chars = int(SOURCE_LINE_CHARS * REFERENCE_PT / (size or REFERENCE_PT))
    held = [-(-len(f"{label} {line}") // line_chars)
            for label, line in zip(labels, lines, strict=True)]
    return [Heading("Sources", 2),
            BulletList(lines, numbered=True, keep_tail=_sources_tail(held, tail_lines),
                       compact=True, labels=labels, reference=True, reference_pt=size)]


def _sources_tail(held: list[int], tail_lines: int) -> int:
    """How many of the last sources (each ``held`` lines) keep together: those that make up
    ``tail_lines``; all of them when fewer than SOURCES_HEAD lines would be left before them
    under the heading (at a page's foot it held a line or two: Oakfield's Year 4 plan)."""
    tail = 0
    while tail < len(held) and sum(held[len(held) - tail:]) < tail_lines:
        tail += 1
    if tail_lines and sum(held[:len(held) - tail]) < SOURCES_HEAD:
        return len(held)
    return tail
