"""Help cards as each age reads them: for KS1, who cannot read yet, the picture large and a
few words under the name (designer s7 final: KS1's help slide had four lines a card and
30 px icons); what each service is for is said aloud, in the notes."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.check.measure import count_lines


def test_ks1_help_cards_are_pictures_first_with_few_words(built_packs: Path) -> None:
    path = built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"
    slides = [s for s in Presentation(str(path)).slides
              if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert slides
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [n for n in shapes if n.startswith("Help card") and n[10:].isdigit()]
        assert len(cards) >= 3
        for card in cards:
            picture = shapes[f"{card} picture"]
            assert picture.width >= Inches(1.0), (card, picture.width)
            words = " ".join(sh.text_frame.text for name, sh in shapes.items()
                             if name.startswith(f"{card} ") and name != f"{card} heading"
                             and sh.has_text_frame)
            assert len(words.split()) <= 7, (card, words)
        notes = slide.notes_slide.notes_text_frame.text
        # What the card no longer shows is said aloud: the DSL card's job and Childline's.
        assert "Keeps you safe at school" in notes and "any time" in notes


def test_four_help_cards_too_narrow_in_a_row_go_two_by_two(built_packs: Path) -> None:
    """KS2's four help cards set their words at 18 pt in four 2.9 in columns, six lines a
    card, a name split over two lines (designer s7 final): two by two, wide, each name on
    one line beside its icon, the names larger than the words under them."""
    path = built_packs / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    slide = next(s for s in Presentation(str(path)).slides
                 if any(sh.name == "Help card 4" for sh in s.shapes))
    cards = [sh for sh in slide.shapes if sh.name in {f"Help card {n}" for n in range(1, 5)}]
    assert len({sh.left for sh in cards}) == 2 and len({sh.top for sh in cards}) == 2
    sizes = [r.font.size.pt for sh in slide.shapes if sh.name.startswith("Help card")
             and sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs
             if r.font.size]
    assert sizes and min(sizes) >= 18, sizes
    names = [sh for sh in slide.shapes if sh.name.endswith(" heading")]
    assert len(names) == 4
    for name in names:
        run = name.text_frame.paragraphs[0].runs[0]
        assert run.font.size.pt >= 20
        assert count_lines(name.text_frame.text, run.font.name or "Arial", run.font.size.pt,
                           name.width / 12700, True) == 1, name.text_frame.text
