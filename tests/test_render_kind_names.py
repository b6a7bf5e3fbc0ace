"""The renderer's shared steps never branch on a kind's name: what a kind adds to its
slides is its own ``decorate`` (a step that tested "scenario", "signposting" or "bullets"
would give a new kind no way to get the same treatment without editing it)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from lessonpack.kinds.registry import SHARED, kinds
from lessonpack.render import deck_after_fill


def _strings(source: str) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_after_fill_names_no_kind() -> None:
    source = inspect.getsource(deck_after_fill.after_fill)
    names = {kind.name for kind in kinds()}
    assert names, "no kinds registered"
    assert not (_strings(source) & names), _strings(source) & names
    assert "kind.name" not in source


def test_the_kinds_that_had_branches_decorate_themselves() -> None:
    by_name = {kind.name: kind for kind in kinds()}
    for name in ("scenario", "signposting", "bullets"):
        assert by_name[name].decorate is not None, name


def test_no_render_or_kind_module_sniffs_or_asserts_a_payload() -> None:
    """Asking ``getattr(spec.payload, "comments", None)`` made every kind whose payload had a
    ``comments`` field a stream; what one kind needs is that kind's hook (SlideKind.notes),
    and the hooks get the payload typed as the kind declares it, so no kind asserts its type
    (an ``assert`` is gone under ``python -O``)."""
    import re
    from pathlib import Path

    import lessonpack.kinds
    import lessonpack.render

    sniffing = re.compile(r"getattr\(\s*[\w.]*payload\s*,|assert isinstance\(\s*[\w.]*payload")
    found = [f"{path.name}:{n}" for package in (lessonpack.render, lessonpack.kinds)
             for path in Path(package.__file__).parent.rglob("*.py")
             # The registry checks each payload class a kind declares, once, at import.
             if path.name != "registry.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if sniffing.search(line)]
    assert found == []


def render_imports_of_kinds(src: Path) -> set[str]:
    """What each render module imports from one kind's module (not from what the kinds
    share: base, look, registry, a ``_helper``), wherever the import is: one line a name."""
    found = set()
    render = src / "lessonpack" / "render"
    for path in sorted(render.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                pairs = [(node.module, a.name) for a in node.names]
            elif isinstance(node, ast.Import):
                pairs = [(a.name, "*") for a in node.names]
            else:
                continue
            for module, name in pairs:
                parts = module.split(".")
                if len(parts) > 2 and parts[:2] == ["lessonpack", "kinds"] \
                        and parts[2] not in SHARED \
                        and not parts[2].startswith("_"):
                    found.add(f"render/{path.relative_to(render)}: {name} from {module}")
    return found


def test_render_imports_no_kind() -> None:
    """Render draws kinds' payloads (the stream's screen, a card, a quiz question or answer)
    from the module below both layers that declares them, kinds/payloads.py, and a kind's
    own drawing from its package (kinds/<kind>/drawing.py, found by render/kind_drawings.py):
    no render module imports a kind. A constant a kind shares with render goes in the lower
    module both read."""
    import lessonpack

    assert sorted(render_imports_of_kinds(Path(lessonpack.__file__).parents[1])) == []


def test_the_check_finds_an_import_of_a_kind(tmp_path: Path) -> None:
    """The check can fail: a payload taken from its kind's module as render once took the
    cards' Card, a constant taken from a kind (as deck_scale once took the key messages'
    GOAL_PT) at the top or in a function are found; the shared modules are not."""
    render = tmp_path / "lessonpack" / "render"
    render.mkdir(parents=True)
    (render / "deck_scale.py").write_text(
        "from lessonpack.kinds.look import Look\n"
        "def panel():\n    from lessonpack.kinds.key_messages import GOAL_PT\n")
    (render / "deck_cards.py").write_text("import lessonpack.kinds.signposting.drawing\n")
    (render / "deck_help.py").write_text("from lessonpack.kinds.payloads import Answer\n"
                                         "from lessonpack.kinds.cards import Card\n")
    assert render_imports_of_kinds(tmp_path) == {
        "render/deck_scale.py: GOAL_PT from lessonpack.kinds.key_messages",
        "render/deck_cards.py: * from lessonpack.kinds.signposting.drawing",
        "render/deck_help.py: Card from lessonpack.kinds.cards"}

def _naming_a_kind(src: Path) -> list[str]:
    """Render modules that ask the registry for kinds (so handle every kind alike) and yet
    import one kind's own module."""
    found = []
    for path in sorted((src / "lessonpack" / "render").rglob("*.py")):
        imported = {node.module for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                    if isinstance(node, ast.ImportFrom) and node.module
                    and node.module.startswith("lessonpack.kinds.")}
        if "lessonpack.kinds.registry" not in imported:
            continue
        found += [f"render/{path.relative_to(src / 'lessonpack' / 'render')} imports {m}"
                  for m in sorted(imported) if m.split(".")[2] not in SHARED
                  and not m.split(".")[2].startswith("_")]
    return found


