"""A template lacking a layout lessonpack needs gets one made from its title-only layout.

A template with only "Title Only" and "Blank" (PowerPoint's default deck with the rest
deleted) was refused (LP130). Now lessonpack adds "Title and Content (lessonpack)" and
"Title Slide (lessonpack)" to the deck, copies of its title-only layout with a real text
placeholder, says so in one warning per added layout, and the deck passes `check`. Blank
layouts only: the made layouts take the master's own title and text places. A template with
no title anywhere (blank layouts on a master without a title) is still refused in one line.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from lessonpack.cli import main


def _template(folder: Path, keep: tuple[str, ...]) -> Path:
    prs = Presentation()
    for layout in list(prs.slide_layouts):
        if layout.name not in keep:
            prs.slide_layouts.remove(layout)
    path = folder / "sparse.pptx"
    prs.save(str(path))
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    tmp = tmp_path_factory.mktemp("derived")
    template = _template(tmp, ("Title Only", "Blank"))
    out = tmp / "out"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                     "--template", str(template)])
    assert code == 0, err.getvalue()
    return out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx", \
        err.getvalue().splitlines()


def test_the_missing_layouts_are_added_with_real_placeholders(
        built: tuple[Path, list[str]]) -> None:
    path, _ = built
    prs = Presentation(str(path))
    made = {lay.name: lay for lay in prs.slide_layouts if lay.name.endswith("(lessonpack)")}
    assert set(made) == {"Title and Content (lessonpack)", "Title Slide (lessonpack)"}
    body = [ph for ph in made["Title and Content (lessonpack)"].placeholders
            if ph.placeholder_format.type == PP_PLACEHOLDER.BODY]
    sub = [ph for ph in made["Title Slide (lessonpack)"].placeholders
           if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE]
    assert len(body) == 1 and len(sub) == 1
    title = next(ph for ph in made["Title and Content (lessonpack)"].placeholders
                 if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE)
    assert body[0].top >= title.top + title.height  # under the title
    assert body[0].top + body[0].height <= prs.slide_height
    # The cover and the text slides are made from them, their text in the placeholders.
    assert prs.slides[0].slide_layout.name == "Title Slide (lessonpack)"
    texts = [slide for slide in prs.slides
             if slide.slide_layout.name == "Title and Content (lessonpack)"]
    assert len(texts) >= 10
    assert any(ph.placeholder_format.type == PP_PLACEHOLDER.BODY and ph.text_frame.text.strip()
               for slide in texts for ph in slide.placeholders)


def test_one_warning_per_added_layout(built: tuple[Path, list[str]]) -> None:
    _, lines = built
    added = [line for line in lines if "lessonpack added layout" in line]
    assert len(added) == 2, lines
    assert all("warning[LP131]" in line and "derived from 'Title Only'" in line
               for line in added)
    assert any("for title, section slides" in line for line in added)


def test_the_deck_passes_check(built: tuple[Path, list[str]],
                               capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = built
    assert main(["check", str(path)]) == 0, capsys.readouterr()


def test_blank_layouts_take_the_masters_places(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Blank layouts only: the made layouts put a title and a text where the master has its
    own title and text placeholders."""
    template = _template(tmp_path, ("Blank",))
    code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--template", str(template)])
    assert code == 0, capsys.readouterr().err
    prs = Presentation(str(tmp_path / "out/live-streaming-ks2/live-streaming-ks2-slides.pptx"))
    master_title = next(ph for ph in prs.slide_master.placeholders
                        if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE)
    made = next(lay for lay in prs.slide_layouts
                if lay.name == "Title and Content (lessonpack)")
    title = next(ph for ph in made.placeholders
                 if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE)
    assert (title.left, title.top, title.width) == (master_title.left, master_title.top,
                                                    master_title.width)


