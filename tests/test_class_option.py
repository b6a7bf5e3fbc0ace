"""A class and teacher per build (``--class``, a manifest's ``classes:``, a brand's or
school's ``classes``): each key stage's plan and letter name their own class, never a
"Class: ____" left blank because a brand holds one class."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from built_decks import pack_file
from lessonpack.build.request import PackRequest
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import AUDIENCE_LABELS, Audience
from lessonpack.content.school import with_classes
from lessonpack.plan.class_line import class_and_teacher, split_class, year_label

ROOT = Path(__file__).resolve().parent.parent
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"


def _texts(path: Path) -> list[str]:
    body = Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


@pytest.mark.parametrize(("text", "parts"), [
    ("Year 2 Hedgehogs, Mrs Patel", ("Year 2 Hedgehogs", "Mrs Patel")),
    ("Year 5, Hazel class", ("Year 5, Hazel class", "")),  # a class alone, with its comma
    ("Year 5, Hazel class, Mr A. Khan", ("Year 5, Hazel class", "Mr A. Khan")),
    ("Owls", ("Owls", "")),
])
def test_a_class_line_splits_at_the_teachers_title(text: str, parts: tuple[str, str]) -> None:
    assert split_class(text) == parts


def test_each_key_stage_takes_the_class_of_its_year() -> None:
    brand = DEFAULT_BRAND.model_copy(update={"class_name": "Year 2",
                                             "class_teacher": "Miss Amy Cole"})
    brand = with_classes(brand, ("Year 4 Owls, Miss Laura Bennett",))
    assert class_and_teacher(Audience.KS1, brand) == ("Year 2", "Miss Amy Cole")
    assert class_and_teacher(Audience.KS2, brand) == ("Year 4 Owls", "Miss Laura Bennett")
    assert class_and_teacher(Audience.KS3, brand) == ("", "")
    # Footers name the year group the pack is for; a key stage with no class its own.
    assert year_label(Audience.KS1, brand) == "Year 2 (ages 6–7)"
    assert year_label(Audience.KS2, brand) == "Year 4 (ages 8–9)"
    assert year_label(Audience.KS3, brand) == "Key Stage 3 (ages 11–14)"
    assert year_label(Audience.PARENTS, brand) == AUDIENCE_LABELS[Audience.PARENTS]
    # --class comes first: a Year 2 given for the build replaces the brand's Year 2.
    patel = with_classes(brand, ("Year 2 Hedgehogs, Mrs Patel",))
    assert class_and_teacher(Audience.KS1, patel) == ("Year 2 Hedgehogs", "Mrs Patel")


def test_build_class_fills_both_key_stages_letters_and_plans(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks1", "-k", "ks2", "--out", str(tmp_path), "-q", "-f", "docx",
                 "-j", "1", "--brand", str(OAKFIELD),
                 "--class", "Year 2 Hedgehogs, Mrs Patel",
                 "--class", "Year 4 Owls, Miss Laura Bennett"]) == 0
    for stage, name, teacher in (("ks1", "Year 2 Hedgehogs", "Mrs Patel"),
                                 ("ks2", "Year 4 Owls", "Miss Laura Bennett")):
        for doc in ("letter-home", "lesson-plan"):
            texts = _texts(pack_file(tmp_path, stage, f"{doc}.docx"))
            line = next(t for t in texts if "Class:" in t)
            assert name in line and teacher in line, (stage, doc, line)
    # The other key stage's teacher is never on a letter.
    ks2 = _texts(pack_file(tmp_path, "ks2", "letter-home.docx"))
    assert not any("Mrs Patel" in t or "Miss Amy Cole" in t for t in ks2)


def test_two_classes_of_one_key_stage_each_get_a_pack(tmp_path: Path) -> None:
    """``--class`` twice in Key Stage 2: a pack for each class, in its own folder, each
    naming its own class and teacher (the second is not dropped)."""
    assert main(["build", "-k", "ks2", "--out", str(tmp_path), "-q", "-f", "docx",
                 "--class", "Year 6 Kites, Mr Tom Reed",
                 "--class", "Year 4 Owls, Miss Laura Bennett"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "live-streaming-ks2-year-4-owls", "live-streaming-ks2-year-6-kites"]
    for folder, name, teacher in (("year-4-owls", "Year 4 Owls", "Miss Laura Bennett"),
                                  ("year-6-kites", "Year 6 Kites", "Mr Tom Reed")):
        # Each class's files named as its folder: copied into one folder, none overwritten.
        texts = _texts(tmp_path / f"live-streaming-ks2-{folder}"
                       / f"live-streaming-ks2-{folder}-letter-home.docx")
        line = next(t for t in texts if "Class:" in t)
        assert name in line and teacher in line, (folder, line)


def test_the_oakfield_example_builds_its_year_4_and_year_6_packs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A school naming a Year 4 and a Year 6 class gets a Key Stage 2 pack for each from
    its brand file alone; the build names each folder with its class, and nothing printed
    tells a teacher to use a command line."""
    assert main(["build", "-k", "ks2", "--out", str(tmp_path / "both"), "-f", "docx",
                 "-j", "1", "--brand", str(OAKFIELD)]) == 0
    said = capsys.readouterr()
    assert sorted(p.name for p in (tmp_path / "both").iterdir()) == [
        "live-streaming-ks2-year-4", "live-streaming-ks2-year-6"]
    note = next(line for line in (said.out + said.err).splitlines()
                if "a pack for each class" in line)
    assert "live-streaming-ks2-year-6 (Year 6, Mrs Grace Lin)" in note
    for folder, year, teacher in (("year-4", "Year 4", "Mr Sam Okoro"),
                                  ("year-6", "Year 6", "Mrs Grace Lin")):
        for doc in (tmp_path / "both" / f"live-streaming-ks2-{folder}").iterdir():
            texts = _texts(doc)
            assert not [t for t in texts if "--class" in t], doc.name
        plan = _texts(tmp_path / "both" / f"live-streaming-ks2-{folder}"
                      / f"live-streaming-ks2-{folder}-lesson-plan.docx")
        line = next(t for t in plan if "Class:" in t)
        assert year in line and teacher in line, line
        # Each class's papers are footed with its own year group, not "ages 7–11".
        sheet = tmp_path / "both" / f"live-streaming-ks2-{folder}" \
            / f"live-streaming-ks2-{folder}-worksheet.docx"
        footers = [p.text for s in Document(str(sheet)).sections
                   for p in s.footer.paragraphs]
        assert any(year in f for f in footers) and not any("7–11" in f for f in footers), \
            footers
    # A pupil's sheet carries no teacher's note: Year 6, doing every Part, is told nothing
    # about where to sort (that is the plan's to say).
    sheet = _texts(tmp_path / "both" / "live-streaming-ks2-year-6"
                   / "live-streaming-ks2-year-6-worksheet.docx")
    assert not [t for t in sheet if "Card tables" in t and "do every part" in t]
    # One class picked for a build: its pack alone, and no note listing both.
    assert main(["build", "-k", "ks2", "--out", str(tmp_path / "one"), "-f", "docx",
                 "-j", "1", "--brand", str(OAKFIELD), "--class", "Year 6, Mrs Grace Lin"]) == 0
    said = capsys.readouterr()
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["live-streaming-ks2-year-6"]
    assert "a pack for each class" not in said.out + said.err


def test_a_manifest_entry_takes_classes_as_one_or_a_list() -> None:
    one = PackRequest.model_validate({"audiences": "ks2", "classes": "Year 4, Mr Ali"})
    many = PackRequest.model_validate({"audiences": "all",
                                       "classes": ["Year 2, Mrs Patel", "Year 4, Mr Ali"]})
    assert one.classes == ("Year 4, Mr Ali",) and len(many.classes) == 2


def test_an_overlong_class_is_one_clear_line(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    code = main(["build", "-k", "ks2", "--out", str(tmp_path), "-q", "-f", "docx",
                 "--class", "Year 4 " + "x" * 90])
    assert code != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--class" in err[0] and "80" in err[0]
