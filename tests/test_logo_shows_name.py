"""A logo that spells out the school's name (brand or school field ``logo_shows_name``) is
not followed by the name again: Oakfield's and Ashgrove's headers printed it twice, which
read as a mistake. Without the field, or with a trainer's logo kept for a school without a
crest, the name stays beside the logo."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.school import School, apply_school

OAKFIELD = "examples/brands/oakfield-primary/brand.yml"


def _build(out: Path, *args: str) -> Path:
    # Documents only: what is tested, and quicker.
    assert main(["build", "-k", "ks1", "-f", "docx", "--quiet", "--out", str(out), *args]) == 0
    return out / "live-streaming-ks1"


def _header_text(path: Path) -> tuple[str, bool]:
    """The first section's header text, and whether it holds a picture."""
    header = docx.Document(str(path)).sections[0].header
    element = header._element
    return "".join(t.text or "" for t in element.iter(qn("w:t"))), \
        element.find(".//" + qn("w:drawing")) is not None


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("named")
    folder = out / "oakfield"
    shutil.copytree(Path(OAKFIELD).parent, folder)
    plain = folder / "brand.yml"
    text = plain.read_text(encoding="utf-8")
    assert "logo_shows_name: true" in text
    plain.write_text(text.replace("logo_shows_name: true", "logo_shows_name: false"),
                     encoding="utf-8")
    return {"once": _build(out / "once", "--brand", OAKFIELD),
            "twice": _build(out / "twice", "--brand", str(plain))}


def test_the_examples_logos_say_their_names() -> None:
    assert load_brand(Path(OAKFIELD)).brand.logo_shows_name is True


def test_a_header_shows_the_logo_alone_when_it_spells_out_the_name(
        packs: dict[str, Path]) -> None:
    for name in ("lesson-plan", "worksheet"):
        text, logo = _header_text(packs["once"] / f"live-streaming-ks1-{name}.docx")
        assert logo and "Oakfield Primary School" not in text, name
        assert text.strip()  # the document's own label stays at the right
        text, logo = _header_text(packs["twice"] / f"live-streaming-ks1-{name}.docx")
        assert logo and "Oakfield Primary School" in text, name


def test_a_letterhead_beside_such_a_logo_starts_with_the_address(
        packs: dict[str, Path]) -> None:
    def letterhead(pack: Path) -> list[str]:
        letter = docx.Document(str(pack / "live-streaming-ks1-letter-home.docx"))
        return [p.text for p in letter.tables[0].rows[0].cells[1].paragraphs]

    once, twice = letterhead(packs["once"]), letterhead(packs["twice"])
    assert once[0].startswith("Oak Lane") and "Oakfield Primary School" not in once
    assert twice[0] == "Oakfield Primary School" and twice[1:] == once


def test_a_school_file_says_it_of_its_crest_never_of_the_trainers_logo(tmp_path: Path
                                                                      ) -> None:
    logo = Path("examples/schools/ashgrove-primary/crest.png").resolve()
    trainer = Brand(org_name="Northshire Online Safety Team", logo=logo,
                    logo_shows_name=True)
    with_crest = School(name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor", logo=logo,
                        logo_shows_name=True)
    assert apply_school(trainer, with_crest).logo_shows_name is True
    without = School(name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                     logo_shows_name=True)
    assert apply_school(trainer, without).logo_shows_name is False
