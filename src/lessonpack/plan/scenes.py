"""What a story's screen shows, so the picture matches the story a teacher reads aloud.

Three scenes: a public live stream (the default), a private video call with family (the
content's ``video_call``: KS1's Pip and Granny) and a child watching a show beside a grown-up
(``watcher``: KS1's Olly, KS2's Kofi). Who is drawn how is content (``animal``, ``picture``,
``beside``, ``star``), never found from a character's name.
For the youngest the call and the watching scene are drawn as such: a video call has no
viewer count and no comment feed, and a watcher is not the star of the show. In a public
stream the story's clues (a school jumper, a street sign...) are drawn in the video area so
pupils have something to spot.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from lessonpack.content.model import Audience
from lessonpack.plan import pictures as pics
from lessonpack.plan.ages import age_of
from lessonpack.plan.casting import Casting

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lessonpack.content.model import LearningCycle, Scenario
    from lessonpack.content.parts import StreamComment
    from lessonpack.content.picture_library import Picture, PictureLibrary
    from lessonpack.kinds.payloads import StreamScreen

Cast = tuple[tuple[str, "Picture"], ...]

# What a story mentions is drawn in the stream's video area by the topic's picture words
# (``props`` in its picture-words.yml, content/picture_words.py), in story order.
# The clues a room can give away (the content's ``clues`` words are written on them): two
# of them in a story make its video a room to search, with harmless things beside them.
CLUE_PROPS = ("school-top", "street-sign", "certificate", "parcel")
# What a stream can be about: when its title names one, the others come from the title too,
# not from the story's passing mentions.
STREAM_PROPS = frozenset({"game", "puppy"})
TITLE_PROPS = frozenset({"cake", "microphone", "football", "art"})
# The clues that make a stream's video a room to search (a window with a street sign, a
# certificate on the wall): the one list the plan and the drawing (render/deck_room.py,
# render/deck_drawings.shows_clues) both read.
ROOM_CLUES = ("street-sign", "certificate")
# Harmless things in the same room: with them, finding the clues takes a look.
DISTRACTORS = ("plant", "teddy-bear")
TEEN_DISTRACTORS = ("plant", "books")
GROWN_UPS = {"mum": ("grown-up", "Mum"), "dad": ("dad", "Dad")}
# An animal story's family drawn as the same animal (Pip the rabbit's Mum, Granny
# and Grandad and Olly the owl's Dad were people): (animal, kind of figure) -> picture.
FAMILY = {("rabbit", "grown-up"): "rabbit-mum", ("rabbit", "grandparent"): "rabbit-granny",
          ("rabbit", "grandad"): "rabbit-grandad", ("owl", "dad"): "owl-dad"}


def child(sc: Scenario) -> str:
    """The story's child by name: the ``watcher`` (Olly), else the name the story calls
    them (Pip, of "Pip the rabbit")."""
    return sc.watcher or sc.called


def animals(cycles: Sequence[LearningCycle]) -> dict[str, str]:
    """Each story child who is an animal (the content's ``animal``), by name ("Pip" ->
    "rabbit"): their family is drawn as that animal on the answer pictures too, not as
    people, and a question naming them shows them."""
    found: dict[str, str] = {}
    for cycle in cycles:
        sc = cycle.scenario
        if sc is not None and sc.animal:
            found.setdefault(child(sc), sc.animal)
    return found


def kin_picture(animal: str, kind: str) -> str:
    """A relative's picture name for the story's animal (``FAMILY``), else ``kind``."""
    return FAMILY.get((animal, kind), kind)


def _kin(sc: Scenario, kind: str) -> str:
    """A relative's figure: of the story's animal where the library has one, else a person."""
    return FAMILY.get((sc.animal or "", kind), kind)


def watcher(sc: Scenario) -> str:
    """Who the story is about when it is not the one on screen (the content's ``watcher``:
    Olly watching the Moon Bunny Show), else ""."""
    return sc.watcher or ""


def _companion(sc: Scenario, library: PictureLibrary | None, casting: Casting
               ) -> tuple[str, Picture] | None:
    """The grown-up the content seats beside the child (``beside``: Mum, Dad): the child's
    own, so two stories' dads are two people."""
    if sc.beside is None:
        return None
    name, label = GROWN_UPS[sc.beside]
    picture = casting.figure(library, _kin(sc, name), f"{child(sc)}'s {sc.beside}", label)
    return (label, picture) if picture else None


