"""A school file built for a key stage it does not teach stops the build, in one short line.

Built at KS4 with Ashgrove Primary's school file, the deck put a primary school's crest and
its DSL's office on a Key Stage 4 sextortion lesson. The build now refuses it in one line
(LP147) at the school file: the school, what it teaches, the key stage not built, and the
rerun that builds what fits ("Rerun with -k ks2"), saying that nothing was written (a build
with an error writes no pack, the KS2 one included). With --school-phase-mismatch-ok
(``school_phase_mismatch_ok: true`` in a manifest) it is built, and the line is a warning.
However many templates build the deck, it is said once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.build.school_fit import SchoolFit, misfit_reason
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.io.paths import display_path

ROOT = Path(__file__).resolve().parents[1]
ASHGROVE = ROOT / "examples" / "schools" / "ashgrove-primary" / "school.yml"
WILD = ROOT / "tests" / "fixtures" / "wild"


def _lp147(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if "LP147" in line]


def test_a_primary_school_file_at_ks4_is_refused_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-k", "ks4", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 1
    assert _lp147(capsys) == [
        f"{display_path(ASHGROVE)}: error[LP147] Ashgrove Primary School teaches primary; "
        "ks4 is not built for it. Rerun with -k ks2 (or --school-phase-mismatch-ok if it "
        "does teach ks4). Nothing was written: a build with an error writes no pack"]
    assert not out.exists()  # nothing written, not even the KS2 pack


def test_the_flag_builds_it_with_one_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "-k", "ks4", "-f", "docx", "-q", "-j", "1", "--out", str(out),
                 "--school", str(ASHGROVE), "--school-phase-mismatch-ok"]) == 0
    (said,) = _lp147(capsys)
    assert said == (f"{display_path(ASHGROVE)}: warning[LP147] Ashgrove Primary School "
                    "teaches primary; ks4 is built with its name, crest and safeguarding "
                    "lead, as --school-phase-mismatch-ok asked")
    assert (out / "live-streaming-ks4" / "live-streaming-ks4-lesson-plan.docx").exists()


def test_a_manifest_of_several_templates_says_it_once_and_its_field_allows_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two entries, two templates, one school file: one line naming both decks; the
    entry's field makes it a warning."""
    def manifest(ok: str) -> Path:
        path = tmp_path / f"packs-{ok or 'no'}.yml"
        entries = "".join(
            f"  - audiences: ks4\n    school: {ASHGROVE}\n    template: {WILD / t}.pptx\n"
            f"    formats: [pptx]\n    out: {t}\n{ok}"
            for t in ("coreoz-ppt-templates", "pptx-blueprint-german"))
        path.write_text(f"packs:\n{entries}", encoding="utf-8")
        return path

    out = tmp_path / "out"
    assert main(["batch", str(manifest("")), "--out", str(out), "-q", "-j", "1"]) == 1
    (said,) = _lp147(capsys)
    # No KS2 built: the key stages the school's phase teaches.
    assert said.startswith(f"{display_path(ASHGROVE)}: error[LP147] Ashgrove Primary School "
                           "teaches primary; ks4 is not built for it. Rerun with -k ks1 "
                           "-k ks2 "), said
    ok = "    school_phase_mismatch_ok: true\n"
    assert main(["batch", str(manifest(ok)), "--out", str(out), "-q", "-j", "1"]) == 0
    (said,) = _lp147(capsys)
    assert said.startswith(f"{display_path(ASHGROVE)}: warning[LP147] "), said


def test_the_key_stage_a_school_teaches_is_not_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--school", str(ASHGROVE)]) == 0
    assert "LP147" not in capsys.readouterr().err


def test_classes_of_other_key_stages_are_refused_without_a_phase() -> None:
    """No phase (a trainer's brand of every phase): the classes named decide; a class named
    without its year says nothing either way."""
    from lessonpack.content.model import Audience, Lesson

    class Stub(Lesson):  # only the id, topic and audience are read
        pass

    lesson = Stub.model_construct(id="live-streaming-ks4", topic="live-streaming",
                                  audience=Audience.KS4)
    secondary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 10, Ms Rahman"]})
    primary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 2, Mrs Evans"],
                                               "class_name": "Year 4",
                                               "org_name": "Ashgrove Primary School"})
    unnamed = DEFAULT_BRAND.model_copy(update={"classes": ["Hazel class"]})
    assert misfit_reason(lesson, secondary) is None
    assert misfit_reason(lesson, unnamed) is None
    assert misfit_reason(lesson, primary) == "its classes (Year 4, Year 2) are none of ks4"
    fit = SchoolFit()
    fit.add([lesson], primary, None, Path("out"), allowed=False, slides=True)
    assert fit.problems() == []  # no school file: the brand's own classes
    fit.add([lesson], primary, Path("school.yml"), Path("out"), allowed=False, slides=True)
    (found,) = fit.problems()
    assert found.code == "LP147" and found.severity == "error"
    assert found.file == "school.yml"
    assert found.message.startswith("Ashgrove Primary School teaches only Year 4, Year 2; ks4 "
                                    "is not built for it. Rerun with -k ks2 "), found.message
