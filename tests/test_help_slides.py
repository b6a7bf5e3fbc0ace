"""Help slides as each age reads them: for KS1, who cannot read yet, the picture large and a
few words under the name (KS1's help slide had four lines a card and
30 px icons); what each service is for is said aloud, in the notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from built_decks import built_deck, slides_file
from lessonpack.check.measure import count_lines
from squeezed_template import squeezed_default


def test_ks1_help_cards_are_pictures_first_with_few_words(built_packs: Path) -> None:
    path = built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"
    slides = [s for s in Presentation(str(path)).slides
              if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert slides
    said = []
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [n for n in shapes if n.startswith("Help card") and n[10:].isdigit()]
        # The lead and the deputy on a slide of their own, then the other cards.
        assert len(cards) >= 2
        for card in cards:
            # Every card has its picture, the school's too: without a photo, the drawn
            # staff figure (never an empty frame). A picture is cropped to what is drawn
            # (render/deck_pictures.ink_box): its larger side as large as the drawing was
            # in a 1 in frame (the library draws on the middle 448 px of a 512 px canvas).
            picture = shapes[f"{card} picture"]
            assert max(picture.width, picture.height) >= Inches(1.0) * 448 // 512, \
                (card, picture.width)
            words = " ".join(sh.text_frame.text for name, sh in shapes.items()
                             if name.startswith(f"{card} ") and name != f"{card} heading"
                             and sh.has_text_frame)
            # A [field] is one thing to type over, however many words it holds.
            assert len(re.sub(r"\[[^\]]*\]", "field", words).split()) <= 7, (card, words)
        said.append(slide.notes_slide.notes_text_frame.text)
        # No frames for photos nobody gave: an empty "Photo of Mrs Shah" box, like the
        # empty circles with cameras before it, looked unfinished to the class.
        assert not [n for n in shapes if "photo" in n.lower()], list(shapes)
    # What the cards no longer show is said aloud: the DSL card's job and Childline's.
    notes = "\n".join(said)
    assert re.search(r"keeps? (children|you) safe", notes) and "someone kind" in notes


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_help_cards_are_set_at_the_decks_body_size(built_packs: Path, audience: str) -> None:
    """The help slides were the smallest type in each deck: 18-19 pt beside 22-32 pt.
    Their words are at the deck's body size or larger (11-16s': 26 pt, Look.help_pt, read
    from the back of the room), each name larger than the words under it (2 pt; 1 pt at
    11-16s' 26 pt, where a school's own "Riverside Student Support" at 28 pt wrapped beside
    its icon and cost the first slide its icons); in a row of wide cards the contact lines end
    at one height (the numbers floated at three heights), and on a tall card the contact
    follows its own words."""
    from lessonpack.check.measure import MIN_SLIDE_PT
    from lessonpack.kinds.look import LOOKS
    from lessonpack.render.deck_help_words import line_pt

    path = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    slides = [s for s in Presentation(str(path)).slides
              if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert slides
    least = line_pt(LOOKS[audience])
    if audience in ("ks3", "ks4"):
        assert least >= 26  # the designer's "bigger type" (22 pt was the deck's smallest)
    if audience == "parents":
        # Adults' cards keep every number and address (Childline's web address, NSPCC's
        # email) in smaller type, to the slides' floor, before one is left to the handout.
        least = MIN_SLIDE_PT
    lead = 1 if audience in ("ks3", "ks4") else 2
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        sizes = {name: min(r.font.size.pt for p in sh.text_frame.paragraphs for r in p.runs)
                 for name, sh in shapes.items()
                 if name.startswith("Help card") and sh.has_text_frame and sh.text_frame.text}
        assert sizes and min(sizes.values()) >= least, sizes
        for name, size in sizes.items():
            if name.endswith(" heading"):
                card = name.removesuffix(" heading")
                assert all(size >= pt + lead for n, pt in sizes.items()
                           if n.startswith(f"{card} ") and n != name), (name, sizes)
        rows: dict[int, list[int]] = {}
        for n in range(1, 9):
            contacts = [sh for name, sh in shapes.items() if name == f"Help card {n} contact"]
            texts = [sh for name, sh in shapes.items() if name == f"Help card {n} text"]
            if contacts and texts and audience in ("ks3", "ks4"):
                # 11-16s' row of tall cards: the contact straight under the card's own words (on
                # the card's foot, a short card's words and contact stood across a hole).
                gap = min(sh.top for sh in contacts) - max(sh.top + sh.height for sh in texts)
                assert 0 <= gap <= Inches(0.15), (n, gap)
            elif contacts:
                rows.setdefault(shapes[f"Help card {n}"].top, []).append(
                    max(sh.top + sh.height for sh in contacts))
        for feet in rows.values():
            # Wide cards two by two: a row's contacts end at one height.
            assert max(feet) - min(feet) <= 12700 * 2, feet


def test_help_cards_on_a_short_slide_keep_their_words_inside_each_card(tmp_path: Path) -> None:
    """A 10 x 5.6 in template leaves the help cards 1.2 in rows: at 18 pt the DSL card's
    three lines and its contact ran into the card under it (LPC305) and past the slide
    (LPC306). Each card keeps its name and contact inside it, at 18 pt or more; what each
    is for is said aloud (the notes), never drawn over the next card."""
    from lessonpack.check import Options, check_file
    from lessonpack.cli import main

    template = squeezed_default(tmp_path / "short.pptx", 5.625)
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "--out", str(out), "-q", "-j", "1",
                 "--template", str(template)]) == 0
    deck = out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    prs = Presentation(str(deck))
    slides = [s for s in prs.slides if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert slides
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [n for n in shapes if n.startswith("Help card") and n[10:].isdigit()]
        for card in cards:
            box = shapes[card]
            parts = [sh for name, sh in shapes.items()
                     if name.startswith(f"{card} ") and sh.has_text_frame]
            assert any(name == f"{card} contact" for name in shapes), card
            for part in parts:
                assert box.left <= part.left and part.left + part.width <= box.left + box.width
                assert box.top <= part.top and part.top + part.height <= box.top + box.height, \
                    (card, part.name, part.text_frame.text)
                run = part.text_frame.paragraphs[0].runs[0]
                assert run.font.size.pt >= 18, (part.name, run.font.size.pt)
                assert count_lines(part.text_frame.text, run.font.name or "Arial",
                                   run.font.size.pt, part.width / 12700,
                                   bool(run.font.bold)) * run.font.size.pt * 1.2 * 12700 \
                    <= part.height + 12700, (part.name, part.text_frame.text)
        if not any(name.endswith(" text") for name in shapes):  # purposes not drawn: said
            notes = slide.notes_slide.notes_text_frame.text
            assert "Say what each is for:" in notes and "Childline:" in notes, notes
    found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
             if f.code in {"LPC305", "LPC306", "LPC301"}]
    assert not found, found


def test_a_short_card_keeps_the_first_sentence_of_what_it_is_for(tmp_path: Path) -> None:
    """Between every word and only the name and contact: the first sentence of what each
    card is for stays on the card (a parent reading 'Mr Daniel Okafor' alone would not know
    he is the school's safeguarding lead); what it left off is said aloud."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.kinds.look import LOOKS
    from lessonpack.kinds.payloads import Card
    from lessonpack.render.deck_help import draw_help_cards

    cards = [Card(f"Service {n}", "Who we are. What we do for you, every day of the "
                  "week and in the holidays.\n0800 000 000 (free)") for n in range(1, 5)]
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    w, h, gap = Inches(4.2), Inches(1.6), Inches(0.2)
    boxes = [(Inches(0.5) + c * (w + gap), Inches(2) + r * (h + gap), w, h)
             for r in range(2) for c in range(2)]
    said: list[str] = []
    left = draw_help_cards(slide, boxes, cards, DEFAULT_BRAND, LOOKS["parents"], said=said)
    shapes = {sh.name: sh for sh in slide.shapes}
    brief = [n for n in range(1, 5) if shapes[f"Help card {n} text"].text_frame.text
             == "Who we are."]
    assert brief  # the slide is too short for every card whole, even at 18 pt
    for n in range(1, 5):
        assert shapes[f"Help card {n} text"].text_frame.text.startswith("Who we are.")
        contact = shapes[f"Help card {n} contact"].text_frame.text
        assert contact == "0800\u00a0000\u00a0000 (free)"  # the number's groups held together
    # Each card that says less is a build warning naming it (the trainer can type it back),
    # and the first sentence it left off is a cue in the notes, read at a glance: never the
    # words the card still shows.
    assert [warning.split(" leaves ")[0] for warning in left] == \
        [f"help card {n} (Service {n})" for n in brief]
    assert said and "Who we are" not in said[0]
    for n in brief:
        assert (f"Service {n}: What we do for you, every day of the week and in the "
                "holidays.") in said[0]


def test_parents_dsl_card_has_one_unbroken_number_a_line(brightpath_at_ashgrove: Path
                                                          ) -> None:
    """A phone number split over two lines is misread on the slide parents photograph
    ("School office: 01632 960 / 214"): each number is a line of its own,
    its groups joined by non-breaking spaces."""
    import re

    deck = Presentation(str(next(brightpath_at_ashgrove.rglob("*parents-*slides.pptx"))))
    slide = next(s for s in deck.slides for sh in s.shapes
                 if sh.name == "Help card 1 text" and "Okafor" in sh.text_frame.text)
    contacts = [sh.text_frame.text for sh in slide.shapes if sh.name == "Help card 1 contact"]
    # A visitor heads the school's card by the service, the school's, not "our".
    heading = next(sh.text_frame.text for sh in slide.shapes if sh.name == "Help card 1 heading")
    assert heading.replace("\u2019", "'") == "Your school's safeguarding lead", heading
    # The DSL's own number first (a parent ringing in the evening reaches no office); at
    # most two lines of contacts on the card (four bold lines packed it to its foot), the
    # rest in the notes, which send parents to the handout for them.
    assert contacts and contacts[0].startswith("DSL: 01632"), contacts
    for line in contacts:
        assert ";" not in line and not re.search(r"\d \d", line), line
        assert re.search("\\d\u00a0\\d", line), line
    notes = slide.notes_slide.notes_text_frame.text
    assert "School office" not in contacts[0] and "Okafor" in notes, notes


def _long_contacts_brand(tmp_path: Path) -> Path:
    """A secondary school whose lead's card has three long contact lines (office, DSL,
    deputy, two of them long email addresses that wrap in half a slide's width)."""
    import shutil

    root = Path(__file__).resolve().parents[1]
    folder = tmp_path / "brand"
    shutil.copytree(root / "examples/brands/riverside-academy", folder)
    brand = folder / "brand.yml"
    text = brand.read_text(encoding="utf-8")
    for old, new in (
            ("safeguarding@riverside-academy.example.org.uk",
             "designated.safeguarding.lead@kingsbridge-community-college.example.org.uk"),
            ("deputy.dsl@riverside-academy.example.org.uk",
             "deputy.safeguarding.lead@kingsbridge-community-college.example.org.uk"),
            ('"Mr Daniel Okafor"', '"Mrs Oluwaseun Fairweather-Blackwood"')):
        assert old in text, old
        text = text.replace(old, new)
    brand.write_text(text, encoding="utf-8")
    return brand


def _help_parts_outside_their_card(deck: Path) -> list[str]:
    """Every help card's words (its contact above all) that lie outside its own card."""
    outside = []
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        shapes = {sh.name: sh for sh in slide.shapes}
        for card in (n for n in shapes if n.startswith("Help card") and n[10:].isdigit()):
            box = shapes[card]
            for part in slide.shapes:
                if part.name.startswith(f"{card} ") and part.has_text_frame and not (
                        box.left <= part.left and part.left + part.width
                        <= box.left + box.width and box.top <= part.top
                        and part.top + part.height <= box.top + box.height):
                    outside.append(f"slide {number} {part.name}: {part.text_frame.text}")
    return outside


@pytest.mark.parametrize("audience", ["parents", "ks3"])
def test_a_school_card_with_three_long_contacts_keeps_every_contact_in_its_card(
        tmp_path: Path, audience: str) -> None:
    """Riverside's parents' slide: the lead's card (office, DSL and deputy, two long
    addresses) fitted no card of the two-by-two grid, so every card was drawn whole at
    18 pt, the lead's words ran under the card below and NSPCC's number, aligned to the
    lead's foot, sat below its own card, hidden under the Police card (LPC305 twice). Every
    contact of every help card lies inside its own card, the lead's three contacts are all
    drawn (parents'), and check finds nothing (also on the pupils' deck, one contact)."""
    from lessonpack.check import Options, check_file
    from lessonpack.cli import main

    out = tmp_path / "out"
    assert main(["build", "-a", audience, "--out", str(out), "-q", "-j", "1",
                 "--brand", str(_long_contacts_brand(tmp_path))]) == 0
    deck = next(out.rglob("*-slides.pptx"))
    slides = [s for s in Presentation(str(deck)).slides
              if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert slides
    # The lead's name: the card's name on the parents' slide, the line under the role
    # ("Our safeguarding lead") on the pupils'.
    lead = " ".join(sh.text_frame.text for sh in slides[0].shapes
                    if sh.name.startswith("Help card 1 ") and sh.has_text_frame)
    assert "Fairweather-Blackwood" in lead.replace("\u2011", "-"), lead
    # Headed by the service on both decks, every card's heading a service: on the parents'
    # slide the lead's name headed the card. Under it the deputy too, on one line kept
    # whole when the card is cut to fit (the lead's name alone was cut).
    heading = next(sh.text_frame.text for sh in slides[0].shapes
                   if sh.name == "Help card 1 heading")
    assert heading == "Our safeguarding lead", heading
    assert "Mensah" in lead, lead
    school = [sh.text_frame.text for sh in slides[0].shapes
              if sh.name == "Help card 1 contact"]
    if audience == "parents":
        # Adults get the office on the card, two lines of contacts at most; the DSL's and
        # the deputy's addresses in the notes, on the handout.
        notes = slides[0].notes_slide.notes_text_frame.text
        assert school and "deputy.safeguarding.lead@" in notes, (school, notes)
        # Said role first, then the person (the card's heading is the service, no name).
        assert "Deputy, Mrs Joy Mensah: deputy.safeguarding.lead@" in notes, notes
        assert "Our safeguarding lead:" not in notes, notes
    for slide in slides:
        names = {sh.name for sh in slide.shapes}
        cards = [n for n in names if n.startswith("Help card") and n[10:].isdigit()]
        assert all(f"{card} contact" in names for card in cards), names
    assert _help_parts_outside_their_card(deck) == []
    found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())]
    assert not found, found


