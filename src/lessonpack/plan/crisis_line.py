"""The day-or-night crisis line a teenager's family is given (Samaritans and Shout), said in
the same words on the letter home and the parents' handout."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.model import FactsFile

# The services open at any hour for someone in crisis are marked ``crisis`` in
# content/facts.yml: named together wherever a pack deals with sextortion, whose known
# lethal outcome is suicide.
LABEL = "Day or night:"


def crisis_services(facts: FactsFile, signposting: Sequence[str],
                    also: Sequence[str] = ()) -> str:
    """"Samaritans 116 123 · Shout: text SHOUT to 85258": the crisis services among
    ``signposting`` after those of ``also`` (ids) there, each with its number as its help
    card gives it (before "free, any time", which the label says), or "" where it names
    none of the crisis services."""
    by_id = {h.id: h for h in facts.helplines}
    crisis = [h.id for h in facts.helplines if h.crisis]
    if not any(i in signposting for i in crisis):
        return ""
    found = [by_id[i] for i in (*also, *crisis) if i in signposting and i in by_id]
    said = [(h.name, (h.card or h.contact).split(",")[0].strip()) for h in found]
    # A number follows the name; words ("text SHOUT to 85258") after a colon.
    return " · ".join(f"{name} {how}" if how[:1].isdigit() else f"{name}: {how}"
                      for name, how in said)


def crisis_line(facts: FactsFile, signposting: Sequence[str],
                also: Sequence[str] = ()) -> str:
    """The crisis services with their label, one line, or "" where none is named."""
    services = crisis_services(facts, signposting, also)
    return f"{LABEL} {services}" if services else ""
