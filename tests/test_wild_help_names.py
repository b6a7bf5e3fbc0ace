"""A help card cut to fit keeps who to go to and where: on Coreoz's 10 in 4:3 template the
KS2 school card once moved "[DSL's name], [where to find them]." into the speaker notes to
fit, and the slide read "Our safeguarding lead / Or ask [deputy DSL's name]": children were
sent to the deputy alone. The name and the place stay on the card (the card's drawing goes
first), `lessonpack check` passes the deck, and the hidden "Before you teach" slide asks for
no photo to put in a drawing the card no longer has.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check import Options, check_file
from lessonpack.check.pptx_help_rules import help_rules
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_coreoz_ks2_school_card_names_the_lead_on_the_slide(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks2", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / "coreoz-ppt-templates.pptx")]) == 0
    deck = tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    prs = Presentation(str(deck))
    (slide,) = [s for s in prs.slides
                if any(sh.name == "Help card 1 heading"
                       and _plain(sh.text_frame.text) == "Our safeguarding lead"
                       for sh in s.shapes)]
    card = {sh.name: _plain(sh.text_frame.text) for sh in slide.shapes
            if sh.name.startswith("Help card 1") and sh.has_text_frame}
    words = card["Help card 1 text"]
    # The lead's field and place first, the deputy after: "Or ask" follows the lead.
    assert words.startswith("[DSL's name], [where to find them]."), words
    assert "Or ask [deputy DSL's name], [where to find them]." in words
    notes = _plain(slide.notes_slide.notes_text_frame.text)
    assert "[DSL's name]" not in notes, notes
    assert help_rules(open_deck(deck, str(deck))) == []
    # No drawing on the card, so no line asks to change it.
    if "Help card 1 picture" not in {sh.name for sh in slide.shapes}:
        hidden = [s for s in prs.slides if s.element.get("show") == "0"]
        said = " ".join(_plain(sh.text_frame.text) for s in hidden for sh in s.shapes
                        if sh.has_text_frame)
        assert "Change Picture" not in said, said


def test_check_flags_a_lead_moved_to_the_notes() -> None:
    fixture = Path(__file__).parent / "check_fixtures" / "help-name.pptx"
    (found,) = check_file(fixture, Options())
    assert found.code == "LPC109"
    assert '"Mrs Okafor"' in found.message and '"Our safeguarding lead"' in found.message
