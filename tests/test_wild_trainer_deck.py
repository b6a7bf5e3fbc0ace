"""A visiting trainer's deck on their own template, taught at a host school: both marks on the
cover, the template's own type and colours (its house style wins over the brand's), titles as
large as lessonpack's own, panels and pictures sized to what they hold.

Built as a council trainer builds it (Northshire brand, Brightpath template, Ashgrove school
file with a crest). Slides are found by what is drawn on them (a "Question panel", a body
placeholder with one picture beside it), never by their wording.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from statistics import median

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from built_decks import slides_file
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.cli import main
from lessonpack.render.deck_cover import CREDIT_NAME

ROOT = Path(__file__).resolve().parents[1]
BRAND = ROOT / "examples/brands/northshire-online-safety"
SCHOOL = ROOT / "examples/schools/ashgrove-primary"
INCH = 914400


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("trainer-deck")
    code = main(["build", "-a", "ks1", "-a", "ks2", "-a", "parents", "-f", "pptx", "-q",
                 "-j", "1", "--out", str(out), "--brand", str(BRAND / "brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(SCHOOL / "school.yml")])
    assert code == 0
    return {a: out / f"live-streaming-{a}" / slides_file(a, "primary")
            for a in ("ks1", "ks2", "parents")}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _logo_shapes(owner) -> dict[str, object]:
    """Picture shapes of a layout by the image they show: 'trainer' or 'school'."""
    from lessonpack.io.safety import logo_file

    wanted = {_sha(Path(logo_file(BRAND / "logo.png")).read_bytes()): "trainer",
              _sha(Path(logo_file(SCHOOL / "crest.png")).read_bytes()): "school"}
    found = {}
    for shape in owner.shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
            whose = wanted.get(_sha(shape.image.blob))
            if whose:
                found[whose] = shape
    return found


def _overlap(a, b) -> bool:
    return (a.left < b.left + b.width and b.left < a.left + a.width
            and a.top < b.top + b.height and b.top < a.top + a.height)


def test_cover_carries_the_schools_crest_and_the_trainers_logo(decks: dict[str, Path]) -> None:
    for audience, path in decks.items():
        cover = Presentation(str(path)).slides[0]
        logos = _logo_shapes(cover.slide_layout)
        assert set(logos) == {"trainer", "school"}, (audience, sorted(logos))
        trainer, school = logos["trainer"], logos["school"]
        assert trainer.width >= 0.9 * INCH, "the trainer's logo is read by its width"
        assert not _overlap(trainer, school)
        assert "Northshire" in trainer._element.nvPicPr.cNvPr.get("descr")
        # Never squeezed against the cover's words: clear of every text on the slide.
        for shape in cover.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip() and shape.width:
                assert not _overlap(shape, trainer), (audience, shape.name)
        # The team's logo says who delivers; the cover's words name the trainer alone,
        # clear of both logos.
        (credit,) = [sh for sh in cover.shapes if sh.name == CREDIT_NAME]
        assert credit.text_frame.text == "Presented by Sam Carter", audience
        assert not _overlap(credit, trainer) and not _overlap(credit, school), audience


def test_the_templates_fonts_where_it_chose_its_colours(
        decks: dict[str, Path]) -> None:
    """Brightpath chose its own colours, so it is the trainer's house style: its Calibri
    stays for both roles, though Northshire's brand asks Arial text (Calibri titles over
    Arial text in one card read as two voices)."""
    for audience, path in decks.items():
        prs = Presentation(str(path))
        theme = prs.slide_masters[0].part.part_related_by(RT.THEME).blob.decode()
        assert '<a:majorFont><a:latin typeface="Calibri"' in theme, audience
        assert '<a:minorFont><a:latin typeface="Calibri"' in theme, audience
        deck = open_deck(path, path.name)
        titles, body = set(), set()
        for view in deck.slides:
            for item in view.items:
                frame = text_frame(item, view)
                if frame is None:
                    continue
                fonts = {run.font for para in frame.paras for run in para.runs}
                if item.ph is not None and item.ph.type in ("title", "ctrTitle"):
                    titles |= fonts
                elif item.ph is not None and item.ph.type == "body":
                    body |= fonts
        assert titles == {"Calibri"}, (audience, titles)
        assert body == {"Calibri"}, (audience, body)


def test_titles_are_as_large_as_lessonpacks_own(decks: dict[str, Path]) -> None:
    """36 pt (the cover 48) unless a long title had to be made smaller to fit its box."""
    for audience, path in decks.items():
        deck = open_deck(path, path.name)
        sizes, cover = [], None
        for view in deck.slides:
            for item in view.items:
                if item.ph is None or item.ph.type not in ("title", "ctrTitle"):
                    continue
                frame = text_frame(item, view)
                size = max(r.size for p in frame.paras for r in p.runs) * frame.font_scale
                if item.ph.type == "ctrTitle":
                    cover = size
                else:
                    sizes.append(size)
        assert median(sizes) >= 36, (audience, median(sizes))
        assert min(sizes) >= 28, (audience, min(sizes))
        assert cover is not None and cover >= 44, (audience, cover)


def test_question_panel_runs_beside_the_drawing_at_the_defaults_size(
        decks: dict[str, Path]) -> None:
    """The default's two-column grid: the panel as tall as the drawing beside it, the
    question in it at 24-28 pt (28 where it fits), centred; never a 24 pt question in a box
    cut to its lines."""
    from pptx.enum.text import MSO_ANCHOR

    checked = 0
    for path in decks.values():
        for slide in Presentation(str(path)).slides:
            panel = next((sh for sh in slide.shapes if sh.name == "Question panel"), None)
            if panel is None:
                continue
            drawing = next(sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.GROUP)
            assert abs(panel.top + panel.height - drawing.top - drawing.height) < 0.05 * INCH
            question = next(sh for sh in slide.shapes if sh.name == "Side")
            sizes = {r.font.size.pt for p in question.text_frame.paragraphs for r in p.runs}
            assert sizes and min(sizes) >= 24, sizes
            assert question.text_frame.vertical_anchor == MSO_ANCHOR.MIDDLE
            checked += 1
    assert checked >= 7


def test_story_scenes_keep_clear_of_the_footer_band(decks: dict[str, Path]) -> None:
    """A story scene's people stand 0.3 in clear of the template's logo and footers."""
    checked = 0
    for path in decks.values():
        for slide in Presentation(str(path)).slides:
            scene = next((sh for sh in slide.shapes if sh.name in ("Video call",
                                                                   "Watching a show")), None)
            if scene is None:
                continue
            band = min(sh.top for sh in slide.slide_layout.slide_master.shapes
                       if sh.top > scene.top + scene.height // 2)
            assert band - (scene.top + scene.height) >= 0.3 * INCH, slide
            checked += 1
    assert checked >= 2


def test_points_and_the_picture_beside_them_share_a_centre(decks: dict[str, Path]) -> None:
    checked = dict.fromkeys(decks, 0)
    for audience, path in decks.items():
        for slide in Presentation(str(path)).slides:
            # Points in a tinted panel (KS1 "Big ideas", "Remember") share the panel's centre
            # with their picture as well; a panel's one sentence (the goal) is not points.
            panel = any(sh.name in ("Message panel", "Outcome panel") for sh in slide.shapes)
            bodies = [ph for ph in slide.placeholders if ph.placeholder_format.type not in (
                PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
                and ph.has_text_frame and ph.text_frame.text.strip()]
            pictures = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
            if len(bodies) != 1 or len(pictures) != 1 or bodies[0].top is None \
                    or bodies[0].height < 2 * INCH:  # a section's subtitle: its own design
                continue
            body, pic = bodies[0], pictures[0]
            if not (pic.left + pic.width <= body.left or pic.left >= body.left + body.width):
                continue
            if panel and sum(1 for p in body.text_frame.paragraphs if p.text.strip()) < 2:
                continue
            centre = body.top + body.height // 2
            assert abs(pic.top + pic.height // 2 - centre) <= 0.1 * INCH, slide
            assert body.text_frame.vertical_anchor is not None
            checked[audience] += 1
    # A decorative picture beside points is KS1's only (its children read pictures first);
    # KS2 is set in type alone, as KS3 and KS4 are.
    assert checked["ks1"] >= 2 and checked["ks2"] == 0, checked


def test_an_office_cover_that_shows_its_master_carries_both_marks(tmp_path: Path) -> None:
    """python-pptx's own default template (4:3, Office's title slide showing the master): the
    trainer's logo sits where the master puts it (every slide's), the school's crest in a
    free corner of the cover, and no credit in words beside the team's logo."""
    import pptx

    template = Path(pptx.__file__).parent / "templates" / "default.pptx"
    code = main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--brand", str(BRAND / "brand.yml"), "--template", str(template),
                 "--school", str(SCHOOL / "school.yml")])
    assert code == 0
    cover = Presentation(str(next(tmp_path.rglob("*.pptx")))).slides[0]
    layout = cover.slide_layout
    logos = {**_logo_shapes(layout.slide_master), **_logo_shapes(layout)}
    assert set(logos) == {"trainer", "school"}, sorted(logos)
    assert logos["trainer"].width >= 0.9 * INCH
    assert "trainer" in _logo_shapes(layout.slide_master), "the team's logo on every slide"
    assert not _overlap(logos["trainer"], logos["school"])
    assert not any(sh.name == "Delivered by" for sh in cover.shapes)


def test_titles_and_kickers_line_up_with_the_rule_and_content(decks: dict[str, Path]) -> None:
    """Brightpath's titles and kickers started 0.1 in right of the title rule and of the
    cards under them, and read as misaligned: a slide title on no fill starts its text at its
    box's edge, where the rule and lessonpack's panels start."""
    for audience, path in decks.items():
        deck = open_deck(path, path.name)
        checked = 0
        for view in deck.slides:
            title = next((i for i in view.items if i.ph is not None and i.ph.type == "title"),
                         None)
            frame = text_frame(title, view) if title is not None else None
            if title is None or frame is None:
                continue
            rule = next((i for i in view.beneath if i.name == "Title rule"), None)
            left = title.box[0] + frame.insets[0] * 12700
            kicker = next((i for i in view.items if i.name == "Kicker"), None)
            if kicker is not None:
                assert kicker.box[0] == left, (audience, view.number)
            if rule is not None:
                assert left == rule.box[0], (audience, view.number)
                checked += 1
        assert checked > 10, audience
