"""One request model, one rule: the command line, a batch manifest and the web page make the
same ``PackRequest``, so the same text passes or fails the same way on every door."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpack.build.request import BuildRequest, PackRequest, pack_request
from lessonpack.errors import UsageError

# 85 characters as typed, 29 once its runs of spaces are one space each.
SPACED_CLASS = "Year 2" + " " * 60 + "Hedgehogs, Mrs Patel"
LONG_DATE = "Wednesday 9 December 2026, in the hall after the assembly end"  # 61 characters


def test_a_class_is_measured_the_same_on_the_command_line_and_in_a_manifest(
        tmp_path: Path) -> None:
    from_cli = pack_request(audiences=("ks1",), classes=(SPACED_CLASS,))
    from_manifest = PackRequest.model_validate({"audiences": "ks1", "classes": SPACED_CLASS},
                                               context={"base": tmp_path})
    assert from_cli.classes == from_manifest.classes == ("Year 2 Hedgehogs, Mrs Patel",)


def test_a_lesson_date_too_long_is_refused_in_the_same_words_on_every_door(
        tmp_path: Path) -> None:
    with pytest.raises(UsageError) as cli:
        pack_request(audiences=("ks2",), lesson_date=LONG_DATE)
    with pytest.raises(ValidationError) as manifest:
        PackRequest.model_validate({"audiences": "ks2", "lesson_date": LONG_DATE},
                                   context={"base": tmp_path})
    said = "is 61 characters; a letter's date line holds at most 60"
    assert str(cli.value).startswith(f"--lesson-date {said}")
    assert said in manifest.value.errors()[0]["msg"]


def test_an_empty_class_names_the_option() -> None:
    with pytest.raises(UsageError, match=r"^--class '': write the class"):
        pack_request(audiences=("ks2",), classes=("   ",))


def test_a_request_cannot_be_changed_once_made() -> None:
    pack = pack_request(audiences=("ks1", "parents", "ks1"), formats=("pptx", "pdf"))
    request = BuildRequest(packs=(pack,))
    assert pack.audiences == tuple(pack.audiences) and len(pack.audiences) == 2
    assert isinstance(request.packs, tuple) and isinstance(pack.formats, tuple)
    with pytest.raises(ValidationError):
        request.model_copy().__setattr__("jobs", 2)


def test_debug_and_owning_the_process_travel_in_the_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--debug`` and gc.freeze were process-wide (an environment variable; a freeze a host
    server's own frozen objects would have lost): now each is the request's, carried to the
    jobs in their state, so a library caller's build is never changed by another's."""
    import gc
    import os

    from lessonpack import api
    from lessonpack.build import parallel
    from lessonpack.cli.app import main
    from lessonpack.io import templates

    seen: list[tuple[bool, bool, bool]] = []
    run_job = parallel.run_job

    def spy(job: parallel.PackJob, state: parallel.State) -> parallel.JobResult:
        seen.append((state.debug, state.owns_process, templates._SHOW_TRACEBACKS.get()))
        return run_job(job, state)

    monkeypatch.setattr(parallel, "run_job", spy)
    assert main(["--debug", "build", "-k", "ks1", "-f", "docx", "-q", "-j", "1",
                 "--out", str(tmp_path / "cli")]) == 0
    assert seen == [(True, True, True)]
    assert "LESSONPACK_DEBUG" not in os.environ
    assert not templates._SHOW_TRACEBACKS.get()  # only while that build ran
    assert api.build(api.pack(audiences=["ks1"], formats=("docx",)),
                     out=tmp_path / "library").ok
    assert seen[-1] == (False, False, False)

    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    monkeypatch.setattr(parallel, "start_method", lambda method=None: "fork")
    assert api.build(api.pack(audiences=["ks1", "ks2"], formats=("docx",)),
                     out=tmp_path / "pool", jobs=2).ok
    assert frozen == []  # a library caller's process is left as it was
    assert api.build(api.pack(audiences=["ks1", "ks2"], formats=("docx",)),
                     out=tmp_path / "owned", jobs=2, owns_process=True).ok
    assert frozen == [1]


def test_a_misspelt_build_keyword_is_refused_not_ignored(tmp_path: Path) -> None:
    """api.build takes its keywords by name: a typo (outt=, forse=) stops the build before it
    quietly writes to ./out without --force, and mypy sees it."""
    from lessonpack import api

    with pytest.raises(TypeError, match="outt"):
        api.build(api.pack(audiences=["ks2"]), outt=tmp_path / "x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="topik"):
        api.pack(audiences=["ks2"], topik="x")  # type: ignore[call-arg]
    assert not (tmp_path / "x").exists()


def test_a_bad_value_from_a_library_caller_is_a_usage_error_naming_the_keyword(
        tmp_path: Path) -> None:
    """One exception type for a library caller's mistakes, worded for the call, not for the
    command line's options (those are pack_from_options')."""
    from lessonpack import api, doors
    from lessonpack.errors import UsageError

    with pytest.raises(UsageError, match=r"^build\(\): jobs: Input should be greater"):
        api.build(api.pack(audiences=["ks2"]), out=tmp_path / "x", jobs=0)
    with pytest.raises(UsageError, match=r"^pack\(\): audiences\.0: 'ks9' is not an audience"):
        api.pack(audiences=["ks9"])
    with pytest.raises(UsageError, match=r"^--lesson-date is 100 characters"):
        doors.pack_from_options(audiences=["ks2"], lesson_date="x" * 100)
    assert not (tmp_path / "x").exists()


def test_a_report_shows_each_pack_as_its_folder_and_files_not_its_plan(tmp_path: Path) -> None:
    """BuildReport.packs and on_result give a library caller api.PackOutcome (folder and
    what was written), not the plan models, which change with every layout."""
    import dataclasses

    from lessonpack import api

    heard: list[api.PackOutcome] = []
    report = api.run(api.BuildRequest(packs=(api.pack(audiences=["ks1"], formats=("docx",)),),
                                      out=tmp_path), on_result=heard.append)
    assert report.packs == heard and len(heard) == 1
    (pack,) = heard
    assert type(pack) is api.PackOutcome
    assert [f.name for f in dataclasses.fields(pack)] == ["folder", "write"]
    assert pack.folder == "live-streaming-ks1"
    assert {p.parent for p in pack.write.written} == {tmp_path / "live-streaming-ks1"}
    assert "PackOutcome" in api.__all__ and "ContentIndex" in api.__all__
