"""Reads content folders into a validated ContentIndex, collecting every problem on the way.

Only this module (and the template resolver) reads content from disk. Nothing is rendered from
invalid content: ``load_content`` raises one UserError carrying every problem found.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from lessonpack.content import picture_words, safeguarding_words
from lessonpack.content.model import ContentItem, FactsFile, Lesson, ParentSession
from lessonpack.content.picture_library import (
    PictureLibrary,
    builtin_library,
    load_library,
    unknown_pictures,
)
from lessonpack.content.problems import validation_problems as _validation_problems
from lessonpack.content.references import check_references
from lessonpack.content.route_numbers import route_number_problems
from lessonpack.content.textrender import render_tree, text_context
from lessonpack.content.yamlsource import Parsed, format_field, read_yaml, shorten
from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.io.paths import display_path
from lessonpack.io.resources import builtin_content

FACTS_FILE = "facts.yml"
# The facts file's sections; a later file replaces an earlier one's entries by id.
FACTS_SECTIONS = ("sources", "facts", "helplines", "platform_rules", "disclosure_steps")
PICTURES_FOLDER = "pictures"
MAX_SCAN = 20_000
_KINDS: dict[str, type[BaseModel]] = {"lesson": Lesson, "parents-session": ParentSession}


@dataclass(frozen=True)
class LoadedItem:
    item: ContentItem
    path: Path
    display: str
    parsed: Parsed


@dataclass(frozen=True)
class LoadedWords:
    """A topic folder's picture-words.yml (content/picture_words.py), as read."""

    item: picture_words.PictureWords
    display: str
    parsed: Parsed


@dataclass
class ContentIndex:
    facts: FactsFile
    items: dict[str, LoadedItem] = field(default_factory=dict)
    # Built-in pictures and those of each --content folder's pictures/ (picture_library).
    pictures: PictureLibrary = field(default_factory=builtin_library)
    # Each topic folder's picture words, by folder: its items carry them too.
    picture_words: dict[Path, LoadedWords] = field(default_factory=dict)

    def by_topic(self) -> dict[str, list[LoadedItem]]:
        out: dict[str, list[LoadedItem]] = {}
        for loaded in self.items.values():
            out.setdefault(loaded.item.topic, []).append(loaded)
        return out


def content_files(root: Path) -> list[Path]:
    """Content YAML under ``root``; names starting with ``_`` or ``.`` are drafts and skipped.

    Drafts' folders are not even entered, links to folders are not followed (no loops), and a
    folder holding more than MAX_SCAN entries (``--content ~`` by mistake) is refused rather
    than walked for minutes.
    """
    found = []
    seen = 0
    for folder, dirs, files in os.walk(root):
        # A content folder's pictures/ holds pictures and their catalogue, not lessons.
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", "."))
                         and not (d == PICTURES_FOLDER and Path(folder) == root))
        seen += len(dirs) + len(files)
        if seen > MAX_SCAN:
            raise UserError(problem_at(display_path(root), "LP100", f"holds more than "
                                       f"{MAX_SCAN:,} files and folders; --content takes a "
                                       "folder of lesson files"))
        for name in files:
            path = Path(folder, name)
            if (not name.startswith(("_", ".")) and path.suffix in {".yml", ".yaml"}
                    and name not in (FACTS_FILE, picture_words.FILE) and path.is_file()):
                found.append(path)
    return sorted(found)


def _load_facts(paths: Iterable[Path], problems: list[Problem]) -> FactsFile | None:
    """Facts files later in ``paths`` add to or replace entries of earlier ones, by id."""
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    last: tuple[Parsed, str] | None = None
    for path in paths:
        shown = display_path(path)
        parsed = read_yaml(path, shown)
        problems.extend(parsed.problems)
        if parsed.problems:
            continue
        if not isinstance(parsed.data, dict):
            problems.append(problem_at(shown, "LP102", "facts file must be a mapping", line=1,
                                       column=1))
            continue
        try:
            FactsFile.model_validate(parsed.data)
        except ValidationError as exc:
            problems.extend(_validation_problems(exc, parsed, shown, model=FactsFile))
            continue
        for section in FACTS_SECTIONS:
            for entry in parsed.data.get(section, []):
                merged.setdefault(section, {})[entry["id"]] = entry
        last = (parsed, shown)
    if last is None:
        return None
    return FactsFile.model_validate({k: list(v.values()) for k, v in merged.items()})


def _load_item(path: Path, context: dict[str, Any], problems: list[Problem]) -> LoadedItem | None:
    shown = display_path(path)
    parsed = read_yaml(path, shown)
    if parsed.problems:
        problems.extend(parsed.problems)
        return None
    if not isinstance(parsed.data, dict):
        problems.append(problem_at(shown, "LP102", "a content file must be a mapping of fields",
                                   line=1, column=1))
        return None
    kind = parsed.data.get("kind", "lesson")
    model = _KINDS.get(kind) if isinstance(kind, str) else None
    if model is None:
        line, column = parsed.position(("kind",))
        problems.append(problem_at(shown, "LP107", f"unknown kind {_shown(kind)}; use one of: "
                                   + ", ".join(_KINDS), line=line, column=column, field="kind"))
        return None
    # Budgets apply to the text as it will appear, so render references first.
    rendered, errors = render_tree(parsed.data, context)
    for loc, message, line_offset in errors:
        line, column = parsed.position(loc)
        problems.append(problem_at(shown, "LP112", message, line=line + line_offset,
                                   column=column, field=format_field(loc)))
    try:
        item = model.model_validate(rendered)
    except ValidationError as exc:
        # Checked even when a reference failed, so one run reports every problem in the
        # file; a field whose text could not be rendered is left to its LP112 line.
        failed = [format_field(loc) for loc, _message, _offset in errors]
        problems.extend(p for p in _validation_problems(exc, parsed, shown, model=model)
                        if not any(_within(p.field, field) for field in failed))
        return None
    if errors:
        return None
    return LoadedItem(item, path, shown, parsed)  # type: ignore[arg-type]