def test_the_render_modules_that_ask_the_registry_name_no_kind() -> None:
    """The renderer's core (the fill loop, the layouts, the finishing passes: what asks the
    registry and so treats every kind alike) imports no one kind: the reveal's title was
    once the quiz question's by import; a kind now says it reveals (SlideKind.reveals)."""
    import lessonpack

    assert _naming_a_kind(Path(lessonpack.__file__).parents[1]) == []


def test_the_core_check_finds_a_kind_named(tmp_path: Path) -> None:
    render = tmp_path / "lessonpack" / "render"
    render.mkdir(parents=True)
    (render / "pptx.py").write_text("from lessonpack.kinds.registry import kind_of\n"
                                    "from lessonpack.kinds.quiz_question import QuestionSlide\n")
    (render / "deck_cards.py").write_text("from lessonpack.kinds.cards import Card\n")
    assert _naming_a_kind(tmp_path) == [
        "render/pptx.py imports lessonpack.kinds.quiz_question"]


# The layers whose steps serve every kind: a test there on one kind's name is a branch a new
# kind cannot reach without editing it (what a kind needs is a field or hook on SlideKind, or
# its payload's type where a planner looks for its own slides).
_SHARED_LAYERS = ("render", "build", "plan")


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """The module's names bound to a string at its top (``TASK = "task"``)."""
    return {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}


def _strings_in(node: ast.expr, bound: dict[str, str]) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Name) and node.id in bound:
        return {bound[node.id]}
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return set().union(*(_strings_in(e, bound) for e in node.elts))
    return set()


def kind_names_compared(src: Path, names: set[str]) -> list[str]:
    """Every comparison in the shared layers of something's ``.kind`` with a kind's name,
    written as a string or as a module constant holding one: "module:line name"."""
    found = []
    for layer in _SHARED_LAYERS:
        for path in sorted((src / "lessonpack" / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            bound = _module_strings(tree)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Compare):
                    continue
                operands = [node.left, *node.comparators]
                if not any(isinstance(o, ast.Attribute) and o.attr == "kind" for o in operands):
                    continue
                named = set().union(*(_strings_in(o, bound) for o in operands)) & names
                found += [f"{layer}/{path.relative_to(src / 'lessonpack' / layer)}:"
                          f"{node.lineno} {name}" for name in sorted(named)]
    return found


def test_no_shared_layer_compares_a_kind_by_name() -> None:
    """Whose notes mark the made-up contacts was ``spec.kind == TITLE_KIND`` in the renderer
    (now SlideKind.notes_mark_examples), and the no-cutting route found a Part's task slides
    by ``s.kind == TASK`` (now by the payload's type): no module of render, build or plan
    compares a ``.kind`` with a registered kind's name."""
    import lessonpack

    names = {kind.name for kind in kinds()}
    assert kind_names_compared(Path(lessonpack.__file__).parents[1], names) == []


def test_the_kind_name_check_finds_a_comparison(tmp_path: Path) -> None:
    """The check can fail: a name in a constant, a literal, a tuple of them, on either side;
    a document's kind ("letter") or a placeholder's is no slide kind's name."""
    for layer in _SHARED_LAYERS:
        (tmp_path / "lessonpack" / layer).mkdir(parents=True)
    (tmp_path / "lessonpack/render/pptx.py").write_text(
        'TITLE_KIND = "title"\n'
        "def marks(spec):\n    return spec.kind == TITLE_KIND\n")
    (tmp_path / "lessonpack/plan/no_cutting.py").write_text(
        "def tasks(deck):\n"
        '    return [s for s in deck.slides if "task" == s.kind or s.kind in ("cards",)]\n')
    (tmp_path / "lessonpack/build/docs.py").write_text(
        'def letter(doc):\n    return doc.kind == "letter" and kind == "title"\n')
    assert sorted(kind_names_compared(tmp_path, {"title", "task", "cards"})) == [
        "plan/no_cutting.py:2 cards", "plan/no_cutting.py:2 task", "render/pptx.py:3 title"]
