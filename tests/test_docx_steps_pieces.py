"""A long step set as pieces (render/docx_steps._into_pieces): reopened from a plan built with
every step long enough to be set so (no plan's step is near half a page yet), every piece's
cell properties are in the schema's order (Word refuses a file whose tcPr, tcBorders or
tcMar children are out of order), and the rules fall only between the pieces of one step:
the last piece of a three-piece step keeps the rule under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.render import docx_steps
from lessonpack.render.docx_steps import _SIDE_ORDER, _TC_PR_ORDER

_MERGE = f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:vMerge')}"


def _name(element: object) -> str:
    return str(element.tag).rsplit("}", 1)[-1]  # type: ignore[attr-defined]


def _in_schema_order(names: list[str], order: tuple[str, ...]) -> bool:
    ranks = [order.index(n) for n in names]
    return ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def _steps_in_pieces(path: Path) -> list[list[object]]:
    body = Document(str(path)).element.body
    table = next(t for t in body.iter(qn("w:tbl"))
                 if "What you say and do" in "".join(x.text or "" for x in t.iter(qn("w:t"))))
    steps: list[list[object]] = []
    open_above = False  # the row above is a piece with no rule under it: this row goes on
    for tr in table.iterchildren(qn("w:tr")):
        merge = tr.find(_MERGE)
        if merge is not None and merge.get(qn("w:val")) == "restart":
            steps.append([tr])
        elif merge is not None or open_above:
            # A continuing piece; the last step's last piece (the "Print to here" row) has
            # a time cell of its own, not merged, so it is known by the open rule above it.
            steps[-1].append(tr)
        else:
            open_above = False
            continue
        open_above = _side(tr.findall(qn("w:tc"))[-1], "tcBorders", "bottom") == "nil"
    return steps


def _side(tc: object, group: str, side: str) -> str | None:
    found = tc.find(f"{qn('w:tcPr')}/{qn(f'w:{group}')}/{qn(f'w:{side}')}")  # type: ignore[attr-defined]
    if found is None:
        return None
    return str(found.get(qn("w:val")) if group == "tcBorders" else found.get(qn("w:w")))


@pytest.fixture(scope="module")
def pieced_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """KS1, KS3 and KS4 plans with every step over 4.5 lines set as pieces."""
    out = tmp_path_factory.mktemp("pieced")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docx_steps, "STEP_BREAK_LINES", 4.5)
        assert main(["build", "-k", "ks1", "-k", "ks3", "-k", "ks4", "-f", "docx", "-q",
                     "-j", "1", "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("ks", ["ks1", "ks3", "ks4"])
def test_a_long_steps_pieces_are_in_schema_order_with_rules_only_around_the_step(
        pieced_plans: Path, ks: str) -> None:
    path = pieced_plans / f"live-streaming-{ks}" / f"live-streaming-{ks}-lesson-plan.docx"
    steps = _steps_in_pieces(path)
    # KS3's and KS4's longest steps make two pieces of three lines or more (KS3's close
    # reads three routes aloud, not nine); KS1's, three.
    assert any(len(step) >= (3 if ks == "ks1" else 2) for step in steps), [len(s) for s in steps]
    for step in steps:
        for n, tr in enumerate(step):
            for tc in tr.findall(qn("w:tc")):  # type: ignore[attr-defined]
                tc_pr = tc.find(qn("w:tcPr"))
                assert _in_schema_order([_name(c) for c in tc_pr], _TC_PR_ORDER)
                for group, order in _SIDE_ORDER.items():
                    found = tc_pr.find(qn(f"w:{group}"))
                    if found is not None:
                        assert _in_schema_order([_name(c) for c in found], order), group
            what = tr.findall(qn("w:tc"))[-1]  # type: ignore[attr-defined]
            # No rule and no padding between two pieces of the step ...
            assert (_side(what, "tcBorders", "top") == "nil") == (n > 0)
            assert (_side(what, "tcMar", "top") == "0") == (n > 0)
            # ... and under its last piece the table's own rule, as under any step (or, the
            # plan's last step, the dashed "Print to here" rule).
            last = n == len(step) - 1
            assert (_side(what, "tcBorders", "bottom") in (None, "dashed")) == last, \
                (n, len(step))
            assert (_side(what, "tcMar", "bottom") is None) == last
