"""docs/adding-a-slide-kind.md, followed: its example kind, one module written into the kinds
package as the page says, is found there (nothing else lists it) and makes a slide in a built
deck, on our template (which has no layout of its own for it: the fallback's) and on a
LibreOffice copy of it; with the page's drawing of its own added to the same module (no
other module, no list), its panel is drawn behind the words, and the module keeps the layers
(its top imports no renderer)."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pptx import Presentation

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.io.zipnorm import zip_time
from lessonpack.kinds import registry
from lessonpack.plan.model import DeckPlan, DocMeta, Slide

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "adding-a-slide-kind.md"


def _example() -> tuple[str, str, str]:
    """The page's kind module, the lines its own drawing adds to it, and the module's name."""
    text = DOC.read_text(encoding="utf-8")
    (module,) = re.findall(r"## The module\n\n.*?```python\n(.*?)```", text, re.S)
    drawing_part = text.split("## Its own drawing", 1)[1].split("\n## ", 1)[0]
    (added,) = re.findall(r"```python\n(.*?)```", drawing_part, re.S)
    name = re.search(r'^    "(\w+)", \w+Slide,$', module, re.M)
    assert name is not None, "the example's KIND names its kind on its first line"
    return module, added, name.group(1)


def _written(with_drawing: bool) -> tuple[str, str]:
    """The module's source as the page has it (with its drawing: the page's lines added
    above ``KIND``), and its name."""
    source, added, name = _example()
    if with_drawing:
        head, tail = source.split("\n\nKIND = SlideKind(", 1)
        source = f"{head}\n\n{added}\n\nKIND = SlideKind({tail}"
    return source, name


@pytest.fixture(params=[False, True], ids=["one-module", "with-its-drawing"])
def new_kind(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ModuleType]:
    """The page's module as src/lessonpack/kinds/<name>.py would be, registered while the
    test runs (the registry checks it as it checks a module found in the package); with its
    drawing (``request.param``), the page's lines added to that one module."""
    source, name = _written(request.param)
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"lessonpack.kinds.{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a frozen dataclass looks its module up as it is made
    module.with_drawing = request.param  # type: ignore[attr-defined]
    try:
        spec.loader.exec_module(module)
        with registry.registered(module.KIND):
            yield module
    finally:
        sys.modules.pop(spec.name, None)


@pytest.mark.parametrize("template", [ROOT / "templates" / "deck.pptx",
                                      ROOT / "tests/fixtures/templates/deck-libreoffice.pptx"],
                         ids=["ours", "libreoffice"])
def test_the_documented_kind_makes_its_slide(new_kind: ModuleType, template: Path) -> None:
    from lessonpack.render.pptx import render_pptx

    module_kind = new_kind.KIND
    assert registry.by_name(module_kind.name) is module_kind
    payload = module_kind.payload("Somebody asked me for a photo, so I told my mum.",
                                  "a Year 6 pupil")
    plan = DeckPlan("quote.pptx", DocMeta("T", "S", "A", "K"), "footer",
                    (Slide("What would you do?", "Read it aloud.", payload),))
    misfits: list[str] = []
    data = render_pptx(plan, DEFAULT_BRAND, template, zip_time(None), custom="libreoffice" in
                       template.name, misfits=misfits)
    (slide,) = Presentation(io.BytesIO(data)).slides
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    assert "What would you do?" in texts
    assert any("Somebody asked me for a photo" in t and "a Year 6 pupil" in t for t in texts)
    assert misfits == []
    shapes = list(slide.shapes)
    panels = [i for i, shape in enumerate(shapes) if shape.name == "Quote panel"]
    if not new_kind.with_drawing:
        assert panels == []  # one module: the shared toolkit's drawings only
        return
    # Its own drawing, supplied by the same module, behind the words.
    words = next(i for i, shape in enumerate(shapes) if shape.has_text_frame
                 and "a Year 6 pupil" in shape.text_frame.text)
    assert len(panels) == 1 and panels[0] < words


