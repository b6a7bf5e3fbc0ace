"""The school's help card is known by the planner's mark (Signpost.is_school), never by its
heading: a --content folder may word "Our safeguarding lead" its own way, and the renderer,
outside the planning window where that folder's words are in force, read the built-in
headings and said the card's left-off contacts as another service's ("Our safety lead:
Deputy: direct line …")."""

from __future__ import annotations

import shutil
from pathlib import Path

from pptx import Presentation

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
# Riverside's card leaves its leads' emails to the notes (Oakfield's now fits its own).
RIVERSIDE = ROOT / "examples/brands/riverside-academy/brand.yml"
BUILT_IN = '  unnamed_heading: "{our} safeguarding lead"\n'
OWN = '  unnamed_heading: "{our} safety lead"\n'


def test_a_reworded_school_card_is_still_said_as_the_schools(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    wording = content / "_wording/safeguarding.yml"
    text = wording.read_text(encoding="utf-8")
    assert text.count(BUILT_IN) == 2  # the KS2 and the secondary (parents') headings
    wording.write_text(text.replace(BUILT_IN, OWN), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--content", str(content), "-a", "parents", "-f", "pptx", "-q",
                 "--out", str(out), "--brand", str(RIVERSIDE)]) == 0
    (deck,) = out.rglob("*-slides.pptx")
    slides = Presentation(str(deck)).slides
    shown = [sh.text_frame.text.replace("\u00a0", " ") for slide in slides
             for sh in slide.shapes if sh.has_text_frame]
    # The folder's own heading is the one the card shows.
    assert any(t.startswith("Our safety lead") for t in shown), shown
    assert not any("Our safeguarding lead" in t for t in shown)
    said = [line.replace("\u00a0", " ") for slide in slides
            for line in slide.notes_slide.notes_text_frame.text.splitlines()
            if line.startswith("Also on the handout") and "Deputy" in line]
    # The leads' lines said as the school's card says them (role, person, way), never
    # after the heading as another service's would be.
    # (The DSL's email fits on the card since the help fit keeps words before type size:
    # only the deputy's is left to the handout.)
    assert said == ["Also on the handout: Deputy, Mrs Joy Mensah: "
                    "deputy.dsl@riverside-academy.example.org.uk."]
