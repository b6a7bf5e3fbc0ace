"""11-16s' help slides read from the back of the room (their words
were 22 pt, the deck's smallest type; KS4 had three help slides): each card says what a
service is for in one line and how to reach it in the help card's short form, at 26 pt;
no service the card carries leaves the slides; what a pupil must hear before choosing one
(whether a report is anonymous) is said from the notes. And a [bracketed field]
on any slide is held on one line (default parents' "[deputy" / "DSL's name]")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file
from lessonpack.check.measure import count_lines
from lessonpack.content.fill_ins import FIELD
from lessonpack.geometry import EMU_PT

NBSP = "\u00a0"


def _help_slides(deck: Path) -> list:  # type: ignore[type-arg]
    return [s for s in Presentation(str(deck)).slides
            if any(sh.name == "Help card 1" for sh in s.shapes)]


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_each_service_is_one_line_and_its_short_contact(built_packs: Path,
                                                         audience: str) -> None:
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    slides = _help_slides(deck)
    shown: dict[str, tuple[str, str]] = {}
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        for n in range(1, 9):
            heading = shapes.get(f"Help card {n} heading")
            if heading is None or heading.text_frame.text == "Our safeguarding lead":
                continue  # the school's card, across the slide, keeps its sentences
            text = shapes.get(f"Help card {n} text")
            contact = shapes[f"Help card {n} contact"]
            words = text.text_frame.text if text is not None else ""
            shown[heading.text_frame.text] = (words.replace(NBSP, " "),
                                              contact.text_frame.text.replace(NBSP, " "))
            # Every national service shows what it is for, in one line at 26 pt or more.
            assert words, (heading.text_frame.text, "no words under the name")
            run = text.text_frame.paragraphs[0].runs[0]
            assert run.font.size.pt >= 26, (heading.text_frame.text, run.font.size.pt)
            # One line; two for Year 7's longer words ("a private picture of you", where
            # Years 8-11 read "a nude of you": content/live-streaming/ks3.yml year_words).
            most = 2 if "private picture" in words else 1
            assert count_lines(words, "Arial", run.font.size.pt,
                               text.width / EMU_PT - 14.4) <= most, words
    # Every route of the lesson's signposting is on the slides (none left to the card).
    wanted = {"ks3": {"A trusted adult", "Childline", "Shout", "CEOP Safety Centre",
                      "Report Remove", "Police"},
              "ks4": {"A trusted adult", "Childline", "Samaritans", "Shout",
                      "CEOP Safety Centre", "Police", "Report Remove", "Take It Down"}}
    assert wanted[audience] <= set(shown), sorted(shown)
    # The help card's own short forms: one way to reach each, as the pupil's card says it.
    assert shown["Childline"][1] == "0800 1111, free, any time"
    assert shown["Report Remove"][1] == "childline.org.uk"
    assert shown["Police"][1] == "999 in danger, otherwise 101"
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in slides)
    # Said, not shown (the slide's two lines of 22 pt said it): CEOP is not anonymous.
    assert "Say of CEOP Safety Centre: not anonymous, but you won’t be in trouble." in notes


def test_a_field_on_a_slide_is_held_on_one_line(built_packs: Path) -> None:
    """Default parents' slide 21 broke "[deputy" / "DSL's name]" across lines: every short
    field on every default slide is held by no-break spaces, inside its yellow run."""
    fields = []
    for deck in sorted(built_packs.glob("*/*-slides.pptx")):
        for slide in Presentation(str(deck)).slides:
            for shape in slide.shapes:
                if not shape.has_text_frame:
                    continue
                for p in shape.text_frame.paragraphs:
                    for run in p.runs:
                        for field in FIELD.findall(run.text.replace(NBSP, " ")):
                            if len(field) <= 30:
                                fields.append((deck.name, field, run.text))
    assert any("deputy DSL" in f for _d, f, _t in fields)
    for deck, field, text in fields:
        assert field.replace(" ", NBSP) in text, (deck, field, text)
