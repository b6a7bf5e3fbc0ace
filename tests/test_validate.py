"""`lessonpack validate` as a content linter.

Every folder in tests/validate_fixtures/ is a --content folder with one defect (most hold a copy
of ks2.yml or parents.yml that replaces the built-in one); its expected.txt holds the exact lines
printed before the summary. Regenerate with `python tools/make_validate_fixtures.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessonpack.cli import main
from lessonpack.content.lint import (
    agerules,
    evidence,
    figures,
    neversay,
    output_text,
    pictures,
    quizzes,
    readability,
    safeguarding,
    slide_numbers,
    sources,
    steps,
    timings,
    visitor_asides,
    wording,
)
from lessonpack.content.model import Audience
from lessonpack.io.resources import builtin_content
from lessonpack.rules import RULES

FIXTURES = Path(__file__).parent / "validate_fixtures"
CASES = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


# The stale-fact rule (LP177) compares with today; the fixtures were written for this date.
TODAY = "2026-12-03"


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LESSONPACK_TODAY", TODAY)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_gives_exact_lines(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = (case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
    code = main(["validate", "--content", str(case.relative_to(Path.cwd()))])
    err = capsys.readouterr().err.strip().splitlines()
    assert err[:-1] == expected
    has_errors = any("error[" in line for line in expected)
    assert code == (1 if has_errors else 0)
    assert err[-1].startswith("ok: ") != has_errors


def test_builtin_content_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate"])
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [line for line in err if line.startswith("ok: ")], err
    assert err[-1].endswith(", 0 warning(s)")
    assert code == 0


def test_the_lint_codes_are_the_tables_validate_codes() -> None:
    used = {readability.CODE, neversay.CODE, neversay.RULES_CODE,
            safeguarding.SIGNPOST, safeguarding.ADVICE, quizzes.ABOVE,
            quizzes.TRUE_FALSE, quizzes.IDENTICAL, figures.UNSOURCED, figures.UNCITED,
            figures.CHART, output_text.CODE, quizzes.SPREAD, quizzes.POSITION, timings.CODE,
            sources.DENYLISTED, sources.STALE, evidence.CODE, wording.CODE,
            visitor_asides.CODE, steps.CODE, steps.UNPLACED, pictures.CODE, slide_numbers.CODE}
    assert used == {rule.code for rule in RULES if rule.command == "validate"}


@pytest.fixture(scope="module")
def rules() -> list[neversay.Rule]:
    found, problems = neversay.read_rules([builtin_content()], str)
    assert not problems
    return found


def _flagged(rules: list[neversay.Rule], text: str, example: bool = False) -> list[str]:
    return [hit for rule in rules for hit in neversay._hits(text, rule, example)]


@pytest.mark.parametrize("text", [
    "It is never your fault.", "It's not your fault.", "This isn’t your fault, Kofi.",
    "It wasn't your fault.", "Avoid 'stranger danger' messages.",
    'Avoid "sexting" and "self-generated"; say "images".', 'Do not add "stranger danger" stories.',
    "Don't ask 'why did you...?'", "Your fault-finding friend", "He is a predatory bird fan",
])
def test_safe_wording_passes(rules: list[neversay.Rule], text: str) -> None:
    assert _flagged(rules, text) == []


@pytest.mark.parametrize(("text", "hit"), [
    ("It's your fault for going live.", "your fault"),
    ("It is partly your\nfault.", "your\nfault"),
    ("Remember: stranger danger!", "stranger danger"),
    ("Why did you go live?", "Why did you"),
    ("You should’ve known better.", "You should’ve known"),
    ("Predators are lurking online.", "Predators"),
    ("This is a terrifying trend.", "terrifying"),
    ("a sexting case", "sexting"),
    ("so-called self generated images", "self generated"),
    ("child pornography", "child pornography"),
    ("they asked for it", "asked for it"),
    ("It's just 'stranger danger', really.", "stranger danger"),  # quoted, but not warned off
])
def test_banned_wording_is_flagged(rules: list[neversay.Rule], text: str, hit: str) -> None:
    assert hit in _flagged(rules, text)


def test_blame_examples_may_be_shown_but_not_scare(rules: list[neversay.Rule]) -> None:
    # A blaming card in a "blaming or supportive?" sort is how victim-blaming is taught...
    assert _flagged(rules, "Why did you even do that on camera?", example=True) == []
    # ...but an example to reject is no excuse for a scare tactic.
    assert _flagged(rules, "Predators lurking everywhere", example=True) != []


@pytest.mark.parametrize(("text", "figure"), [
    ("About 92% of pupils", "92%"), ("44 per cent", "44 per cent"), ("1 in 8 children", "1 in 8"),
    ("3 out of 4", "3 out of 4"), ("over 37,000 reports", "37,000"), ("2 million", "2 million"),
    ("12.5 % of", "12.5 %"),
])
def test_figures_are_found(text: str, figure: str) -> None:
    assert [m.group() for m in figures._FIGURE.finditer(text)] == [figure]


@pytest.mark.parametrize("text", [
    "ages 7–11", "Task (5 min)", "call 999", "(S41, S53)", "Key Stage 2 in 2023", "Year 7",
    "{{ fact.iwf_2018_under_13 }}", "0800 1111", "the 2018 survey",
])
def test_other_numbers_are_not_figures(text: str) -> None:
    masked = figures._JINJA.sub(lambda m: " " * len(m.group()), text)
    assert not figures._FIGURE.search(masked)


def test_reading_level_limits_fail_adult_text() -> None:
    policy = ("The framework describes the digital knowledge and skills that children and young "
              "people should have the opportunity to develop at different ages and stages of "
              "their lives, and supports the statutory requirements of the curriculum.")
    score, _ = readability.grade(policy)
    assert score > max(readability.MAX_GRADE.values())
    assert set(readability.MAX_GRADE) == set(Audience)


def test_quiz_options_that_differ_only_in_case_and_punctuation_are_identical() -> None:
    assert quizzes._same("Tell a grown-up.") == quizzes._same("tell a  grown-up")
    assert quizzes._same("Both of them") != quizzes._same("Both of these")
    assert re.search(quizzes._ABOVE, "None of the above") and not re.search(
        quizzes._ABOVE, "Both of them, because Kofi said yes")


def test_a_stale_fact_never_fails_a_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # LP177 is for `validate` only: a fact due a re-check must not stop a teacher's build.
    monkeypatch.setenv("LESSONPACK_TODAY", "2031-01-01")  # every dated fact is now stale
    code = main(["build", "-k", "ks4", "--out", str(tmp_path)])
    assert code == 0, capsys.readouterr().err
    assert "LP177" not in capsys.readouterr().err
    assert main(["validate"]) == 0
    assert "warning[LP177]" in capsys.readouterr().err


def test_timed_steps_are_read_from_the_notes() -> None:
    notes = "Say (2 min): hello.\n\nBackground (NCA): a fact.\n\nTask (5 min): sort.\nWatch for: x"
    assert timings.steps(notes) == [("Say", 2), ("Task", 5)]


@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.scribd.com/document/1/", "a document-sharing site"),
    ("viewer.joomag.com/x", "a document-sharing site"),
    ("https://newsminimalist.com/articles/x", "a news aggregator"),
    ("https://www.ceopeducation.co.uk/parents/", None),
    ("https://notscribd.com/x", None),
])
def test_denylist_matches_hosts_not_substrings(url: str, kind: str | None) -> None:
    assert sources.denylisted(url) == kind


@pytest.mark.parametrize("text", [
    "Screenshot the messages, usernames and demands, never the image.",
    "Don't delete anything yet: screenshot messages. Never save or forward an image of your child.",
    "They Save the words (never pictures), Report, then block.",
    "Anyone watching can record or screenshot a stream and share it later.",
    "We keep chat turned off, or only with people we know.",
])
def test_evidence_advice_with_its_qualifier_or_no_advice_passes(text: str) -> None:
    assert evidence._unqualified(text) is None


@pytest.mark.parametrize("text", [
    "Screenshot the evidence first. Don't pay. Then block and report",
    "Don't pay. Stop replying. Save evidence, then block.",
    "If something goes wrong, keep messages, then block and report.",
    # The qualifier in another paragraph of the notes does not count.
    "Keep evidence before blocking.\n\nNever forward an image.",
])
def test_evidence_advice_without_never_the_image_is_found(text: str) -> None:
    paragraphs = text.split("\n\n")
    assert evidence._unqualified(paragraphs[0]) is not None


@pytest.mark.parametrize(("text", "found"), [
    ("Live: TikTok 18; YouTube 16 alone.", True),
    ("Under 13: no accounts of their own on TikTok, YouTube or Instagram", True),
    ("Check each app's age rules together.", False),
    ("Kai is 16 and streams his art.", False),
])
def test_age_rules_are_found_by_platform_and_age(text: str, found: bool) -> None:
    assert bool(agerules._RULE.search(text)) is found


@pytest.mark.parametrize(("text", "dated"), [
    ("(Rules as of December 2026.)", True),
    ("Age rules, December 2026: YouTube alone 16+", True),
    ("Rules change: check the app.", False),
])
def test_an_as_of_date_is_recognised(text: str, dated: bool) -> None:
    assert bool(agerules._DATED.search(text)) is dated


def test_age_rule_check_follows_the_slide_marker_not_field_names() -> None:
    """LP179 reads what the model marks ON_SLIDE (PupilText, SlideLine): a starter statement
    and a parents' chart point were never in a list of field names, and are checked; a
    teacher's note (not on a slide) is not."""
    from dataclasses import replace

    from lessonpack.content.loader import load_content

    index = load_content([])
    rule = "TikTok lets 13-year-olds have an account"
    ks2 = index.items["live-streaming-ks2"]
    lesson = ks2.item
    statements = list(lesson.starter.statements)
    statements[0] = statements[0].model_copy(update={"text": rule})
    starter = lesson.starter.model_copy(update={"statements": statements})
    found = agerules._check(replace(ks2, item=lesson.model_copy(update={"starter": starter})))
    assert [p.field for p in found] == ["starter.statements[0].text"]
    cycles = list(lesson.cycles)
    cycles[0] = cycles[0].model_copy(update={"notes": rule})
    assert agerules._check(replace(ks2, item=lesson.model_copy(update={"cycles": cycles}))) \
        == []
    parents = index.items["live-streaming-parents"]
    sections = list(parents.item.sections)
    sections[0] = sections[0].model_copy(update={"points": [rule, *sections[0].points[1:]]})
    found = agerules._check(replace(parents, item=parents.item.model_copy(
        update={"sections": sections})))
    assert [p.field for p in found] == ["sections[0].points[0]"]


