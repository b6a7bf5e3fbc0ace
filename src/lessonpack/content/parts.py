"""Parts the pupils' lessons and the parents' session share (content/model.py,
content/parents_model.py): quiz questions, key words, checks, resources, safeguarding,
letters, a story's live stream, and TopicItem, what every item of a topic is."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BeforeValidator, Field, PrivateAttr, field_validator, model_validator

from lessonpack.content.fields import (
    ON_SLIDE,
    SLIDE_TEXT,
    Chars,
    PictureName,
    SlideMark,
    Strict,
)
from lessonpack.content.routes import Routes, check_part

if TYPE_CHECKING:
    from lessonpack.content.picture_words import PictureWords
    from lessonpack.content.safeguarding_words import SafeguardingWords


# The letters a quiz's options are shown and answered by, in order (a question has at most
# four options): every slide, paper, note and check that names an option by its letter reads
# it here, so the quiz panels, the answers and the key can never disagree.
OPTION_LETTERS = "ABCD"


def option_letter(index: int) -> str:
    """"A" for the first option as shown, "B" for the second…"""
    return OPTION_LETTERS[index]


class QuizOption(Strict):
    text: Annotated[str, Chars(90), SLIDE_TEXT, ON_SLIDE]
    correct: bool = False


class QuizQuestion(Strict):
    question: Annotated[str, Chars(150), SLIDE_TEXT, ON_SLIDE]
    # A short slide title for a question longer than a line ("Where do you report it?"):
    # the slide then asks the whole question above the answers. A question set as a title
    # of two or three lines dwarfed its answers, and its reveal put "Answer:" mid-title.
    title: Annotated[str, Chars(36), SLIDE_TEXT, ON_SLIDE] | None = None
    options: list[QuizOption] = Field(min_length=3, max_length=len(OPTION_LETTERS))
    explanation: Annotated[str, Chars(240)]
    # Where the right answer is shown (A, B, C or D). Unset, a stable hash of the question
    # decides; set it to spread a quiz's answers (validate checks no letter is keyed for more
    # than half a quiz).
    key: Literal["A", "B", "C", "D"] | None = None
    # A check on blame or on what should happen to a victim: answered privately (written, no
    # fingers or hands), so no pupil sees classmates put a tricked child at fault.
    private: bool = False
    # A cycle's second check, run only if time allows: the slide says so, so a teacher can
    # skip it without reading the notes.
    optional: bool = False
    # A Part's check: names its slides (the question and its answer) go by in a plan line,
    # "{slides age_rules}" (``SlideMark``). An exit or parents' quiz question shares its
    # slides, and is given none (LP183).
    marks: list[SlideMark] = Field(default=[], max_length=3)

    @model_validator(mode="after")
    def _one_correct(self) -> QuizQuestion:
        if sum(o.correct for o in self.options) != 1:
            raise ValueError("exactly one option must have 'correct: true'")
        if self.key is not None and OPTION_LETTERS.index(self.key) >= len(self.options):
            raise ValueError(f"key {self.key} is past the last of {len(self.options)} options")
        return self

    @property
    def slide_title(self) -> str:
        """The question slide's title: the short title, else the question itself."""
        return self.title or self.question

    @property
    def correct_text(self) -> str:
        return next(o.text for o in self.options if o.correct)

    @property
    def arranged(self) -> tuple[tuple[str, ...], int]:
        """Options in the order shown to pupils, and the index of the correct one.

        Authors tend to write the right answer first; showing it first every time would teach
        pupils to pick "A". A stable hash of the question decides where it goes, so the same
        content always gives the same order (and the same bytes).
        """
        others = [o.text for o in self.options if not o.correct]
        slot = (OPTION_LETTERS.index(self.key) if self.key is not None
                else hashlib.sha256(self.question.encode()).digest()[0] % len(self.options))
        others.insert(slot, self.correct_text)
        return tuple(others), slot


class Keyword(Strict):
    term: Annotated[str, Chars(32)]
    definition: Annotated[str, Chars(150), SLIDE_TEXT, ON_SLIDE]
    picture: PictureName | None = None
    # What the picture means for this word, for screen readers, over the library's alt text:
    # the library's "someone you don't know" beside grooming taught stranger danger, when
    # most grooming is by someone the child has come to know online.
    picture_alt: Annotated[str, Chars(120)] | None = None


