"""A lesson's worksheet planned side by side in its content (``sheet_layout``).

Which Part ends which side of a sheet depends on that lesson's stories, sorts and questions,
not on its age: KS4's Live-streaming sheet holds four sides only because its Part 1 story
ends side one with its sort overleaf and Part 2 fits whole under that sort. Written in the
planner, the next topic's KS4 lesson would have inherited that page plan; written here, each
lesson says its own, and a lesson that says none flows (plan/worksheet/sides.py).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

# What a side may hold: a Part (its story, steps, sort and questions, numbered as on the
# slides), the plenary's question about the starter's End rows, How did I do?, the exit quiz
# (with the Name line of the leaf it is on), the reflection's sentences, and Who can help.
SheetPiece = Literal["part 1", "part 2", "part 3", "end rows question", "how did I do",
                     "exit quiz", "reflection", "who can help"]
END_ROWS: SheetPiece = "end rows question"
# Each of these once on every planned sheet: a sheet without its quiz, its self-check, its
# reflection (the class teacher reads it that day) or its help box is not the lesson's.
ONCE: tuple[SheetPiece, ...] = ("how did I do", "exit quiz", "reflection", "who can help")

# Each list starts a fresh side (the first under the starter) and may run on to the next.
SheetLayout = list[Annotated[list[SheetPiece], Field(min_length=1, max_length=6)]]


def part_number(piece: str) -> int | None:
    """3 for "part 3"; None for a piece that is not a Part."""
    return int(piece.removeprefix("part ")) if piece.startswith("part ") else None


def layout_problem(layout: SheetLayout, parts: int) -> str | None:
    """What is wrong with ``layout`` for a lesson of ``parts`` Parts, or None: every Part once
    and in order, each of ``ONCE`` once, and the End rows question (if any) first on the
    first side, under the starter's End rows it asks about."""
    if not layout:
        return None
    pieces: list[str] = [piece for side in layout for piece in side]
    named = [n for n in map(part_number, pieces) if n is not None]
    if named != list(range(1, parts + 1)):
        return (f"names Parts {', '.join(map(str, named)) or 'none'}; a sheet laid out side "
                f"by side names each of the lesson's {parts} Parts once, in order")
    for piece in (*ONCE, END_ROWS):
        if pieces.count(piece) > 1 or (piece in ONCE and piece not in pieces):
            return f"names '{piece}' {pieces.count(piece)} times; a planned sheet has it once"
    if END_ROWS in pieces and layout[0][0] != END_ROWS:
        return f"'{END_ROWS}' goes first on the first side, under the starter's End rows"
    return None
