"""The decks carry what a lesson is taught from: each task's material on screen, an answer
slide after every check, the clues drawn and circled, the KS4 timeline, help cards that link,
red kept for danger. Every test reopens the built .pptx files."""

from __future__ import annotations

from pathlib import Path

import yaml
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from built_decks import built_deck
from lessonpack.api import load
from lessonpack.plan.quotes import typographic
from lessonpack.render.deck_nobreak import keep_whole

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "live-streaming"


def _texts(slide) -> list[str]:
    found = []
    for shape in slide.shapes:
        shapes = shape.shapes if shape.shape_type == 6 else [shape]  # groups: their shapes
        found += [s.text_frame.text.replace("\v", " ") for s in shapes if s.has_text_frame]
    return found


def _slide(deck, title: str):
    matches = [s for s in deck.slides if s.shapes.title is not None
               and s.shapes.title.text_frame.text.replace("\v", " ") == title]
    assert matches, title
    return matches[0]


def test_every_sort_card_and_question_is_on_a_slide(built_packs: Path) -> None:
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        deck = built_deck(built_packs, audience)
        shown = "\n".join(t for s in deck.slides for t in _texts(s))
        lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
        for cycle in lesson["cycles"]:
            task = cycle["task"]
            for item in (task.get("sort") or {}).get("items", []):
                assert typographic(item["text"].replace("\n", " ")) in shown, (audience,
                                                                               item["text"])
            if not task.get("sort"):
                for prompt in task.get("prompts", []):
                    # A quoted message is drawn as a message: its words are on the slide.
                    quoted = prompt["text"].split('"')[1] if '"' in prompt["text"] else \
                        prompt["text"]
                    assert typographic(quoted) in shown, (audience, prompt["text"])


def test_every_check_is_followed_by_its_answer(built_packs: Path) -> None:
    deck = built_deck(built_packs, "ks2")
    slides = list(deck.slides)
    checks = [i for i, s in enumerate(slides) if any(
        sh.name == "Answer A panel" for sh in s.shapes)
        and _texts(s)[0].endswith(("Quick check", "of 3", "of 2"))]
    assert len(checks) == 3  # one check per learning cycle (content/live-streaming/ks2.yml)
    for i in checks:
        reveal = slides[i + 1]
        title = reveal.shapes.title.text_frame.text.replace("\v", " ")
        assert "Answer: " in title, title
        names = {sh.name for sh in reveal.shapes}
        assert "Answer explanation" in names
        ticked = [n for n in names if n.endswith(" tick")]
        assert len(ticked) == 1
        letter = ticked[0].split()[1]
        panel = next(sh for sh in reveal.shapes if sh.name == f"Answer {letter} panel")
        assert panel.line.width >= Inches(0.05)  # outlined
        faded = [sh for sh in reveal.shapes if sh.name.startswith("Answer ")
                 and len(sh.name.split()) == 2 and sh.name != f"Answer {letter}"
                 and sh.name.split()[1] in "ABC"]
        assert len(faded) == 2
        assert all(b"alpha" in sh._element.xml.encode() for sh in faded)


def test_ks1_answers_are_numbered_with_a_picture_each(built_packs: Path) -> None:
    deck = built_deck(built_packs, "ks1")
    quiz = [s for s in deck.slides if any(sh.name == "Answer 1 panel" for sh in s.shapes)]
    assert len(quiz) >= 8  # 2 checks and 3 exit questions, each with its answer
    for slide in quiz:
        names = {sh.name for sh in slide.shapes}
        assert {"Answer 1 letter", "Answer 2 letter", "Answer 3 letter"} <= names
        assert "Answer A letter" not in names
        assert {"Answer 1 picture", "Answer 2 picture", "Answer 3 picture"} <= names
    assert not any(sh.name == "Picture: thinking" for s in deck.slides for sh in s.shapes)


def test_no_thinking_face_on_any_quiz_slide(built_packs: Path) -> None:
    for audience in ("ks2", "ks3", "ks4", "parents"):
        for slide in built_deck(built_packs, audience).slides:
            names = {sh.name for sh in slide.shapes}
            if "Answer A panel" in names:
                assert "Picture: thinking" not in names