def test_a_card_that_fits_nowhere_keeps_its_contact_inside_it() -> None:
    """The last resort, when no size or layout fits: a row's contacts end at one height but
    never below a card's own foot (a taller neighbour once set NSPCC's number under the
    card below), and the misfit is reported."""
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.kinds.look import LOOKS
    from lessonpack.kinds.payloads import Card
    from lessonpack.render.deck_help import draw_help_cards

    # Its first contact alone (always shown: how to reach the service) longer than the card.
    long = Card("Our school", "Who we are. " * 12 + "\nOffice: " + " or ".join(
        f"a.very.long.address.{n}@a-long-school-name.example.org.uk" for n in range(4)))
    short = Card("Helpline", "Advice for adults.\n0808 800 5000")
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    w, h, gap = Inches(4.2), Inches(1.2), Inches(0.2)
    boxes = [(Inches(0.5) + c * (w + gap), Inches(2) + r * (h + gap), w, h)
             for r in range(2) for c in range(2)]
    misfits = draw_help_cards(slide, boxes, [long, short, short, short], DEFAULT_BRAND,
                              LOOKS["parents"], said=[])
    assert misfits
    shapes = {sh.name: sh for sh in slide.shapes}
    for n in (2, 3, 4):
        card, contact = shapes[f"Help card {n}"], shapes[f"Help card {n} contact"]
        assert card.top <= contact.top and contact.top + contact.height <= card.top + card.height


