"""A cause shared by every file of a build (a full disk, a folder that refuses writing) is
said once: the writer marks it on the problem (``Problem.cause``) and the report keys on that
field, never on how the message is worded."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from lessonpack.build.report import once_per_cause
from lessonpack.errors import problem_at
from lessonpack.io import writer
from lessonpack.io.writer import write_files

FULL = "cannot write: No space left on device"


def test_one_line_for_a_cause_every_file_shares() -> None:
    first = problem_at("out/a/slides.pptx", "LP141", FULL, cause=FULL)
    second = problem_at("out/b/slides.pptx", "LP141", FULL, cause=FULL)
    assert once_per_cause([first, second]) == [first]


def test_the_cause_not_the_wording_decides() -> None:
    # Worded differently (a translation, a rewording), the same cause: said once.
    first = problem_at("out/a/slides.pptx", "LP141", FULL, cause="disk full")
    reworded = problem_at("out/b/slides.pptx", "LP141", "kein Platz", cause="disk full")
    assert once_per_cause([first, reworded]) == [first]
    # Worded like a shared cause but marked as none: each file's own, both said.
    own = [problem_at(f"out/{n}/slides.pptx", "LP141", FULL) for n in "ab"]
    assert once_per_cause(own) == own
    # The same cause under another code is another problem.
    other = problem_at("out/c/slides.pptx", "LP140", FULL, cause="disk full")
    assert once_per_cause([first, other]) == [first, other]


def test_the_writer_marks_a_shared_cause(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer.tempfile, "mkstemp", denied)
    problems = write_files(tmp_path, [("p/a.docx", b"a"), ("p/b.docx", b"b")],
                           force=True).problems
    # The writer stops at the first refusal: the next file would fare no better.
    assert [(p.code, p.message, p.cause) for p in problems] == [
        ("LP141", "cannot write: Permission denied", "cannot write: Permission denied")]


def test_a_file_where_a_folder_must_be_is_shared(tmp_path: Path) -> None:
    (tmp_path / "p").write_text("in the way", encoding="utf-8")
    problems = write_files(tmp_path, [("p/a.docx", b"a")], force=True).problems
    assert [p.cause for p in problems] == [problems[0].message]
    assert problems[0].message.startswith("cannot write:") and "is a file, not a folder" in \
        problems[0].message


def test_a_folder_in_one_file_s_place_is_its_own(tmp_path: Path) -> None:
    (tmp_path / "p" / "a.docx").mkdir(parents=True)
    problems = write_files(tmp_path, [("p/a.docx", b"a"), ("p/b.docx", b"b")],
                           force=True).problems
    assert [(p.file.endswith("a.docx"), p.cause) for p in problems] == [(True, "")]
    assert "is a folder" in problems[0].message