def test_the_rooms_close_up_and_its_clues_circled(built_packs: Path) -> None:
    # Found by the drawing's shapes and the scenario's clues field, not the lesson's words.
    lesson = load().items["live-streaming-ks2"].item
    clues = {w for c in lesson.cycles if c.scenario is not None and c.scenario.clues
             for w in c.scenario.clues.values()}
    assert clues
    deck = built_deck(built_packs, "ks2")
    groups = [sh for slide in deck.slides for sh in slide.shapes
              if sh.name == "Close-up of the stream"]
    rings = [sum(sh.name.startswith("Clue circled") for sh in g.shapes) for g in groups]
    assert rings == [0, 4]  # the close-up, then the same room with its clues circled
    for group in groups:
        words = {sh.text_frame.text.replace("\n", " ") for sh in group.shapes
                 if sh.name.startswith("Clue words")}
        assert words >= clues
    ring = next(sh for sh in groups[1].shapes if sh.name == "Clue circled 1")
    assert str(ring.line.color.rgb) == "C8102E"


def test_ks4_timeline_shows_every_step_in_order_with_help(built_packs: Path) -> None:
    deck = built_deck(built_packs, "ks4")
    slide = next(s for s in deck.slides if any(sh.name == "Timeline arrow" for sh in s.shapes))
    by_name = {sh.name: sh for sh in slide.shapes}
    lesson = yaml.safe_load((CONTENT / "ks4.yml").read_text(encoding="utf-8"))
    sort = next(c["task"]["sort"] for c in lesson["cycles"]
                if c["task"].get("sort") and len(c["task"]["sort"]["columns"]) == 3
                and "unfold" in c["title"].lower())
    # The sort's cards are shuffled (the answer is not the card order); the timeline walks
    # the stages in order, each stage's cards in the order written.
    items = sorted(sort["items"], key=lambda i: sort["columns"].index(i["answer"]))
    assert items != sort["items"]
    times = []
    for n, item in enumerate(items, 1):
        words = by_name[f"Step {n} text"].text_frame
        shown = words.text.replace("\v", " ")
        assert shown == keep_whole(typographic(item["text"]))
        # Read by their times, which lead each card in bold: the sort slide's shuffled card
        # numbers (2, 6 / 1, 4 / 3, 5, 7) ran against the times down the columns.
        assert f"Step {n} number" not in by_name
        lead = words.paragraphs[0].runs[0]
        assert lead.font.bold and lead.text.rstrip(": ") == shown.split(":")[0]
        hour, minute = lead.text.rstrip("apm: ").split(".")
        times.append(int(hour) * 60 + int(minute))
    assert times == sorted(times) and len(set(times)) == len(times)
    # The arrow's point ends inside the grid of cards under it, not past its edge.
    arrow = by_name["Timeline arrow"]
    right = max(sh.left + sh.width for name, sh in by_name.items()
                if name.startswith("Step ") and name[5:].isdigit())
    assert arrow.left + arrow.width < right
    for stage in (1, 2, 3):
        assert by_name[f"Stage {stage} help text"].text_frame.text
    # Every stage's column of cards ends at one height, however many cards it has (equal
    # rows left a hole under the stages of two cards beside one of three).
    counts = [sum(i["answer"] == column for i in items) for column in sort["columns"]]
    assert len(set(counts)) > 1
    ends, last = [], 0
    for count in counts:
        last += count
        step = by_name[f"Step {last}"]
        ends.append(step.top + step.height)
    assert max(ends) - min(ends) <= Inches(0.05)


