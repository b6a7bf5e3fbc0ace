"""The built decks, reopened and measured as a presentation designer reads them: an
answer slide is its question slide plus a layer, each story character has a figure of their
own, a task says each step once, fill-in fields are marked as fields, and the notes talk
only about the comments a slide shows."""

from __future__ import annotations

import hashlib
import re
from itertools import pairwise
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Inches

from built_decks import shown, slides_file
from lessonpack.api import load
from lessonpack.check.measure import count_lines
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.picture_library import builtin_library
from lessonpack.kinds.base import SIDE
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.pack import plan_pack
from lessonpack.render.deck_fit import box_size, insets, layout_style
from lessonpack.render.deck_reveal_sentence import reveals
from lessonpack.render.deck_shown import slide_words
from lessons import scenarios_in

PICTURE = 13


def _deck(built: Path, audience: str) -> list[Slide]:
    path = built / f"live-streaming-{audience}" / slides_file(audience)
    return shown(Presentation(str(path)).slides)  # type: ignore[return-value]


def _planned(built: Path, audience: str) -> list[tuple[Slide, object]]:
    """Each built slide beside the payload its plan gave it, so tests find slides by kind
    (the payload's type), not by the lesson's words: a content edit cannot lose them."""
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    deck = _deck(built, audience)
    planned = [spec for spec in plan.slides if not spec.hidden]  # as shown() leaves them out
    assert len(deck) == len(planned), audience
    return [(slide, spec.payload) for slide, spec in zip(deck, planned, strict=True)]


def _streams(built: Path, audience: str) -> list[tuple[Slide, StreamScreen]]:
    """The deck's live-stream slides with the stream the plan gave each."""
    return [(slide, payload) for slide, payload in _planned(built, audience)
            if isinstance(payload, StreamScreen)]


def _title(slide: Slide) -> str:
    """The title's words (a soft line break is a space)."""
    title = slide.shapes.title
    return " ".join(title.text_frame.text.split()) if title is not None else ""


def _boxes(slide: Slide, prefix: str) -> dict[str, tuple[int, int, int, int]]:
    """Where each shape whose name starts with ``prefix`` is: name -> (x, y, w, h)."""
    return {sh.name: (sh.left, sh.top, sh.width, sh.height) for sh in slide.shapes
            if sh.name.startswith(prefix)}


def _pairs(slides: list[Slide]) -> list[tuple[Slide, Slide]]:
    """Each check's question slide and the answer slide after it."""
    return [(q, a) for q, a in pairwise(slides) if reveals(_title(q), _title(a))]


def _size(slide: Slide) -> float | None:
    """The title's own size, where the build set one."""
    runs = [r for p in slide.shapes.title.text_frame.paragraphs for r in p.runs]
    return runs[0].font.size.pt if runs and runs[0].font.size else None


def _lines(slide: Slide, own: bool = True) -> int:
    """The title's lines as the check measures them, at its own size or (``own`` False, or
    none set) its layout's."""
    ph = slide.shapes.title
    size, bold, _space, _bulleted = layout_style(ph, slide.slide_layout)
    size = (_size(slide) if own else None) or size
    left, _top, right, _bottom = insets(ph, slide.slide_layout)
    width = box_size(ph, slide.slide_layout)[0] / 12700 - left - right
    # Each piece between hand-made line breaks wraps on its own.
    return sum(count_lines(" ".join(piece.split()), "Arial", size, width, bold)
               for piece in ph.text_frame.text.split("\x0b"))


