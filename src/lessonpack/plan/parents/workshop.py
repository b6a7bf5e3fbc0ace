"""Plans the parents' and carers' workshop: deck with the research figures (each large, with
its source and year), handout, facilitator notes. Each has a module of its own in
plan/parents/ (parents_deck, parents_handout, facilitator_notes); this one names them for
the pack."""

from __future__ import annotations

from lessonpack.plan.parents.facilitator_notes import plan_facilitator_notes
from lessonpack.plan.parents.parents_deck import plan_parents_deck
from lessonpack.plan.parents.parents_handout import plan_handout
from lessonpack.plan.parents.parents_version import version_build_note

__all__ = ["plan_facilitator_notes", "plan_handout", "plan_parents_deck", "version_build_note"]
