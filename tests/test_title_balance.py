"""A title that would leave its last word alone is broken by hand where its lines come out
even, measured in the face the title is shown in: a LibreOffice template's master names its
own title face ('Noto Sans Regular'), wider than the brand's, and titles balanced for the
brand's face still left a word alone (LPC304)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.check import Options, check_file
from lessonpack.cli import main


def _template_with_title_face(path: Path, face: str) -> Path:
    """python-pptx's default template (MIT) whose master title style names ``face``, as
    LibreOffice writes its masters (a face, not the theme's +mj-lt)."""
    prs = Presentation()
    style = prs.slide_masters[0].element.find(
        f"{qn('p:txStyles')}/{qn('p:titleStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    for latin in style.findall(qn("a:latin")):
        style.remove(latin)
    latin = style.makeelement(qn("a:latin"), {"typeface": face})
    fill = style.find(qn("a:solidFill"))
    (fill.addnext if fill is not None else style.append)(latin)
    prs.save(str(path))
    return path


def test_titles_are_balanced_in_the_face_the_template_shows_them_in(tmp_path: Path) -> None:
    template = _template_with_title_face(tmp_path / "lo.pptx", "Noto Sans Regular")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "--out", str(out), "-q", "-j", "1",
                 "--template", str(template)]) == 0
    deck = out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    titles = [s.shapes.title.text_frame.text for s in Presentation(str(deck)).slides
              if s.shapes.title is not None]
    # On a template a title wraps naturally (deck_titles.rebalance_title): no hand break.
    assert titles and not any("\v" in t for t in titles), titles
    found = [f"{f.location} {f.message}" for f in check_file(deck, Options())
             if f.code == "LPC304"]
    assert not found, found