def _add(cast: list[tuple[str, Picture]], label: str, picture: Picture | None) -> None:
    if picture is not None:
        cast.append((label, picture))


def drawn_comments(sc: Scenario, audience: Audience) -> tuple[StreamComment, ...]:
    """The story's comments its picture shows: a young watcher's show pops up one message
    alone (the one the story tells, else the last), every other scene shows them all. The
    names check reads this (plan/story_people): KS1's other commenters were on no slide."""
    if sc.video_call or audience is not Audience.KS1 or not watcher(sc):
        return tuple(sc.comments)
    told = [c for c in sc.comments if c.text[:20].lower() in sc.story.lower()]
    return ((told or list(sc.comments))[-1],)


def scene(sc: Scenario, audience: Audience, library: PictureLibrary | None,
          casting: Casting | None = None) -> tuple[str, Cast]:
    """The scene to draw and its cast (label, picture), in the order the drawing expects.
    ``casting``: the deck's, so each character keeps one figure and no two share one."""
    casting = casting or Casting()
    cast: list[tuple[str, Picture]] = []
    young = audience is Audience.KS1
    if sc.video_call:
        return _call(sc, young, library, casting)
    if young and watcher(sc):
        companion = _companion(sc, library, casting)
        if companion:
            cast.append(companion)
        _add(cast, sc.character, pics.get(library, sc.star or "television",
                                          f"The star of the {sc.character}"))
        if sc.show_corner:
            # "moon": the drawing's name for the show's corner (render/deck_scenes).
            _add(cast, "moon", pics.get(library, sc.show_corner))
        # The message the story tells pops up; its sender is a name the child does not know.
        sender = drawn_comments(sc, audience)[0].user
        _add(cast, f"message:{sender}",
             pics.get(library, "speech-bubble", "A message from a name you do not know"))
        return "watch", tuple(cast)
    story = sc.story.lower()
    # The clues drawn: those the story tells and those only the picture shows.
    seen = f"{story} {(sc.picture_shows or '').lower()}"
    shown = f"{(sc.stream_title or '').lower()} {(sc.picture_shows or '').lower()}"
    # A stream whose title says what it is (a bake-along, a puppy party) shows that, not a
    # game its story mentions in passing ("gems for his game"); an untold one ("Castle
    # build, live!") takes what its story says it is.
    props = pics.words(library).props
    titled = any(re.search(p.match, shown) for p in props
                 if p.picture in STREAM_PROPS or p.picture in TITLE_PROPS)
    for prop in props:
        name, alt = prop.picture, prop.alt
        if re.search(prop.match, shown if titled and name in STREAM_PROPS else seen):
            # The words on a clue (a street's name, a full name) are the content's.
            words = next((w for clue, w in sc.clues.items() if clue == name), "")
            _add(cast, words, pics.get(library, name, alt))
    clues = sum(1 for p in props if p.picture in CLUE_PROPS and re.search(p.match, seen))
    if clues >= 2:
        # A teenager's room has books, not a teddy (KS3's Kai).
        for name in (DISTRACTORS if age_of(audience).primary
                     else TEEN_DISTRACTORS):
            _add(cast, "", pics.get(library, name))
    if cast:
        # Who is on screen, among the things: the show's host, else the child streaming.
        person = ("grown-up" if watcher(sc) else sc.picture or
                  ("child" if age_of(audience).primary else "person"))
        # In a room of clues the child is drawn at her desk, the figure her head.
        picture = casting.figure(library, person, (watcher(sc) and f"{sc.character}'s host")
                                 or sc.character, f"{sc.character}, on screen",
                                 toned=has_room(tuple(cast)))
        if picture is not None:
            cast.insert(min(2, len(cast)), ("on screen", picture))
        # The grown-up filming beside her (Zainab's dad) is on the broadcast; a parents'
        # story's Mum or Dad never is (Tobi comes to his mum afterwards, Leo's dad makes
        # lunch): drawn in the video, "Mum" read as someone on the stream.
        companion = (None if watcher(sc) or audience is Audience.PARENTS
                     else _companion(sc, library, casting))
        if companion is not None:
            cast.insert(min(3, len(cast)), companion)
    return "stream", tuple(cast)


