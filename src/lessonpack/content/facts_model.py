"""The facts file's model (content/facts.yml): sources, facts, helplines and platform age
rules, each referenced from the lessons' text by id."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from lessonpack.content.fields import PUPIL_PAPER, Chars, FactId, Strict
from lessonpack.content.sentences import sentences


class Source(Strict):
    """A document a fact rests on: ``publisher`` and ``url`` name the authority itself.

    When only a copy could be read (a school's page quoting CEOP, a news report of a platform's
    announcement), ``url`` stays the owner's own page and ``read_at`` records the copy: the copy
    is where it was read, never the authority (``lessonpack validate`` refuses document-sharing
    sites and news aggregators as ``url``).
    """

    id: Annotated[str, StringConstraints(pattern=r"^S[-A-Za-z0-9]{1,20}$")]
    title: Annotated[str, Chars(300)]
    publisher: Annotated[str, Chars(160)]
    url: Annotated[str, Chars(400)]
    date: Annotated[str, Chars(40)] | None = None
    read_at: list[Annotated[str, Chars(400)]] = []
    checked: dt.date | None = None


class Fact(Strict):
    """A statistic or claim used in content, with where it came from."""

    id: FactId
    text: Annotated[str, Chars(300)]
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    # A fact that cannot go out of date (a finished study's figures): no "check again" warning.
    stable: bool = False
    # Where in the source the figure is, so a DSL can check it word for word: a page of a
    # report, or the paragraph or section of a web page, which has no pages.
    where: Annotated[str, Chars(200)] = ""


# A number as a UK caller keys it, in its usual groups: "116 123", "0800 1111", "85258".
PhoneNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,5}( [0-9]{2,5}){0,3}$")]
# The word a text service asks for, as its owner prints it: "SHOUT".
TextWord = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,12}$")]


class Helpline(Strict):
    id: FactId
    name: Annotated[str, Chars(60)]
    for_whom: Annotated[str, Chars(120)]
    what_for: Annotated[str, Chars(200)]
    # What the help slides, sheets and cards tell children; ``young_people`` the same for
    # 11–16-year-olds: plainer than what_for, not as young as child_friendly.
    child_friendly: Annotated[str, Chars(120), PUPIL_PAPER]
    young_people: Annotated[str, Chars(120), PUPIL_PAPER]
    # What the service is for on an 11-16s' help slide: one line of a card half the slide
    # wide at 26-28 pt, read from the back of the room ("Free help with any worry."). Two
    # lines of 22 pt there were the deck's smallest type; the rest of ``young_people`` is
    # on the help card each pupil keeps, and what a pupil must hear is said from the
    # slide's notes (``must_hear``).
    slide: Annotated[str, Chars(30), PUPIL_PAPER] | None = None
    # What a pupil must hear before choosing the service, where its ``slide`` line leaves it
    # out: whether a report is anonymous ("not anonymous, but you won't be in trouble": a
    # pupil being blackmailed decides on it whether to report). Said from an 11-16s' help
    # slide's notes as written, after "Say of <name>: ", so it continues that sentence.
    # Room for two things: Report Remove's one slide line leaves out both that it works
    # before an image is shared and what a pupil meets on the way in (an account, an age check).
    must_hear: Annotated[str, Chars(180)] | None = None
    # The same for a parents' workshop, in a parent's words ("your child makes ..."): said
    # from the notes of the parents' help slide that shows the service, after "Say of
    # <name>: ". A parent told only a web address meets an account and an age check with a
    # frightened child beside them.
    parents_hear: Annotated[str, Chars(180)] | None = None
    # Sentences of ``what_for``, ``child_friendly`` or ``young_people``, in their words, that
    # a help card cut to its first sentence still shows: whether a report is anonymous ("Not
    # anonymous."), which a parent or pupil deciding whether to report needs on the screen,
    # as the handout prints it.
    keep_with_first: list[Annotated[str, Chars(120)]] = Field(default_factory=list)
    # Shown on slides beside the name: keep it short (a number, a web address).
    contact: Annotated[str, Chars(60)]
    web: Annotated[str, Chars(80)] | None = None
    # The same as ``contact`` in one line of a pupil's keep-it help card (about 36 characters
    # at 13 pt on an 8.5 cm card): "0800 1111, free, any time". Nine routes each wrapping to
    # two lines made the card a wall a worried pupil would not read.
    card: Annotated[str, Chars(40)] | None = None
    # ``card`` opens with a web address ("ceop.police.uk"), kept in lower case where a line
    # that opens with words ("text SHOUT to 85258") is capitalised: said here, never guessed
    # from a dot in its first word.
    card_opens_with_address: bool = False
    # Open at any hour for someone in crisis, to talk or to text: named together on the
    # "Day or night:" line wherever a pack deals with sextortion (plan/crisis_line).
    crisis: bool = False
    # How that line reaches the service, as fields and never read out of ``card``'s prose
    # (reworded "Free, any time: 116 123", a number taken from its first words printed
    # "Samaritans: Free"): a number to ring, and a number to text with the word to send.
    # A ``crisis`` service needs one; each must be in ``contact`` as written, so the line
    # and the cards give one number. Childline, which leads the line, has its ``call`` (also
    # the number the KS1 help slide tells five-year-olds to ring).
    call: PhoneNumber | None = None
    text: PhoneNumber | None = None
    text_word: TextWord | None = None
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    stable: bool = False

    @model_validator(mode="after")
    def _reached_as_contact_says(self) -> Helpline:
        if self.crisis and not (self.call or self.text):
            raise ValueError("crisis: a service open day or night needs its number: call "
                             '("116 123") or text ("85258", with text_word)')
        if self.text_word and not self.text:
            raise ValueError("text_word: give the number to text it to as text")
        if self.card_opens_with_address and not self.card:
            raise ValueError("card_opens_with_address: give the card line it opens")
        said = self.contact.upper()
        for field, value in (("call", self.call), ("text", self.text),
                             ("text_word", self.text_word)):
            if value and value.upper() not in said:
                raise ValueError(f"{field}: {value!r} is not in contact ({self.contact!r}); "
                                 "write the number as the contact does")
        return self

    @model_validator(mode="after")
    def _kept_are_sentences(self) -> Helpline:
        said = {s for text in (self.what_for, self.child_friendly, self.young_people)
                for s in sentences(text)}
        wrong = [s for s in self.keep_with_first if s not in said]
        if wrong:
            raise ValueError(f"keep_with_first: {wrong[0]!r} is no whole sentence of "
                             "what_for, child_friendly or young_people")
        return self


class PlatformRule(Strict):
    id: FactId
    platform: Annotated[str, Chars(40)]
    rule: Annotated[str, Chars(240)]
    since: Annotated[str, Chars(40)] | None = None
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    stable: bool = False


class DisclosureStepText(Strict):
    """One step of the "If a child discloses" box, written once for every pack: lessons
    refer to it as ``{{ disclosure.ID }}``. A DSL signs one box off and staff who teach more
    than one age train on one text (six wordings were six texts to check), so the steps
    differ by phase only where a step is marked for one: ``secondary`` (the threat and
    self-harm step of the 11-16 lessons). A school's own facts file may replace a step by
    id with its policy's wording, as it may a helpline."""

    id: FactId
    text: Annotated[str, Chars(240)]
    phase: Literal["all", "primary", "secondary"] = "all"
    sources: list[str] = Field(min_length=1)
    checked: dt.date
    stable: bool = False


class FactsFile(Strict):
    sources: list[Source]
    facts: list[Fact]
    helplines: list[Helpline]
    platform_rules: list[PlatformRule] = []
    disclosure_steps: list[DisclosureStepText] = []
