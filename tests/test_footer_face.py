"""LibreOffice's Times in a template's footers and slide numbers becomes the theme's body
font (lo "fire red" showed a serif page number on every slide of a sans deck); the fixture
is reopened after the rewrite and its masters' and layouts' footer faces read back."""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation

from lessonpack.render.deck_footer_face import FOOTERS, LIBREOFFICE_FACE, footers_in_body_face
from lessonpack.render.ooxml import A, P

FIRE_RED = Path(__file__).parent / "fixtures" / "wild" / "lo-cft-fire-red.pptx"


def _footer_faces(prs: object) -> set[str]:
    faces: set[str] = set()
    for master in prs.slide_masters:  # type: ignore[attr-defined]
        for root in (master.element, *(layout.element for layout in master.slide_layouts)):
            for sp in root.iter(f"{{{P}}}sp"):
                ph = sp.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
                if ph is not None and ph.get("type") in FOOTERS:
                    faces |= {latin.get("typeface", "") for latin in sp.iter(f"{{{A}}}latin")}
    return faces


def test_libreoffice_times_in_footers_becomes_the_body_font() -> None:
    prs = Presentation(str(FIRE_RED))
    assert LIBREOFFICE_FACE in _footer_faces(prs)  # the fixture has what was found
    assert footers_in_body_face(prs) > 0
    saved = io.BytesIO()
    prs.save(saved)
    faces = _footer_faces(Presentation(io.BytesIO(saved.getvalue())))
    assert LIBREOFFICE_FACE not in faces and "+mn-lt" in faces


def test_a_template_without_times_is_left_as_it_is() -> None:
    prs = Presentation()
    before = _footer_faces(prs)
    assert footers_in_body_face(prs) == 0
    assert _footer_faces(prs) == before
