"""Build notes for what a brand or school file leaves to put right by hand: a school file
without a deputy DSL (the documents print "[deputy DSL's name]"), and the example files'
made-up numbers, which a DSL read as dead local lines."""

from __future__ import annotations

from pathlib import Path

from lessonpack.build.look import prepare_look
from lessonpack.build.report import Report
from lessonpack.content.brand import Brand
from lessonpack.plan.fill_in_notes import drama_numbers, fictional_contacts_note

ROOT = Path(__file__).resolve().parent.parent
NORTHSHIRE = ROOT / "examples/brands/northshire-online-safety/brand.yml"
ASHGROVE = ROOT / "examples/schools/ashgrove-primary/school.yml"


def _notes(**kwargs: object) -> list[str]:
    report = Report()
    prepare_look(report=report, **kwargs)  # type: ignore[arg-type]
    return report.notes


def _school_without(tmp_path: Path, *fields: str) -> Path:
    lines = [line for line in ASHGROVE.read_text(encoding="utf-8").splitlines()
             if not line.startswith(tuple(f"{f}:" for f in fields))]
    path = tmp_path / "school.yml"
    crest = f"logo: {ASHGROVE.parent}/crest.png"
    path.write_text("\n".join(lines).replace("logo: crest.png", crest) + "\n",
                    encoding="utf-8")
    return path


def test_a_school_without_a_deputy_gets_one_line_naming_file_and_field(tmp_path: Path) -> None:
    school = _school_without(tmp_path, "deputy_dsl_name", "deputy_dsl_contact", "website")
    notes = _notes(brand_file=NORTHSHIRE, school_file=school)
    deputy = [n for n in notes if "deputy_dsl_name" in n]
    assert len(deputy) == 1
    assert deputy[0].startswith(f"{school}: no deputy_dsl_name")
    assert "[deputy DSL's name]" in deputy[0]
    website = [n for n in notes if "no website" in n]
    assert len(website) == 1 and "[Website]" in website[0]


def test_a_complete_school_file_gets_no_fill_in_note() -> None:
    notes = _notes(brand_file=NORTHSHIRE, school_file=ASHGROVE)
    assert not [n for n in notes if ": no " in n and "to fill in by hand" in n]


def test_the_example_files_are_said_to_be_made_up() -> None:
    notes = _notes(brand_file=NORTHSHIRE, school_file=ASHGROVE)
    for path in ("examples/brands/northshire-online-safety/brand.yml",
                 "examples/schools/ashgrove-primary/school.yml"):
        said = [n for n in notes if path in n and "example data" in n]
        assert len(said) == 1, path
        assert "drama" in said[0] and ".example" in said[0]
    assert "0306 999 0123" in next(n for n in notes if "northshire" in n)


def test_real_looking_numbers_are_not_called_fictional() -> None:
    assert drama_numbers("01632 960 214; 0306 999 0150; 07700 900123") == [
        "01632 960 214", "0306 999 0150", "07700 900123"]
    # Childline, the NSPCC and an ordinary Leeds number are real ranges.
    assert drama_numbers("0800 1111, 0808 800 5000, 0113 496 1234, 0113 222 4000") == []
    brand = Brand(org_name="Real School", phone="0113 222 4000", website="www.real.sch.uk")
    assert fictional_contacts_note(brand, "brand.yml") is None
