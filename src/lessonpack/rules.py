"""Every problem code lessonpack reports, in one table: its severity, what it means, and where
to see it happen.

``build``, ``validate`` and ``batch`` report LP codes, ``check`` LPC codes; all of them are
``errors.Problem`` lines with one exit policy (errors fail, warnings do not). The table is the
one place a code is declared: errors.CODES and check.findings.CODES are read from it, the
"Problem codes" table of docs/cli.md is printed from it (``python tools/codes_table.py``), and
tests/test_codes.py holds every row to its example.

Codes are stable: never renumber, never reuse a retired code; only add.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Severity = Literal["error", "warning"]  # errors fail a command; warnings are reported
ERROR: Final = "error"
WARNING: Final = "warning"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity  # the severity it is reported with; LP151 is a warning only on request
    meaning: str  # one line, as docs/cli.md lists it
    # Where to see it: a fixture folder or file under tests/ whose expected output (or
    # planted defect) is this code, or a test ("tests/test_x.py::test_name") that asserts it.
    example: str
    command: str = "build"  # the command that reports it first: build, validate, batch, check


def _rules(command: str, *rows: tuple[str, Severity, str, str]) -> list[Rule]:
    return [Rule(code, severity, meaning, example, command)
            for code, severity, meaning, example in rows]


_BAD = "tests/bad_inputs/"
_VALIDATE = "tests/validate_fixtures/"
_CHECK = "tests/check_fixtures/"

RULES: tuple[Rule, ...] = tuple([
    # Reading content, brand and request (every command that reads content).
    *_rules(
        "build",
        ("LP100", ERROR, "file cannot be read", _BAD + "brand-file-missing"),
        ("LP101", ERROR, "YAML syntax error", _BAD + "unclosed-quote"),
        ("LP102", ERROR, "value does not match the content schema", _BAD + "wrong-type"),
        ("LP103", ERROR, "duplicate key in a mapping", _BAD + "duplicate-key"),
        ("LP104", ERROR, "unsafe or unknown YAML tag", _BAD + "python-tag"),
        ("LP105", ERROR, "file is empty", _BAD + "empty-file"),
        ("LP106", ERROR, "duplicate content id", _BAD + "duplicate-id"),
        ("LP107", ERROR, "unknown content kind", _BAD + "unknown-kind"),
        ("LP110", ERROR, "reference to an unknown fact, helpline or source",
         _BAD + "unknown-signpost"),
        ("LP111", ERROR, "timings do not add up", _BAD + "timing-mismatch"),
        ("LP112", ERROR, "text template error", _BAD + "jinja-syntax"),
        ("LP113", ERROR, "unknown picture name, or a picture of your own that cannot be used",
         "tests/test_pictures.py::test_unknown_picture_in_content_is_one_line"),
        ("LP114", ERROR, "a year route names a Part or exit-quiz question the lesson does "
         "not have", _BAD + "route-unknown-part"),
        ("LP120", ERROR, "nothing matches the request",
         "tests/test_cli.py::test_unknown_topic_is_user_error"),
        # Templates and output.
        ("LP130", ERROR, "template is missing something a slide or document needs",
         _BAD + "template-no-slide-master"),
        ("LP131", WARNING, "text or a drawing does not fit the template's layout, even at 18 pt",
         "tests/test_codes.py::test_text_that_cannot_fit_a_small_layout_is_a_warning"),
        ("LP132", ERROR, "template refused as unsafe (too large, zip bomb, XML with DOCTYPE "
         "or entities)", _BAD + "template-zip-bomb"),
        ("LP133", WARNING, "a template's sample text (\"Your Name\", \"Lorem ipsum\") was "
         "left out of the built deck",
         "tests/test_wild_sample_text.py::test_klee2_deck_has_no_sample_text"),
        ("LP140", ERROR, "output file exists (use --force to overwrite)",
         _BAD + "out-existing-file-kept"),
        ("LP141", ERROR, "output cannot be written", _BAD + "out-folder-in-the-way"),
        ("LP142", ERROR, "output name not allowed (outside the output folder, reserved or "
         "too long)", "tests/test_hostile.py::test_unsafe_output_names_are_refused"),
        # Brand.
        ("LP147", ERROR, "a school file is built for a key stage its phase or classes "
         "do not include (a primary school's file with -k ks4): that key stage is not "
         "built, the ones that fit are, and the line says which and names the -k to rerun "
         "with; a warning (exit 0) when a pack was built for the school, an error (exit 1) "
         "when none was; a warning that it was built with --school-phase-mismatch-ok",
         "tests/test_school_fit.py::test_a_primary_school_file_at_ks4_is_refused_once"),
        ("LP148", WARNING, "a school's parents' pack names no headteacher, or no "
         "out-of-hours phone for them, for when neither safeguarding lead is free",
         "tests/test_head_warning.py::test_a_parents_pack_without_the_head_s_phone_warns"),
        ("LP149", WARNING, "a brand or school file makes a deprecated choice: it still "
         "builds, and the warning says what to write instead",
         "tests/test_letter_after.py::test_both_is_deprecated_and_builds_what_before_builds"),
        ("LP150", ERROR, "brand file problem", "tests/bad_brands/unknown-field"),
        ("LP151", ERROR, "text on a brand or theme colour would have too little contrast "
         "(WCAG AA); a warning with --allow-low-contrast", "tests/bad_brands/low-contrast"),
        ("LP152", ERROR, "school file problem (build --school)",
         "tests/bad_schools/missing-dsl"),
        ("LP153", WARNING, "the lesson date's weekday is not the day that date falls on",
         "tests/test_lesson_date.py::test_a_wrong_weekday_is_reported_naming_where_it_came_from"),
        ("LP154", WARNING, "the letter home's date is after the lesson, under a school week "
         "before it, or after the parents' session it invites to",
         "tests/test_lesson_date.py::test_dates_out_of_order_are_reported"),
        ("LP155", ERROR, "a letter home that may offer the right to withdraw from RSE is "
         "dated on or after the lesson",
         "tests/test_rse_lesson.py::test_a_late_letter_is_refused_only_when_it_may_offer_withdrawal"),
    ),
    # Content rules beyond the schema (`lessonpack validate`).
    *_rules(
        "validate",
        ("LP156", WARNING, "a lesson for children who cannot read yet has a ground rule, an "
         "answer or a card its topic's picture words give no picture", _VALIDATE
         + "picture-words"),
        ("LP157", WARNING, "a learning cycle's timed steps name none the slides are made "
         "for (Say, Story, Explain, Check, Task…): its notes all stay on the big ideas slide",
         _VALIDATE + "step-names"),
        ("LP158", ERROR, "a mention of a visiting trainer outside an aside the school's own "
         "lesson plan can leave out", _VALIDATE + "visitor-aside"),
        ("LP159", WARNING, "a cycle's notes teach sayings with actions in a form the "
         "'Say it and show it' slide does not read (it is left out)",
         _VALIDATE + "saying-form"),
        ("LP160", ERROR, "reading level too hard for the audience", _VALIDATE + "reading-level"),
        ("LP161", ERROR, "phrase that must never be used (scare tactic, victim-blaming, "
         "stigmatising term, undated \"newest figures\")", _VALIDATE + "never-say"),
        ("LP162", ERROR, "never-say list problem", _VALIDATE + "never-say-list"),
        ("LP164", ERROR, "signposting missing, or a pupil lesson without childline or "
         "trusted_adult", _VALIDATE + "signposting"),
        ("LP165", WARNING, "safeguarding notes miss a recommended step",
         _VALIDATE + "safeguarding-advice"),
        ("LP167", ERROR, "'all of the above' or 'none of the above' quiz option",
         _VALIDATE + "quiz-all-of-the-above"),
        ("LP168", ERROR, "true/false quiz question or option", _VALIDATE + "quiz-true-false"),
        ("LP169", ERROR, "identical quiz options", _VALIDATE + "quiz-identical-options"),
        ("LP170", ERROR, "figure written without a {{ fact.* }} reference",
         _VALIDATE + "unsourced-figure"),
        ("LP171", WARNING, "fact used whose sources are not in the content's sources",
         _VALIDATE + "uncited-fact"),
        ("LP172", ERROR, "chart value does not match the figure in its fact",
         _VALIDATE + "chart-value"),
        ("LP173", ERROR, "internal note or citation code in text that reaches pupils, teachers "
         "or parents", _VALIDATE + "citation-code"),
        ("LP174", ERROR, "quiz answers not spread: one letter keyed for more than half a quiz",
         _VALIDATE + "quiz-key-spread"),
        ("LP175", ERROR, "timed steps in the notes do not add up to the part's minutes",
         _VALIDATE + "timed-steps"),
        ("LP176", ERROR, "source cited at a document-sharing site or news aggregator instead "
         "of its owner", _VALIDATE + "denylisted-source"),
        ("LP177", WARNING, "fact, helpline or platform rule last checked more than 12 months "
         "ago", _VALIDATE + "stale-fact"),
        ("LP178", ERROR, "quiz explanation refers to an option by its position (options are "
         "shuffled)", _VALIDATE + "quiz-position"),
        ("LP179", ERROR, "advice without its safeguard: saving evidence without \"never the "
         "image\" in the same paragraph, or platform age rules on a slide without \"as of\" "
         "a date", _VALIDATE + "evidence-advice"),
        ("LP183", ERROR, "a slide named by a number typed into content text (a deck's next "
         "change breaks it), or a {slides name} marker no slide is marked with",
         _VALIDATE + "slide-number"),
        ("LP184", WARNING, "a learning cycle's timed step of a name the slides are not made "
         "for, among steps that are: its notes go on the slide before",
         "tests/test_cycle_steps.py::test_a_step_of_no_known_name_is_warned"),
    ),
    # Programs lessonpack drives.
    *_rules(
        "build",
        ("LP180", ERROR, "a program lessonpack needs (LibreOffice, pdftoppm) is not installed",
         "tests/test_real_client.py::test_missing_libreoffice_is_one_clear_line"),
        ("LP181", ERROR, "LibreOffice could not convert a file",
         "tests/test_batch.py::test_batch_pdfs_when_libreoffice_fails"),
        ("LP182", ERROR, "nothing to preview",
         "tests/test_codes.py::test_preview_of_a_file_that_is_no_deck_or_document"),
    ),
    *_rules(
        "batch",
        ("LP190", ERROR, "batch manifest problem (unknown field, bad value, file not found, "
         "two packs writing one folder)",
         "tests/test_batch.py::test_manifest_problems_give_exact_lines"),
    ),
    # `lessonpack check` on any .pptx/.docx.
    *_rules(
        "check",
        ("LPC001", ERROR, "file cannot be read as a .pptx or .docx",
         "tests/test_check.py::test_cli_folder_option_and_bad_files"),
        ("LPC101", ERROR, "picture, chart or drawing without meaningful alt text",
         _CHECK + "alt-text.pptx"),
        ("LPC102", ERROR, "slide without a title", _CHECK + "no-title.pptx"),
        ("LPC103", WARNING, "slide title used on another slide too",
         _CHECK + "duplicate-title.pptx"),
        ("LPC104", WARNING, "reading order differs from the visual order",
         _CHECK + "reading-order.pptx"),
        ("LPC105", ERROR, "table without a header row", _CHECK + "table-header.pptx"),
        ("LPC106", ERROR, "document title missing", _CHECK + "doc-title.docx"),
        ("LPC107", ERROR, "document language missing", _CHECK + "language.docx"),
        ("LPC108", WARNING, "deck has fields left to fill in and no \"Draft\" mark on its "
         "first slide", _CHECK + "draft-mark.pptx"),
        ("LPC109", ERROR, "help card's person named only in the speaker notes, not on the "
         "slide", _CHECK + "help-name.pptx"),
        ("LPC201", ERROR, "text contrast below WCAG AA", _CHECK + "contrast.pptx"),
        ("LPC202", ERROR, "font size below the minimum", _CHECK + "font-size.pptx"),
        ("LPC301", ERROR, "text overflows its box", _CHECK + "overflow.pptx"),
        ("LPC302", WARNING, "empty placeholder left on a slide",
         _CHECK + "empty-placeholder.pptx"),
        ("LPC303", WARNING, "slide mostly empty: over half the area below the title is blank",
         _CHECK + "blank-slide.pptx"),
        ("LPC304", WARNING, "slide title leaves one word alone on its last line",
         _CHECK + "title-widow.pptx"),
        ("LPC305", ERROR, "slide text hidden under a shape or picture drawn over it",
         _CHECK + "hidden-text.pptx"),
        ("LPC306", ERROR, "text, picture or shape runs off the slide", _CHECK + "off-slide.pptx"),
        ("LPC307", ERROR, "shape or text meets the slide's footer, date or slide number",
         _CHECK + "footer-overlap.pptx"),
        ("LPC308", WARNING, "slide footer runs to more than one line",
         _CHECK + "footer-wrap.pptx"),
        ("LPC309", ERROR, "logo hard to see on what is behind it",
         _CHECK + "logo-contrast.pptx"),
        ("LPC310", ERROR, "shape or text drawn over a logo", _CHECK + "logo-covered.pptx"),
        ("LPC311", ERROR, "drawing without words its alt text says it reads (a room of "
         "clues' close-up drawn without its clue words)", _CHECK + "clue-words.pptx"),
        ("LPC312", ERROR, "text in a card wraps past its box into the text below it",
         _CHECK + "text-collide.pptx"),
        ("LPC401", WARNING, "heading can be left alone at the foot of a page",
         _CHECK + "stranded-heading.docx"),
    ),
])

# Codes once used and never to be given another meaning.
RETIRED: dict[str, str] = {
    "LP163": "safeguarding notes incomplete: the content schema requires every part, so the "
             "schema reports it first (LP102)",
    "LP166": "a quiz question without exactly one correct option: the content schema refuses "
             "it first (LP102)",
}

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def severity(code: str) -> Severity:
    """The severity a code is reported with (KeyError for a code that is not in the table)."""
    return BY_CODE[code].severity


def markdown_table(up: str = "") -> str:
    """The table of codes in docs/cli.md (tools/codes_table.py writes it there; a test
    compares); ``up`` leads each example's link from that page to the repository's root."""
    rows = ["| code | severity | reported by | meaning | example |", "|---|---|---|---|---|"]
    for rule in RULES:
        where = rule.example.split("::")[0]
        shown = rule.example.removeprefix("tests/")
        meaning = rule.meaning.replace("|", "\\|")
        rows.append(f"| {rule.code} | {rule.severity} | `{rule.command}` | {meaning} | "
                    f"[{shown}]({up}{where}) |")
    rows += [f"| {code} | retired | | {why} | |" for code, why in RETIRED.items()]
    return "\n".join(rows) + "\n"