def test_an_answer_slide_is_its_question_slide_plus_a_layer(built_packs: Path) -> None:
    """The panels, their pictures and letters, and the character beside
    them stand exactly where they stood on the question slide; the reason replaces "how to
    answer" in the same strip; the right panel is outlined and ticked. The parents' quiz
    too: its strip sized to the reason on both slides."""
    for audience in ("ks1", "ks2", "ks3", "ks4", "parents"):
        pairs = _pairs(_deck(built_packs, audience))
        assert len(pairs) >= (1 if audience == "parents" else 3), audience
        for question, answer in pairs:
            asked, shown = _boxes(question, "Answer "), _boxes(answer, "Answer ")
            panels = {n: b for n, b in asked.items() if n.endswith(("panel", "letter",
                                                                   "picture"))}
            assert panels and all(shown.get(n) == b for n, b in panels.items()
                                  if n != "Answer explanation panel"), (audience,
                                                                        _title(question))
            strip = _boxes(question, "How to answer panel")["How to answer panel"]
            assert shown["Answer explanation panel"] == strip
            ticks = [n for n in shown if n.endswith("tick")]
            assert len(ticks) == 1
            outlined = [sh for sh in answer.shapes if sh.name.endswith("panel")
                        and sh.name.startswith("Answer ") and sh.line.width > 0]
            assert [sh.name.replace(" panel", "") for sh in outlined] == \
                [ticks[0].replace(" tick", "")]
            # The character the question names (KS1's Pip) stays beside the panels.
            beside = [(sh.left, sh.top, sh.width) for sh in question.shapes
                      if sh.shape_type == PICTURE and not sh.name.startswith("Answer ")]
            assert beside == [(sh.left, sh.top, sh.width) for sh in answer.shapes
                              if sh.shape_type == PICTURE and not sh.name.startswith("Answer ")]


def test_an_answer_title_takes_no_more_lines_than_its_question(
        built_packs: Path, long_question_packs: Path) -> None:
    """"Answer: " in front of a one-line question wraps it to a second line; the question
    is then broken into two even lines too, at the same size, so the click to the answer
    moves nothing. No title is set smaller to stay on one line (31 pt
    titles beside neighbours that wrapped at full size), nor to stay on two: a title of
    three lines at full size gets a third line (its box a line taller), and its question's
    box grows with it, the panels under both at one height."""
    for audience in ("ks1", "ks2", "ks3", "ks4"):
        _answer_titles_grown(built_packs, audience)
    # The tests' long KS4 question takes three lines at the layout's size (the built-in
    # questions are asked under short titles).
    assert _answer_titles_grown(long_question_packs, "ks4"), "no title took a third line"


def _answer_titles_grown(packs: Path, audience: str) -> int:
    """How many of the audience's question titles grew a line taller, each pair checked as
    above."""
    grown = 0
    pairs = _pairs(_deck(packs, audience))
    assert pairs, audience  # every key stage has questions answered on a slide
    for question, answer in pairs:
        tall = question.shapes.title.height
        assert answer.shapes.title.height == tall, _title(answer)
        line = _lines(answer) <= _lines(question) or tall > Inches(1.5)
        assert line, _title(answer)
        grown += tall > Inches(1.5)
        assert _size(answer) == _size(question), _title(answer)
        # Three lines at the layout's size fit the grown box: the layout's size.
        if _lines(question, own=False) <= 3 and _lines(answer, own=False) <= 3:
            assert _size(question) is None, _title(question)
    return grown


def test_an_answer_title_breaks_where_its_question_breaks(built_packs: Path) -> None:
    """The title the class reads on the question stays put on the reveal: each line of the
    answer's title is the question's line, "Answer: " in front of the first (two-line
    titles once broke after "age" on one slide and "about" on the next). Every title that
    wraps is broken by hand, so the lines are the file's own line breaks."""
    for audience in ("ks1", "ks2", "ks3", "ks4", "parents"):
        for question, answer in _pairs(_deck(built_packs, audience)):
            asked = question.shapes.title.text_frame.text.split("\x0b")
            shown = answer.shapes.title.text_frame.text.split("\x0b")
            # "Answer: " in front of the first line, or of the second where it holds the
            # question's last sentence and the first line could not take it (KS2's
            # "StarFan_J dared Kofi, and Kofi typed the joke. / Answer: Whose fault is it?").
            assert shown in ([f"Answer: {asked[0]}", *asked[1:]],
                             [asked[0], *(f"Answer: {a}" for a in asked[1:2])]), \
                (audience, shown, asked)
            if _lines(answer) >= 2:  # a wrap, not left to the renderer
                assert len(shown) == _lines(answer), (audience, shown)


