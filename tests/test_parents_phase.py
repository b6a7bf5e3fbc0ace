"""The parents' pack serves the school's phase (brand ``phase``), and every help list names the
school's own Designated Safeguarding Lead first.

Built for real and read back: a primary school's parents meet primary-age children and the
words KS1 and KS2 children learn, not a teenage sextortion scenario or a family agreement that
says "we go live"; a secondary school's get the teenage framing; an all-through school's both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content import fill_ins
from lessonpack.content.brand import Brand, LocalHelpline
from lessonpack.content.model import WELCOME_MINUTES, ParentSession
from lessonpack.plan import help_signposts
from printed import printed


def _deck_text(path: Path) -> tuple[str, str]:
    """(what the slides show, what the speaker notes say)."""
    deck = Presentation(str(path))
    shown, notes = [], []
    for slide in deck.slides:
        for shape in slide.shapes:
            shapes = shape.shapes if shape.shape_type == 6 else [shape]  # 6: a group
            for inner in shapes:
                if getattr(inner, "has_text_frame", False) and inner.has_text_frame:
                    shown.append(inner.text_frame.text)
        if slide.has_notes_slide:
            notes.append(slide.notes_slide.notes_text_frame.text)
    # A line break that keeps a compound whole (render/deck_nobreak) reads as a space.
    # So do the no-break spaces that keep a name whole (render/deck_help_words.hold_names).
    return printed("\n".join(shown).replace("\v", " ")), "\n".join(notes)


def _doc_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _build(tmp_path: Path, phase: str, dsl: str = "") -> dict[str, str]:
    folder = tmp_path / phase
    folder.mkdir()
    brand = folder / "brand.yml"
    brand.write_text(f'org_name: "Test {phase} School"\nphase: {phase}\n'
                     + (f'dsl_name: "{dsl}"\ndeputy_dsl_name: "Mr Sam Okoro"\n' if dsl else ""),
                     encoding="utf-8")
    out = folder / "out"
    assert main(["build", "-a", "parents", "--brand", str(brand), "--out", str(out),
                 "--quiet", "-j", "1"]) == 0
    pack = out / "live-streaming-parents"
    # The one deck in the folder: its name says the version (checked below).
    (deck,) = pack.glob("*-slides.pptx")
    shown, notes = _deck_text(deck)
    return {"slides": shown, "notes": notes, "deck": deck.name,
            "handout": _doc_text(pack / "live-streaming-parents-handout.docx"),
            "facilitator": _doc_text(pack / "live-streaming-parents-facilitator-notes.docx")}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("phases")
    return {"primary": _build(tmp, "primary", dsl="Mrs Ada Rahman"),
            "secondary": _build(tmp, "secondary"),
            "all": _build(tmp, "all")}


def test_the_decks_file_name_says_its_version(builds: dict[str, dict[str, str]]) -> None:
    """Its cover names the version; its file name did not, so two schools' decks looked
    alike in a folder until opened."""
    assert builds["primary"]["deck"] == "live-streaming-parents-primary-slides.pptx"
    assert builds["secondary"]["deck"] == "live-streaming-parents-secondary-slides.pptx"
    assert builds["all"]["deck"] == "live-streaming-parents-all-through-slides.pptx"


def _session(phase: str) -> ParentSession:
    """The parents' session as a school of ``phase`` gets it, from the content file: what
    each build is checked against, so a wording fix there changes no test."""
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return session.for_phase(phase)


def _plain(text: str) -> str:
    """Spacing evened and quotes straightened: content is typed straight, print is curly."""
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.split())


def _characters(session: ParentSession) -> set[str]:
    """The stories' children by the names the stories call them, as the titles say them."""
    return {s.scenario.called for s in session.sections if s.scenario}


def _handout_lines(session: ParentSession) -> set[str]:
    h = session.handout
    return {*h.conversation_starters, *h.settings_checklist, *h.family_agreement,
            *h.warning_signs, *h.if_something_happens}


def _chart_titles(session: ParentSession) -> set[str]:
    return {c.title for s in session.sections for _at, c in s.every_chart()}


