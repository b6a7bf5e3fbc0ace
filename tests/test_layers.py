"""The package's layers import downwards only, lazy imports and type-only imports included:
content → plan's vocabulary → kinds → planners → check → render → build → api → the doors
(cli, web). A kind's module says what a slide holds; the planners import it for its
payload, so it never imports the renderer at its top. Its drawing runs in the renderer and
sits on the render layer: a kind package's other modules (kinds/<kind>/drawing.py) and, in
a kind's module, the body of a function its SUPPLIES or LAYOUT_EDITS names (the drawing a
one-module kind supplies itself; tests/supplied_drawings.py says which). The
renderer finds kinds' drawings (render/kind_drawings.py) and never imports one by name.
Render reads text measures from check, never the reverse.
"""

from __future__ import annotations

import ast
from pathlib import Path

from lessonpack.kinds.registry import SHARED
from supplied_drawings import supplied_drawings

SRC = Path(__file__).resolve().parents[1] / "src"

# Lowest first; a module may import its own layer and the layers before it. A name is a
# module or a package (everything below it), the longest match wins.
LAYERS: list[tuple[str, ...]] = [
    ("lessonpack", "lessonpack.rules", "lessonpack.errors", "lessonpack.caches",
     "lessonpack.contrast"),
    ("lessonpack.io",),
    ("lessonpack.content",),
    ("lessonpack.plan.model",),  # the data plans are made of: no planning, no drawing
    ("lessonpack.kinds",),
    ("lessonpack.plan",),
    ("lessonpack.check",),
    ("lessonpack.render",),
    ("lessonpack.build",),
    ("lessonpack.api", "lessonpack.doors"),
    ("lessonpack.cli", "lessonpack.web", "lessonpack.__main__"),
]


RENDER = next(n for n, names in enumerate(LAYERS) if "lessonpack.render" in names)
CONTENT = next(n for n, names in enumerate(LAYERS) if "lessonpack.content" in names)
# What every kind shares: never a drawing. The registry's own list, so a shared module
# added there is shared here too.
KINDS_SHARED = SHARED


def _kind_drawing(module: str) -> bool:
    """A module of a kind's package besides its ``__init__``: lessonpack.kinds.<kind>.<x>.
    (A kind's part of the content schema lives on the content side,
    content/kind_parts/<kind>.py: in the kind's package, importing it would run the
    kind's package while content loads.)"""
    parts = module.split(".")
    return len(parts) > 3 and parts[:2] == ["lessonpack", "kinds"] \
        and not parts[2].startswith("_") and parts[2] not in KINDS_SHARED


def _kind_module(module: str) -> bool:
    """A kind's own module (or its package's ``__init__``): lessonpack.kinds.<kind>."""
    parts = module.split(".")
    return len(parts) == 3 and parts[:2] == ["lessonpack", "kinds"] \
        and not parts[2].startswith("_") and parts[2] not in KINDS_SHARED


def _layer(module: str) -> int:
    if _kind_drawing(module):
        return RENDER
    best, found = -1, -1
    for n, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best:
                best, found = len(name), n
    assert found >= 0, f"{module} is in no layer: add it to LAYERS"
    return found


def _module(path: Path, src: Path) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_of(node: ast.AST) -> set[str]:
    """The lessonpack modules one import statement names."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name.split(".")[0] == "lessonpack"}
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
            and node.module.split(".")[0] == "lessonpack":
        if node.module == "lessonpack":  # from lessonpack import rules
            return {f"lessonpack.{a.name}" for a in node.names}
        return {node.module}
    return set()


def _imports(path: Path) -> set[str]:
    """Every lessonpack module ``path`` imports, wherever the import statement is."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        found |= _imports_of(node)
    return found


def _in_drawings(path: Path) -> set[str]:
    """The lessonpack modules ``path`` imports only inside the drawings it supplies (the
    functions its ``supply(...)``/``edits(...)`` name: tests/supplied_drawings.py); an
    import anywhere else in the module (its top, its ``_fill``) is the kind's own."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside = {id(node) for drawing in supplied_drawings(tree) for node in ast.walk(drawing)}
    drawn = {m for node in ast.walk(tree) if id(node) in inside for m in _imports_of(node)}
    return drawn - {m for node in ast.walk(tree) if id(node) not in inside
                    for m in _imports_of(node)}


def _write(root: Path, files: dict[str, str]) -> None:
    """A made-up source tree for a check's own test: each path under ``root`` and its text."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def _has_code(init: Path) -> bool:
    """A package's ``__init__.py`` that does something when imported (more than its
    docstring and ``from __future__``)."""
    if not init.exists():
        return False
    return any(not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
               and not (isinstance(node, ast.ImportFrom) and node.module == "__future__")
               for node in ast.parse(init.read_text(encoding="utf-8")).body)


