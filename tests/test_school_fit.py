"""A school file built for a key stage it does not teach is warned of, naming the file.

Built at KS4 with Ashgrove Primary's school file, the deck put a primary school's crest and
its DSL's office on a Key Stage 4 sextortion lesson; the only note was "no class named". The
build now says so in one line (LP147), naming the file and why; the pack is still built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.build.school_fit import school_fit_warnings
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND

ROOT = Path(__file__).resolve().parents[1]
ASHGROVE = ROOT / "examples" / "schools" / "ashgrove-primary" / "school.yml"


def test_a_primary_school_file_built_at_ks4_warns_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks4", "-f", "docx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--school", str(ASHGROVE)]) == 0  # still built
    said = [line for line in capsys.readouterr().err.splitlines() if "LP147" in line]
    assert said == [
        f"{ASHGROVE.relative_to(Path.cwd()) if ASHGROVE.is_relative_to(Path.cwd()) else ASHGROVE}"
        ": warning[LP147] live-streaming-ks4: built for ks4, but this school file is not: its "
        "phase is primary; its name, crest and safeguarding lead are on the pack. Check the "
        "school file is the right one, or build without --school"], said


def test_the_key_stage_a_school_teaches_is_not_warned_of(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--school", str(ASHGROVE)]) == 0
    assert "LP147" not in capsys.readouterr().err


def test_classes_of_other_key_stages_are_warned_of_without_a_phase() -> None:
    """No phase (a trainer's brand of every phase): the classes named decide; a class named
    without its year says nothing either way."""
    from lessonpack.content.model import Audience, Lesson

    class Stub(Lesson):  # only the id and audience are read
        pass

    lesson = Stub.model_construct(id="live-streaming-ks4", audience=Audience.KS4)
    secondary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 10, Ms Rahman"]})
    primary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 2, Mrs Evans"],
                                               "class_name": "Year 4"})
    unnamed = DEFAULT_BRAND.model_copy(update={"classes": ["Hazel class"]})
    school = Path("school.yml")
    assert school_fit_warnings([lesson], secondary, school) == []
    assert school_fit_warnings([lesson], unnamed, school) == []
    assert school_fit_warnings([lesson], primary, None) == []  # no school file: the brand's
    (found,) = school_fit_warnings([lesson], primary, school)
    assert found.code == "LP147" and found.severity == "warning"
    assert "its classes (Year 4, Year 2) are none of ks4" in found.message