def _has(built: str, line: str) -> bool:
    return _plain(line) in _plain(built)


def _as_printed(line: str, phase: str) -> str:
    """A handout step as the primary build prints it: its brand names the DSL after the
    role (plan/parents/parents_handout.py), the others name nobody."""
    lead = "the school's Designated Safeguarding Lead"
    return line.replace(lead, f"{lead}, Mrs Ada Rahman", 1) if phase == "primary" else line


def _only_in(mine: set[str], theirs: set[str]) -> set[str]:
    """Lines of ``mine`` that are not in ``theirs`` and no part of a line there (a primary
    step is the secondary one cut short: finding it inside the longer line says nothing)."""
    return {line for line in mine - theirs
            if not any(_plain(line) in _plain(other) for other in theirs)}


def test_no_figure_is_shown_as_current_that_is_not(builds: dict[str, dict[str, str]]) -> None:
    """Ofcom's newer reports could not be read, so its 2024 figures for 5-7s would be shown
    as current: the slides keep the message and the notes say where the newest report is."""
    primary, both = builds["primary"], builds["all"]
    assert "Ofcom, 2024" not in primary["slides"] and "%" not in primary["slides"]
    assert "Ofcom, 2024" not in both["slides"]
    assert "media use and attitudes" in primary["notes"].lower()


@pytest.mark.parametrize(("phase", "other"), [("primary", "secondary"),
                                              ("secondary", "primary")])
def test_a_school_gets_its_phase_s_stories_and_handout(
        builds: dict[str, dict[str, str]], phase: str, other: str) -> None:
    """A primary school's parents meet primary-age children and the lists written for them
    (no teenage sextortion story, no family agreement that says "we go live"); a secondary
    school's the teenagers and theirs. Each phase's own, not the other's."""
    built, mine, theirs = builds[phase], _session(phase), _session(other)
    everything = "\n".join(built.values())
    assert _characters(mine) != _characters(theirs)
    for name in _characters(mine):
        assert f"Table talk: {name}" in built["slides"], name
    for name in _characters(theirs) - _characters(mine):
        assert name not in everything, name
    own_lines = _only_in(_handout_lines(mine), _handout_lines(theirs))
    assert own_lines, "the phases' handouts differ"
    for line in own_lines:
        assert _has(built["handout"], _as_printed(line, phase)), line
    for line in _only_in(_handout_lines(theirs), _handout_lines(mine)):
        assert not _has(built["handout"], line), line
    # The other phase's figures stay out (a chart's title names what it counts).
    for title in _chart_titles(theirs) - _chart_titles(mine):
        assert not _has(everything, title), title


def test_a_primary_school_s_figures_slide_names_its_age_group(
        builds: dict[str, dict[str, str]]) -> None:
    """The figures slide's title says whom its figures are about (titled "primary-age
    children", it showed 5–7s only): the variant's own title, on a slide."""
    titles = {s.title for s in _session("primary").sections} - {
        s.title for s in _session("secondary").sections}
    assert titles
    for title in titles:
        assert _has(builds["primary"]["slides"], title), title


def test_an_all_through_school_gets_both(builds: dict[str, dict[str, str]]) -> None:
    """A younger child for the tactics, a teenager for what to do; both sets of figures, each
    slide saying which age group it is about (5–7s, then straight to teenage sextortion,
    read as one muddled audience)."""
    both, session = builds["all"], _session("all")
    younger, older = _characters(_session("primary")), _characters(_session("secondary"))
    found = _characters(session)
    assert found & younger and found & older
    for name in found:
        assert f"Table talk: {name}" in both["slides"], name
    headings = [c.heading for s in session.sections for _at, c in s.every_chart() if c.heading]
    # The teenagers' chart names its age group; the younger children's points say theirs
    # on the slide before (their Ofcom figures could not be read at a current source).
    assert headings
    assert _has(both["slides"], "Age 4–11")
    for heading in headings:
        assert _has(both["slides"], heading), heading
    for line in _handout_lines(session):
        assert _has(both["handout"], line), line