class Misconception(Strict):
    belief: Annotated[str, Chars(140)]
    correction: Annotated[str, Chars(240)]
    # The starter's statement (numbered from 1) whose reason already answers this belief:
    # the plan then names it with the statements, and its table keeps the rest.
    statement: int | None = Field(default=None, ge=1)


class CurriculumLink(Strict):
    framework: Annotated[str, Chars(60)]
    detail: Annotated[str, Chars(240)]


def _text_item(data: Any) -> Any:
    """A plain string item is ``{text: ...}``: only the items a visitor's plan treats
    differently are written as a mapping."""
    return {"text": data} if isinstance(data, str) else data


# What a check's role needs its text to say for the plan to put the school's names in it.
# What a check that cannot wait for the lesson's morning is about (``Check.before_the_day``):
# the DSL or deputy free in the lesson, a lesson not for cover, a second adult booked for
# it, the DSL's signed sign-off of the disclosure steps, the apps' age rules and the local
# numbers checked before every use.
EarlyCheck = Literal["dsl_free", "not_for_cover", "second_adult", "sign_off", "age_rules",
                     "local_numbers"]

_CHECK_ROLE_WORDS = {"names_dsl_and_deputy": "the DSL and the deputy"}


class Check(Strict):
    """One safeguarding check. ``visitor`` says what a visiting trainer's plan does with it
    (plan/visiting.py), so rewording the check can never change that: ``skip``, the school
    keeps it (who is vulnerable, who is on site, the question box; the visitor's own checks
    ask the DSL instead); ``ask_class_teacher``, the class teacher does it ("Ask Mr Hale to
    show pupils a photo of the DSL…").

    ``role`` marks what the plan relies on, so rewording cannot change it silently:
    ``talk_to_dsl``, the check has the teacher talk to the DSL about the lesson beforehand
    (without one the lesson plan adds its own "Talk to … before the lesson" first);
    ``names_dsl_and_deputy``, a visitor's plan puts the school's DSL and deputy by name
    where the text says "the DSL and the deputy" (a visitor has not met them);
    ``rse_choice``, the check asks the school to settle the letter's RSE choice, which the
    plan leaves out once a brand or school file has (``rse_lesson``).

    ``before_the_day`` marks a check that cannot wait for the lesson's morning: page one of
    the lesson plan names it in a word or two (plan/before_the_day), read from this tag, so
    rewording the check, or a lesson of its own, never drops it from page one silently."""

    text: Annotated[str, Chars(200)]
    visitor: Literal["skip", "ask_class_teacher"] | None = None
    role: Literal["talk_to_dsl", "names_dsl_and_deputy", "rse_choice"] | None = None
    before_the_day: EarlyCheck | None = None

    @model_validator(mode="after")
    def _names_fit(self) -> Check:
        words = _CHECK_ROLE_WORDS.get(self.role or "")
        if words and words not in self.text:
            raise ValueError(f"a '{self.role}' check must say '{words}' (a visitor's plan "
                             "puts the school's names there)")
        return self


class Resource(Strict):
    """One thing a lesson needs. Written as a plain string, or as a mapping where a plan
    uses it: ``provided_by`` says who has it when a visiting trainer teaches (``trainer``:
    the trainer brings it, a prop only they have; ``pupils``: the pupils' own kit, which the
    school provides), with ``short``, the few words the plan's "Visit logistics" table lists
    it by; ``cut_cards`` marks the resource that speaks of the cut-out sort cards, where the
    plan names the cards file to print; ``one_class`` is its wording in a plan built for one
    class."""

    text: Annotated[str, Chars(160)]
    provided_by: Literal["trainer", "pupils"] | None = None
    short: Annotated[str, Chars(60)] | None = None
    cut_cards: bool = False
    # A resource that differs by year group: each route as written in ``text``
    # (content/routes.py), so a plan for a known class lists that year's alone.
    routes: Routes
    # What a plan built for one class (``--class``, the school file's classes) says instead:
    # ``text`` may point at page one's list of each year's parts, which such a plan leaves
    # out (its sheet holds the class's parts alone).
    one_class: Annotated[str, Chars(160)] | None = None

    @model_validator(mode="after")
    def _routes_in_text(self) -> Resource:
        check_part("Resource", self.text, self.routes, None)
        return self

    @model_validator(mode="after")
    def _short_with_provider(self) -> Resource:
        if (self.provided_by is None) != (self.short is None):
            raise ValueError("'provided_by' and 'short' go together: who has it when a "
                             "visitor teaches, and the words the visit logistics table uses")
        return self


