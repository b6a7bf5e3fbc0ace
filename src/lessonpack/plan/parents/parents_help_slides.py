"""The parents' workshop's "Where to get help" slides, what is said on them, and the
visiting team's close on the last."""

from __future__ import annotations

from typing import TypeVar

from lessonpack.content.brand import Brand
from lessonpack.content.model import (
    FactsFile,
    ParentSession,
)
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan import help_signposts, lead_line, named_people
from lessonpack.plan.crisis_line import crisis_line
from lessonpack.plan.deck.help import parents_school_card
from lessonpack.plan.model import (
    HelplineRef,
    Signpost,
    Slide,
)
from lessonpack.plan.notes import join_notes
from lessonpack.plan.parents import session_sheet

T = TypeVar("T")


# A session starting at five or later is "tonight"; an after-school one (Oakfield's 3.30pm)
# or one with no time given is "today" (parents at 3.30pm were told "tonight").
EVENING_FROM = 17 * 60


def today_word(brand: Brand) -> str:
    """"tonight" for an evening session, else "today", from the brand's session time."""
    start = session_sheet.start_minutes(brand.parents_session_date or "")
    return "tonight" if start is not None and start >= EVENING_FROM else "today"


def _even_groups(items: tuple[T, ...], most: int) -> list[tuple[T, ...]]:
    """``items`` in as few groups of at most ``most`` as will hold them, sizes differing by
    one at most, larger first: seven at most three are 3, 2, 2."""
    count = -(-len(items) // most) if items else 0
    groups, start = [], 0
    for n in range(count):
        size = len(items) // count + (1 if n < len(items) % count else 0)
        groups.append(items[start:start + size])
        start += size
    return groups


def help_slides(session: ParentSession, facts: FactsFile, brand: Brand,
                 library: PictureLibrary | None) -> list[Slide]:
    """The "Where to get help" slides: every route on the handout as a card, shared out
    over as few slides as hold them, the day-or-night line above the later cards."""
    slides: list[Slide] = []
    # Every route on the handout is a card here too, the local children's services field
    # (yellow until the brand names the service) among them.
    helps = help_signposts.signposts(session, facts, brand, library)
    if helps:  # the school's office number first where its DSL has none
        helps = (parents_school_card(helps[0], brand), *helps[1:])
    # Four cards a slide at most, shared out evenly (seven: 4, 3; six: 3, 3), never one card
    # alone: four stand two by two, three in a row, each row across the slide's width. At
    # three a slide, seven left two slides of two narrow cards floating mid-slide; four in
    # one row broke the contacts' addresses mid-word.
    groups = _even_groups(helps, 4)
    tonight = today_word(brand) == "tonight"  # the DSL or deputy on site: the lead says who
    # A teenager in crisis at 11pm (Tobi's story) needs a line open at any hour, for the
    # child or the parent: the handout's line, in its words, above the later cards.
    anytime = crisis_line(facts, session.handout.signposting)
    for n, group in enumerate(groups):
        title = ("Where to get help" if len(groups) == 1
                 else f"Where to get help ({n + 1} of {len(groups)})")
        slides.append(Slide(
            title, kicker="Support",
            # The school's own lead is the first card: the line above the cards says why.
            # Every slide of the run with a line above its cards (the pupils' decks' words),
            # so the cards start at one height and take one size.
            payload=SignpostingSlide(group, lead_line.help_lead(session, brand, tonight=tonight)
                                     if n == 0
                                     else anytime or "More places to get help.",
                                     slots=len(groups[0]),
                                     series=tuple(helps)),
            notes=join_notes(_help_said(brand, first=n == 0), parents_hear(facts, group),
                             f"Say: {anytime}, for your child or for you." if n == 1
                             and anytime else "",
                             _close(brand, session) if n == len(groups) - 1 else "")))
    return slides


def parents_hear(facts: FactsFile, cards: tuple[Signpost, ...]) -> str:
    """What a parent must hear of each service on the slide before turning to it, as the
    facts file writes it (``parents_hear``: Report Remove's account and age check, which the
    card's one line leaves out); "" where no card's service has one."""
    heard = {HelplineRef(h.id): h.parents_hear for h in facts.helplines if h.parents_hear}
    return " ".join(f"Say of {card.name}: {heard[card.helpline]}" for card in cards
                    if card.helpline is not None and card.helpline in heard)


def _help_said(brand: Brand, first: bool) -> str:
    """What to say on a help slide, in a line (the full safeguarding cue is on the title
    slide's notes; repeated on every help slide, it was all they said)."""
    lead = named_people.dsl(brand)
    if first:
        # Tonight: whichever of the DSL and deputy is in the building, pointed out.
        if today_word(brand) == "tonight":
            return (f"Start with the school: name {lead} and the deputy, say which of them "
                    f"is here tonight {_on_site()} and how to reach them, then say who "
                    "each service is for and when it is open. A worried parent gets a private "
                    "word now, not in front of the group.")
        return (f"Start with the school: name {lead} and say how to reach them, then say who "
                "each service is for and when it is open. A worried parent gets a private "
                "word now, not in front of the group.")
    return "Say who each service is for and when it is open; parents can photograph the slide."


def _on_site() -> str:
    """Whether the DSL or deputy came, said in brackets: nobody runs the session without one
    of them on site (a visitor's brief asks one to stay until the last family leaves; a
    school's own evening is no different: "if neither could come, say so" let one run with
    a disclosure routed to a shut office)."""
    return "(one is on site all session: without one, you do not start)"


def _close(brand: Brand, session: ParentSession) -> str:
    """The last help slide's close for a visiting team: the sign-in file's forms and slips
    handed out and collected, as the running order and After the session say (the slide is
    on screen as families leave, so its notes are where the presenter looks)."""
    if not named_people.visitor(brand):
        return ""
    # How the slips are held until the team's office has them: the brief's and the notes'
    # one sentence (SignIn.slips); a session with no visit wording keeps the bare rule.
    held = (session.visit.sign_in.slips if session.visit is not None
            else "Keep no copy.")
    # Two kinds of slip: the contact slips go with the team, the question box's stay in
    # school (a disclosure may be on one), so the close names which, and when the team's
    # reach its office (parents' names on paper in a bag need an end, as the photos have).
    deputy = brand.deputy_dsl_name.strip() or "the deputy"
    # A parent may write a worry on the anonymous feedback form: read in the council's
    # office, it reached the school's DSL too late, and a "Not yet" tick cannot be followed
    # up, so it is asked for aloud. Forms and slips go in the sealed box by the door (the
    # running order's close), leaving the presenter free for private words.
    dsl = named_people.dsl(brand)
    # Tight: the slide's notes are at the 120-word cue limit.
    return ("Close: thank families; hand out feedback forms (\u201cNot yet\u201d? See "
            "me); forms and contact slips into the box by the door. Read every form before "
            "leaving; "
            f"any concern to {dsl} or deputy on site. Door staff keep the sign-in sheets until "
            f"every family has left (the fire roll), then give them to {dsl}; question-box "
            f"slips to the DSL or {deputy}. Contact slips and forms: {held}")
