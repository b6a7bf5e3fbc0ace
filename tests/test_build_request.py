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