def test_no_title_anywhere_is_refused_in_one_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    prs = Presentation()
    for layout in list(prs.slide_layouts):
        if layout.name != "Blank":
            prs.slide_layouts.remove(layout)
    for ph in list(prs.slide_master.placeholders):  # a master without a title or text
        if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.BODY):
            ph.element.getparent().remove(ph.element)
    template = tmp_path / "untitled.pptx"
    prs.save(str(template))
    code = main(["build", "-k", "ks2", "-q", "--out", str(tmp_path / "out"), "--template",
                 str(template)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert len(err) == 2 and err[1] == "1 problem(s) found; nothing was written"
    assert err[0].startswith(f"{template}: error[LP130] template lacks a title slide layout")
    assert err[0].endswith("(available layouts: 'Blank' [0 text])")


def test_a_speck_of_a_text_box_does_not_hide_a_layouts_body(tmp_path: Path) -> None:
    """shana/talks "codemania": its "Body" layout has a 0.5 in text box in a corner beside
    its body; it was counted as a second body, so no layout was a title-and-content one."""
    from copy import deepcopy

    prs = Presentation()
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")
    body = next(ph for ph in layout.placeholders
                if ph.placeholder_format.type == PP_PLACEHOLDER.OBJECT)
    speck = deepcopy(body.element)
    speck.find(".//{*}ph").set("idx", "20")
    speck.find(".//{*}ph").set("type", "body")
    body.element.addnext(speck)
    added = next(ph for ph in layout.placeholders if ph.placeholder_format.idx == 20)
    added.left, added.top = int(9.55 * 914400), int(6.9 * 914400)
    added.width = added.height = int(0.4 * 914400)  # beside the body, not under it
    path = tmp_path / "speck.pptx"
    prs.save(str(path))
    from lessonpack.render.deck_layouts import resolve_layouts

    found = resolve_layouts(Presentation(str(path)), str(path))
    assert found["bullets"].layout.name == "Title and Content"


def test_oversized_slides_are_scaled_to_widescreen_and_named_in_one_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A template 1.9 times PowerPoint's width (python-pptx's default, every length and type
    size 2.5 times, as a 25 x 18.75 in export) is scaled back as PowerPoint's Ensure Fit
    does: the deck is 13.33 in wide, the aspect kept, its layouts where the template has them
    in proportion and classroom text at classroom size, with one warning saying so."""
    from lessonpack.render.deck_resize import _scale

    prs = Presentation()
    original = {lay.name: [(ph.left / prs.slide_width, ph.top / prs.slide_height)
                           for ph in lay.placeholders] for lay in prs.slide_layouts}
    for master in prs.slide_masters:
        _scale(master.element, 2.5)
        for layout in master.slide_layouts:
            _scale(layout.element, 2.5)
    prs.slide_width, prs.slide_height = int(prs.slide_width * 2.5), int(prs.slide_height * 2.5)
    path = tmp_path / "huge.pptx"
    prs.save(str(path))
    code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--template", str(path)])
    err = capsys.readouterr().err
    assert code == 0, err
    lines = [line for line in err.splitlines() if "times PowerPoint's 13.33 x 7.5 in" in line]
    assert len(lines) == 1 and "25.00 x 18.75 in" in lines[0], lines
    assert ("scaled to 13.33 x 10.00 in; to stop this, make it 13.33 x 10.00 in: in "
            "PowerPoint, Design > Slide Size > Custom Slide Size (Ensure Fit)") in lines[0]
    assert "in Impress, Slide > Slide Properties (33.87 x 25.40 cm)" in lines[0]
    assert lines[0].endswith(f"(template: {path})")  # which template, in a batch of several
    deck = Presentation(str(tmp_path / "out" / "live-streaming-ks2" /
                            "live-streaming-ks2-slides.pptx"))
    assert (deck.slide_width, deck.slide_height) == (12192000, 9144000)
    for layout in deck.slide_layouts:
        if layout.name not in original:
            continue  # a layout lessonpack added
        for ph, (x, y) in zip(layout.placeholders, original[layout.name], strict=False):
            assert abs(ph.left / deck.slide_width - x) < 0.01, layout.name
            assert abs(ph.top / deck.slide_height - y) < 0.01, layout.name
    footers = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
    sizes = [run.font.size.pt for slide in deck.slides for shape in slide.shapes
             if shape.has_text_frame and not (shape.is_placeholder and
                                              shape.placeholder_format.type in footers)
             for para in shape.text_frame.paragraphs
             for run in para.runs if run.font.size is not None]
    assert sizes and min(sizes) >= 18, min(sizes)


def test_an_oversized_templates_theme_and_table_styles_scale_with_it() -> None:
    """The masters scaled alone kept a 25 in template's theme line widths (its rules and
    shape outlines) and shadows at 1.9 times their weight on the 13.33 in slide."""
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    from lessonpack.render.deck_resize import _scale, fit_to_widescreen

    prs = Presentation()
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    _scale(root, 2.5)
    theme._blob = etree.tostring(root)
    widths = [int(ln.get("w")) for ln in root.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}ln") if ln.get("w")]
    for master in prs.slide_masters:
        _scale(master.element, 2.5)
    prs.slide_width, prs.slide_height = int(prs.slide_width * 2.5), int(prs.slide_height * 2.5)
    assert widths and fit_to_widescreen(prs)
    factor = 12192000 / int(9144000 * 2.5)
    scaled = [int(ln.get("w")) for ln in etree.fromstring(theme.blob).iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}ln") if ln.get("w")]
    assert scaled == [round(w * factor) for w in widths]
