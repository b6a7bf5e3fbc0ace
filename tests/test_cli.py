"""Exit codes and the no-clobber rule, through the real command-line entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lessonpack import cli
from lessonpack.cli import main
from planned_files import planned_for


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "build" in capsys.readouterr().out


def test_unknown_key_stage_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--key-stage", "ks9"]) == 2
    assert "ks9" in capsys.readouterr().err


def test_nothing_to_build_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build"]) == 2
    assert "--key-stage" in capsys.readouterr().err


def test_age_outside_range_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--age", "3"]) == 2
    assert "ages 5 to 16" in capsys.readouterr().err


def test_rebuild_is_unchanged_and_edits_are_kept(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks2", "--out", str(tmp_path)]) == 0
    letter = tmp_path / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx"
    assert main(["build", "-k", "ks2", "--out", str(tmp_path)]) == 0
    assert "unchanged" in capsys.readouterr().err
    letter.write_bytes(b"a teacher's edited letter")
    assert main(["build", "-k", "ks2", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "error[LP140]" in err and "--force" in err
    assert letter.read_bytes() == b"a teacher's edited letter"
    assert main(["build", "-k", "ks2", "--out", str(tmp_path), "--force"]) == 0
    assert letter.read_bytes().startswith(b"PK")


def test_age_maps_to_key_stage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--age", "9", "--out", str(tmp_path), "--json", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["packs"][0]["folder"].endswith("live-streaming-ks2")
    # Every file KS2's plan holds: written and said.
    written = {Path(p).resolve().relative_to(tmp_path.resolve()).as_posix()
               for p in data["packs"][0]["written"]}
    assert written == planned_for(audiences=["ks2"])


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["topics"] == [{"topic": "live-streaming",
                               "audiences": ["ks1", "ks2", "ks3", "ks4", "parents"]}]
    assert "deck.pptx" in data["templates"] and "document.docx" in data["templates"]
    assert "LP Scenario" in data["slide_layouts"]


@pytest.mark.parametrize("topic", ["gaming", "Live Streaming"])  # the second is no id at all
def test_unknown_topic_is_user_error(topic: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-k", "ks2", "--topic", topic]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"<request>: error[LP120] no content for topic {topic!r}; topics available: "
        "live-streaming")


def test_internal_error_exits_3(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    import lessonpack.build.run

    monkeypatch.setattr(lessonpack.build.run, "run", boom)  # the one path every door calls
    assert main(["build", "-k", "ks2"]) == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: kaboom" in err and "--debug" in err
    assert "Traceback" not in err
    assert cli.main(["--debug", "build", "-k", "ks2"]) == 3
    assert "Traceback" in capsys.readouterr().err
    # "--debug" as another option's value (a folder so named) is not the flag.
    assert main(["build", "-k", "ks2", "--out", "--debug"]) == 3


def test_a_full_disk_is_one_line_naming_the_file(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The system refusing a write is the machine's state, not a bug: exit 1, one line."""
    import errno

    import lessonpack.build.run

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "out/pack/slides.pptx")

    monkeypatch.setattr(lessonpack.build.run, "run", full)
    assert main(["build", "-k", "ks2"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "error: cannot write out/pack/slides.pptx: No space left on device"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_standard_output_is_named_as_such(tmp_path: Path) -> None:
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "lessonpack", "list", "--json"],
                             stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert (run.returncode, run.stderr.splitlines()) == (
        1, ["error: cannot write standard output: No space left on device"])


def test_a_missing_file_of_lessonpack_s_own_stays_an_internal_error(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import lessonpack.build.run

    def gone(*_: object, **__: object) -> None:
        raise FileNotFoundError(2, "No such file or directory", "templates/deck.pptx")

    monkeypatch.setattr(lessonpack.build.run, "run", gone)
    assert main(["build", "-k", "ks2"]) == 3
    assert "internal error: FileNotFoundError" in capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err