def _within(field: str, outer: str) -> bool:
    """``field`` is ``outer`` or a part of it (``cycles[0].notes`` in ``cycles[0]``)."""
    return field == outer or field.startswith((f"{outer}.", f"{outer}["))


def _load_words(path: Path, problems: list[Problem]) -> LoadedWords | None:
    shown = display_path(path)
    parsed = read_yaml(path, shown)
    problems.extend(parsed.problems)
    if parsed.problems:
        return None
    if not isinstance(parsed.data, dict):
        problems.append(problem_at(shown, "LP102", "picture words must be a mapping of "
                                   "sections (words, cards, options, points, props)",
                                   line=1, column=1))
        return None
    try:
        words = picture_words.PictureWords.model_validate(parsed.data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, parsed, shown,
                                             model=picture_words.PictureWords))
        return None
    return LoadedWords(words, shown, parsed)


def _with_safeguarding_words(items: dict[str, LoadedItem], roots: list[Path],
                             problems: list[Problem]) -> dict[str, LoadedItem]:
    """Each item with a --content folder's own safeguarding sentences, where one gives them
    (content/safeguarding_words.py); as they are otherwise (the built-in sentences)."""
    said = safeguarding_words.read_override(roots, problems)
    if said is None:
        return items
    return {key: replace(loaded, item=loaded.item.with_safeguarding_words(said))
            for key, loaded in items.items()}


def _with_words(items: Iterable[LoadedItem], index: ContentIndex, problems: list[Problem],
                replaced: dict[str, Path] | None = None) -> dict[str, LoadedItem]:
    """Each item with its folder's picture words (none when the folder has no file). A
    lesson that replaces one of an earlier root (a school's copy of ours in ``--content``,
    ``replaced``: the earlier one's folder) and whose folder has no file of its own keeps
    the words of the lesson it replaces: without them its streams drew no room of clues,
    and the close-up and clues-circled slides were silently left out."""
    out = {}
    for loaded in items:
        folder = loaded.path.parent
        if not (folder / picture_words.FILE).is_file() and replaced \
                and loaded.item.id in replaced:
            folder = replaced[loaded.item.id]
        if folder not in index.picture_words and (folder / picture_words.FILE).is_file():
            words = _load_words(folder / picture_words.FILE, problems)
            if words is not None:
                index.picture_words[folder] = words
        found = index.picture_words.get(folder)
        out[loaded.item.id] = (replace(loaded, item=loaded.item.with_picture_words(found.item))
                               if found is not None else loaded)
    return out


def _shown(value: Any) -> str:
    return repr(shorten(value)) if isinstance(value, str) else shorten(repr(value))


def content_roots(extra: Iterable[Path] = ()) -> list[Path]:
    return [builtin_content(), *extra]


def _read_items(roots: Sequence[Path], context: dict[str, Any], index: ContentIndex,
                problems: list[Problem]) -> dict[str, Path]:
    """Every root's lessons into ``index.items``, a later root's replacing an earlier one's
    of the same id; returns the folder of each lesson replaced, whose picture words serve
    the replacement when that one's folder has none of its own (_with_words)."""
    replaced: dict[str, Path] = {}
    for root in roots:
        seen_here: dict[str, str] = {}
        for path in content_files(root):
            loaded = _load_item(path, context, problems)
            if loaded is None:
                continue
            item_id = loaded.item.id
            if item_id in seen_here:
                problems.append(problem_at(loaded.display, "LP106", f"id {item_id!r} is also "
                                           f"used by {seen_here[item_id]}", line=1, column=1,
                                           field="id"))
                continue
            seen_here[item_id] = loaded.display
            if item_id in index.items:
                replaced[item_id] = index.items[item_id].path.parent
            index.items[item_id] = loaded  # a later root overrides an earlier one
    return replaced


def load_content(extra_dirs: Iterable[Path] = ()) -> ContentIndex:
    """Built-in content first, then each ``--content`` folder, which may add or override by id."""
    problems: list[Problem] = []
    roots = content_roots(extra_dirs)
    for root in roots[1:]:
        if not root.is_dir():
            problems.append(problem_at(display_path(root), "LP100", "is a file; --content takes "
                                       "a folder of lessons" if root.exists() else
                                       "content folder not found"))
    if problems:
        raise UserError(problems)
    facts = _load_facts([r / FACTS_FILE for r in roots if (r / FACTS_FILE).is_file()], problems)
    if facts is None:
        raise UserError(problems or [problem_at(display_path(roots[0]), "LP100",
                                                f"no {FACTS_FILE} found")])
    index = ContentIndex(facts)
    replaced = _read_items(roots, text_context(facts), index, problems)
    index.items = _with_words(index.items.values(), index, problems, replaced)
    index.items = _with_safeguarding_words(index.items, roots, problems)
    problems.extend(check_references(index))
    for loaded in index.items.values():
        problems.extend(route_number_problems(loaded))
    index.pictures = load_library(roots[1:], problems)
    problems.extend(unknown_pictures(index, index.pictures))
    if problems:
        raise UserError(problems)
    return index
