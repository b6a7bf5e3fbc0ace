"""The built-in live-streaming lessons with the tests' own long quiz questions and check rows
(tests/fixtures/long-questions/overlay.yml), written to a content folder that ``build
--content`` reads in place of the built-in lessons: a deck with untitled questions set as
two- and three-line slide titles, for the guards of the title code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OVERLAY = ROOT / "tests" / "fixtures" / "long-questions" / "overlay.yml"
TOPIC = ROOT / "content" / "live-streaming"


def _parts(lesson: dict[str, Any]) -> list[dict[str, Any]]:
    return [part for part in lesson.get("cycles", []) if isinstance(part, dict)]


def _apply(lesson: dict[str, Any], changes: dict[str, Any], name: str) -> None:
    checks = {check.get("title"): check for part in _parts(lesson)
              for check in part.get("checks", [])}
    for title, words in changes.get("checks", {}).items():
        check = checks[title]  # a KeyError names an overlay entry the lesson lost
        check.pop("title")
        check.update(words)
    tasks = {(part.get("task") or {}).get("title"): part for part in _parts(lesson)}
    for title, rows in changes.get("feedback", {}).items():
        assert "feedback" in tasks[title], (name, title)
        tasks[title]["feedback"] = rows


def long_question_content(folder: Path) -> Path:
    """``folder`` holding the live-streaming lessons the overlay names, changed as it says
    (pass it to ``--content``); the other audiences stay the built-in ones."""
    topic = folder / "live-streaming"
    topic.mkdir(parents=True)
    (topic / "picture-words.yml").write_bytes((TOPIC / "picture-words.yml").read_bytes())
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    for audience, changes in overlay.items():
        lesson = yaml.safe_load((TOPIC / f"{audience}.yml").read_text(encoding="utf-8"))
        _apply(lesson, changes, audience)
        (topic / f"{audience}.yml").write_text(
            yaml.safe_dump(lesson, allow_unicode=True, sort_keys=False, width=1000),
            encoding="utf-8")
    return folder