def test_the_parents_help_lead_offers_help_and_promises_no_one_is_here_tonight() -> None:
    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.content.loader import load_content
    from lessonpack.plan import lead_line

    session = load_content().items["live-streaming-parents"].item
    brand = DEFAULT_BRAND.model_copy(update={
        "delivered_by": "Northshire Online Safety Team", "org_name": "Ashgrove Primary",
        "dsl_name": "Mrs Okafor", "deputy_dsl_name": "Mr Price"})
    day = lead_line.help_lead(session, brand)
    assert "is there to help you" in day and "at once" not in day
    evening = lead_line.help_lead(session, brand, tonight=True)
    # A visiting team is not the school: the school's DSL or deputy, not "us". The brief
    # asks for one of them on site, not both: the printed slide promises neither is there.
    # The first card under the line names both, with their numbers: the line points to it
    # rather than saying the names twice.
    assert "its DSL or deputy, named on the first card" in evening
    assert "Okafor" not in evening and "Price" not in evening
    alone = lead_line.help_lead(session, brand.model_copy(update={"deputy_dsl_name": ""}),
                                tonight=True)
    assert "talk to Mrs Okafor (DSL) or a deputy" in alone
    assert "talk to us" not in evening and "here" not in evening
    # A school's own evening: its staff are "us".
    own = lead_line.help_lead(session, brand.model_copy(update={"delivered_by": ""}), tonight=True)
    assert "talk to us tonight, or to Mrs Okafor (DSL) or Mr Price (deputy)" in own


