"""A school file built for a key stage it does not teach: that key stage is refused, in one
short line, and the rest is built.

Built at KS4 with Ashgrove Primary's school file, the deck put a primary school's crest and
its DSL's office on a Key Stage 4 sextortion lesson. The build now refuses that key stage in
one line (LP147) at the school file: the school, what it teaches, what was built for it and
what was not, and the rerun that builds only what fits ("Rerun with -k ks2"). The KS2 pack
asked for beside it is built; the line is then a warning and the build exits 0 (a script
notices by the line, or by --json's "left_out"); with nothing built for the school it is an
error and the build exits 1. With
--school-phase-mismatch-ok (``school_phase_mismatch_ok: true`` in a manifest) it is built,
and the line is a warning. However many templates build the deck, it is said once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.build.school_fit import Misfit, SchoolFit, misfit_reason
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience, Lesson
from lessonpack.io.paths import display_path

ROOT = Path(__file__).resolve().parents[1]
ASHGROVE = ROOT / "examples" / "schools" / "ashgrove-primary" / "school.yml"
WILD = ROOT / "tests" / "fixtures" / "wild"


def _lesson(audience: Audience) -> Lesson:
    class Stub(Lesson):  # only the id, topic and audience are read
        pass

    return Stub.model_construct(id=f"live-streaming-{audience.value}", topic="live-streaming",
                                audience=audience)


def _lp147(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if "LP147" in line]


def test_a_primary_school_file_at_ks4_is_refused_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """KS4 is refused and KS2 built; the line, a warning since the school got its KS2
    pack, is the only one said under -q, and the build exits 0; an earlier KS4 deck in the
    output folder is left as it was."""
    out = tmp_path / "out"
    earlier = out / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"the trainer's own edit")
    assert main(["build", "-k", "ks2", "-k", "ks4", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{display_path(ASHGROVE)}: warning[LP147] ks2 was built for Ashgrove Primary School; "
        "ks4 was not: it teaches primary. Rerun with -k ks2 (or "
        "--school-phase-mismatch-ok if it does teach ks4)"]
    from pptx import Presentation

    deck = Presentation(str(out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    assert len(deck.slides) > 10
    assert sorted(p.name for p in (out / "live-streaming-ks4").iterdir()) == [earlier.name]
    assert earlier.read_bytes() == b"the trainer's own edit"


def test_the_line_says_what_was_built_when_not_quiet(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without -q the KS2 files are listed as written and the build ends with the done
    line, never with "nothing was written"."""
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-k", "ks4", "-f", "docx", "-j", "1",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 0
    err = capsys.readouterr().err
    assert f"wrote {display_path(out / 'live-streaming-ks2')}" in err
    assert "nothing was written" not in err.lower() and "problem(s)" not in err
    assert err.splitlines()[-1] == f"done: 1 pack(s) in {out / 'live-streaming-ks2'}"
    assert not (out / "live-streaming-ks4").exists()


def test_json_lists_what_was_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A script reading --json finds the key stage not built although the build exited 0;
    nothing is listed when every pack asked for was built."""
    import json

    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-k", "ks4", "-f", "docx", "-q", "-j", "1", "--json",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["left_out"] == [{"school": display_path(ASHGROVE), "key_stage": "ks4"}]
    assert [p["folder"] for p in said["packs"]] == [str(out / "live-streaming-ks2")]
    assert said["problems"] == [] and any("warning[LP147]" in w for w in said["warnings"])
    assert main(["build", "-k", "ks2", "-f", "docx", "-q", "-j", "1", "--json",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 0
    assert json.loads(capsys.readouterr().out)["left_out"] == []


def test_nothing_built_for_the_school_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-k ks4 alone with a primary school's file builds nothing: an error, exit 1."""
    out = tmp_path / "out"
    assert main(["build", "-k", "ks4", "-f", "docx", "-q", "-j", "1", "--out", str(out),
                 "--school", str(ASHGROVE)]) == 1
    (said,) = _lp147(capsys)
    assert said == (f"{display_path(ASHGROVE)}: error[LP147] ks4 was not built for Ashgrove "
                    "Primary School, nor anything else: it teaches primary. Rerun with -k ks1 "
                    "-k ks2 (or --school-phase-mismatch-ok if it does teach ks4)")
    assert not (out / "live-streaming-ks4").exists()


