"""Which version of the parents' workshop a presenter holds is said where the presenter
reads (the title slide's notes, page one of the facilitator notes): the default build is the
all-through one, with teenage material, and only the build's output used to say so. The
slide itself says whom the session is for, never "version" to the families in the room."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import ParentSession
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan.model import Paragraph
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_parents_deck


@pytest.mark.parametrize(("phase", "name"), [
    (None, "All-through version"), ("all", "All-through version"),
    ("primary", "Primary version"), ("secondary", "Secondary version")])
def test_the_title_slide_and_the_notes_name_the_version(phase: str | None, name: str) -> None:
    index = load()
    session = index.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    brand = Brand(phase=phase) if phase else Brand()
    cover = plan_parents_deck(session, index.facts, brand).slides[0]
    assert isinstance(cover.payload, TitleSlide)
    (line,) = cover.payload.subtitle_lines
    assert line.startswith("For families of children aged ")
    assert "version" not in line.lower()
    assert cover.notes.startswith(f"This is the {name.split()[0].lower()} version")
    notes = plan_facilitator_notes(session, index.facts, brand)
    assert notes.subtitle.endswith(f" · {name}")
    version = next(b for b in notes.blocks if isinstance(b, Paragraph) and b.label == "Version:")
    assert version.text.startswith(f"This is the {name.split()[0].lower()} version")
