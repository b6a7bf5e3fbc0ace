"""A trainer's pack taught in a host school (build --school): the school's DSL is named on the
help slide, sheets and letters with no [DSL ...] fill-in left; the trainer's look stays and
its name moves to delivered_by; letters are never signed by the trainer; --lesson-date and a
manifest's school: and lesson_date: reach the pack. Bad school files (tests/bad_schools) give
their exact lines in test_brand.py's bad-file test."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from lessonpack.build.look import TRAINER_DSL_NOTE, UNNAMED_DSL_NOTE, unnamed_dsl_note
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, load_brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.school import apply_school, apply_school_file, load_school
from lessonpack.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
TRAINER = ROOT / "examples" / "brands" / "northshire-online-safety" / "brand.yml"
TEMPLATE = ROOT / "examples" / "templates" / "brightpath-training"
SCHOOL = ROOT / "examples" / "schools" / "ashgrove-primary" / "school.yml"
BAD_DIR = Path(__file__).parent / "bad_schools"
DSL, DEPUTY = "Mrs Helen Okafor", "Mr Daniel Price"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KS2 pack of the trainer's brand and template, taught at Ashgrove."""
    out = tmp_path_factory.mktemp("school")
    assert main(["build", "-k", "ks2", "--brand", str(TRAINER), "--template", str(TEMPLATE),
                 "--school", str(SCHOOL), "--lesson-date", "Wednesday 20 January 2027",
                 "--out", str(out), "-q"]) == 0
    return out / "live-streaming-ks2"


def _slide_texts(path: Path) -> list[str]:
    prs = Presentation(str(path))
    return [" ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
            for slide in prs.slides]


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows
              for cell in row.cells]
    return "\n".join(parts)


def test_help_slide_names_the_schools_dsl(pack: Path) -> None:
    slides = _slide_texts(pack / "live-streaming-ks2-slides.pptx")
    # Pupils' cards name the lead as children say it: "Mrs Okafor".
    help_slides = [t for t in slides if pupil_name(DSL) in t]
    assert all(DSL not in t for t in slides)
    assert help_slides, "no slide names the school's DSL"
    assert any(re.search(r"help|talk|tell", t, re.I) for t in help_slides)
    for n, text in enumerate(slides, start=1):
        assert "[DSL" not in text and "[deputy DSL" not in text, f"slide {n}: {text[:120]}"


def test_documents_name_the_school_and_never_the_trainers_signatory(pack: Path) -> None:
    trainer = load_brand(TRAINER).brand
    for name in ("worksheet", "lesson-plan", "letter-home"):
        text = _docx_text(pack / f"live-streaming-ks2-{name}.docx")
        assert "[DSL" not in text and "[deputy DSL" not in text, name
        assert (pupil_name(DSL) if name == "worksheet" else DSL) in text, name
    letter = _docx_text(pack / "live-streaming-ks2-letter-home.docx")
    assert "Ashgrove Primary School" in letter and "01632 960418" in letter
    assert "Mrs Sarah Whitfield" in letter and "Headteacher" in letter
    assert trainer.letter_signatory not in letter and trainer.address not in letter
    assert "Wednesday 20 January 2027" in letter  # --lesson-date over the school's Friday
    with zipfile.ZipFile(pack / "live-streaming-ks2-letter-home.docx") as z:
        body = z.read("word/document.xml").decode()
    assert 'descr="Ashgrove Primary School logo"' in body  # the school's crest heads it


def test_school_applied_keeps_the_trainers_look() -> None:
    trainer = load_brand(TRAINER).brand
    brand = apply_school(trainer, load_school(SCHOOL).model)
    assert brand.org_name == "Ashgrove Primary School"
    assert brand.delivered_by == "Northshire Online Safety Team"
    assert (brand.primary, brand.secondary, brand.heading_font, brand.footer) == \
        (trainer.primary, trainer.secondary, trainer.heading_font, trainer.footer)
    assert brand.logo is not None and brand.logo.name == "crest.png"
    assert brand.logo_alt == "Ashgrove Primary School logo"
    assert brand.safeguarding_lead == f"{DSL} (Designated Safeguarding Lead)"
    assert brand.deputy_dsl_name == DEPUTY and brand.phase == "primary"
    assert brand.letter_signatory == "Mrs Sarah Whitfield"
    assert brand.extra_helplines == trainer.extra_helplines  # the school adds none


