"""A template is refused (LP130) only for the slide kinds a deck has: a template lacking a
layout that only the parents' deck uses builds the pupils' packs and is refused for the
parents' pack, before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.content.model import Audience
from lessonpack.errors import UserError
from lessonpack.io.resources import builtin_templates
from lessonpack.kinds import registry
from lessonpack.render.deck_layouts import find_layouts, resolve_layouts
from lessonpack.render.pptx import open_lean_deck


@contextmanager
def _without(tmp_path: Path, layout: str, kind: str) -> Iterator[Path]:
    """Our template without ``layout``, and ``kind`` without a placeholder match (until the
    block ends): nothing else in the template can hold that kind's slides."""
    prs = Presentation(str(builtin_templates() / "deck.pptx"))
    for slide_id in list(prs.slides._sldIdLst):  # the example slides use the layouts
        prs.part.drop_rel(slide_id.rId)
        prs.slides._sldIdLst.remove(slide_id)
    prs.slide_layouts.remove(next(lay for lay in prs.slide_layouts if lay.name == layout))
    path = tmp_path / f"no-{kind}.pptx"
    prs.save(str(path))
    with registry.replaced(replace(registry.by_name(kind), match=None)):
        yield path


@pytest.fixture
def no_chart(tmp_path: Path) -> Iterator[Path]:
    """No layout for the parents' figures (the statistic kind)."""
    with _without(tmp_path, "LP Chart", "statistic") as path:
        yield path


def test_gaps_name_only_the_kinds_the_template_cannot_serve(no_chart: Path) -> None:
    found, gaps = find_layouts(open_lean_deck(no_chart, "no-chart.pptx"), "no-chart.pptx")
    assert set(gaps.needs) == {"statistic"}
    assert "statistic" not in found and "bullets" in found
    assert gaps.refusal({"title", "bullets"}) is None
    resolve_layouts(open_lean_deck(no_chart, "x"), "x", {"title", "bullets"})  # no error
    with pytest.raises(UserError, match=r"template lacks a title only layout with an empty "
                                        r"area for the figures for statistic slides"):
        resolve_layouts(open_lean_deck(no_chart, "x"), "x")  # every kind: refused


def test_a_look_for_any_deck_is_refused(no_chart: Path) -> None:
    with pytest.raises(UserError) as caught:
        prepare_look(template=no_chart)
    assert [p.code for p in caught.value.problems] == ["LP130"]


def test_pupils_packs_build_and_parents_pack_is_refused(no_chart: Path,
                                                        tmp_path: Path) -> None:
    report = api.build(api.pack(audiences=[Audience.KS2], template=no_chart,
                                formats=("pptx",)), out=tmp_path / "out")
    assert report.exit_code == 0
    (deck,) = (tmp_path / "out").glob("*/*.pptx")
    assert len(Presentation(str(deck)).slides) > 10
    with pytest.raises(UserError) as caught:
        api.build(api.pack(audiences=[Audience.KS2, Audience.PARENTS], template=no_chart,
                           formats=("pptx",)), out=tmp_path / "both")
    (problem,) = caught.value.problems
    assert problem.code == "LP130"
    assert "for statistic slides in live-streaming-parents (available layouts: " \
        in problem.message
    assert not (tmp_path / "both").exists()  # refused before anything was written


def test_packs_a_template_fails_alike_share_one_line(tmp_path: Path) -> None:
    """No section layout: KS1's deck has no section slides and builds; KS2's and the
    parents' are refused together, in one line naming both packs, and KS3's too (its parts
    open on a section slide with their story's room)."""
    with _without(tmp_path, "LP Section", "section") as template:
        with pytest.raises(UserError) as caught:
            api.build(api.pack(audiences=[Audience.KS1, Audience.KS2, Audience.PARENTS],
                               template=template, formats=("pptx",)), out=tmp_path / "out")
        (problem,) = caught.value.problems
        assert " for section slides in live-streaming-ks2 and live-streaming-parents " \
            "(available " in problem.message
        assert api.build(api.pack(audiences=[Audience.KS1], template=template,
                                  formats=("pptx",)), out=tmp_path / "ks1").ok
        with pytest.raises(UserError) as caught:
            api.build(api.pack(audiences=[Audience.KS3], template=template,
                               formats=("pptx",)), out=tmp_path / "ks3")
        (problem,) = caught.value.problems
    assert " for section slides in live-streaming-ks3 (available " in problem.message