def _cast(slides: list[Slide]) -> dict[str, str]:
    """Who is drawn in each stream: the picture's alt text ("Mei, on screen", "Dad") -> the
    library picture it is."""
    cast: dict[str, str] = {}
    for slide in slides:
        for shape in slide.shapes:
            inner = shape.shapes if shape.shape_type == 6 else [shape]
            for sh in inner:
                if sh.shape_type == PICTURE and sh.name.startswith("In the video: "):
                    alt = sh._element.nvPicPr.cNvPr.get("descr")
                    cast.setdefault(alt, sh.name.removeprefix("In the video: "))
    return cast


def test_each_story_character_has_a_figure_of_their_own(built_packs: Path) -> None:
    """Each stream's child is drawn as the figure its scenario names (``picture``; the
    grown-up ``beside`` as theirs): no grown man plays a girl of nine or a teenage boy, and
    no two characters of a deck share one figure."""
    index = load()
    for audience in ("ks2", "parents"):
        cast = _cast(_deck(built_packs, audience))
        checked = 0
        for scenario in scenarios_in(index.items[f"live-streaming-{audience}"].item):
            alt = f"{scenario.character}, on screen"
            if scenario.picture and alt in cast:
                assert cast[alt].startswith(scenario.picture), (alt, cast[alt])
                checked += 1
            if scenario.beside and scenario.beside.capitalize() in cast:
                assert cast[scenario.beside.capitalize()].startswith(scenario.beside)
        assert checked >= 2, (audience, cast)
        people = {alt: name for alt, name in cast.items() if alt.endswith("on screen")
                  or alt in ("Dad", "Mum")}
        assert len(set(people.values())) == len(people), people
    for audience in ("ks3", "ks4"):
        figures = {n for alt, n in _cast(_deck(built_packs, audience)).items()
                   if alt.endswith("on screen")}
        assert figures and all(n.startswith("teen-boy") for n in figures), (audience, figures)


def test_the_dad_and_the_teenage_boy_are_different_pictures() -> None:
    """The library's dad is a grown man and its teenage boy a boy: one Fluent Emoji "man" had played
    both."""
    library = builtin_library()
    dad, teen = library.get("dad", ""), library.get("teen-boy", "")
    assert dad is not None and teen is not None
    assert dad.sha1 != teen.sha1


def test_meis_cat_drawing_is_in_every_view_of_her_room(built_packs: Path) -> None:
    """Sort card 1 is "Her drawing of a cat": the stream, the close-up
    and the circled feedback all show it, pinned on her wall, never circled as a clue."""
    views = 0
    for slide in _deck(built_packs, "ks2"):
        names = [sh.name for g in slide.shapes if g.shape_type == 6 for sh in g.shapes]
        if "In the video: certificate" in names:
            views += 1
            assert "In the video: cat" in names and "Drawing paper" in names
    assert views == 3


def test_a_task_says_each_step_once(built_packs: Path) -> None:
    """No step of a task slide is said again in other words beside it;
    a task with questions is one numbered list beside the timer tile."""
    for audience in ("ks2", "ks3", "ks4"):
        for slide in _deck(built_packs, audience):
            steps = [sh.text_frame.text for sh in slide.shapes
                     if sh.name.startswith("Task step") and sh.name.endswith("text")]
            names = {sh.name for sh in slide.shapes}
            questions = [n for n in names if n.startswith("Task question")]
            if _title(slide) in ("What should Kofi do?", "Kai's big night"):
                # The timer tile (its clock on a disc), not the sidebar with its own list.
                assert len(steps) == 3 and "Task clock disc" in names, _title(slide)
                assert "Task panel bar" not in names and not questions, _title(slide)
            assert len(set(steps)) == len(steps)