def _packages_run(target: str, src: Path) -> list[str]:
    """The packages above ``target`` whose ``__init__`` runs code on the way to it, from the
    top down (``import a.b.c`` runs ``a`` and ``a.b`` first)."""
    parts = target.split(".")
    packages = [".".join(parts[:n]) for n in range(1, len(parts))]
    return [p for p in packages if _has_code(src.joinpath(*p.split("."), "__init__.py"))]


def upward_imports(src: Path = SRC) -> list[str]:
    wrong = []
    for path in sorted((src / "lessonpack").rglob("*.py")):
        module = _module(path, src)
        drawn = _in_drawings(path) if _kind_module(module) else set()
        for target in sorted(_imports(path)):
            # A drawing a kind module supplies imports the render toolkit when it runs, not
            # at the module's top: a planner importing the kind loads no renderer.
            ceiling = RENDER if target in drawn else _layer(module)
            if _layer(target) > ceiling:
                wrong.append(f"{module} imports {target}")
                continue
            above = [p for p in _packages_run(target, src) if _layer(p) > ceiling]
            wrong += [f"{module} imports {target}, which runs {above[0]}"] if above else []
    return wrong


def test_layers_import_downwards_only() -> None:
    assert upward_imports() == []


def test_a_kinds_drawing_is_on_the_render_layer(tmp_path: Path) -> None:
    """A kind's package's drawing module and a drawing function in a kind's module (one its
    SUPPLIES names) may use the render toolkit; the kind's module may not at its top (the
    planners import it) nor in any other function (its ``_fill`` reaching a render helper
    would bypass ``filler.draw``), nor may a planner import a kind's drawing. A module
    importing the renderer inside a function is not a kind's module when it is a helper
    (``_shared``) or what kinds share (``base``)."""
    drawn = "def panel():\n    from lessonpack.render.deck_drawings import new_shape\n" \
            "SUPPLIES = (supply(PANEL, panel),)\n"
    _write(tmp_path / "lessonpack", {
        "kinds/timeline/__init__.py": "from lessonpack.render import deck_drawings\n",
        "kinds/timeline/drawing.py": "from lessonpack.render import deck_drawings\n",
        "kinds/quote.py": drawn,
        "kinds/saying.py": "def _fill(filler):\n"
                           "    from lessonpack.render.deck_body_area import in_body\n" + drawn,
        "kinds/_shared.py": "def grow():\n"
                            "    from lessonpack.render.deck_body_text import grow_text\n",
        "kinds/late.py": "def build():\n    from lessonpack.build import run\n",
        "plan/lesson.py": "from lessonpack.kinds.timeline.drawing import draw\n"})
    assert upward_imports(tmp_path) == [
        "lessonpack.kinds._shared imports lessonpack.render.deck_body_text",
        "lessonpack.kinds.late imports lessonpack.build",
        "lessonpack.kinds.saying imports lessonpack.render.deck_body_area",
        "lessonpack.kinds.timeline imports lessonpack.render",
        "lessonpack.plan.lesson imports lessonpack.kinds.timeline.drawing"]


def test_importing_a_module_runs_its_packages(tmp_path: Path) -> None:
    """Importing ``a.b.c`` runs ``a.b``'s ``__init__`` first: a kind's schema part kept in
    the kind's package (kinds/<kind>/content.py) and imported by the content model ran the
    kind's package while content was loading; it lives on the content side
    (content/kind_parts/<kind>.py), which the kind imports. Likewise a kind may import the
    plans' data (plan.model), but not once the planners' package runs code on the way."""
    _write(tmp_path / "lessonpack", {
        "content/model.py": "from lessonpack.kinds.timeline.content import Event\n"
                            "from lessonpack.content.kind_parts.quote import Saying\n",
        "content/kind_parts/quote.py": "from lessonpack.content.fields import Strict\n",
        "kinds/timeline/content.py": "from lessonpack.content.fields import Strict\n",
        "kinds/timeline/__init__.py": "from lessonpack.kinds.base import layout\n",
        "kinds/quote.py": "from lessonpack.content.kind_parts.quote import Saying\n"
                          "from lessonpack.plan.model import Slide\n",
        "plan/__init__.py": '"""The planners."""\nfrom lessonpack.plan.lesson import plan\n',
        "plan/model.py": "", "plan/lesson.py": ""})
    assert upward_imports(tmp_path) == [
        "lessonpack.content.model imports lessonpack.kinds.timeline.content",
        "lessonpack.kinds.quote imports lessonpack.plan.model, which runs lessonpack.plan"]