Resources = list[Annotated[Resource, BeforeValidator(
    _text_item, json_schema_input_type=Annotated[str, Chars(160)] | Resource)]]


# What a role's step must say for the plan to put the school's names in it (plan/visiting.py):
# a school's own staff read this box under pressure, and it must name someone.
_ROLE_WORDS = {"tell": "the DSL", "staff_concern": "the headteacher"}


class DisclosureStep(Strict):
    """One "If a child discloses" step. ``role`` marks the steps a visitor does differently
    (plan/visiting.py): ``tell`` (whom to tell: a visitor goes to or phones the school's DSL
    at once; a school's staff see the DSL and deputy named), ``record`` (where it is written:
    a visitor has no login to the school's system, so paper or a signed note), and
    ``staff_concern`` (a concern about a member of staff: the head named, the chair of
    governors and the LADO added), and ``in_class`` (a child starts to disclose in the
    lesson: a visitor's class teacher never leaves the room, so someone else takes the
    child aside)."""

    text: Annotated[str, Chars(240)]
    role: Literal["tell", "record", "staff_concern", "in_class"] | None = None

    @model_validator(mode="after")
    def _names_fit(self) -> DisclosureStep:
        words = _ROLE_WORDS.get(self.role or "")
        if words and words not in self.text:
            raise ValueError(f"a '{self.role}' step must say '{words}' (the plan puts the "
                             "school's name there)")
        return self


class SafeNote(Strict):
    """One "Delivering this lesson safely" note. ``role: no_second_adult`` marks the note on
    what a school does with no second adult free (move the lesson): a visiting trainer's
    second adult is the class teacher, so their plan puts in its place that the lesson does
    not go ahead without the class teacher (plan/safe_notes.py). ``role: names`` marks the
    check that no pupil shares a character's name: the letter home names the characters, so
    the plan prints it in its resources just before the letter's date. A field, not the
    wording: rewording the note cannot hand a visitor the school's version. ``spares``, on
    the names check: names that fit the stories and clash with none of them, offered for
    a clash found the night before (plan/safe_notes.py)."""

    text: Annotated[str, Chars(400)]
    role: Literal["no_second_adult", "names"] | None = None
    spares: list[Annotated[str, Chars(20)]] = Field(default=[], max_length=4)


class Safeguarding(Strict):
    # Each item a string, or a mapping where a plan treats it differently (Check: a
    # visitor's plan, and the role a lesson plan relies on).
    checklist: list[Annotated[Check, BeforeValidator(
        _text_item, json_schema_input_type=Annotated[str, Chars(200)] | Check)]] = Field(
        min_length=3)
    ground_rules: list[Annotated[str, Chars(90), SLIDE_TEXT, ON_SLIDE]] = Field(
        min_length=3, max_length=7)
    disclosure: list[Annotated[DisclosureStep, BeforeValidator(
        _text_item, json_schema_input_type=Annotated[str, Chars(240)] | DisclosureStep)]] = Field(
        min_length=3)
    notes: list[Annotated[SafeNote, BeforeValidator(
        _text_item, json_schema_input_type=Annotated[str, Chars(400)] | SafeNote)]] = Field(
        min_length=1)

    @field_validator("disclosure")
    @classmethod
    def _one_tell_step(cls, steps: list[DisclosureStep]) -> list[DisclosureStep]:
        # Without its `tell` step a visitor's plan would not say to go to the DSL at once.
        roles = [s.role for s in steps]
        if roles.count("tell") != 1:
            raise ValueError("exactly one step needs 'role: tell' (the step that says whom "
                             "to tell, which a visitor's plan rewrites); found "
                             f"{roles.count('tell')}")
        for role in ("record", "staff_concern"):
            if roles.count(role) > 1:
                raise ValueError(f"more than one step has 'role: {role}'")
        return steps

    @property
    def checks(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.checklist)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.disclosure)


class Differentiation(Strict):
    support: list[Annotated[str, Chars(240)]] = Field(min_length=1)
    stretch: list[Annotated[str, Chars(240)]] = Field(min_length=1)
    send: list[Annotated[str, Chars(240)]] = Field(min_length=1)