def test_one_list_puts_each_question_where_its_step_was() -> None:
    from lessonpack.plan.deck.task import one_list

    steps = ("With your partner, read Kofi's story and the chat.",
             "Name two tricks StarFan_J uses.", "Plan Kofi's steps: Stop, Tell, Save, Report.")
    questions = ("Name two tricks StarFan_J uses, and copy the words that show each one.",
                 "Plan Kofi's steps: Stop, Tell, Save, Report.")
    assert one_list(steps, questions, alone=True) == ((steps[0], *questions), ())
    kai = one_list(("Look at Kai's stream.", "With a partner, answer the two questions. "
                    "Write about Kai, not about yourself."), ("Q one?", "Q two?"), alone=True)
    assert kai == (("Look at Kai's stream. Write about Kai, not about yourself.", "Q one?",
                    "Q two?"), ())
    # Beside a message, a question a step already asks goes.
    assert one_list(("Read Ravi's message, then write his friend Amara's reply.",),
                    ("Write Amara's reply.", "Is it too late?"), alone=False) == (
        ("Read Ravi's message, then write his friend Amara's reply.",), ("Is it too late?",))


def test_fill_in_fields_are_highlighted_on_slides(built_packs: Path) -> None:
    """A draft's [DSL's name] on the help slide is marked as a field
    to fill in (a pale tint), the words around it are not."""
    found = 0
    for audience in ("ks1", "ks2", "parents"):
        for slide in _deck(built_packs, audience):
            for run in slide.element.iter(qn("a:r")):
                text = run.findtext(qn("a:t")) or ""
                mark = run.find(f"{qn('a:rPr')}/{qn('a:highlight')}/{qn('a:srgbClr')}")
                lit = mark is not None
                if "[" in text:
                    assert lit and text.startswith("[") and text.endswith("]"), text
                    # A pale tint, not marker-pen yellow: a slide printed before it is
                    # filled in stays usable (the average of its channels over 88%).
                    assert sum(bytes.fromhex(mark.get("val"))) / 765 > 0.88, mark.get("val")
                    found += 1
                else:
                    assert not lit, text
    assert found >= 3


def test_notes_list_only_the_comments_the_slide_shows(built_packs: Path) -> None:
    """KS1's watching scene shows only the message that pops up, so its
    notes must not ask about the comments it leaves out. Every stream slide of every deck: a
    comment the plan gave but the slide does not draw is not in the notes."""
    left_out = 0
    for audience in ("ks1", "ks2", "ks3", "ks4", "parents"):
        for slide, screen in _streams(built_packs, audience):
            drawn = slide_words(slide.element)
            notes = slide.notes_slide.notes_text_frame.text
            for comment in screen.comments:
                if " ".join(comment.text.split()) not in drawn:
                    left_out += 1
                    assert f"“{comment.text}”" not in notes, (audience, comment.text)
    assert left_out, "no stream slide leaves a comment out: the check has nothing to check"


def test_trim_notes_keeps_the_rest_of_the_notes() -> None:
    from lessonpack.render.deck_shown import trim_notes

    notes = ("Read the story aloud.\nComments, for discussion: “Hi!” (A): kind; "
             "“Tap here!” (B): red flag.\nIt is never the child's fault.")
    assert trim_notes(notes, ("Hi!",)) == ("Read the story aloud.\nComments, for discussion: "
                                           "“Tap here!” (B): red flag.\nIt is never the "
                                           "child's fault.")
    assert trim_notes(notes, ("Hi!", "Tap here!")) == ("Read the story aloud.\nIt is never "
                                                       "the child's fault.")
    # A commenter named with whose account it is keeps its comment.
    named = "Comments, for discussion: “Hi!” (Ama_M (Gran)): neutral; “Tap!” (B): red flag."
    assert trim_notes(named, ("Tap!",)) == ("Comments, for discussion: “Hi!” (Ama_M "
                                            "(Gran)): neutral.")