def test_pupils_slide_may_say_rules_change_when_the_checklist_dates_them() -> None:
    """A month on a pupils' slide read as a note to the teacher and went stale by the lesson:
    pupils' age rules may say "Rules change" instead, but only while
    the lesson's checklist dates them; without either, LP179 still fires."""
    from dataclasses import replace

    from lessonpack.content.loader import load_content

    ks2 = load_content([]).items["live-streaming-ks2"]
    lesson = ks2.item
    # The cycle about going live (its slide now says "for older teenagers", the ages in notes).
    ruled = next(i for i, c in enumerate(lesson.cycles)
                 if any("going live" in line.lower() for line in c.lines))

    def with_explain(lines: list[str], checklist: list | None = None) -> list:
        cycles = list(lesson.cycles)
        cycles[ruled] = cycles[ruled].model_copy(update={"explain": lines, "big_ideas": []})
        update: dict[str, object] = {"cycles": cycles}
        if checklist is not None:
            update["safeguarding"] = lesson.safeguarding.model_copy(
                update={"checklist": checklist})
        return agerules._check(replace(ks2, item=lesson.model_copy(update=update)))

    said = ["Going live alone: TikTok 18; YouTube 16. Rules change.",
            "Video calls: people you know."]
    assert with_explain(said) == []
    undated = [c for c in lesson.safeguarding.checklist
               if not agerules._CHECKED.search(c.text)]
    # Undated, every slide stating a rule is flagged: Part 2's, and Year 6's own Part 2
    # (its route cycle's slide states the rules for Lola's age).
    flagged = [p.code for p in with_explain(said, undated)]
    assert flagged and set(flagged) == {"LP179"}, flagged
    assert [p.code for p in with_explain([said[0].replace(" Rules change.", ""), said[1]])] \
        == ["LP179"]