def test_loading_content_runs_no_kind() -> None:
    """In a fresh process, the content model loads no module of lessonpack.kinds."""
    import subprocess
    import sys

    script = ("import sys\nimport lessonpack.content.model\n"
              "print(sorted(m for m in sys.modules if m.startswith('lessonpack.kinds')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_the_planners_and_kinds_load_no_renderer() -> None:
    """What the rule is for: every planner and every kind's module imported, in a fresh
    process, loads no render module and no kind's drawing (a drawing function's imports
    run only when the renderer calls it)."""
    import subprocess
    import sys

    script = (
        "import importlib, pkgutil, sys\n"
        "import lessonpack.plan as plan\n"
        "for info in pkgutil.walk_packages(plan.__path__, 'lessonpack.plan.'):\n"
        "    importlib.import_module(info.name)\n"
        "from lessonpack.kinds import registry\n"
        "assert len(registry.kinds()) > 10\n"
        "print(sorted(m for m in sys.modules if m.startswith('lessonpack.render')\n"
        "             or m.startswith('lessonpack.kinds.') and m.count('.') > 2))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_the_renderer_never_imports_a_kinds_drawing() -> None:
    """render/kind_drawings.py finds them through the registry; a render module that named
    one would make that kind's drawing part of the renderer's core."""
    found = [f"{_module(path, SRC)} imports {target}"
             for path in sorted((SRC / "lessonpack" / "render").rglob("*.py"))
             for target in sorted(_imports(path)) if _kind_drawing(target)]
    assert found == []


def test_the_check_finds_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: a kind importing the renderer at its top, for types only,
    and check importing render, are both reported."""
    kinds, check = tmp_path / "lessonpack/kinds", tmp_path / "lessonpack/check"
    kinds.mkdir(parents=True)
    check.mkdir(parents=True)
    (kinds / "quote.py").write_text(
        "from typing import TYPE_CHECKING\n\nfrom lessonpack.plan.model import Slide\n\n"
        "if TYPE_CHECKING:\n    from lessonpack.render.deck_body_text import grow_text\n")
    (check / "measure.py").write_text("from lessonpack.render import textfit\n")
    assert upward_imports(tmp_path) == [
        "lessonpack.check.measure imports lessonpack.render",
        "lessonpack.kinds.quote imports lessonpack.render.deck_body_text"]



def _kind_of(module: str) -> str | None:
    """The kind a module belongs to (lessonpack.kinds.<kind>[.<x>]), or None for what the
    kinds share (base, look, registry, _shared) and for any other module."""
    parts = module.split(".")
    if len(parts) < 3 or parts[:2] != ["lessonpack", "kinds"] or parts[2].startswith("_") \
            or parts[2] in KINDS_SHARED:
        return None
    return parts[2]


def cross_kind_imports(src: Path = SRC) -> list[str]:
    """A kind's module importing another kind's drawing or helper modules: a kind's top
    (lessonpack.kinds.<other>, its payload types) is public, what is below it is that kind's
    own, so deleting or reshaping one kind never breaks another. What two kinds draw alike
    is a render module (render/deck_rows.py, the numbered rows)."""
    wrong = []
    for path in sorted((src / "lessonpack" / "kinds").rglob("*.py")):
        module = _module(path, src)
        own = _kind_of(module)
        if own is None:
            continue
        wrong += [f"{module} imports {target}" for target in sorted(_imports(path))
                  if _kind_drawing(target) and _kind_of(target) != own]
    return wrong


def test_no_kind_imports_another_kinds_internals() -> None:
    assert cross_kind_imports() == []


def test_the_cross_kind_check_finds_one(tmp_path: Path) -> None:
    """The check can fail: a kind's drawing importing another kind's helper module (at the
    top or in a function) is reported; another kind's top, its own modules and the shared
    modules are not."""
    _write(tmp_path / "lessonpack/kinds", {
        "task/__init__.py": "",
        "checklist/__init__.py": "",
        "task/rows.py": "from lessonpack.kinds.base import supply\n",
        "task/drawing.py": "from lessonpack.kinds.task.rows import rows\n",
        "checklist/drawing.py": "from lessonpack.kinds.task import TaskSlide\n"
                                "from lessonpack.kinds.look import Look\n"
                                "def draw():\n    from lessonpack.kinds.task.rows import rows\n",
        "quote.py": "from lessonpack.kinds.task.drawing import draw\n"})
    assert cross_kind_imports(tmp_path) == [
        "lessonpack.kinds.checklist.drawing imports lessonpack.kinds.task.rows",
        "lessonpack.kinds.quote imports lessonpack.kinds.task.drawing"]


# The doors (the command line, the web page) are thin: they reach the library through
# lessonpack.api (and lessonpack.doors, their own helpers) only, besides errors and the
# doors themselves (`lessonpack serve` starts the web page; `python -m lessonpack` is the
# command line). The few modules also allowed
# are light and hold no behaviour of a build, imported before the library loads so that
# `--help` and a usage error stay quick: each with why.
DOORS = ("lessonpack.cli", "lessonpack.web", "lessonpack.__main__")
DOOR_MAY_IMPORT = {
    "lessonpack", "lessonpack.api", "lessonpack.errors",
    # The doors' own helpers (reading options, a form's fields, LibreOffice probes): not API.
    "lessonpack.doors",
    # Option choices and defaults (key stages, formats, the topic) for click's options.
    "lessonpack.build.defaults",
    # How a path is shown in a message.
    "lessonpack.io.paths",
    # "2/4" read as a shard before any content loads: a typo is a quick usage error.
    "lessonpack.build.shard",
    # Ctrl-C and SIGTERM handled for the whole command, set before it is parsed.
    "lessonpack.build.interrupt",
}


def door_imports(src: Path = SRC) -> list[str]:
    wrong = []
    for path in sorted((src / "lessonpack").rglob("*.py")):
        module = _module(path, src)
        if not any(module == d or module.startswith(d + ".") for d in DOORS):
            continue
        for target in sorted(_imports(path)):
            if target not in DOOR_MAY_IMPORT and not any(
                    target == d or target.startswith(d + ".") for d in DOORS):
                wrong.append(f"{module} imports {target}")
    return wrong


def test_doors_reach_the_library_through_the_api_only() -> None:
    assert door_imports() == []


def test_the_door_check_finds_a_door_reaching_past_the_api(tmp_path: Path) -> None:
    web = tmp_path / "lessonpack/web"
    web.mkdir(parents=True)
    (web / "adapter.py").write_text(
        "from lessonpack import api\n"
        "def build():\n    from lessonpack.build.request import BuildRequest\n")
    (web / "page.py").write_text("from lessonpack.web.adapter import build\n")
    assert door_imports(tmp_path) == ["lessonpack.web.adapter imports lessonpack.build.request"]


# A name starting with an underscore is private to its module (docs/architecture.md): another
# module that needs it gets a public name for it, so every use is visible where it is defined.
# ruff's SLF001 only sees `obj._x` and PLC2701 counts the package's own modules as internal,
# so neither sees `from lessonpack.render.deck_cards import _lines_height`; this does.
def private_imports(src: Path = SRC) -> list[str]:
    wrong = []
    for path in sorted((src / "lessonpack").rglob("*.py")):
        module = _module(path, src)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:  # from .x import _y, relative to this module's package
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            if source.split(".")[0] != "lessonpack" or source == module:
                continue
            wrong += [f"{module} imports {a.name} from {source}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return wrong


def test_private_names_stay_in_their_module() -> None:
    assert private_imports() == []


def test_the_private_name_check_finds_one(tmp_path: Path) -> None:
    """The check itself can fail: absolute, relative and in-function imports are reported;
    a module's own public names and dunders are not."""
    render = tmp_path / "lessonpack/render"
    render.mkdir(parents=True)
    (render / "__init__.py").write_text("from lessonpack.render.cards import __doc__\n")
    (render / "cards.py").write_text("def _lines_height():\n    return 1\n")
    (render / "vote.py").write_text(
        "from lessonpack.render.cards import _lines_height as height\n"
        "def fill():\n    from .cards import _lines_height\n")
    (render / "ok.py").write_text("from lessonpack.render.cards import lines_height\n")
    assert private_imports(tmp_path) == [
        "lessonpack.render.vote imports _lines_height from lessonpack.render.cards",
        "lessonpack.render.vote imports _lines_height from lessonpack.render.cards"]
