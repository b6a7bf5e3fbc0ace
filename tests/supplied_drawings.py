"""Which functions of a kind's module are the drawings it supplies itself: one answer for
every test that treats them as the renderer's side (tests/test_layers.py lets them import
the render toolkit in their bodies; tests/test_kinds.py lets them read the slide).

A drawing is a function of the module's top named as the function in ``supply(SLOT,
function)`` or ``edits(EDIT, function)`` (kinds/base.py), which the renderer finds in the
module's ``SUPPLIES`` or ``LAYOUT_EDITS``. Any other function (a kind's ``_fill``, its
``decorate``) runs for the planners' side of the kind and gets no such leave.
"""

from __future__ import annotations

import ast


def supplied_drawings(tree: ast.Module) -> list[ast.FunctionDef]:
    """The functions at the top of ``tree`` that a ``supply(...)`` or ``edits(...)`` call
    in it names."""
    named = {arg.id for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id in ("supply", "edits")
             for arg in node.args[1:2] if isinstance(arg, ast.Name)}
    return [node for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name in named]