@pytest.mark.parametrize("audience", ("ks3", "ks4"))
def test_11_16s_help_icons_are_in_proportion_with_their_names(
        built_packs: Path, audience: str) -> None:
    """The line icon beside a card's name is under twice the name's size (at 58 pt beside a
    24 pt name it outweighed the words it stood for), and one size on every card."""
    deck = built_deck(built_packs, audience)
    checked = 0
    for slide in deck.slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        for name, shape in shapes.items():
            if not (name.startswith("Help card") and name.endswith(" picture")):
                continue
            card = name.removesuffix(" picture")
            # The card's largest words are its name.
            sizes = [r.font.size.pt for sh in slide.shapes if sh.name.startswith(card + " ")
                     and sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs
                     if r.font.size]
            assert sizes, (audience, card)
            assert shape.width / 12700 < 2 * max(sizes), (audience, card, shape.width / 12700)
            checked += 1
    assert checked >= 6, audience


def test_a_one_line_help_name_stands_beside_its_icon(built_packs: Path) -> None:
    """Beside "CEOP Safety Centre" (two lines), "Samaritans" was centred in the two-line
    row, below its icon, and the row's names stood at different heights: each name is
    centred on its own icon, and the words under a row's names still start at one height.
    On 11-16s' wide cards (two a row) every name is one line beside its icon."""
    path = built_packs / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    beside = 0
    for slide in Presentation(str(path)).slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        heads = [n[:-len(" heading")] for n in shapes if re.fullmatch(r"Help card \d+ heading", n)]
        if len(heads) < 2 or not all(f"{h} picture" in shapes for h in heads):
            continue
        rows: dict[int, list[str]] = {}
        for h in heads:
            rows.setdefault(shapes[h].top, []).append(h)
        for row in rows.values():
            texts = [shapes[f"{h} text"].top for h in row if f"{h} text" in shapes]
            assert len(set(texts)) <= 1, "the words under a row's names start at one height"
        for card in heads:
            # An icon is cropped to its drawing (a wide one is short): a one-line name is
            # about as tall as the icon's longer side at most, and centred on the icon.
            head, icon = shapes[f"{card} heading"], shapes[f"{card} picture"]
            side = max(icon.height, icon.width)
            assert head.height <= 1.1 * side, card
            if head.height <= 1.1 * side:
                beside += 1
                middle = head.top + head.height // 2
                assert abs(middle - (icon.top + icon.height // 2)) <= Inches(0.05), card
    assert beside


def test_a_contacts_label_is_never_parted() -> None:
    """"School / office: 01632 960 214" parted a label over two lines: a label's words
    are held together, so a line too long for its card wraps after the colon."""
    from lessonpack.kinds.payloads import Card
    from lessonpack.render.deck_help_words import FULL, _lines, held_label

    assert held_label("School office: 01632 960 214").startswith("School\u00a0office: ")
    assert held_label("Online report form at ceop.police.uk") == \
        "Online report form at ceop.police.uk"
    card = Card("Mrs Shah", "Our Designated Safeguarding Lead.\nSchool office: 01632 960 214")
    contacts = [t for t, bold, _mark in _lines(card, FULL) if bold]
    assert contacts == ["School\u00a0office: 01632\u00a0960\u00a0214"]


def test_ks1_named_adults_cards_say_what_each_is_for(brightpath_at_ashgrove: Path) -> None:
    """For children who cannot read yet, a card per named adult (the DSL and the deputy):
    under the name a line the teacher reads out, saying what they are for, as the unnamed
    "Our safety grown-up" card says; a name and a room alone did not say why to go to them."""
    path = brightpath_at_ashgrove / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"
    named = {}
    for slide in Presentation(str(path)).slides:
        shapes = {sh.name: sh for sh in slide.shapes if sh.has_text_frame}
        for name, shape in shapes.items():
            heading = shape.text_frame.text.replace("\u00a0", " ")
            if name.endswith(" heading") and heading in ("Mrs Okafor", "Mr Price"):
                card = name.removesuffix(" heading")
                named[heading] = [sh.text_frame.text for n, sh in shapes.items()
                                  if n.startswith(f"{card} ") and n != name]
    assert set(named) == {"Mrs Okafor", "Mr Price"}, named
    for who, lines in named.items():
        words = " ".join(lines)
        assert re.search(r"\bkeeps? you safe\b", words, re.IGNORECASE), (who, lines)
        assert len(words.split()) <= 9, (who, lines)  # still a few words a card


@pytest.mark.parametrize("look", ["default", "brightpath"])
def test_every_ceop_card_says_a_report_is_not_anonymous(
        built_packs: Path, brightpath_at_ashgrove: Path, look: str) -> None:
    """The parents' two-by-two help slide showed CEOP's first sentence only and lost "Not
    anonymous." (the handout has it): whether a report is anonymous is what a parent weighs
    before reporting, so every CEOP card on the screen says it."""
    root = built_packs if look == "default" else brightpath_at_ashgrove
    found = 0
    for path in sorted(root.glob("live-streaming-parents/*-slides.pptx")):
        for slide in Presentation(str(path)).slides:
            shapes = {sh.name: sh for sh in slide.shapes}
            for name, shape in shapes.items():
                if not re.fullmatch(r"Help card \d+ heading", name) or \
                        not shape.text_frame.text.startswith("CEOP"):
                    continue
                card = name[:-len(" heading")]
                words = shapes[f"{card} text"].text_frame.text if f"{card} text" in shapes \
                    else ""
                found += 1
                assert "not anonymous" in words.replace("\u00a0", " ").lower(), \
                    (path.name, words)
    assert found


def test_every_parents_help_card_says_what_it_is_for(built_packs: Path) -> None:
    """Eight cards (the local children's services field the eighth) as two slides of two by
    two: the second slide was drawn as one wide card over three names with nothing under
    two of them. Every card keeps words under its name, and a slide's cards are one width."""
    path = built_packs / "live-streaming-parents" / slides_file("parents")
    slides = [s for s in Presentation(str(path)).slides
              if any(sh.name == "Help card 1" for sh in s.shapes)]
    assert len(slides) >= 2
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [n for n in shapes if n.startswith("Help card") and n[10:].isdigit()]
        assert len({shapes[c].width for c in cards}) == 1, [shapes[c].width for c in cards]
        for card in cards:
            assert shapes.get(f"{card} text") is not None, (card, shapes[f"{card} heading"]
                                                             .text_frame.text)