def test_the_think_pair_share_question_fills_its_panel(built_packs: Path) -> None:
    """The question beside a stream is set at the look's body size
    (24 pt at least) and centred down its panel, not left in the panel's top third."""
    scene = next(slide for slide, screen in _streams(built_packs, "ks2") if screen.question)
    side = next(sh for sh in scene.placeholders if sh.placeholder_format.idx == SIDE)
    body_pr = side.text_frame._txBody.find(qn("a:bodyPr"))
    assert body_pr.get("anchor") == "ctr"
    sizes = {r.font.size.pt for p in side.text_frame.paragraphs for r in p.runs if r.font.size}
    own = side.element.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}"
                            f"/{qn('a:defRPr')}")
    if own is not None and own.get("sz"):
        sizes.add(int(own.get("sz")) / 100)
    assert sizes and min(sizes) >= 24, sizes


def test_the_adults_session_pictures_say_what_its_points_say(built_packs: Path) -> None:
    """No cartoon emoji on the parents' slides (the zipped mouth on the ground rules; a house,
    sparkles and chains beside the points): line icons. The sections' slides of bullets need
    imagery, so a section's points each carry one icon of what they say (a different one
    each), the steps of "if something happens" are a numbered flow, and pictures elsewhere
    are only the stories' people, the help services' marks and the quiz reveal's tick."""
    flows = 0
    plain = {hashlib.sha1(Path(p.path).read_bytes()).hexdigest()
             for name, p in builtin_library().pictures.items() if name.startswith("plain-")}
    for slide in _deck(built_packs, "parents"):
        pictures = [sh.name for sh in slide.shapes if sh.shape_type == PICTURE]
        drawn_in = {sh.name for g in slide.shapes if g.shape_type == 6 for sh in g.shapes}
        points = [sh for sh in slide.shapes if re.fullmatch(r"(Point|Step) \d+ text", sh.name)]
        if slide.slide_layout.name == "LP Title":
            # The cover: one calm picture of where families act (a home), in its disc.
            assert pictures == ["Picture: plain-home"], pictures
            continue
        # Adults get the line icons the KS3-KS4 decks have, not cartoon emoji: every icon
        # of a point, a step or a help card is one of the library's plain-* icons.
        icons = [sh.image.sha1 for sh in slide.shapes if sh.shape_type == PICTURE
                 and not re.fullmatch(r"Answer [A-F] tick", sh.name)]
        assert set(icons) <= plain, (_title(slide), pictures)
        if "Section" in slide.slide_layout.name and not points:
            # A part opening on its statement: one picture of it, beside the words.
            assert len(pictures) <= 1 and all(n.startswith("Picture: plain-") for n in pictures)
            continue
        # The quiz's reveal ticks the right answer: a mark that carries meaning, the one
        # filled tick of every deck's reveals.
        # A part's opener (its one statement, large, on the section layout) has one
        # picture of that statement, as the pupils' cycles' openers do.
        opener = slide.slide_layout.name == "LP Section"
        assert not opener or len(pictures) <= 1, (_title(slide), pictures)
        assert all(n.startswith("Help card") or re.fullmatch(r"(Point|Step) \d+ picture", n)
                   or re.fullmatch(r"Answer [A-F] tick", n)
                   or (opener and n.startswith("Picture: plain-"))
                   for n in pictures), (_title(slide), pictures)
        if _title(slide) in ("How we will work tonight", "How we will work today",
                             "What this session covers"):
            assert not pictures and not {n for n in drawn_in if "picture" in n.lower()}
        if points and any(sh.name == "Step 1 number" for sh in slide.shapes):
            # Steps in order: one marker each, the number; no picture beside it too.
            assert not pictures, _title(slide)
        elif points:
            assert len(pictures) == len(points), _title(slide)
            shas = {sh.image.sha1 for sh in slide.shapes if sh.shape_type == PICTURE}
            assert len(shas) == len(points), _title(slide)
        if any(sh.name == "Step 1 number" for sh in slide.shapes):
            # Numbered steps (two by two: read across, then down; no arrows needed).
            flows += 1
            numbers = [sh.text_frame.text for sh in slide.shapes
                       if re.fullmatch(r"Step \d+ number", sh.name)]
            assert numbers == [str(n) for n in range(1, len(points) + 1)]
    assert flows == 1
    sections = [s for s in _deck(built_packs, "parents")
                if any(sh.name == "Point 1 text" for sh in s.shapes)]
    assert len(sections) >= 5


