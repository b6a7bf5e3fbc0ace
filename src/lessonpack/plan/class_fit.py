"""A lesson's notes fitted to the class it is built for (the school file's classes,
``--class``): the class year's route alone (plan/year_routes.py), and at a visit the second
adult named, who is the class teacher staying all lesson ("the second adult notes who shows
thumbs up" left the trainer to work out who that was): each job the notes say from the part's
``second_adult`` field, "Second adult: note who …", becomes "Second adult (Mrs Evans): note
who …"; the field's own words are found, never the phrase in prose."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import LearningCycle, Lesson, Plenary, QuizQuestion, Starter
from lessonpack.content.part_words import second_adult_line
from lessonpack.content.parts import Resource
from lessonpack.content.routes import SheetRoute, for_the_class, lines_for_year
from lessonpack.plan import route_parts
from lessonpack.plan.class_line import class_and_teacher, class_year, year_label
from lessonpack.plan.counts_and_lists import and_list
from lessonpack.plan.named_people import visitor
from lessonpack.plan.school_classes import classes_of
from lessonpack.plan.year_routes import for_year, without


def second_adult(notes: str, jobs: list[str], teacher: str, year: int | None = None) -> str:
    """``notes`` with each job they say fitted to the class: the teacher named ("Second adult
    (Mrs Evans): …"), a job for other years left out and a job for the class's years said
    without its "(Years 3–4)" (as the handover sheet says it)."""
    for job in jobs:
        fitted = for_the_class(job, year)
        said = second_adult_line(fitted, teacher) if fitted else ""
        if said:
            notes = notes.replace(second_adult_line(job), said)
        else:
            notes = notes.replace(f" {second_adult_line(job)}", "").replace(
                second_adult_line(job), "")
    return notes


def class_sheet_parts(lesson: Lesson) -> tuple[int, ...]:
    """The Parts on the sheet of the class the lesson is fitted to (for_class keeps its
    year's sheet route alone); empty when the sheet holds them all."""
    fitted = [r for r in lesson.sheet_routes if r.first == r.last and r.parts]
    return tuple(fitted[0].parts) if len(fitted) == 1 else ()


def for_class(lesson: Lesson, brand: Brand) -> Lesson:
    """``lesson`` with every step's notes and every resource fitted to the class."""
    year = class_year(lesson.audience, brand)
    # A Year 5 or 6 class's own Part 3 story (route_cycles) in the lesson's place, and the
    # lesson's words about it said for that story, before any route is cut.
    lesson = route_parts.for_year(lesson, year)
    # At a visit the class teacher stays all lesson: they are the second adult. A school's
    # own lesson may have a teaching assistant instead, so its words stay as written.
    teacher = pupil_name(class_and_teacher(lesson.audience, brand)[1].strip()) \
        if visitor(brand) else ""
    if year is None and not teacher:
        return lesson

    def fit(part: Starter | LearningCycle | Plenary) -> str:
        return second_adult(for_year(part.notes, part.routes, year), part.second_adult,
                            teacher, year)

    quiz = _class_quiz(lesson, year)
    plenary = lesson.plenary
    if quiz != lesson.exit_quiz and year is not None:
        # The plenary's route for the year says which questions it answers: the slides, sheet
        # and plan now hold only those, numbered 1 and 2 as the pupils see them (the sheet's
        # "1." and "4." under a slide of four sent Year 4 looking for 2 and 3).
        plenary = plenary.model_copy(update={"notes": without(
            plenary.notes, [r for r in plenary.routes if r.covers(year)])})
    return lesson.model_copy(update={
        "starter": lesson.starter.model_copy(update={"notes": fit(lesson.starter)}),
        "cycles": [c.model_copy(update={"notes": fit(c), "task": (
            c.task.sorted_on_sheet() if _sorts_on_sheet(lesson, year) else c.task)})
            for c in lesson.cycles],
        "plenary": lesson.plenary.model_copy(update={"notes": fit(plenary)}),
        "exit_quiz": quiz,
        # "Years 5–6: …" lines in the class's year alone: a Year 4 plan's short-of-time
        # cuts and stretch describe what Year 4 does.
        "short_of_time": lines_for_year(lesson.short_of_time, year),
        "differentiation": lesson.differentiation.model_copy(update={
            kind: lines_for_year(getattr(lesson.differentiation, kind), year)
            for kind in ("support", "stretch", "send")}),
        "resources": [r.model_copy(update={"text": _resource_text(r, year)})
                      for r in lesson.resources],
        # The class's own route alone, "Year 4: do only …" (the worksheet prints it).
        # (Its quiz is cut above, so the route keeps every question left.)
        "sheet_routes": [] if year is None else [
            r.model_copy(update={"years": str(year), "quiz": []}) for r in lesson.sheet_routes
            if r.covers(year)],
    })


def _resource_text(resource: Resource, year: int | None) -> str:
    """The resource as a plan for the class says it: its one-class wording when it has one
    and the class's year is known, else its text with that year's routes alone."""
    if year is not None and resource.one_class:
        return resource.one_class
    return for_year(resource.text, resource.routes, year)


def _sorts_on_sheet(lesson: Lesson, year: int | None) -> bool:
    """Whether the class's year sorts on its sheet, with no cards: its routes, kept alone in
    its pack, all say so (plan/sort_cards.sorts_on_cards reads the fitted lesson)."""
    kept = [r for r in lesson.sheet_routes if year is not None and r.covers(year)]
    return bool(kept) and not any(r.sort_cards for r in kept)


def _class_quiz(lesson: Lesson, year: int | None) -> list[QuizQuestion]:
    """The exit quiz the class's year answers (its sheet route's ``quiz``), else all of it."""
    route = next((r for r in lesson.sheet_routes
                  if year is not None and r.covers(year) and r.quiz), None)
    if route is None:
        return lesson.exit_quiz
    return [q for n, q in enumerate(lesson.exit_quiz, 1) if n in route.quiz]


def built_for(lesson: Lesson, brand: Brand) -> str:
    """"Built for Year 4; for Years 5–6 build again with --class "Year 6, teacher"." when
    the school names one class of the key stage and the lesson (not yet fitted: its sheet
    routes whole) pitches other years differently: a Year 4 pack taught to Year 6 is thin
    and names the wrong class on every page, and nothing said so. "" otherwise."""
    year = class_year(lesson.audience, brand)
    if year is None or len(classes_of(lesson.audience, brand)) != 1:
        return ""
    others = [r for r in lesson.sheet_routes if not r.covers(year)]
    if not others:
        return ""
    route = others[-1]
    return (f"Built for {_years(lesson, brand)}; for {route.label} build again with "
            f"--class \"Year {route.last}, teacher\".")


def every_year(lesson: Lesson, brand: Brand) -> str:
    """The build's note for a lesson built for no class where its years are pitched
    differently: one composite pack for Years 3–6 (both routes in the plan, notes and sheet)
    that could reach a Year 3 class as it is; the note says how to build one class's. ""
    when the file names a class of the key stage, or the lesson has one route."""
    routes = _routes_to_choose(lesson, brand)
    if not routes:
        return ""
    years = f"Years {routes[0].first}–{routes[-1].last}"
    return (f"built for all of {years} in one pack (both routes in the plan, slide notes and "
            f"worksheet); for one class, name it with --class \"Year {routes[0].last}, "
            "teacher\" or in the brand file's classes (each class named gets its own pack)"
            + "".join(f"; a Years {years.replace('-', '–')} class's own pack (--class "
                      f"\"Year {years.split('-')[-1]}, teacher\") has its own {parts}"
                      for years, parts, _ in _own_parts_by_years(lesson)))


def choose_route(lesson: Lesson, brand: Brand) -> str:
    """Page one of the composite plan (``every_year``'s case), in a teacher's words: which
    routes there are, that the teacher picks one before the lesson, and where a single
    class's version comes from. A Year 3 class handed the whole sheet meets text pitched at
    Year 6, so the choice is said where the teacher starts reading, not left to the notes."""
    routes = _routes_to_choose(lesson, brand)
    if not routes:
        return ""
    labels = " or ".join(r.label for r in routes)
    # Each route's part of the sheet, said here: the composite sheet prints no route (its
    # first side is full), so the plan is where the teacher learns what their years skip.
    sheet = " ".join(f"{r.label} {r.text.strip().rstrip('.')}." for r in routes)
    # How to get one class's own pack is the plan's first line (serves_every_year).
    return (f"choose {labels} before you teach, and follow only that route's lines in the "
            f"steps. On the worksheet: {sheet}{own_parts(lesson)}")


def own_parts(lesson: Lesson) -> str:
    """" A Years 5–6 class's own version has its own Parts 1, 2 and 3: Owen's, Lola's and
    Amara's stories, at their age."
    for a lesson whose route years teach a Part of their own (``route_cycles``), which a
    pack for every year leaves out: a Year 6 teacher reading the composite plan learns that
    a version for their class has it. "" otherwise."""
    said = ""
    for years, parts, children in _own_parts_by_years(lesson):
        label = f"Years {years.replace('-', '–')}"
        stories = "story" if len(parts.split()) == 2 else "stories"
        named = and_list([f"{child}'s" for child in children])
        story = f": {named} {stories}, at their age" if children else ", at their age"
        said += f" A {label} class's own version has its own {parts}{story}."
    return said


def _own_parts_by_years(lesson: Lesson) -> list[tuple[str, str, list[str]]]:
    """(years, "Part 3" or "Parts 1 and 3", the story children) for each years' route
    Parts, in Part order: one sentence a class, however many Parts it is taught instead."""
    found: dict[str, list[tuple[int, str]]] = {}
    for route in lesson.route_cycles:
        child = route.scenario.character if route.scenario else ""
        found.setdefault(route.years, []).append((route.replaces, child))
    said = []
    for years, routes in found.items():
        numbers = [str(n) for n, _ in sorted(routes)]
        parts = (f"Part {numbers[0]}" if len(numbers) == 1 else
                 f"Parts {', '.join(numbers[:-1])} and {numbers[-1]}")
        said.append((years, parts, [c for _, c in sorted(routes) if c]))
    return said


def deck_years(lesson: Lesson, brand: Brand) -> tuple[str, str]:
    """(the Draft strip's words, the hidden "Before you teach" slide's line) for a deck built
    for every year of a lesson whose older years are taught Parts of their own
    (``every_year``'s case): the deck tells only the youngest route's stories, and a teacher
    who opens only the deck would show a Year 6 class a nine-year-old's. ("", "") otherwise."""
    told, own = deck_told(lesson, brand), _own_parts_by_years(lesson)
    if not told:
        return "", ""
    dash = "\u2013"
    older = " and ".join(f"Years {years.replace('-', dash)}" for years, _p, _c in own)
    # Short: it follows the fields on the strip's one line. The deck is taught to the older
    # years as it is (the plan gives their route): the strip must not read as "not for you".
    strip = f"{told} stories ({older} too: see the plan)."
    # A teacher reads this slide, not whoever runs the tool: no command-line words (the
    # build's own note tells the builder how).
    line = (f"This deck tells the {told} stories; {older} are taught them too, as the plan "
            f"says. A {older} deck, with stories at their age, can be built by whoever made "
            f"this pack.")
    return strip, line


def deck_told(lesson: Lesson, brand: Brand) -> str:
    """"Years 3–4": the youngest route's years, whose stories alone a deck built for every
    year tells when older years are taught Parts of their own; "" otherwise."""
    routes = _routes_to_choose(lesson, brand)
    if not routes or not _own_parts_by_years(lesson):
        return ""
    return f"Years {routes[0].first}\u2013{routes[0].last}"


def serves_every_year(lesson: Lesson, brand: Brand) -> str:
    """The composite plan's bold line over its route panel, in the lesson's words
    (``every_year_line``) with the years it serves filled in, and which years' stories its
    slides tell (as the deck's first slide says: a school teaching Year 6 from the plan
    alone learnt it only from the deck's draft strip). A teacher switching routes
    mid-lesson is where timing slips, so the class's own pack is offered where the route is
    chosen; the command stays in the build's notes for whoever builds (``every_year``). ""
    for a lesson of one route (or one already fitted to a class), or without the line."""
    routes = sorted(lesson.sheet_routes, key=lambda r: r.first)
    if len(routes) < 2 or not lesson.every_year_line:
        return ""
    line = lesson.every_year_line.replace(
        "{years}", f"Years {routes[0].first}\u2013{routes[-1].last}")
    told = deck_told(lesson, brand)
    return f"{line.rstrip('.')}; its slides tell the {told} stories." if told else line


def choose_label(lesson: Lesson) -> str:
    """The bold lead-in of ``choose_route``'s line: "Years 3–6 in one plan:"."""
    routes = sorted(lesson.sheet_routes, key=lambda r: r.first)
    return f"Years {routes[0].first}–{routes[-1].last} in one plan:" if routes else ""


def _routes_to_choose(lesson: Lesson, brand: Brand) -> list[SheetRoute]:
    """The lesson's sheet routes, youngest first, when no class of its key stage is named
    and there are two or more to choose between; empty otherwise."""
    if class_year(lesson.audience, brand) is not None or len(lesson.sheet_routes) < 2:
        return []
    return sorted(lesson.sheet_routes, key=lambda r: r.first)


def written_for(lesson: Lesson, brand: Brand) -> str:
    """The plan's own line for the same case as ``built_for``, in a teacher's words: the
    printed plan is read by a class teacher or TA who cannot act on a command line, so the
    command stays in the build's notes. It says only that the other version exists: "ask
    whoever made this pack" sent a visiting trainer, who made it, to themselves. A class
    whose years teach a Part of their own (``route_cycles``) is told so first, whoever else
    the school names. "" otherwise."""
    year = class_year(lesson.audience, brand)
    own = " ".join(r.plan_note for r in lesson.route_cycles
                   if year is not None and route_parts.covers(r, year))
    if not built_for(lesson, brand):
        return own
    route = [r for r in lesson.sheet_routes if year is not None and not r.covers(year)][-1]
    return " ".join(filter(None, (own, f"This version is for {_years(lesson, brand)}; a "
                                       f"{route.label} version exists.")))


def _years(lesson: Lesson, brand: Brand) -> str:
    """"Year 4", or a mixed class's "Years 5–6": the class's years as its footers say them."""
    return year_label(lesson.audience, brand).split(" (")[0]