class LetterAfter(Strict):
    """The letter home sent after the lesson, in every pupil pack: what the class learned
    today, questions to ask at home, and what to do if a child tells their family something.
    Where to get help and the signatory are the letter's own: the same whenever it comes."""

    # One short paragraph: the lesson has happened, and how it was taught (made-up
    # characters, nobody asked about themselves). The page holds the points below it.
    opening: Annotated[str, Chars(420)]
    # What the class learned, three points in a family's words.
    learned: list[Annotated[str, Chars(170)]] = Field(min_length=3, max_length=3)
    # Questions that follow the lesson up ("What did Pip do?"), asked now it has been taught.
    conversation_starters: list[Annotated[str, Chars(160)]] = Field(min_length=2, max_length=3)
    # If the child tells them something: stay calm, listen, do not blame, report. A few short
    # steps: the letter's help panel below names CEOP and the school's DSL with their contacts.
    if_told: list[Annotated[str, Chars(170)]] = Field(min_length=3, max_length=5)


# The RSHE choice as a secondary lesson's letter writes it, word for word: the build
# settles it from the school's ``rse_lesson`` or prints tick lines under a field in its
# place (plan/rse_sentence). The relationships part comes first: the guidance's secondary
# RSE topic "Online and media", where this lesson's content sits, is not sex education
# unless the school's policy makes it so.
RSE_CHOICE = ("[the relationships part of our RSE (every pupil takes it) / health education / "
              "the sex education part of our RSE (you may ask to withdraw)]")


class Letter(Strict):
    """A letter home; the school name, date and signature come from the brand. Written to go
    before the lesson; ``after`` is the version sent once it has been taught."""

    subject: Annotated[str, Chars(90)]
    paragraphs: list[Annotated[str, Chars(700)]] = Field(min_length=2, max_length=5)
    # Not printed: the letter before the lesson gives tips alone, and its questions for home
    # are the letter after's (``after.conversation_starters``). Still read, so a lesson file
    # written with them loads.
    conversation_starters: list[Annotated[str, Chars(160)]] = Field(default=[], max_length=6)
    tips: list[Annotated[str, Chars(200)]] = Field(min_length=2, max_length=6)
    # Rules for home as short bullets under the second paragraph, which leads into them:
    # set in a paragraph, three apps' age rules ran four lines a parent skimming missed.
    rules: list[Annotated[str, Chars(200)]] = Field(default=[], max_length=4)
    after: LetterAfter
    # The letter may give parents the right to withdraw their child (where the school
    # teaches this lesson as RSE): it must reach them before the lesson, so at short notice
    # the lesson moves, not the letter, and no letter dated on the lesson's day is built.
    rse_withdrawal: bool = False

    @model_validator(mode="after")
    def _rse_choice_written(self) -> Letter:
        # Worded otherwise, the choice is printed as written: neither the school's answer
        # nor the tick lines replace it, and nothing says so.
        if self.rse_withdrawal and not any(RSE_CHOICE in p for p in self.paragraphs):
            raise ValueError(
                "rse_withdrawal is set but no paragraph writes the RSHE choice for the "
                f"school to settle: write {RSE_CHOICE} word for word where the letter says "
                "which part of RSHE the lesson is (the brand's rse_lesson answers it, or "
                "tick boxes are printed in its place)")
        return self




class StreamComment(Strict):
    user: Annotated[str, Chars(18)]
    text: Annotated[str, Chars(70), SLIDE_TEXT, ON_SLIDE]
    kind: Literal["kind", "unkind", "red-flag", "neutral"] = "neutral"


class StoryEnding(Strict):
    """How the last Part's story ended, told before this Part's story (KS3's Kai, before
    Sami): read aloud, never printed on the sheet, where it answered the last Part's
    question for a pupil who turned over early (``title``: its name, for a page that shows it)."""

    title: Annotated[str, Chars(50)]
    text: Annotated[str, Chars(400), SLIDE_TEXT]