def test_ks1_families_are_the_story_animals(built_packs: Path) -> None:
    """Pip the rabbit's Mum, Granny and Grandad are rabbits and Olly the owl's
    Dad an owl, each their own picture, as the puppet stories tell them."""
    seen: dict[str, str] = {}
    for slide in _deck(built_packs, "ks1"):
        for group in (g for g in slide.shapes if g.shape_type == 6):
            for sh in group.shapes:
                if sh.shape_type == PICTURE:
                    seen[sh.name] = sh.image.sha1
    library = builtin_library().pictures

    def sha(name: str) -> str:
        return hashlib.sha1(Path(library[name].path).read_bytes()).hexdigest()

    drawn = set(seen.values())
    for name in ("rabbit-mum", "rabbit-granny", "rabbit-grandad", "owl-dad"):
        assert sha(name) in drawn, name
    for person in ("grown-up", "grandparent", "grandad", "dad"):
        assert sha(person) not in drawn, person


def test_a_sentence_starter_is_large_and_centred(built_packs: Path) -> None:
    """The reflection's one sentence starter is set at 32 pt or more,
    not a line in the top quarter beside a giant emoji. KS2's is in the frame to write in,
    as KS3's and KS4's (tests/test_reflection_slide.py), its face small at the right."""
    for audience in ("ks2",):
        sentence = next(sh for s in _deck(built_packs, audience) for sh in s.shapes
                        if sh.name == "Write-on sentence")
        sizes = {r.font.size.pt for p in sentence.text_frame.paragraphs for r in p.runs}
        assert sentence.text_frame.text.endswith("…") and min(sizes) >= 32, (audience, sizes)


def test_the_ks4_title_picture_is_not_the_selfie_arm(built_packs: Path) -> None:
    """A selfie arm with no person read as a severed limb."""
    title = _deck(built_packs, "ks4")[0]
    names = {sh._element.nvPicPr.cNvPr.get("descr") for sh in title.shapes
             if sh.shape_type == PICTURE}
    assert names and not any("selfie" in (n or "").lower() for n in names), names


def _help_style(slide: Slide) -> tuple[set[float], set[float], int]:
    """A help slide's name sizes, the sizes of the words under them, and its cards' top."""
    names, words = set(), set()
    for sh in slide.shapes:
        if sh.name.startswith("Help card") and sh.has_text_frame:
            sizes = {r.font.size.pt for p in sh.text_frame.paragraphs for r in p.runs
                     if r.font.size}
            (names if sh.name.endswith("heading") else words).update(sizes)
    top = min(sh.top for sh in slide.shapes if sh.name == "Help card 1")
    return names, words, top


def test_a_run_of_adults_help_slides_has_one_card_style(built_packs: Path) -> None:
    """The parents' "Where to get help (1 of 2)..." slides
    set their names and words at one size each, the name larger than the words, and the
    cards start at one height on every slide of the run."""
    run = [_help_style(s) for s, payload in _planned(built_packs, "parents")
           if isinstance(payload, SignpostingSlide)]
    assert len(run) >= 2
    assert len({frozenset(n) for n, _w, _t in run}) == 1
    assert len({frozenset(w) for _n, w, _t in run}) == 1
    assert len({t for _n, _w, t in run}) == 1
    names, words, _top = run[0]
    assert min(names) >= max(words) + 2


def test_no_adults_help_slide_holds_two_cards_alone(built_packs: Path) -> None:
    """Two narrow cards in the middle of a slide, after a row of three, read as unfinished:
    the all-through parents' run of seven cards is four (two by two) then three in a row."""
    run = [sum(1 for sh in s.shapes if re.fullmatch(r"Help card \d+", sh.name))
           for s, payload in _planned(built_packs, "parents")
           if isinstance(payload, SignpostingSlide)]
    assert sum(run) >= 7
    assert min(run) >= 3, run