def test_help_cards_link_and_are_uniform(built_packs: Path) -> None:
    deck = built_deck(built_packs, "ks3")
    helps = [s for s in deck.slides if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert helps
    linked = [sh.click_action.hyperlink.address for s in helps for sh in s.shapes
              if sh.name.endswith(" contact") and sh.click_action.hyperlink.address]
    assert "https://www.ceop.police.uk" in linked or any("ceop.police.uk" in a for a in linked)
    for slide in helps:
        pictures = [sh for sh in slide.shapes if sh.name.startswith("Help card")
                    and sh.name.endswith(" picture")]
        # One icon size a slide: each drawing cropped to its ink and given one area
        # (render/deck_pictures.INK_SHARE), so the boxes differ in shape, not in area.
        areas = [p.width * p.height for p in pictures]
        assert not areas or max(areas) <= 1.1 * min(areas), areas
        # 11-16s' own words, not the younger pupils' ("Ring, free, any time", "Talk to
        # someone kind"); now the slides give the pupils' help card's short
        # contact ("0800 1111, free, any time"), as the card in their hand says it.
        words = " ".join(_texts(slide))
        assert "Ring, free" not in words and "someone kind" not in words, words


def test_live_badge_is_red_in_a_brand(riverside_all: Path) -> None:
    deck = built_deck(riverside_all, "ks3")  # Riverside Academy's brand
    badges = [sh for s in deck.slides for g in s.shapes if g.name == "Mock live stream"
              for sh in g.shapes if sh.name == "LIVE badge"]
    assert badges and all(str(b.fill.fore_color.rgb) == "C8102E" for b in badges)
    logo = next(sh for sh in deck.slide_master.shapes if sh.name == "Logo")
    assert logo.height >= Inches(0.55)


def test_help_cards_give_each_service_its_own_icon(built_packs: Path) -> None:
    """The safeguarding lead (the school) and a trusted adult are not drawn as one person."""
    for audience in ("ks2", "ks3", "ks4"):
        deck = built_deck(built_packs, audience)
        for slide in deck.slides:
            pictures = [sh for sh in slide.shapes if sh.name.startswith("Help card")
                        and sh.name.endswith(" picture")]
            blobs = [p.image.sha1 for p in pictures]
            assert len(blobs) == len(set(blobs)), (audience, [p.name for p in pictures])


def test_ks1_sayings_and_helping_hand_are_shown_not_only_said(built_packs: Path) -> None:
    """"No!", "Stop!" and "I'll tell!" as picture panels with their actions; the helping
    hand with a frame to draw a grown-up at school and one at home or another place (school
    first: every child has someone there)."""
    deck = built_deck(built_packs, "ks1")
    say = _slide(deck, "Say it and show it")
    texts = _texts(say)
    assert {"No!", "Stop!", "I’ll tell!"} <= set(texts)
    assert sum(sh.name.endswith(" picture") for sh in say.shapes) == 3
    # "Stop!": two raised hands, each the size of "No!"'s one hand beside it, so the
    # picture is as tall as that one and wider (in a square the pair was half size).
    pictures = {sh.name: sh for sh in say.shapes if sh.name.endswith(" picture")}
    one, two = pictures["Card 1 picture"], pictures["Card 2 picture"]
    assert abs(two.height - one.height) <= 100  # EMU: rounding only
    assert two.width >= 1.5 * one.width
    assert "both hands up" in two._element.nvPicPr.cNvPr.get("descr").lower()
    hand = _slide(deck, "My helping hand")
    names = [sh.text_frame.text for sh in hand.shapes if sh.name.startswith("Draw here")
             and sh.name.endswith(" name")]
    assert sorted(n.split(" or ")[0] for n in names) == ["At home", "At school"]


def test_helping_hand_frame_keeps_another_place_when_the_task_says_so() -> None:
    """A child may have no trusted grown-up at home: "at home or another place you go" in
    the steps gives a frame labelled so, never only "At home"."""
    from types import SimpleNamespace

    from lessonpack.plan.deck.task import _slots
    task = SimpleNamespace(instructions=[
        "Draw grown-ups you trust: someone at school and someone at home or another place "
        "you go, like a carer, a grandparent or a club leader."])
    assert [label for label, _pic in _slots(task, None)] == [  # type: ignore[arg-type]
        "At school", "At home or another place"]


def test_ks1_votes_on_one_slide_a_row_a_statement_with_the_thumbs_in_it(
        built_packs: Path) -> None:
    """Three thumbs slides alike, twice over, read as the same slide again: the starter and
    the look back each show the three statements as rows, each row with the thumbs."""
    deck = built_deck(built_packs, "ks1")
    lesson = yaml.safe_load((CONTENT / "ks1.yml").read_text(encoding="utf-8"))
    statements = [s["text"] for s in lesson["starter"]["statements"]]
    votes = [s for s in deck.slides
             if any(sh.name == "Statement 1 choice: Yes" for sh in s.shapes)]
    assert len(votes) == 2  # the starter and the look back
    assert votes[0].shapes.title.text_frame.text == lesson["starter"]["title"]
    for slide in votes:
        shapes = {sh.name: sh for sh in slide.shapes}
        for n, text in enumerate(statements, 1):
            assert shapes[f"Statement {n} text"].text_frame.text == text
            row = shapes[f"Statement {n}"]
            for word in ("Yes", "No", "Not sure"):
                thumb = shapes[f"Statement {n} choice: {word}"]
                assert thumb.shape_type == MSO_SHAPE_TYPE.PICTURE
                assert row.top <= thumb.top and thumb.top + thumb.height <= row.top + row.height
        # Five-year-olds' words over the thumbs, as the teacher says them: no "Disagree".
        heads = [shapes[f"Ticks column {n}"].text_frame.text for n in (1, 2, 3)]
        assert heads == ["Yes", "No", "Not sure"]
        # Every statement's own script stays in the notes, one after another.
        notes = slide.notes_slide.notes_text_frame.text
        assert all(f"Sentence {n}: “{text}”" in notes
                   for n, text in enumerate(statements, 1)), notes


def test_close_ups_describe_the_room_not_the_whole_stream(built_packs: Path) -> None:
    """The close-up and the circled clues show the room only: their alt text names the
    clues' words, not the chat's comments (KS2 slides 20 and 23)."""
    deck = built_deck(built_packs, "ks2")
    alts = [sh.element.find(".//{*}cNvPr").get("descr") for s in deck.slides
            for sh in s.shapes if sh.name == "Close-up of the stream"]
    assert len(alts) == 2 and "circled" in alts[1] and "circled" not in alts[0]
    for alt in alts:
        assert "Comments" not in alt and "“Elm Road”" in alt and "“Hillside Primary”" in alt


def test_a_key_words_picture_says_what_the_lesson_means_by_it(built_packs: Path) -> None:
    """A key word's own alt text reaches the slide over the library's (the
    grooming card's "someone you don't know" taught stranger danger to screen-reader users)."""
    lesson = yaml.safe_load((CONTENT / "ks3.yml").read_text(encoding="utf-8"))
    given = {k["term"]: k["picture_alt"] for k in lesson["keywords"] if k.get("picture_alt")}
    assert given
    deck = built_deck(built_packs, "ks3")
    alts = {}
    for slide in deck.slides:
        by_name = {sh.name: sh for sh in slide.shapes}
        for name, shape in by_name.items():
            heading = by_name.get(name.replace(" picture", " heading"))
            if name.endswith(" picture") and heading is not None and heading.has_text_frame:
                alts[heading.text_frame.text] = shape._element.xpath(".//p:cNvPr/@descr")[0]
    for term, alt in given.items():
        assert alts[term] == alt
    assert not any("don't know" in a or "stranger" in a.lower() for a in alts.values())


def test_the_close_up_comes_before_the_task_that_asks_about_it(built_packs: Path) -> None:
    """The cards say where to look ("The frame on the wall"), so pupils see the room
    first: the plain close-up, then the task's cards, whose notes say where the picture
    is; the task's minutes are said once, not again on the close-up's next slide."""
    deck = built_deck(built_packs, "ks2")
    slides = list(deck.slides)

    def has(slide, name: str) -> bool:
        return any(sh.name == name for sh in slide.shapes)

    up = next(i for i, s in enumerate(slides) if has(s, "Close-up of the stream"))
    cards = [i for i, s in enumerate(slides)
             if any(sh.name.startswith("Task card") for sh in s.shapes)]
    assert up + 1 in cards  # the room, then the sort's slide
    after = slides[up + 1].notes_slide.notes_text_frame.text
    assert "close-up of the stream is the slide before" in after
    assert "task continues" in after
    assert "a minute with the picture" in slides[up].notes_slide.notes_text_frame.text


def test_ks4_reply_and_its_follow_up_question_are_two_slides(built_packs: Path) -> None:
    """Amara's reply carried a timer, three steps, Ravi's message and a "Then answer" box:
    four things to read on one slide. The reply's slide keeps the timer, the steps and the
    message; Nia's message follows on the next slide, shown as a message as Ravi's is (a
    giant question mark filled that slide), her question under it, said in the notes as
    the same task's minutes (no extra time)."""
    deck = built_deck(built_packs, "ks4")
    slides = list(deck.slides)
    at = next(n for n, s in enumerate(slides)
              if any(sh.name == "Message screen" for sh in s.shapes))
    reply, question = slides[at], slides[at + 1]
    assert not any(sh.name in ("Task then", "Task question") for sh in reply.shapes)
    assert question.shapes.title.text.startswith(reply.shapes.title.text)
    texts = " ".join(sh.text_frame.text for sh in question.shapes if sh.has_text_frame)
    screens = [sh for sh in question.shapes if sh.name == "Message screen"]
    assert screens and "Nia" in texts and "Is it too late to get help?" in texts
    assert "Write Amara’s answer, and why." in texts
    assert not any(sh.name.startswith("Task picture") for sh in question.shapes)
    assert "next slide" in reply.notes_slide.notes_text_frame.text
    assert "no extra time" in question.notes_slide.notes_text_frame.text