class Scenario(Strict):
    """A fictional live stream, drawn as an editable mock screen on the slide."""

    character: Annotated[str, Chars(30)]
    # The name the story calls the one on screen, when ``character`` is not it: a username
    # (Mia, who streams as Mia_plays) or a title (Pip, of "Pip the rabbit"). Notes, steps and
    # titles that talk about the child say it; the mock screen keeps ``character``. Never cut
    # from the username: "Mia_plays" gives no rule for "Jo.Bloggs" or "xXKaiXx".
    name: Annotated[str, Chars(30)] | None = None
    # The account the stream or chat is on, as the mock screen shows it. A child on a live video
    # is on a parent's or carer's account ("Sam (Zainab's dad)"), so the picture matches the rule
    # taught; only a story where a child breaks the rule shows the child's own name.
    account: Annotated[str, Chars(30)] | None = None
    # ``account`` is a username ("BlockyBen"), not a person's name ("Dev (Zainab's dad)"):
    # the names check lists it with the usernames. Said here, never read from its spelling,
    # which takes a child's name such as McKenzie or DeShawn for a handle.
    account_is_username: bool = False
    stream_title: Annotated[str, Chars(40)]
    viewers: Annotated[int, Field(ge=0, le=999_999)]
    likes: Annotated[int, Field(ge=0, le=999_999)]
    gifts: Annotated[int, Field(ge=0, le=99_999)] = 0
    story: Annotated[str, Chars(600), SLIDE_TEXT, ON_SLIDE]
    # The last story's ending, read aloud just before this one (``read_aloud``).
    ending_before: StoryEnding | None = None
    comments: list[StreamComment] = Field(min_length=3, max_length=5)
    question: Annotated[str, Chars(110), SLIDE_TEXT, ON_SLIDE]
    # The Part's written questions on the worksheet ask what ``question`` asks aloud (KS3's
    # "what should Kai notice, and what could he do" is its questions a) and b)): the sheet
    # leaves the story box's "Talk with a partner" line out and asks it once, where the
    # pupil writes; the slide still asks it.
    question_written: bool = False
    picture_alt: Annotated[str, Chars(250)]
    # How the one on screen is drawn in the stream's video: a kind of figure the deck casts
    # (girl, boy, teen-boy, grown-up: each character keeps one, no two share one) or any
    # library picture (person, child). Said here, never guessed from the story's pronouns;
    # without it a primary story draws a child, a secondary or parents' story a person.
    picture: PictureName | None = None
    # The story's child when someone else is on screen (Olly watches the Moon Bunny Show,
    # Kofi watches Baker Bea): the slide reads "Olly is watching" and the video shows the
    # show's host, a grown-up; for KS1 the child is drawn watching a screen.
    watcher: Annotated[str, Chars(30)] | None = None
    # The grown-up drawn beside the child (Zainab's dad filming her, Olly's dad on the sofa);
    # never drawn in a parents' story, whose parent is not on the stream.
    beside: Literal["mum", "dad"] | None = None
    # The animal the story's child is (KS1's Pip the rabbit, Olly the owl), a library picture:
    # the child is drawn as it, beside any question naming the child ("Pip the rabbit"), and
    # their family (Mum, Granny, Dad) as that animal where the library has them (rabbit-mum,
    # owl-dad). Said here, never found from the story's words: a renamed character keeps it.
    animal: PictureName | None = None
    # The story is a private video call with family (KS1's Pip and Granny): KS1's slide draws
    # a call (the relatives who comment, no viewer count or comment feed), titled "Pip's video
    # call". Older children's is a group call (Years 5–6's Amara): the stream's frame with no
    # LIVE badge, likes or gifts, a tile for each person in it (render/call_tiles).
    video_call: bool = False
    # A ``watcher`` story's show as KS1's slide draws it: its star in the middle of the screen
    # (bunny; a television when not given) and a picture in its top corner (moon).
    star: PictureName | None = None
    show_corner: PictureName | None = None
    # Words written on a clue the picture shows, so pupils can read what it gives away:
    # {street-sign: Elm Road, certificate: Mei Chen, parcel: 4 Elm Road, school-top: Hillside
    # Primary}. Illustration details, fictional like the stories.
    clues: dict[Literal["street-sign", "certificate", "parcel", "school-top"],
                Annotated[str, Chars(30)]] = Field(default_factory=dict)
    # The school top the streamer wears, as the picture draws it: a hoodie has its hood
    # drawn round the neck, so the picture matches what the story and alt text say.
    school_top: Literal["jumper", "hoodie"] = "jumper"
    # The room the stream's picture shows: a kitchen story (KS3's "Sketching in the kitchen")
    # is drawn with tiles, a worktop and a kettle, not at a bedroom desk. Said here, never
    # found from the story's words.
    room: Literal["bedroom", "kitchen"] = "bedroom"
    # What the streamer is drawn doing on camera in an older class's or a parents' stream
    # (render/deck_stream_scene): at a desk, gaming, drawing or playing music; and whether it
    # is night outside the window (a "late-night" stream). Said here, never found from the
    # story's words. Only the story's child broadcasting from their own room is drawn so
    # (plan/scenes.py): not a call, a watched show, a stream under another account or a room
    # of clues, nor a primary class's stream, which keeps its row of pictures.
    activity: Literal["desk", "gaming", "drawing", "music"] = "desk"
    night: bool = False
    # What the stream's picture shows (its clues: "a school jumper, a street sign through the
    # window..."), for drawing it; the story read aloud then need not list them, so pupils
    # find them in the picture. Teachers see it in the notes.
    picture_shows: Annotated[str, Chars(300)] | None = None
    # The story in three or four short beats, for a slide read from the back of a hall (the
    # parents' table-talk slide): the full story is read aloud from the notes and printed in
    # the facilitator notes (a 14 pt paragraph on the slide).
    beats: list[Annotated[str, Chars(70)]] | None = Field(None, min_length=3, max_length=4)

    @property
    def called(self) -> str:
        """The name the story calls the one on screen: ``name``, else ``character``, less
        the ``animal`` it is drawn as ("Sam" of "Sam the rabbit"): the pictures add the
        animal back, and a character with no ``name:`` printed "Sam the rabbit the rabbit"."""
        if self.name:
            return self.name
        return (self.character.removesuffix(f" the {self.animal}") if self.animal
                else self.character)

    @property
    def read_aloud(self) -> str:
        """What the teacher reads: the last story's ending, if any, then this story."""
        before = self.ending_before
        return f"{before.text} {self.story}" if before else self.story

    @model_validator(mode="after")
    def _called_in_story(self) -> Scenario:
        # A username the story never says (Mia_plays) would reach the notes as "Mia_plays's
        # story": the story must say the name the notes use.
        if not re.search(rf"\b{re.escape(self.called)}\b", self.story):
            raise ValueError(f"{'name' if self.name else 'character'}: the story never names "
                             f"{self.called!r}; give name: the name the story calls them "
                             "(name: Mia, for the username Mia_plays)")
        return self

    @model_validator(mode="after")
    def _watcher_in_story(self) -> Scenario:
        if self.watcher and not re.search(rf"\b{re.escape(self.watcher)}\b", self.story):
            raise ValueError(f"watcher: the story never names {self.watcher!r}")
        if (self.star or self.show_corner) and not self.watcher:
            raise ValueError("star and show_corner draw a watched show: the story needs a "
                             "watcher (the child watching it)")
        if self.video_call and self.watcher:
            raise ValueError("video_call: a video call is the child's own, so it has no "
                             "watcher; remove one of them")
        # Only what a default would not say: a scenario dumped and read back sets them all.
        drawn_in_room = [name for name, said in (("activity", self.activity != "desk"),
                                                 ("night", self.night)) if said]
        if drawn_in_room and (self.video_call or self.watcher or self.account):
            raise ValueError(f"{drawn_in_room[0]}: only the story's child streaming "
                             "from their own room is drawn doing something, day or night; "
                             "a video call, a watched show or a stream under another "
                             "account is not: remove it")
        return self