def test_the_registry_finds_the_module_in_the_kinds_package(
        new_kind: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written into the package's folder, the module is a kind: nothing else lists it."""
    import lessonpack.kinds

    folder = str(Path(new_kind.__file__ or "").parent)
    monkeypatch.setattr(lessonpack.kinds, "__path__", [*lessonpack.kinds.__path__, folder])
    assert (new_kind.KIND, new_kind.__name__) in registry._discover()


@pytest.mark.parametrize("with_drawing", [False, True], ids=["one-module", "with-its-drawing"])
def test_the_documented_module_keeps_the_layers(tmp_path: Path, with_drawing: bool) -> None:
    """Written into a copy of the package, the module with its drawing imports the renderer
    only inside its drawing function: the layer check finds nothing, and finds the same
    import moved to the module's top."""
    from test_layers import upward_imports

    source, name = _written(with_drawing)
    kinds = tmp_path / "lessonpack" / "kinds"
    kinds.mkdir(parents=True)
    (kinds / f"{name}.py").write_text(source, encoding="utf-8")
    assert upward_imports(tmp_path) == []
    assert ("lessonpack.render" in source) is with_drawing
    (kinds / f"{name}.py").write_text(
        source + "\nfrom lessonpack.render.deck_drawings import new_shape\n", encoding="utf-8")
    assert upward_imports(tmp_path) == [
        f"lessonpack.kinds.{name} imports lessonpack.render.deck_drawings"]


def _placed_in_a_part() -> tuple[str, str]:
    """The page's module with the lines of "A slide inside a Part" added: the function above
    ``KIND``, the place as ``KIND``'s last argument."""
    source, _added, name = _example()
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## A slide inside a Part", 1)[1].split("\n## ", 1)[0]
    function, place = re.findall(r"```python\n(.*?)```", section, re.S)
    head, tail = source.split("\n\nKIND = SlideKind(", 1)
    body, close = tail.rsplit(")", 1)
    return f"{head}\n\n{function}\n\nKIND = SlideKind({body}{place}){close}", name


def test_the_documented_place_in_a_part_puts_its_slide_after_the_story(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's kind with its place in a Part, as written, registered (no planner
    changed): a Part whose notes say its step right after the story's gets its slide after
    the story, that step's paragraph first in its notes; the slide is drawn."""
    from pydantic import BaseModel

    from lessonpack.api import load
    from lessonpack.content.model import LearningCycle, Lesson
    from lessonpack.plan.lesson_deck import plan_lesson_deck
    from lessonpack.render.pptx import render_pptx

    source, name = _placed_in_a_part()
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"lessonpack.kinds.{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module

    class Quote(BaseModel):  # the content field's part, as content/kind_parts/ would hold it
        words: str
        said_by: str

    step = "Quote (1 min): Read the words aloud."
    said = Quote(words="I told my mum, and she helped.", said_by="a Year 6 pupil")
    # The content field the page adds to LearningCycle: here, the Part whose notes say the
    # step has the quote (the planner copies the lesson's cycles, so a subclass is lost).
    monkeypatch.setattr(LearningCycle, "quote", property(
        lambda c: said if step in c.notes else None), raising=False)
    index = load()
    lesson = index.items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson)
    cycle = lesson.cycles[0]
    paragraphs = cycle.notes.split("\n")
    story = next(i for i, p in enumerate(paragraphs) if p.startswith("Story ("))
    notes = "\n".join([*paragraphs[:story + 1], step, *paragraphs[story + 1:]])
    quoted = cycle.model_copy(update={"notes": notes})
    lesson = lesson.model_copy(update={"cycles": [quoted, *lesson.cycles[1:]]})
    try:
        spec.loader.exec_module(module)
        with registry.registered(module.KIND):
            slides = plan_lesson_deck(lesson, index.facts, DEFAULT_BRAND).slides
            kinds = [s.kind for s in slides]
            assert kinds.count(name) == 1
            at = kinds.index(name)
            assert kinds[at - 1] == "scenario"
            quote = slides[at]
            assert quote.notes.split("\n")[:2] == [step, "Read it aloud, then ask why."]
            assert all(step not in s.notes for s in slides if s is not quote)
            plan = DeckPlan("quote.pptx", DocMeta("T", "S", "A", "K"), "footer", (quote,))
            data = render_pptx(plan, DEFAULT_BRAND, ROOT / "templates" / "deck.pptx",
                               zip_time(None))
    finally:
        sys.modules.pop(spec.name, None)
    (drawn,) = Presentation(io.BytesIO(data)).slides
    texts = [s.text_frame.text for s in drawn.shapes if s.has_text_frame]
    assert any("I told my mum" in t and "a Year 6 pupil" in t for t in texts)
