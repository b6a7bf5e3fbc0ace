"""A letter home leaves room to sign, and its reply slip's cut line clear of the signatory,
on one page still (a designer's review: one blank line to sign in, the dashed line right
under "Headteacher"). Reopens the built letters; LibreOffice counts their pages."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
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
CUT_LEAST = Pt(20)  # with the line above's 3 pt: about 8 mm above the dashed rule


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    out = tmp_path_factory.mktemp("letters")
    found = {}
    for look, args in BUILDS.items():
        assert main(["build", "-k", "ks1", "-k", "ks2", "-f", "docx", "--quiet",
                     "--out", str(out / look), *args]) == 0
        found[look] = sorted((out / look).rglob("*-letter-home.docx"))
        assert len(found[look]) == 2
    return found


def test_room_to_sign_and_the_cut_line_clear_of_the_signatory(
        letters: dict[str, list[Path]]) -> None:
    for paths in letters.values():
        for path in paths:
            body = docx.Document(str(path)).paragraphs
            sincerely = next(i for i, p in enumerate(body) if p.text == "Yours sincerely,")
            name = body[sincerely + 1]
            assert name.paragraph_format.space_before >= SIGN_LEAST, path.name
            cut = next(p for p in body if p.text.startswith("\u2702"))
            border = cut._p.pPr.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
            top = border[0]
            assert top.get(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "dashed"
            space = int(top.get(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}space"))
            assert cut.paragraph_format.space_before + Pt(space) >= CUT_LEAST, path.name


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
