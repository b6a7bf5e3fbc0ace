"""Everyone a pack's stories name on its slides and sheets, for the check that no pupil
shares a name with one of them: each story's child and the one on screen, the account and
every commenter's username, the full name a clue spells out, who sends and receives a
message a task replies to, and the people a story's prose introduces with their age ("Nia,
15,") or as a made-up profile in quotes ("Jess").

The plan's names check (plan/safe_notes), the visit brief's row and the handover's line read
this list, so it is the pack's own: a list typed beside the stories named Year 4's children
but none of the usernames on their slides (StarFan_J, Ama_M), and KS4's left out max_gg and
jess_xo. It is read from the lesson as the class is taught it (its year's own Parts in place,
plan/class_fit), and from the fields that draw the stories, never from their wording, but
for the two prose patterns above.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from lessonpack.content.model import Lesson, ParentSession
from lessonpack.content.parts import Scenario, StreamComment
from lessonpack.content.route_cycles import NOT_PROSE
from lessonpack.content.wording import MESSAGE
from lessonpack.plan.scenes import drawn_comments

# "Dev (Zainab's dad)", "Ama_M (Gran)": the name before the bracket that says who they are.
_WHO = re.compile(r"\s*\(.*\)$")
# 'Ravi messages Amara: "…"': the one the message is to.
_TO = re.compile(r"^[A-Z][\w' ]{0,30}? (?:messages|texts|writes to) (?P<to>[\w' ]{1,30}): ")
# A story's prose introducing someone with their age ("Nia, 15, is threatened", "Ravi,
# sixteen, streams"), or a made-up profile by the name it gives, in double quotes ("Jess").
_AGED = re.compile(r"\b([A-Z][a-z]+), (?:\d{1,2}|[a-z]*teen|nine|ten|eleven|twelve)\b")
_PROFILE = re.compile(r"[\"“]([A-Z][a-z]+)[\"”]")
# Who a story's comment or call shows by what they are to the child, not by a name ("Granny"
# waves on KS1's call), and the app's own pop-up: no pupil is picked out by these.
_NOT_PEOPLE = frozenset({"Mum", "Dad", "Gran", "Granny", "Grandma", "Grandad", "Grandpa",
                         "Nan", "Nana", "Pop-up"})
# A name or username is one or two words ("Baker Bea", "Mei Chen"); a longer one is a title
# ("Pip the rabbit" for Pip, KS1's "Moon Bunny Show").
_MOST_WORDS = 2
# Fields that are never prose (ids, picture names) and the Parts other years teach, which
# this class's pack does not show.
# A session's ``versions`` tell each phase which version it holds (the all-through note names
# the secondary story's Tobi): a primary evening's names check must not ask about him.
_SKIP = NOT_PROSE | {"route_cycles", "versions"}


@dataclass(frozen=True)
class StoryPeople:
    """The names (``names``) and the usernames (``usernames``: a commenter's, or the one a
    child streams as) a lesson's stories show, each once, in the order the lesson first
    shows them; a name inside a longer one ("Mei" in "Mei Chen") said once, whole."""

    names: tuple[str, ...] = ()
    usernames: tuple[str, ...] = ()

    @property
    def everyone(self) -> tuple[str, ...]:
        return (*self.names, *self.usernames)

    def said(self) -> str:
        """"Zainab, Dev, Mei Chen, Baker Bea, Kofi; usernames StarFan_J, Ama_M, …"."""
        names = ", ".join(self.names)
        users = ", ".join(self.usernames)
        word = "username" if len(self.usernames) == 1 else "usernames"
        if names and users:
            return f"{names}; {word} {users}"
        return names or (f"{word} {users}" if users else "")


def story_people(lesson: Lesson | ParentSession) -> StoryPeople:
    """Everyone ``lesson``'s stories name (see the module's note); a parents' session's
    too, as the school's phase tells it (``ParentSession.for_phase``)."""
    names: dict[str, None] = {}
    users: dict[str, None] = {}
    unseen = _unseen_users(lesson)
    for name, username in _found(lesson):
        said = _WHO.sub("", " ".join(name.split())).strip()
        if username and said in unseen:
            continue
        if said and said not in _NOT_PEOPLE and len(said.split()) <= _MOST_WORDS:
            (users if username else names).setdefault(said, None)
    kept = [n for n in names if n not in users]
    # "Mei" and her certificate's "Mei Chen": the full name alone.
    whole = [n for n in kept if not any(o != n and o.startswith(f"{n} ") for o in kept)]
    return StoryPeople(tuple(whole), tuple(users))