def test_trainers_signatory_and_address_never_survive(tmp_path: Path) -> None:
    (tmp_path / "school.yml").write_text("name: Brook Infant School\ndsl_name: Ms Ana Roy\n"
                                         "extra_helplines:\n  - {name: Brook Family Hub, "
                                         "contact: '01632 960777', what_for: Family help.}\n",
                                         encoding="utf-8")
    trainer = load_brand(TRAINER).brand
    brand = apply_school(trainer, load_school(tmp_path / "school.yml").model)
    assert (brand.letter_signatory, brand.letter_signatory_role, brand.address,
            brand.phone, brand.email, brand.website) == ("", "", "", "", "", "")
    assert brand.logo == trainer.logo  # no crest given: the trainer's logo stays, named so
    assert brand.logo_alt == "Northshire Online Safety Team logo"
    assert [h.name for h in brand.extra_helplines] == [
        *(h.name for h in trainer.extra_helplines), "Brook Family Hub"]
    assert brand.phase == trainer.phase


def test_school_over_the_default_brand_credits_no_one() -> None:
    brand = apply_school(DEFAULT_BRAND, load_school(SCHOOL).model)
    assert brand.delivered_by == "" and brand.org_name == "Ashgrove Primary School"


def test_too_many_helplines_is_one_line_naming_the_school_file() -> None:
    trainer = load_brand(TRAINER).brand
    many = load_school(BAD_DIR / "too-many-helplines" / "school.yml")
    with pytest.raises(UserError) as caught:
        apply_school_file(trainer, many)
    [problem] = caught.value.problems
    assert problem.code == "LP152" and "at most 4" in problem.message
    assert (problem.line, problem.field) == (4, "extra_helplines")
    # Four in all is allowed: the trainer's two and two of the school's.
    two = many.model.model_copy(update={"extra_helplines": many.model.extra_helplines[:2]})
    assert len(apply_school(trainer, two).extra_helplines) == 4


def test_new_school_scaffold_asks_for_name_and_dsl(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "school", str(tmp_path)]) == 0
    written = tmp_path / "school.yml"
    with pytest.raises(UserError) as caught:
        load_school(written)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["name", "dsl_name"]
    text = written.read_text(encoding="utf-8").replace('name: ""', "name: Brook School", 1)
    written.write_text(text.replace('dsl_name: ""', "dsl_name: Ms Ana Roy"), encoding="utf-8")
    assert load_school(written).model.dsl_name == "Ms Ana Roy"
    assert main(["new", "school", str(tmp_path)]) == 1
    assert "error[LP140] already exists" in capsys.readouterr().err


def test_unnamed_dsl_note_points_a_trainer_at_school() -> None:
    trainer = load_brand(TRAINER).brand
    assert unnamed_dsl_note(trainer) == TRAINER_DSL_NOTE
    assert "--school school.yml" in TRAINER_DSL_NOTE
    assert unnamed_dsl_note(DEFAULT_BRAND) == UNNAMED_DSL_NOTE
    school = DEFAULT_BRAND.model_copy(update={"org_name": "Oakfield Primary School"})
    assert unnamed_dsl_note(school) == UNNAMED_DSL_NOTE


def test_manifest_school_and_lesson_date(tmp_path: Path) -> None:
    from lessonpack import api

    manifest = tmp_path / "packs.yml"
    manifest.write_text(f"out: out\npacks:\n  - audiences: parents\n    brand: {TRAINER}\n"
                        f"    school: {SCHOOL}\n    lesson_date: Monday 15 December\n",
                        encoding="utf-8")
    report = api.batch(manifest)
    assert report.exit_code == 0, [str(p) for p in report.problems]
    handout = tmp_path / "out" / "live-streaming-parents" / \
        "live-streaming-parents-handout.docx"
    text = _docx_text(handout)
    assert DSL in text and "[DSL" not in text
    # The run manifest records the school file and its crest, as it does a brand and logo.
    run = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    recorded = json.dumps(run)
    assert "school.yml" in recorded and "crest.png" in recorded
    bad = tmp_path / "bad.yml"
    bad.write_text("packs:\n  - audiences: ks2\n    school: nowhere/school.yml\n",
                   encoding="utf-8")
    with pytest.raises(UserError) as caught:
        api.batch(bad)
    [problem] = caught.value.problems
    assert str(problem).endswith(
        "bad.yml:3:13: error[LP190] packs[0].school: school file nowhere/school.yml not found "
        "(relative paths start from the manifest's folder)")


def test_a_lesson_date_too_long_is_a_usage_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks2", "--lesson-date", "x" * 61, "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "--lesson-date is 61 characters" in err and "internal error" not in err
    assert not any(tmp_path.iterdir())