def test_the_figures_say_their_base_and_one_year(builds: dict[str, dict[str, str]]) -> None:
    slides = builds["secondary"]["slides"]
    # The IWF's report for 2024 is named as such, never "2025" beside a "2024" title; the
    # January-June 2025 figure on the slide names its own release, so a parent who looks
    # it up finds the number the slide gives.
    assert "Sources: IWF, 2024 report, published 2025; IWF and Childline, 2025" in slides
    assert "(IWF), 2025" not in slides
    # What was counted, and the caveat, on the slide itself: a figure without them reads
    # as every child's risk and frightens rather than informs.
    assert "sextortion reports the IWF acted on" in slides
    assert "not any one child" in slides


def test_the_school_dsl_is_named_first_on_help_lists(builds: dict[str, dict[str, str]]
                                                     ) -> None:
    named = builds["primary"]
    assert "Mrs Ada Rahman" in named["slides"] and "Mrs Ada Rahman" in named["handout"]
    # Read with no-break spaces as spaces: the card holds "or the deputy," together.
    assert "Mrs Ada Rahman, or the deputy, Mr Sam Okoro." in named["slides"].replace(
        "\u00a0", " ")
    unnamed = builds["secondary"]
    # No names in the brand: fill-in fields the lesson plan's checklist asks to complete,
    # never a help card that names nobody.
    for doc in ("slides", "handout"):
        # The handout's table and the slide's card both name the service, as every other
        # card and row does ("Mr Okafor" heading the card was no service a parent knew).
        said = "Our school\u2019s safeguarding lead" if doc == "handout" \
            else "Our safeguarding lead"
        assert said in unnamed[doc]
        assert "[DSL's name]" in unnamed[doc] and "[deputy DSL's name]" in unnamed[doc]


def test_help_lists_start_with_the_dsl_and_keep_services_to_their_readers() -> None:
    index = load()
    ks2 = index.items["live-streaming-ks2"].item
    parents = index.items["live-streaming-parents"].item
    brand = Brand(dsl_name="Mr Sam Lee", safeguarding_contact="Room 4", extra_helplines=[
        LocalHelpline(name="Family Hub", contact="01632 960 000",
                      what_for="Help for parents.", audience="parents"),
        LocalHelpline(name="Pupil Drop-in", contact="Room 9",
                      what_for="Talk to an adult.", audience="pupils")])
    pupils = help_signposts.signposts(ks2, index.facts, brand)
    adults = help_signposts.signposts(parents, index.facts, brand)
    # Pupils' cards name the lead as children say it.
    # The room in the lead's own clause (after the deputy's name it read as the deputy's),
    # and the teacher beside it: a primary child is not sent alone.
    assert (pupils[0].name, pupils[0].contact) == ("Mr Lee", "Your teacher can take you.")
    assert pupils[0].blurb.startswith("Our safeguarding lead, in Room 4, keeps children safe.")
    assert adults[0].name == "Mr Sam Lee"
    assert [s.name for s in pupils][-1] == "Pupil Drop-in"
    assert "Family Hub" not in [s.name for s in pupils]
    assert [s.name for s in adults][-1] == "Family Hub"
    assert "Pupil Drop-in" not in [s.name for s in adults]
    assert "Pupil Drop-in" not in [s.name for s in
                                   help_signposts.adult_signposts(ks2, index.facts, brand)]


def test_one_variant_a_phase_and_a_phase_build_has_no_variants_left() -> None:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    raw = session.model_dump(exclude_unset=True)  # as the file gives it (see below)
    tactics = raw["sections"][2]
    tactics["variants"].append({**tactics["variants"][0], "phases": ["primary"]})
    with pytest.raises(ValidationError, match="more than one variant for phase 'primary'"):
        ParentSession.model_validate(raw)
    for phase in ("primary", "secondary", "all"):
        built = session.for_phase(phase)
        assert all(not s.variants for s in built.sections) and not built.handout.variants
        assert not built.quiz_variants
        assert WELCOME_MINUTES + sum(s.minutes for s in built.sections) \
            == session.duration_minutes


