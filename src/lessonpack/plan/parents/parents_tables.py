"""What a presenter says while tables talk in the parents' workshop: a section's notes
split into the talk on its first slide and the paragraphs for its table-questions slide."""

from __future__ import annotations

from lessonpack.plan.notes import join_notes

TABLES_NOTE = "Give tables a few minutes, then take one idea from each."


# What a presenter does and says while tables work: on the table-questions slide, where they
# are then (a model answer three slides before its feedback slide was no use to the trainer).
_AT_TABLES = ("Table discussion", "Family agreement", "Activity", "Model answer")


def at_tables(notes: str) -> tuple[str, str]:
    """A section's notes as (the talk, said on its first slide; the paragraphs for the
    table-questions slide), each in the notes' order."""
    talk: list[str] = []
    tables: list[str] = []
    for paragraph in (p.strip() for p in notes.split("\n")):
        (tables if paragraph.startswith(_AT_TABLES) else talk).append(paragraph)
    return join_notes(*talk), join_notes(*tables)
