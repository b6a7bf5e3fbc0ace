"""The day-or-night crisis line a teenager's family is given (Samaritans and Shout), said in
the same words on the letter home and the parents' handout."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.model import FactsFile

# The services open at any hour for someone in crisis, to talk or to text: named together
# wherever a pack deals with sextortion, whose known lethal outcome is suicide.
CRISIS_IDS = ("samaritans", "shout")
LABEL = "Day or night:"


def crisis_services(facts: FactsFile, signposting: Sequence[str],
                    ids: Sequence[str] = CRISIS_IDS) -> str:
    """"Samaritans 116 123 · Shout: text SHOUT to 85258": the services of ``ids`` among
    ``signposting``, each with its number as its help card gives it (before "free, any
    time", which the label says), or "" where it names none of the crisis services."""
    by_id = {h.id: h for h in facts.helplines}
    if not any(i in signposting for i in CRISIS_IDS):
        return ""
    found = [by_id[i] for i in ids if i in signposting and i in by_id]
    said = [(h.name, (h.card or h.contact).split(",")[0].strip()) for h in found]
    # A number follows the name; words ("text SHOUT to 85258") after a colon.
    return " · ".join(f"{name} {how}" if how[:1].isdigit() else f"{name}: {how}"
                      for name, how in said)


def crisis_line(facts: FactsFile, signposting: Sequence[str],
                ids: Sequence[str] = CRISIS_IDS) -> str:
    """The crisis services with their label, one line, or "" where none is named."""
    services = crisis_services(facts, signposting, ids)
    return f"{LABEL} {services}" if services else ""
