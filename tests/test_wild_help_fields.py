"""A help card's words with fields left to fill in ("[DSL's name] or [deputy DSL's name]")
on the smooth-black 4:3 template (KS4's first help slide, draft deck): measured to fit two
lines within a point, LibreOffice set them on three and the last word printed over the
card's contact line. A card's lines of fields are now drawn as tall as they measure with
the fields a little longer (names typed in), a point smaller where the card has no room,
and the contact stands below them. Built from the fixtures in the repository: no network.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check.measure import LINE, count_lines
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_a_help_card_s_fields_have_room_to_be_filled_in(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks4", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-smooth-black.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("*/*-slides.pptx"))))
    checked = 0
    for slide in deck.slides:
        shapes = {s.name: s for s in slide.shapes}
        for name, text in shapes.items():
            if not (name.startswith("Help card") and name.endswith(" text")) \
                    or "[" not in text.text_frame.text:
                continue
            contact = shapes.get(name.removesuffix(" text") + " contact")
            words = text.text_frame.text.replace("\u00a0", "i")
            # Each field a tenth longer, as a typed-in name may be.
            longer = " ".join(w + "n" * 2 if w.startswith("[") else w for w in words.split())
            pt = text.text_frame.paragraphs[0].runs[0].font.size.pt
            lines = count_lines(longer, "Arial", pt, text.width / EMU_PT)
            assert text.height >= int(lines * pt * LINE * EMU_PT) - 1, (slide, name)
            if contact is not None:
                assert contact.top >= text.top + text.height, (name, text.text_frame.text)
            assert pt >= 18
            checked += 1
    assert checked >= 1