def test_adults_discuss_at_their_tables(built_packs: Path) -> None:
    """"Think, pair, share" is a classroom routine and reads as patronising
    to parents: their stream slides' tab says "Discuss at your table"; pupils' keep it."""
    tabs = [sh.text_frame.text for s in _deck(built_packs, "parents") for sh in s.shapes
            if sh.name == "Question tab"]
    assert tabs and set(tabs) == {"Discuss at your table"}
    # Pupils keep the layout's words (a stream widened into the panel redraws its tab).
    assert {sh.text_frame.text for s in _deck(built_packs, "ks2") for sh in s.shapes
            if sh.name == "Question tab"} <= {"Think, pair, share"}


def test_a_story_told_in_moments_is_a_timeline(built_packs: Path) -> None:
    """The parents' stories read as four unpunctuated lines, like a poem: each
    moment is a dot on a line, its words beside it, in order down the card."""
    stories = [s for s in _deck(built_packs, "parents")
               if any(sh.name == "Story line" for sh in s.shapes)]
    assert len(stories) == 2
    for slide in stories:
        beats = [sh for sh in slide.shapes if re.fullmatch(r"Story beat \d+", sh.name)]
        dots = [sh for sh in slide.shapes if re.fullmatch(r"Story beat \d+ dot", sh.name)]
        assert len(beats) == len(dots) >= 3
        assert [b.top for b in beats] == sorted(b.top for b in beats)


def test_five_year_olds_answer_the_story_with_their_faces(built_packs: Path) -> None:
    """A story stop for 5-year-olds is a whole-class "show me with your face",
    not pair talk; the notes call each comment by the class's traffic-light colour."""
    deck = _deck(built_packs, "ks1")
    tabs = [sh.text_frame.text for s in deck for sh in s.shapes if sh.name == "Question tab"]
    assert tabs and set(tabs) == {"Show me with your face"}
    notes = [s.notes_slide.notes_text_frame.text for s in deck if s.has_notes_slide]
    listed = [n for n in notes if "Comments, for discussion" in n]
    assert listed and not any(re.search(r"\): (kind|neutral|red flag)\b", n) for n in listed)
    sort = [n for n in notes if "Sort answers" in n]
    assert sort and all("hold up their cards; no sheet yet" in n for n in sort)


