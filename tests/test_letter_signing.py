"""A letter home leaves room to sign, and its reply slip's cut line clear of the signatory,
on one page still (there was one blank line to sign in, and the dashed line right under
"Headteacher"). Reopens the built letters; LibreOffice counts their pages."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from conftest import need_libreoffice
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from pagefill import measure

BUILDS = {
    "oakfield": ["--brand", "examples/brands/oakfield-primary/brand.yml",
                 "--lesson-date", "Wednesday 20 January 2027"],
    "brightpath": ["--brand", "examples/brands/northshire-online-safety/brand.yml",
                   "--template", "examples/templates/brightpath-training",
                   "--school", "examples/schools/ashgrove-primary/school.yml"],
}
SIGN_LEAST = Pt(24)  # with the lines' own leading, about 12 mm of clear paper to sign in
CUT_LEAST = Pt(18)  # with the line above's 3 pt: about 8 mm above the dashed line


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    out = tmp_path_factory.mktemp("letters")
    found = {}
    for look, args in BUILDS.items():
        assert main(["build", "-k", "ks1", "-k", "ks2", "-f", "docx", "--quiet",
                     "--out", str(out / look), *args]) == 0
        found[look] = sorted((out / look).rglob("*-letter-home.docx"))
        # A letter for each pack: Oakfield's KS2 has a pack for each of its two classes.
        assert len(found[look]) == {"oakfield": 3, "brightpath": 2}[look]
    return found


def test_room_to_sign_and_the_cut_line_clear_of_the_signatory(
        letters: dict[str, list[Path]]) -> None:
    for paths in letters.values():
        for path in paths:
            body = docx.Document(str(path)).paragraphs
            sincerely = next(i for i, p in enumerate(body) if p.text == "Yours sincerely,")
            name = body[sincerely + 1]
            # A signing rule opening the paragraph is signed on: its own line (12 pt type,
            # about 14 pt) is clear paper above the rule too.
            rule = Pt(14) if name.text.startswith("____") else 0
            assert name.paragraph_format.space_before + rule >= SIGN_LEAST, path.name
            cut = next(p for p in body if p.text.startswith("\u2702"))
            # Scissors on the line they cut: the line is a dashed underline of a tab to
            # the text's edge, the slip's first line under it; heavy dashes, a rule to cut
            # along (the thin "dash" underline printed as a dotted text run).
            scissors, line = cut.runs[0], cut.runs[1]
            assert "\t" in line.text
            assert line._r.rPr.find(qn("w:u")).get(qn("w:val")) == "dashedHeavy"
            assert scissors.font.size >= Pt(12), path.name
            # Clear of the signatory: the spacing over the scissors' own line (its ascent
            # above the dashes).
            assert cut.paragraph_format.space_before + scissors.font.size >= CUT_LEAST, \
                path.name


def test_parents_reach_the_dsl_by_phone_not_by_room(letters: dict[str, list[Path]]) -> None:
    for paths in letters.values():
        for path in paths:
            text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
            assert "Contact our Designated Safeguarding Lead" in text
            assert "Deputy Head's office" not in text, path.name


def test_every_letter_is_still_one_page(letters: dict[str, list[Path]]) -> None:
    soffice = need_libreoffice()
    for look, paths in letters.items():
        layouts = measure(paths, soffice)
        for path in paths:
            assert layouts[path.name].pages == 1, (look, path.name, layouts[path.name].fills)


def test_a_school_file_build_notes_who_signs_and_who_teaches() -> None:
    """A trainer's brand signatory is replaced by the school's on its letters, and the plans
    name the school file's trainer: the build says both, so a wrong name is caught."""
    from lessonpack.build.look import prepare_look
    from lessonpack.build.report import Report
    from lessonpack.plan.signatory_note import signatory_note

    report = Report()
    prepare_look(brand_file=Path("examples/brands/northshire-online-safety/brand.yml"),
                 school_file=Path("examples/schools/ashgrove-primary/school.yml"),
                 report=report)
    said = [n for n in report.notes if "letters home are signed by" in n]
    assert len(said) == 1
    assert "Mrs Sarah Whitfield, Headteacher," in said[0] and "not by Dr Joanna Reid" in said[0]
    assert "name Sam Carter as the trainer" in said[0]
    trainer = Brand(letter_signatory="Sam Carter", trainer_name="Sam Carter")
    # The same person signs: nothing to say; a brand without a signatory: nothing either.
    assert signatory_note(trainer, trainer) is None
    assert signatory_note(Brand(), Brand(letter_signatory="Mrs Jo Patel")) is None
    assert "a [Name] to fill in" in (signatory_note(trainer, Brand()) or "")


def test_the_help_block_is_one_quiet_panel_a_service_a_line(
        letters: dict[str, list[Path]]) -> None:
    """The letter's contacts read as one block a parent finds, quieter than the letter's own
    message (its loudest block once: a 3 pt bar, the brand's tint, six names in bold): a pale
    tint, a 1 pt bar down the left, its label the one bold run, the school's own sentence
    first, then a service a line. The letter after the lesson has no second panel: its steps
    if a child tells are plain lines under their label."""
    for paths in letters.values():
        for path in [*paths, *(p.with_name(f"{p.stem}-after.docx") for p in paths)]:
            body = docx.Document(str(path)).paragraphs
            panels = [p for p in body if p._p.pPr is not None
                      and p._p.pPr.find(qn("w:shd")) is not None]
            (help_block,) = panels
            assert help_block.text.startswith("Where to get help: Any worry"), path.name
            ppr = help_block._p.pPr
            # Half-way from the brand's light colour to white (Oakfield's #EEF6EC: #F7FBF6),
            # a 1 pt bar.
            fill = ppr.find(qn("w:shd")).get(qn("w:fill"))
            assert min(int(fill[n:n + 2], 16) for n in (0, 2, 4)) >= 0xF3, fill
            assert ppr.find(qn("w:pBdr")).find(qn("w:left")).get(qn("w:sz")) == "8"
            bold = [r.text for r in help_block.runs if r.bold]
            assert bold == ["Where to get help: "], bold
            lines = help_block.text.split("\n")[1:]
            assert len(lines) >= 3, path.name
            assert any(line.startswith("NSPCC Helpline:") for line in lines), lines


def test_a_letter_from_an_example_file_says_so_at_its_top(
        letters: dict[str, list[Path]], tmp_path: Path) -> None:
    """Example files' people and numbers are made up: their letters say so in the header
    (above the letterhead, no line of the page), a real school's never."""
    from lessonpack.render.docx import EXAMPLE_MARK

    for paths in letters.values():
        for path in paths:
            header = docx.Document(str(path)).sections[0].header
            assert EXAMPLE_MARK in "\n".join(p.text for p in header.paragraphs), path.name
    assert main(["build", "-k", "ks1", "-f", "docx", "--quiet", "--out", str(tmp_path)]) == 0
    (own,) = tmp_path.rglob("*-letter-home.docx")
    header = docx.Document(str(own)).sections[0].header
    assert EXAMPLE_MARK not in "\n".join(p.text for p in header.paragraphs)