def test_the_quiz_fits_the_phase(builds: dict[str, dict[str, str]]) -> None:
    # A primary school's parents are quizzed on chat in games, gifts and private calls; the
    # nudes and sextortion questions stay with the schools that teach teenagers.
    primary = builds["primary"]
    quiz = primary["slides"] + primary["facilitator"]
    assert "offered coins to chat somewhere private" in quiz and "video call" in quiz
    for teen in ("Report Remove help a young person", "threatening to share a photo"):
        assert teen not in quiz, teen
    for phase in ("secondary", "all"):
        assert "threatening to share a photo" in builds[phase]["slides"], phase
        assert "offered coins to chat somewhere private" not in builds[phase]["slides"], phase


def test_one_quiz_a_phase_and_its_letters_are_spread() -> None:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    # As the file gives it: a variant's fields it leaves out stay out (dumped as None they
    # would replace the section's own, and the all-through Part 6 would lose its story).
    raw = session.model_dump(exclude_unset=True)
    raw["quiz_variants"].append({**raw["quiz_variants"][0], "phases": ["primary", "all"]})
    with pytest.raises(ValidationError, match="more than one variant for phase 'primary'"):
        ParentSession.model_validate(raw)
    primary = session.for_phase("primary")
    assert not primary.quiz_variants and primary.quiz != session.quiz
    assert session.for_phase("secondary").quiz == session.quiz
    letters = [q.arranged[1] for q in primary.quiz]
    assert max(letters.count(n) for n in set(letters)) * 2 <= len(letters)


def test_facilitator_meets_the_scenario_before_its_model_answer(
        builds: dict[str, dict[str, str]]) -> None:
    notes = builds["primary"]["facilitator"]
    for who in ("Leo", "Amira"):
        scenario = notes.index(f"Read aloud ({who}):")
        assert notes.index("Table questions", scenario) < notes.index("Model answer", scenario)
    # Each figure is read once in the script (the all-through school's teenage figures).
    both = builds["all"]["facilitator"]
    assert both.count("138 (79%) involved boys") == 1


def test_help_cards_are_shared_out_evenly() -> None:
    from lessonpack.plan.parents.parents_help_slides import _even_groups

    assert [len(g) for g in _even_groups(tuple(range(7)), 3)] == [3, 2, 2]
    assert [len(g) for g in _even_groups(tuple(range(4)), 3)] == [2, 2]
    assert _even_groups((), 3) == []


def test_key_stage_one_help_says_grown_up_and_a_child_can_ring_childline() -> None:
    index = load()
    helps = help_signposts.signposts(index.items["live-streaming-ks1"].item, index.facts,
                                     Brand(dsl_name="Mrs Ada Rahman"))
    # The lead as children say it.
    assert [s.name for s in helps][:2] == ["Mrs Rahman", "A grown-up you trust"]
    childline = next(s for s in helps if s.name == "Childline")
    # Childline is for a child to ring themselves: the card must not say a grown-up is needed.
    assert childline.contact == "You can ring, free, any time: 0800 1111"
    assert not any("adult" in s.name.lower() for s in helps)


def test_every_dsl_card_names_the_deputy_or_leaves_fields_to_fill_in() -> None:
    index = load()
    for item_id, loaded in index.items.items():
        named = help_signposts.signposts(
            loaded.item, index.facts,
            Brand(dsl_name="Mrs Ada Rahman", deputy_dsl_name="Mr Sam Okoro"))
        # Primary pupils' cards say "Mrs Rahman", as children do.
        primary = loaded.item.audience.value in ("ks1", "ks2")
        said = ("Mrs Rahman", "Mr Okoro") if primary else ("Mrs Ada Rahman", "Mr Sam Okoro")
        assert named[0].name == said[0], item_id
        # KS1's card shows its contact line only, so the deputy is named there.
        assert said[1] in named[0].blurb + named[0].contact, item_id
        unnamed = help_signposts.signposts(loaded.item, index.facts, Brand())[0]
        assert unnamed.name == fill_ins.FILL_IN_DSL, item_id
        assert fill_ins.FILL_IN_DEPUTY in unnamed.blurb, item_id
        # Pupils are never told "your teacher can tell you who": the card says who.
        assert "tell you who" not in unnamed.blurb