def _call(sc: Scenario, young: bool, library: PictureLibrary | None, casting: Casting
          ) -> tuple[str, Cast]:
    """A video call's scene. For the youngest, a call (KS1's Pip and Granny): who is on the
    other end, the companion and the pop-up. For older children, a group call drawn in the
    stream's frame as tiles (render/call_tiles: Years 5–6's Amara), the child on camera."""
    cast: list[tuple[str, Picture]] = []
    if not young:
        picture = casting.figure(library, sc.picture or "child", sc.character,
                                 f"{sc.character}, on the call", toned=True)
        return "stream", ((("on screen", picture),) if picture is not None else ())
    # Who is on the other end: the named relatives of the story, by their comments.
    for c in sc.comments:
        kind = {"granny": "grandparent", "grandad": "grandad", "grandpa": "grandad",
                "mum": "grown-up", "dad": "dad"}.get(c.user.lower())
        if kind and c.user not in {label for label, _ in cast}:
            _add(cast, c.user, casting.figure(library, _kin(sc, kind), c.user, c.user))
    companion = _companion(sc, library, casting)
    if companion:
        cast.append(companion)
    _add(cast, "pop-up", pics.get(library, "gift", "A gift: a pop-up offering a prize"))
    return "call", tuple(cast)


def setting(sc: Scenario, cast: Cast) -> tuple[str, bool]:
    """(what a stream is drawn doing, whether it is at night): the content's ``activity``
    and ``night`` (a moon drawn in the video says night too); "" for a room of clues
    (deck_room), a call, a watched show and a stream under another account. A primary
    class's stream keeps its row of pictures (plan/deck/cycle.py leaves this out for it)."""
    if sc.video_call or has_room(cast) or watcher(sc) or sc.account:
        # Someone else's stream or a game's party (Leo watches BlockyBen, Amira is in a
        # pet game's party): the story's child is not the one on camera in a room.
        return "", False
    return sc.activity, sc.night or any(p.name == "moon" for _label, p in cast)


def with_setting(shown: StreamScreen, sc: Scenario, cast: Cast) -> StreamScreen:
    """``shown`` with the room its stream is drawn in (``setting``); a call or a watched
    show has none."""
    doing, night = setting(sc, cast) if shown.scene == "stream" else ("", False)
    return replace(shown, setting=doing, night=night)


def has_room(cast: Cast) -> bool:
    """The video is a room with clues in it (a window with a street sign, a certificate)."""
    return any(p.name in ROOM_CLUES for _label, p in cast)


def account_name(sc: Scenario) -> str:
    """The name the stream is shown under: the content's ``account`` (a child on a parent's
    account: "Dev (Zainab's dad)"), else the character's."""
    return sc.account or sc.character


def title(sc: Scenario, audience: Audience) -> str:
    """The slide's title: "Pip's video call", "Olly is watching", "Mei is live". A call is
    never "live" at any age (Years 5–6's Amara is on a class call, not broadcasting)."""
    if sc.video_call:
        return f"{child(sc)}'s video call"
    who = watcher(sc)
    return f"{who} is watching" if who else f"{sc.character} is live"