def test_the_parents_pack_built_beside_it_is_named_and_rerun(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The parents' pack built for the school is a pack built: the line says so (never
    "nor anything else"), names it in the rerun, and is a warning."""
    out = tmp_path / "out"
    assert main(["build", "-k", "ks4", "-a", "parents", "-f", "docx", "-q", "-j", "1",
                 "--out", str(out), "--school", str(ASHGROVE)]) == 0
    (said,) = _lp147(capsys)
    assert said == (f"{display_path(ASHGROVE)}: warning[LP147] parents was built for Ashgrove "
                    "Primary School; ks4 was not: it teaches primary. Rerun with -k ks1 -k ks2 "
                    "-a parents (or --school-phase-mismatch-ok if it does teach ks4)")


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
    assert said == (f"{display_path(ASHGROVE)}: error[LP147] ks4 was not built for Ashgrove "
                    "Primary School, nor anything else: it teaches primary. Rerun "
                    "with -k ks1 -k ks2 (or --school-phase-mismatch-ok if it does teach "
                    "ks4)"), said
    assert not any((out / t).exists() for t in ("coreoz-ppt-templates",
                                                "pptx-blueprint-german"))
    # No run manifest: the run is not what the manifest asked, and the rerun below must not
    # find a stale record in its way.
    assert not (out / "manifest.json").exists()
    # KS2 beside it in each entry: built, a warning, exit 0, and still no run manifest.
    both = tmp_path / "both.yml"
    both.write_text(manifest("").read_text(encoding="utf-8").replace(
        "audiences: ks4", "audiences: [ks2, ks4]"), encoding="utf-8")
    assert main(["batch", str(both), "--out", str(out), "-q", "-j", "1"]) == 0
    (said,) = _lp147(capsys)
    assert said.startswith(f"{display_path(ASHGROVE)}: warning[LP147] ks2 was built "), said
    assert all((out / t / "live-streaming-ks2").is_dir() for t in ("coreoz-ppt-templates",
                                                                   "pptx-blueprint-german"))
    assert not (out / "manifest.json").exists()
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
    lesson = _lesson(Audience.KS4)
    secondary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 10, Ms Rahman"]})
    primary = DEFAULT_BRAND.model_copy(update={"classes": ["Year 2, Mrs Evans"],
                                               "class_name": "Year 4",
                                               "org_name": "Ashgrove Primary School"})
    unnamed = DEFAULT_BRAND.model_copy(update={"classes": ["Hazel class"]})
    assert misfit_reason(lesson, secondary) is None
    assert misfit_reason(lesson, unnamed) is None
    assert misfit_reason(lesson, primary) == Misfit("classes", "all", ("Year 4", "Year 2"),
                                                    (Audience.KS1, Audience.KS2))
    fit = SchoolFit()
    fit.add([lesson], primary, None, allowed=False)
    assert fit.problems() == []  # no school file: the brand's own classes
    fit.add([lesson], primary, Path("school.yml"), allowed=False)
    (found,) = fit.problems()
    assert found.code == "LP147" and found.severity == "error"
    assert found.file == "school.yml"
    assert found.message == (
        "ks4 was not built for Ashgrove Primary School, nor anything else: it teaches only "
        "Year 4, Year 2. Rerun with -k ks1 -k ks2 (or --school-phase-mismatch-ok if it does "
        "teach ks4)")


def test_a_class_named_with_a_parenthesis_is_said_whole() -> None:
    """"Year 6 (Mr Reed)" is one class: the line names it whole and reruns with the key
    stage its year is in, whatever punctuation the name holds."""
    reed = DEFAULT_BRAND.model_copy(update={"classes": ["Year 6 (Mr Reed)", "Year 4"],
                                            "org_name": "Ashgrove Primary School"})
    why = misfit_reason(_lesson(Audience.KS4), reed)
    assert why == Misfit("classes", "all", ("Year 6 (Mr Reed)", "Year 4"), (Audience.KS2,))
    assert why.teaches == "only Year 6 (Mr Reed), Year 4"
    assert misfit_reason(_lesson(Audience.KS2), reed) is None
    fit = SchoolFit()
    built = fit.add([_lesson(Audience.KS4)], reed, Path("school.yml"), allowed=False)
    assert built == []
    (found,) = fit.problems()
    assert found.message == (
        "ks4 was not built for Ashgrove Primary School, nor anything else: it teaches only "
        "Year 6 (Mr Reed), Year 4. Rerun with -k ks2 (or --school-phase-mismatch-ok if it does "
        "teach ks4)")


def test_a_phase_misfit_names_the_phase_and_its_key_stages() -> None:
    """A primary school's file at KS3: the phase says what it teaches, and a KS1 and a KS2
    lesson built beside it are kept and named, in the order asked."""
    primary = DEFAULT_BRAND.model_copy(update={"phase": "primary", "org_name": "Ashgrove"})
    assert misfit_reason(_lesson(Audience.KS3), primary) == Misfit(
        "phase", "primary", (), (Audience.KS1, Audience.KS2))
    fit = SchoolFit()
    asked = [_lesson(Audience.KS1), _lesson(Audience.KS3), _lesson(Audience.KS2)]
    built = fit.add(asked, primary, Path("school.yml"), allowed=False)
    assert [b.audience for b in built] == [Audience.KS1, Audience.KS2]
    (found,) = fit.problems()
    assert found.severity == "warning"
    assert found.message == (
        "ks1 and ks2 were built for Ashgrove; ks3 was not: it teaches primary. Rerun with "
        "-k ks1 -k ks2 (or --school-phase-mismatch-ok if it does teach ks3)")
    allowed = SchoolFit()
    assert allowed.add(asked, primary, Path("school.yml"), allowed=True) == asked
    assert [p.severity for p in allowed.problems()] == ["warning"]
