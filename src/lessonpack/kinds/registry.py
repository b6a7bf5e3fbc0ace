"""Every slide kind, found by looking through this package: a module that defines ``KIND``
is a kind (modules starting with ``_`` are shared helpers; base, look and registry are what
every kind shares). Nothing else lists the kinds."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

import lessonpack.kinds as _package
from lessonpack.errors import InternalError
from lessonpack.kinds.base import Match, SlideKind

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


def _discover() -> tuple[SlideKind, ...]:
    found: list[SlideKind] = []
    for info in pkgutil.iter_modules(_package.__path__):
        if info.name.startswith("_") or info.name in ("base", "look", "registry"):
            continue
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if not isinstance(kind, SlideKind):
            raise InternalError(f"slide kind module {module.__name__} defines no KIND")
        _check_payload(module.__name__, kind)
        if kind.match is not None and not isinstance(kind.match, Match):
            raise InternalError(f"slide kind {kind.name!r} matches as unknown {kind.match!r}")
        found.append(kind)
    names = [k.name for k in found]
    if len(set(names)) != len(names):
        raise InternalError(f"two slide kind modules share a name: {sorted(names)}")
    for kind in found:
        if kind.fallback is not None and kind.fallback not in names:
            raise InternalError(f"slide kind {kind.name!r} falls back to unknown kind "
                                f"{kind.fallback!r}")
    # Fallbacks after the kinds they fall back to, then by declared order and name.
    return tuple(sorted(found, key=lambda k: (k.fallback is not None, k.order, k.name)))


def _check_payload(module: str, kind: SlideKind) -> None:
    """The two mistakes a new kind's author makes first, said at import with the module's
    name, not later as an AttributeError or an "unhashable type" deep in the slide cache
    (finished slides are cached by their payload, so it must be a frozen dataclass)."""
    payload = kind.payload
    said = getattr(payload, "kind", None)
    if said != kind.name:
        raise InternalError(f"slide kind module {module}: payload {payload.__name__} must say "
                            f"kind: ClassVar[str] = {kind.name!r} (it says {said!r})")
    params = getattr(payload, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise InternalError(f"slide kind module {module}: payload {payload.__name__} must be "
                            "a @dataclass(frozen=True): finished slides are cached by it")


KINDS: tuple[SlideKind, ...] = _discover()
BY_NAME: dict[str, SlideKind] = {k.name: k for k in KINDS}
_BY_PAYLOAD: dict[type, SlideKind] = {k.payload: k for k in KINDS}


def kind_of(slide: Slide) -> SlideKind:
    """The kind a slide's payload belongs to; a payload no kind claims is a bug in a planner
    (never a blank slide)."""
    kind = _BY_PAYLOAD.get(type(slide.payload))
    if kind is None:
        raise InternalError(f"slide {slide.title!r} has payload "
                            f"{type(slide.payload).__name__}, which no slide kind module "
                            "in lessonpack.kinds declares")
    return kind