def _unseen_users(lesson: Lesson | ParentSession) -> frozenset[str]:
    """Commenters a story keeps that its picture never draws (KS1's show pops up one
    message): on no slide or sheet, so no pupil is picked out by them."""
    stories = list(_scenarios(lesson))
    drawn = {c.user for sc in stories for c in drawn_comments(sc, lesson.audience)}
    return frozenset(c.user for sc in stories for c in sc.comments) - drawn


def story_places(lesson: Lesson) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The streets and the schools ``lesson``'s story pictures spell out ((("Elm Road",),
    ("Hillside Primary",))), each once: a pupil who lives there, or a local school of that
    name, is picked out as a shared name is."""
    streets: dict[str, None] = {}
    schools: dict[str, None] = {}
    for scenario in _scenarios(lesson):
        street, school = scenario.clues.get("street-sign"), scenario.clues.get("school-top")
        if street:
            streets.setdefault(street, None)
        if school:
            schools.setdefault(school, None)
    return tuple(streets), tuple(schools)


def _scenarios(node: Any) -> Iterator[Scenario]:
    if isinstance(node, Scenario):
        yield node
    elif isinstance(node, BaseModel):
        for field in type(node).model_fields:
            if field not in _SKIP:
                yield from _scenarios(getattr(node, field))
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _scenarios(value)


def _found(node: Any) -> Iterator[tuple[str, bool]]:
    """(name, whether it is a username) for every name in ``node`` and the models inside it,
    in field order."""
    if isinstance(node, Scenario):
        # Who the story's own fields name first, then its fields as any model's: its
        # comments' users and the people its prose introduces.
        yield from _in_scenario(node)
        yield from _in_fields(node)
    elif isinstance(node, StreamComment):
        yield node.user, True
    elif isinstance(node, str):
        yield from _in_prose(node)
    elif isinstance(node, BaseModel):
        yield from _in_fields(node)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _found(value)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _found(value)


def _in_fields(model: BaseModel) -> Iterator[tuple[str, bool]]:
    """The names in each of ``model``'s fields that may show on a slide or sheet."""
    for name in type(model).model_fields:
        if name not in _SKIP:
            yield from _found(getattr(model, name))


def _in_scenario(scenario: Scenario) -> Iterator[tuple[str, bool]]:
    """Who a story's own fields name: the one on screen (a username where the story calls
    them by another name, "Mia_plays" for Mia), the child, the watcher, the account (a
    username where the content says so: ``account_is_username``), and
    the full name on a certificate on the child's wall."""
    titled = scenario.name is not None and scenario.character != scenario.name
    # A titled show ("Baker Bea", of Bea) is no one's name: the story's ``name`` is.
    if not (titled and " " in scenario.character):
        yield scenario.character, titled
    yield from ((n, False) for n in (scenario.name, scenario.watcher) if n)
    if scenario.account:
        yield scenario.account, scenario.account_is_username
    if "certificate" in scenario.clues:
        yield scenario.clues["certificate"], False


def _in_prose(text: str) -> Iterator[tuple[str, bool]]:
    message = MESSAGE.match(text)
    if message:
        yield message["who"], False
        to = _TO.match(text)
        if to:
            yield to["to"], False
    yield from ((m, False) for m in _AGED.findall(text))
    yield from ((m, False) for m in _PROFILE.findall(text))
