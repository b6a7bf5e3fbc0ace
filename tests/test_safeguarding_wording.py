"""What a DSL and PSHE lead check, read back from built files: a visiting trainer's plans and
letters say the class teacher stays, the school decides who needs care, a disclosure goes to
the school's DSL at once, phoned from the room or fetched, and is recorded on the school's
form; the
KS2 Mei activity teaches "stop and tell", not safer solo streaming; Childline's confidentiality
is given with its limit; every disclosure box records the same day."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from built_decks import slides_file
from lessonpack.api import load
from lessonpack.cli import main
from printed import document_text, printed

# Absolute, so the tests run from any folder (not only the repository's root).
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCHOOL = ["--brand", str(EXAMPLES / "brands/northshire-online-safety/brand.yml"),
          "--school", str(EXAMPLES / "schools/ashgrove-primary/school.yml"),
          "--lesson-date", "Friday 22 January 2027"]


@pytest.fixture(scope="module")
def visiting(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("visiting")
    assert main(["build", "-a", "ks1", "-a", "ks2", "-a", "parents", *SCHOOL,
                 "--out", str(out), "--quiet"]) == 0
    return out


def _doc_text(path: Path) -> str:
    return document_text(Document(str(path)))


def _notes(path: Path, n: int) -> str:
    return Presentation(str(path)).slides[n - 1].notes_slide.notes_text_frame.text


def _opening(check: str) -> str:
    """A check's first words as printed: up to its first quote mark or apostrophe (which the
    plan sets typographic), at most eight words."""
    return " ".join(re.split(r"[\"'‘’“”]", check)[0].split()[:8])


@pytest.mark.parametrize("ks", ["ks1", "ks2"])
def test_a_visitors_plan_keeps_the_school_in_charge(visiting: Path, built_packs: Path,
                                                    ks: str) -> None:
    text = _doc_text(visiting / f"live-streaming-{ks}" / f"live-streaming-{ks}-lesson-plan.docx")
    # Ashgrove names a class a key stage: Year 4 (Miss Bennett) and Year 2 (Mrs Evans), each
    # on its own key stage's plan.
    teacher = "Miss Laura Bennett" if ks == "ks2" else "Mrs Ruth Evans"
    assert f"{teacher} stays all lesson and looks after any upset child: never teach " \
        "the class alone." in text
    assert "the school plans it and tells you only what you need." in text
    # The checks the school keeps (content's ``visitor: skip``: which pupils need preparing,
    # which DSL is free, the question box) are the school's to do, not the visitor's: each is
    # in the school's own plan, as printed, and none in the visitor's.
    lesson = load().items[f"live-streaming-{ks}"].item
    kept = [_opening(c.text) for c in lesson.safeguarding.checklist if c.visitor == "skip"]
    own = _doc_text(built_packs / f"live-streaming-{ks}" / f"live-streaming-{ks}-lesson-plan.docx")
    assert len(kept) >= 3 and [k for k in kept if k not in own] == [], kept
    assert [k for k in kept if k in text] == []
    assert "A disclosure goes at once, not at the lesson's end, to" in text.replace("\u2019", "'")
    assert "both organisations" not in text
    # Telling is now; only the written record (on paper: a visitor has no login to the
    # school's system) is handed over before the visitor leaves.
    act = next(line for line in text.splitlines()
               if re.sub(r"^\d+\.\t", "", line).startswith("Act immediately"))  # a numbered step
    assert "before you leave" not in act
    # The head with a number to ring from the room: the school file's own for the head.
    assert "If neither is free: Mrs Sarah Whitfield (Headteacher), 07700 900388, or another " \
        "senior leader, then Northshire Children’s Services, 0306 999 0123 (24 hours)." in act
    assert "gives it to the DSL the same day (a visiting trainer, before leaving). Add the " \
        "date and time; with no " \
        "paper form, a signed, dated note." in text
    assert "(paper or online)" not in text
    # The team's own record in its brand file's words (concern_record), not fixed text.
    assert "logs only the date, the school and the DSL told in the council’s " \
        "safeguarding record" in text and "notes only that a concern" not in text
    assert "with the date and time, on the school’s safeguarding system" not in text
    notes = _notes(visiting / f"live-streaming-{ks}" / slides_file(ks), 1)
    # Said to the class: children say "Miss Bennett", not her first name.
    staying = "Miss Bennett" if ks == "ks2" else "Mrs Evans"
    first_name = "Laura" if ks == "ks2" else "Ruth"
    assert "Introduce yourself" in notes and f"{staying} is staying with us" in notes
    assert first_name not in notes.split("\n")[0]


def test_a_visitors_letter_and_parents_title_say_who_teaches(visiting: Path) -> None:
    letter = _doc_text(visiting / "live-streaming-ks2" / "live-streaming-ks2-letter-home.docx")
    assert ("Sam Carter, a visiting trainer from the Northshire Online Safety Team, will "
            "teach it") in letter
    assert "with Miss Laura Bennett in the room." in letter
    deck = Presentation(str(visiting / "live-streaming-parents"
                            / slides_file("parents", "primary")))
    title = " ".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    # The team's logo beside the school's crest says who delivers: the words name the
    # trainer, not the team again.
    assert "Delivered by" not in title and "Presented by Sam Carter" in title


def test_a_schools_own_plan_keeps_its_wording(built_packs: Path) -> None:
    text = _doc_text(built_packs / "live-streaming-ks1" / "live-streaming-ks1-lesson-plan.docx")
    assert "which children need more care" in text and "never teach the class alone" not in text
    assert ("as soon as possible, and before you leave that day: the child’s words, with the "
            "date and time, on the school’s safeguarding system") in text


def test_mei_is_told_to_stop_and_tell_not_to_stream_more_safely(built_packs: Path) -> None:
    folder = built_packs / "live-streaming-ks2"
    sheet = _doc_text(folder / "live-streaming-ks2-worksheet.docx")
    plan = _doc_text(folder / "live-streaming-ks2-lesson-plan.docx")
    # The answer key (the task's model answer) is read once: in the teacher notes now.
    notes = _doc_text(folder / "live-streaming-ks2-teacher-notes.docx")
    # The cards say where to look, never what is there (the sheet
    # named all seven clues, so there was nothing left to spot).
    assert "Each card says where to look" in sheet
    cards = load().items["live-streaming-ks2"].item.cycles[1].task.sort
    assert cards is not None
    named = ("street sign", "jumper", "badge", "address", "certificate", "Hillside", "Elm Road",
             "full name")
    assert not [c.text for c in cards.items if any(n.lower() in c.text.lower() for n in named)]
    everything = sheet + plan + notes
    assert "OK to show" not in everything and "plain top" not in everything
    assert "Stop the stream and tell a grown-up she trusts" in notes


def test_childline_is_confidential_with_its_limit_and_ks3_records_before_leaving(
        built_packs: Path) -> None:
    folder = built_packs / "live-streaming-ks3"
    deck = Presentation(str(folder / "live-streaming-ks3-slides.pptx"))
    shown = " ".join(s.text_frame.text for slide in deck.slides for s in slide.shapes
                     if s.has_text_frame)
    assert "Childline is confidential." not in shown
    assert "unless you're in danger" in shown or "serious danger" in shown
    plan = _doc_text(folder / "live-streaming-ks3-lesson-plan.docx")
    assert "before you leave that day" in plan and \
        "on the school’s safeguarding system" in plan


def _pictures(slide: object) -> int:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def count(shapes: object) -> int:
        n = 0
        for s in shapes:  # type: ignore[attr-defined]
            if s.shape_type == MSO_SHAPE_TYPE.PICTURE:
                n += 1
            elif s.shape_type == MSO_SHAPE_TYPE.GROUP:
                n += count(s.shapes)
        return n
    return count(slide.shapes)  # type: ignore[attr-defined]


def _picture_names(slide: object) -> list[str]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def names(shapes: object) -> list[str]:
        found: list[str] = []
        for s in shapes:  # type: ignore[attr-defined]
            if s.shape_type == MSO_SHAPE_TYPE.PICTURE:
                found.append(s.name)
            elif s.shape_type == MSO_SHAPE_TYPE.GROUP:
                found += names(s.shapes)
        return found
    return names(slide.shapes)  # type: ignore[attr-defined]


def test_the_parents_deck_is_written_and_drawn_for_adults(built_packs: Path) -> None:
    """No children's emoji decorating the adult session; the table-talk
    slide shows the story in short beats, the full story is in the notes;
    the welcome is said on the ground-rules slide."""
    deck = Presentation(str(built_packs / "live-streaming-parents"
                            / slides_file("parents")))
    slides = list(deck.slides)

    def text(slide: object) -> str:
        return " ".join(s.text_frame.text for s in slide.shapes  # type: ignore[attr-defined]
                        if s.has_text_frame)
    rules = next(s for s in slides if "How we will work" in text(s))
    assert _pictures(rules) == 0
    assert "Welcome (5 min): introduce yourself" in rules.notes_slide.notes_text_frame.text
    assert _pictures(next(s for s in slides if "What this session covers" in text(s))) == 0
    # A slide of points carries one icon a point, and nothing else: no decorative
    # pictures beside them.
    slide = next(s for s in slides if "Spotting the tactics" in text(s))
    names = _picture_names(slide)
    assert names and all(re.fullmatch(r"Point \d picture", n) for n in names), names
    # Steps in order carry one marker each, their number: no picture beside it as well.
    # (The part's opener names it in its kicker and carries its statement's picture.)
    steps = next(s for s in slides if s.shapes.title is not None
                 and s.shapes.title.text_frame.text == "If something happens")
    assert not _picture_names(steps)
    assert len([sh for sh in steps.shapes if re.fullmatch(r"Step \d number", sh.name)]) == 4
    story = next(s for s in slides if "Table talk: Tobi’s story" in text(s))
    assert "Tobi, 15, streams his games" in text(story)
    assert "(fictional)" not in text(story)  # the paragraph is read from the notes


def test_ks1_help_slide_has_a_card_for_each_adult_with_their_place(visiting: Path) -> None:
    """"Mrs Okafor or Mr Price" over one place: two names five-year-olds cannot read and
    one place for both. One card a person, with their picture and their own place."""
    deck = Presentation(str(visiting / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    slide = next(s for s in deck.slides if s.shapes.title is not None
                 and s.shapes.title.text.startswith("Who can help"))
    shapes = {sh.name: sh for sh in slide.shapes}
    assert printed(shapes["Help card 1 heading"].text_frame.text) == "Mrs Okafor"
    assert printed(shapes["Help card 2 heading"].text_frame.text) == "Mr Price"
    # Each card has its own picture and its own place: without photos, two different drawn
    # people, neither the teacher who stands for "a grown-up you trust" earlier in the deck,
    # each named in its alt text; never an empty "Photo of" frame.
    assert {"Help card 1 picture", "Help card 2 picture"} <= set(shapes)
    drawn = [shapes[f"Help card {n} picture"].image.sha1 for n in (1, 2)]
    teacher = {sh.image.sha1 for s in deck.slides for sh in s.shapes
               if sh.shape_type == 13 and "teacher" in sh._element.nvPicPr.cNvPr.get("descr", "")
               .lower()}
    assert teacher and drawn[0] != drawn[1] and not teacher & set(drawn), (drawn, teacher)
    alts = [shapes[f"Help card {n} picture"]._element.nvPicPr.cNvPr.get("descr")
            for n in (1, 2)]
    assert alts == ["A drawing of Mrs Okafor", "A drawing of Mr Price"], alts
    assert not [n for n in shapes if "photo frame" in n]
    # The hidden slide says who sends both photos and who puts them in, by when.
    hidden = deck.slides[len(deck.slides) - 1]
    said_there = printed(" ".join(sh.text_frame.text for sh in hidden.shapes
                                  if sh.has_text_frame))
    assert hidden.element.get("show") == "0"
    assert "Mrs Okafor and Mr Price are drawn" in said_there
    # The deck goes to the school's DSL and teachers too, who have no school file and no
    # build: the visit brief's jobs and dates, never the tool's steps (the build's notes,
    # which only the trainer reads, name the school file's lines).
    assert said_there.startswith("For the trainer · hidden slide"), said_there
    assert ("Mrs Okafor emails Sam Carter both photos, with consent, by Wed 16 Dec; Sam "
            "Carter puts them in and re-sends the slides by Fri 18 Dec.") in said_there, \
        said_there
    for tool_word in ("school file", "build", "dsl_photo"):
        assert tool_word not in said_there, said_there
    assert "Change Picture" not in said_there and "whoever" not in said_there
    assert "the school’s own" in hidden.notes_slide.notes_text_frame.text
    card_words = {n: printed(" ".join(sh.text_frame.text for name, sh in shapes.items()
                                      if name.startswith(f"Help card {n} ")
                                      and sh.has_text_frame)) for n in (1, 2)}
    assert "By the school hall" in card_words[1] and "Price" not in card_words[1]
    assert "Next to reception" in card_words[2] and "Okafor" not in card_words[2]
    # The two adults' pictures large: a slide of their own.
    figure = shapes["Help card 1 picture"]  # cropped to what is drawn: its larger side
    assert max(figure.width, figure.height) >= 914400  # an inch at least
    said = printed(slide.notes_slide.notes_text_frame.text)
    # Whose place is whose, said aloud for the adult reading the notes.
    assert "Mrs Okafor: by the school hall; Mr Price: next to reception." in said
    assert "keeps children safe at school." in said


def test_parents_figures_are_dated_never_called_recent(built_packs: Path) -> None:
    """2024 figures called "recent" in a December 2026 session."""
    folder = built_packs / "live-streaming-parents"
    deck = Presentation(str(folder / slides_file("parents")))
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides)
    shown = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes
                     if sh.has_text_frame)
    text = f"{notes} {shown} {_doc_text(folder / 'live-streaming-parents-facilitator-notes.docx')}"
    assert "recent" not in text.lower()
    # Dated, never called the latest: each figure is said with its report's year.
    assert "the IWF’s full year 2024" in notes and "January to June 2025" in notes
    # Ofcom's 2024 figures for younger children are not quoted (no current edition could be
    # read): the notes say where its newest one is, and to say that edition's year.
    sentences = re.split(r"(?<=[.?!])\s+", notes)
    assert not [s for s in sentences if "Ofcom" in s and re.search(r"\d\s?%", s)]
    assert any("Ofcom’s yearly" in s and "saying the year" in s for s in sentences)
    assert "latest" not in notes
    # A newer report is brought in once, by whoever prepared the pack, never patched on a
    # slide on the night: the checklist says so, in words a presenter can act on.
    assert "this pack could check" not in text
    assert "before the session, give the newest" not in notes
    assert ("Newer report out? Ask whoever prepared this pack to update the figure" in text
            and "never change one on a slide by hand" in text)
    assert "facts file" not in text and "brand or school file" not in text


def test_the_handout_names_the_lead_in_its_steps(visiting: Path) -> None:
    """A handout step "Tell the school's Designated Safeguarding Lead" named nobody."""
    handout = _doc_text(visiting / "live-streaming-parents" / "live-streaming-parents-handout.docx")
    assert "Tell the school’s Designated Safeguarding Lead, Mrs Helen Okafor, so" in handout
