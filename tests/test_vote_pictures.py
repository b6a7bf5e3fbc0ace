"""KS1's thumbs votes: "Not sure" has its own picture (and action), not the flat hand
the deck also uses for "No!" (one sign, two meanings, for 5-year-olds)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.cli import main


def _pictures(shapes):
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _pictures(shape.shapes)
        elif shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
            yield shape


def test_not_sure_has_a_picture_no_other_meaning_shares(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks1", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(tmp_path)]) == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    not_sure: set[str] = set()
    elsewhere: dict[str, str] = {}
    for slide in deck.slides:
        for pic in _pictures(slide.shapes):
            digest = hashlib.sha256(pic.image.blob).hexdigest()
            if pic.name.endswith("choice: Not sure"):
                not_sure.add(digest)
            elif " choice: " not in pic.name:
                elsewhere[digest] = pic._element.xpath(".//p:cNvPr/@descr")[0]
    assert len(not_sure) == 1  # the same picture on every vote slide
    shared = not_sure & set(elsewhere)
    assert not shared, f"'Not sure' shares its picture with {elsewhere[shared.pop()]!r}"
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides
                     if any(p.name.endswith("choice: Not sure") for p in _pictures(s.shapes)))
    assert "flat hand" not in notes  # the action matches the picture