@pytest.mark.parametrize("phase", ["primary", "secondary", "all"])
def test_each_version_says_whom_it_is_for(builds: dict[str, dict[str, str]], phase: str
                                          ) -> None:
    """The cover says whom it is for; its notes and the facilitator notes' first page say
    which version this is (the all-through deck, with teenage sextortion figures, looked
    like any other)."""
    version = load().items["live-streaming-parents"].item.version(phase)
    assert version is not None
    built = builds[phase]
    assert _has(built["slides"], version.subtitle)
    assert _has(built["notes"], version.note)
    assert _has(built["facilitator"], version.note)
    ages = "4 to 11" if phase == "primary" else "11 to 16" if phase == "secondary" else "4 to 16"
    assert ages in version.label
    # The slide says whom it is for, by age; "version" only where the presenter reads.
    assert f"aged {ages.replace(' to ', '–')}" in version.subtitle
    assert "version" not in version.subtitle.lower()
    if phase == "all":  # and how a school of one phase gets its own, in a presenter's
        # words: the brand file's line is in the build's notes (below), not on the page.
        assert "Ask whoever made this pack for the primary" in _plain(version.note)
        assert "phase:" not in version.note and "brand file" not in version.note


def test_a_primary_build_shows_no_teenage_material(builds: dict[str, dict[str, str]]) -> None:
    """No teenage figures (IWF, NCA), story (Tobi) or framing on a primary school's slides."""
    slides = builds["primary"]["slides"]
    for word in (r"\bteen", r"\bIWF\b", r"\bNCA\b", r"\bTobi\b", r"\bnude\b(?! image)"):
        assert not re.search(word, slides, re.IGNORECASE), word


def test_a_secondary_build_starts_with_teenagers(builds: dict[str, dict[str, str]]) -> None:
    """A secondary school's parents have 11- to 16-year-olds: the deck opening on what
    "younger children" do read as a primary deck. The all-through deck, for families of
    5- to 16-year-olds, keeps the younger first, then the teenagers."""
    slides = _plain(builds["secondary"]["slides"])
    assert "Teenagers mostly watch" in slides
    assert "Younger children mostly watch" not in slides
    through = _plain(builds["all"]["slides"])
    assert through.index("Younger children mostly watch") < through.index("Teenagers also")
    # Each point keeps its own picture in every version (content/picture-words): a line no
    # picture word matched took the slide's icons away.
    from lessonpack.kinds.checklist import ChecklistSlide
    from lessonpack.plan.parents.workshop import plan_parents_deck

    index = load()
    for phase in ("primary", "secondary", "all"):
        deck = plan_parents_deck(index.items["live-streaming-parents"].item, index.facts,
                                 Brand(phase=phase), index.pictures)
        opener = next(s for s in deck.slides if s.title == "Why children love live video")
        assert isinstance(opener.payload, ChecklistSlide), (phase, opener.payload)
        assert len(opener.payload.pictures) == len(opener.payload.points) == 4, phase


@pytest.mark.parametrize(("phase", "told"), [("all", True), ("primary", False)])
def test_the_build_says_which_version_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              phase: str, told: bool) -> None:
    brand = tmp_path / "brand.yml"
    brand.write_text(f"phase: {phase}\n", encoding="utf-8")
    assert main(["build", "-a", "parents", "-f", "pptx", "--brand", str(brand), "--out",
                 str(tmp_path / "out"), "-j", "1"]) == 0
    said = capsys.readouterr()
    out = " ".join((said.out + said.err).split())
    assert ("the all-through version, for families of children from 4 to 16" in out) is told
    assert ('put "phase: primary" or "phase: secondary" in the brand file' in out) is told