def test_a_step_number_stands_before_its_words_first_line(built_packs: Path) -> None:
    """The parents' "If something happens" badges floated above the icon's disc, apart from
    both: each number now stands before its step's words, centred on their first line, the
    badges in a column down each column of cards and in line across each row."""
    grids = 0
    for slide in _deck(built_packs, "parents"):
        badges = {sh.name[:-len(" number")]: sh for sh in slide.shapes
                  if re.fullmatch(r"Step \d+ number", sh.name)}
        texts = {sh.name[:-len(" text")]: sh for sh in slide.shapes
                 if re.fullmatch(r"Step \d+ text", sh.name)}
        if len(badges) != 4 or set(badges) != set(texts):
            continue
        grids += 1
        for name, badge in badges.items():
            text = texts[name]
            size = max(int(v) for v in text.element.xpath(".//a:rPr/@sz")) / 100
            middle = text.top + Inches(size * 1.2 / 72) // 2  # the first line's middle
            assert abs(badge.top + badge.height // 2 - middle) <= Inches(0.05), name
            assert badge.left + badge.width <= text.left  # before the words, not above
        assert len({badges[f"Step {n}"].left for n in (1, 3)}) == 1
        assert len({badges[f"Step {n}"].top for n in (1, 2)}) == 1
    assert grids == 1


def test_a_run_of_adults_help_slides_keeps_one_layout(built_packs: Path) -> None:
    """The default parents' seven help cards are four (two by two) then three in a row:
    each slide's cards share one size, and every row of cards spans the same width on
    every slide of the run (a short slide's cards centred at a longer one's width left
    two narrow cards floating mid-slide)."""
    spans = set()
    for slide, payload in _planned(built_packs, "parents"):
        if not isinstance(payload, SignpostingSlide):
            continue
        cards = [sh for sh in slide.shapes if re.fullmatch(r"Help card \d+", sh.name)]
        assert len({c.width for c in cards}) == 1
        for top in {c.top for c in cards}:
            row = [c for c in cards if c.top == top]
            spans.add((min(c.left for c in row), max(c.left + c.width for c in row)))
    assert len(spans) == 1, spans


def test_the_objectives_are_numbered_rows_like_the_big_ideas(built_packs: Path) -> None:
    """The objectives ("Steps to get there") were the one plain bullet list with a
    picture beside it in decks built from cards: numbered rows, as the big ideas are."""
    for audience in ("ks2", "ks4"):
        slide = next(s for s in _deck(built_packs, audience)
                     if s.shapes.title is not None
                     and s.shapes.title.text == "Steps to get there")
        numbers = [sh for sh in slide.shapes if re.fullmatch(r"Check \d+ number", sh.name)]
        rows = [sh for sh in slide.shapes if re.fullmatch(r"Check \d+", sh.name)]
        assert len(numbers) == len(rows) >= 3, [sh.name for sh in slide.shapes]
        assert not [sh for sh in slide.shapes if sh.shape_type == 13], audience  # no picture


def test_check_your_work_rows_are_numbered_not_boxes_to_tick(built_packs: Path) -> None:
    """Pupils check their own work: a sort against its own cards, numbered as on the task,
    each with its answer in bold before its words (a list of points after every task
    read as a form); a reply to write against points, each numbered (the teacher
    can name "point 2"), never an empty box drawn on the screen, which nobody can tick."""
    for audience in ("ks2", "ks3", "ks4"):
        slides = [s for s in _deck(built_packs, audience) if s.shapes.title is not None
                  and s.shapes.title.text.startswith("Check your work")]
        assert len(slides) >= 2, audience
        sorts = 0
        for slide in slides:
            cards = [sh for sh in slide.shapes
                     if re.fullmatch(r"(Task|Answer) card \d+ text", sh.name)]
            if cards:
                sorts += 1
                key = {sh.text_frame.text for sh in slide.shapes
                       if re.fullmatch(r"Sort column \d+ name", sh.name)}
                for card in cards:
                    verdict, words = card.text_frame.paragraphs[0].runs[:2]
                    assert verdict.font.bold and verdict.text.removesuffix(": ") in key, \
                        (audience, card.text_frame.text)
                    assert words.text and not words.font.bold, audience
                continue
            rows = [sh for sh in slide.shapes if re.fullmatch(r"Check \d+", sh.name)]
            numbers = [sh.text_frame.text for sh in slide.shapes
                       if re.fullmatch(r"Check \d+ number", sh.name)]
            assert numbers == [str(n) for n in range(1, len(rows) + 1)] and rows, audience
            assert not [sh.name for sh in slide.shapes if sh.shape_type == 1
                        and sh.line.fill.type == 1], audience  # no outlined box
        assert sorts >= (0 if audience == "ks3" else 1), audience


def test_a_sorts_feedback_marks_each_card_with_its_answer(built_packs: Path) -> None:
    """KS2's comment sort checked on its own cards: each card's answer is the content's."""
    slide = next(s for s in _deck(built_packs, "ks2") if s.shapes.title is not None
                 and s.shapes.title.text == "Check your work: Comment sort")
    # The answer's run, then the card's words (a run a line, where the card's lines are evened).
    shown = {" ".join(r.text.strip() for r in sh.text_frame.paragraphs[0].runs[1:]):
             sh.text_frame.paragraphs[0].runs[0].text
             for sh in slide.shapes if re.fullmatch(r"(Task|Answer) card \d+ text", sh.name)}
    assert shown["Nobody likes your videos. Just give up."] == "Unkind: "
    assert shown["Let’s go to a private chat. Don’t tell anyone."] == "Red flag: "
    assert list(shown.values()).count("Kind: ") == 2  # keepy-uppies, the tip
    assert len(shown) == 6
    # The points pupils check against are said with the answer on screen.
    assert "check and improve their own work" in slide.notes_slide.notes_text_frame.text
