"""The day-or-night crisis line a teenager's family is given (Samaritans and Shout), said in
the same words on the letter home and the parents' handout."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.model import FactsFile, Helpline

# The services open at any hour for someone in crisis are marked ``crisis`` in
# content/facts.yml: named together wherever a pack deals with sextortion, whose known
# lethal outcome is suicide.
LABEL = "Day or night:"


def how_to_reach(helpline: Helpline) -> str:
    """"116 123", "text SHOUT to 85258", "116 123 or text 85258": the helpline's ``call``
    and ``text`` fields (content/facts.yml), or "" where it has neither."""
    texted = "" if not helpline.text else (
        f"text {helpline.text_word} to {helpline.text}" if helpline.text_word
        else f"text {helpline.text}")
    return " or ".join(way for way in (helpline.call, texted) if way)


def crisis_services(facts: FactsFile, signposting: Sequence[str],
                    also: Sequence[str] = ()) -> str:
    """"Samaritans 116 123 · Shout: text SHOUT to 85258": the crisis services among
    ``signposting`` after those of ``also`` (ids) there that have a number to give, each
    with the number its ``call`` and ``text`` fields give, or "" where it names none of
    the crisis services."""
    return " · ".join(_said(h) for h in named(facts, signposting, also))


def named(facts: FactsFile, signposting: Sequence[str],
          also: Sequence[str] = ()) -> list[Helpline]:
    """The services the crisis line names, in its order: none where ``signposting`` names
    no crisis service; a service of ``also`` only where it has a number to give."""
    by_id = {h.id: h for h in facts.helplines}
    crisis = [h.id for h in facts.helplines if h.crisis]
    if not any(i in signposting for i in crisis):
        return []
    ids = dict.fromkeys((*also, *crisis))
    return [by_id[i] for i in ids if i in signposting and i in by_id and how_to_reach(by_id[i])]


def _said(helpline: Helpline) -> str:
    # A number follows the name; words ("text SHOUT to 85258") after a colon.
    how = how_to_reach(helpline)
    return f"{helpline.name} {how}" if how[:1].isdigit() else f"{helpline.name}: {how}"


def crisis_line(facts: FactsFile, signposting: Sequence[str],
                also: Sequence[str] = ()) -> str:
    """The crisis services with their label, one line, or "" where none is named."""
    services = crisis_services(facts, signposting, also)
    return f"{LABEL} {services}" if services else ""