_Item = TypeVar("_Item", bound="TopicItem")


class TopicItem(Strict):
    """A lesson or a parents' session, with its topic folder's picture words."""

    # Given by the loader from the folder's picture-words.yml (content/picture_words.py), never
    # written in the item itself: which picture a rule, card or answer that names none gets.
    _picture_words: Any = PrivateAttr(default=None)

    @property
    def picture_words(self) -> PictureWords:
        from lessonpack.content.picture_words import NONE

        return self._picture_words or NONE

    def with_picture_words(self: _Item, words: PictureWords) -> _Item:
        copy = self.model_copy()
        copy._picture_words = words  # noqa: SLF001 - its own attribute, on its copy
        return copy

    # Given by the loader from a --content folder's _wording/safeguarding.yml
    # (content/safeguarding_words.py), never written in the item: None for the built-in
    # sentences. (Typed where read: content/safeguarding_words imports the content fields,
    # so this module names it for the type checker only.)
    _safeguarding_words: SafeguardingWords | None = PrivateAttr(default=None)

    @property
    def own_safeguarding_words(self) -> SafeguardingWords | None:
        """The --content folder's safeguarding sentences this item is planned with, or None
        for the built-in ones."""
        return self._safeguarding_words

    def with_safeguarding_words(self: _Item, words: SafeguardingWords | None) -> _Item:
        copy = self.model_copy()
        copy._safeguarding_words = words  # noqa: SLF001 - its own attribute, on its copy
        return copy
