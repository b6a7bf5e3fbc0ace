"""Every slide kind, found by looking through this package: a module (or a package, whose
``__init__`` is the kind and its other modules its drawing) that defines ``KIND`` is a kind
(modules starting with ``_`` are shared helpers; the modules in ``SHARED`` are what every
kind shares). Nothing else lists the kinds, and nothing keeps a copy of the list: the
renderer asks ``kinds()``, ``by_name()`` and ``kind_of()`` when it needs a kind, so a kind added
for a test (``registered``) is seen everywhere at once."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import lessonpack.kinds as _package
from lessonpack.content.steps import PLACED
from lessonpack.errors import InternalError
from lessonpack.kinds.base import CYCLE_GROUPS, CyclePlace, Match, Offer, SlideKind

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide, SlidePayload


# The modules every kind shares: the contract, the look, the offered parts, the payloads
# the shared scenes draw, and this table.
SHARED = ("base", "look", "offers", "payloads", "registry")


def _discover() -> list[tuple[SlideKind, str]]:
    """Each kind and the module that declares it (its ``KIND``)."""
    found: list[tuple[SlideKind, str]] = []
    for info in pkgutil.iter_modules(_package.__path__):
        if info.name.startswith("_") or info.name in SHARED:
            continue
        module = importlib.import_module(f"{_package.__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if not isinstance(kind, SlideKind):
            raise InternalError(f"slide kind module {module.__name__} defines no KIND (a "
                                "helper module's name starts with _; a module every kind "
                                "shares is named in kinds/registry.py's SHARED)")
        _check_payload(module.__name__, kind)
        if kind.match is not None and not isinstance(kind.match, Match):
            raise InternalError(f"slide kind {kind.name!r} matches as unknown {kind.match!r}")
        found.append((kind, module.__name__))
    return found


@dataclass(frozen=True)
class _Kinds:
    """The kinds, and the two ways the renderer looks one up."""

    all: tuple[SlideKind, ...]
    by_name: dict[str, SlideKind]
    by_payload: dict[type, SlideKind]
    # kind name -> the module declaring it, where its drawing slots are declared and its
    # drawings supplied (render/kind_drawings.py): a payload render's shared scenes draw is
    # declared below the kinds (kinds/payloads.py), so its module says nothing of the kind.
    homes: dict[str, str]
    # Each offered part (by the Offer object) -> the one kind that claims it.
    by_offer: dict[Offer[Any], SlideKind]


def _claimants(found: Iterable[SlideKind]) -> dict[Offer[Any], SlideKind]:
    """The kind claiming each offer. Two kinds claiming one offer is refused: which would
    draw the part would hang on the kinds' order, and the loser would never be seen."""
    by_offer: dict[Offer[Any], SlideKind] = {}
    for kind in found:
        if kind.claims is None:
            continue
        offer = kind.claims.offer
        other = by_offer.setdefault(offer, kind)
        if other is not kind:
            raise InternalError(f"slide kinds {other.name!r} and {kind.name!r} both claim "
                                f"the offered {offer.name!r}; one kind draws an offered part "
                                "(a test replaces a kind with registry.replaced)")
    return by_offer


def _check_places(found: Iterable[SlideKind]) -> None:
    """A kind placed in a Part (``in_cycle``) takes a step no other place has and is a
    group of its own: a built-in step ("story") or group name ("task"), or two kinds on one
    step, would take another's slides or notes with no sign."""
    steps: dict[str, str] = {}
    for kind in found:
        place = kind.in_cycle
        if place is None:
            continue
        if place.step in PLACED or kind.name in CYCLE_GROUPS:
            raise InternalError(f"slide kind {kind.name!r} is placed in a Part by the step "
                                f"{place.step!r}: a kind's step and name must not be a "
                                f"built-in step ({', '.join(PLACED)}) or group "
                                f"({', '.join(CYCLE_GROUPS)})")
        other = steps.setdefault(place.step, kind.name)
        if other != kind.name:
            raise InternalError(f"slide kinds {other!r} and {kind.name!r} are both placed "
                                f"by the step {place.step!r}")


def _checked(declared: Iterable[tuple[SlideKind, str]]) -> _Kinds:
    """The kinds, each with the module declaring it, checked together."""
    declared = list(declared)
    found = [kind for kind, _ in declared]
    names = [k.name for k in found]
    if len(set(names)) != len(names):
        raise InternalError(f"two slide kind modules share a name: {sorted(names)}")
    _check_places(found)
    named = {k.name: k for k in found}
    for kind in found:
        if kind.fallback is None:
            continue
        target = named.get(kind.fallback)
        if target is None:
            raise InternalError(f"slide kind {kind.name!r} falls back to unknown kind "
                                f"{kind.fallback!r}")
        if target.fallback is not None:
            # Layouts are resolved in one pass, fallbacks last: a fallback's own layout must
            # be settled (found or refused) before a kind can borrow it.
            raise InternalError(f"slide kind {kind.name!r} falls back to {target.name!r}, "
                                f"which itself falls back to {target.fallback!r}; fall back "
                                "to a kind that has a layout of its own")
    # Fallbacks after the kinds they fall back to, then by declared order and name.
    ordered = tuple(sorted(found, key=lambda k: (k.fallback is not None, k.order, k.name)))
    return _Kinds(ordered, named, {k.payload: k for k in ordered},
                  {kind.name: module for kind, module in declared}, _claimants(ordered))


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


_current = _checked(_discover())


def home(kind: SlideKind) -> str:
    """The module declaring ``kind`` (its ``KIND``; for a kind registered for a test, its
    payload's): where its drawing slots are declared and its drawings supplied."""
    return _current.homes.get(kind.name, kind.payload.__module__)


def kinds() -> tuple[SlideKind, ...]:
    """Every kind, fallbacks after the kinds they fall back to."""
    return _current.all


def in_cycle() -> tuple[tuple[str, CyclePlace], ...]:
    """Each kind placed in a Part (``SlideKind.in_cycle``), by its name, in the kinds'
    order: the cycle's planner makes their slides where their steps are taught."""
    return tuple((k.name, k.in_cycle) for k in _current.all if k.in_cycle is not None)


def by_name(name: str) -> SlideKind:
    """The kind of that name; an unknown name is a bug in its caller, said in one line."""
    kind = _current.by_name.get(name)
    if kind is None:
        raise InternalError(f"no slide kind {name!r}; the kinds are "
                            f"{', '.join(k.name for k in _current.all)}")
    return kind


@contextmanager
def registered(*extra: SlideKind) -> Iterator[None]:
    """For tests: these kinds are registered too, as a module in this package would be, until
    the block ends. The kinds are one process-wide table (a build never changes it), so this
    is for a test that builds in one thread, never for a running build."""
    before = _current
    for kind in extra:
        _check_payload(f"{kind.payload.__module__} (registered for a test)", kind)
    with _using([*((kind, before.homes[kind.name]) for kind in before.all),
                 *((kind, kind.payload.__module__) for kind in extra)]):
        yield


@contextmanager
def replaced(*kinds: SlideKind, dropping: Iterable[str] = ()) -> Iterator[None]:
    """For tests, as ``registered``: each of ``kinds`` stands in for the registered kind of
    its name (declared where that one is), or is added when none has its name, and the kinds
    named in ``dropping`` are gone, until the block ends (a kind changed to test a template,
    or a kind for a test claiming an offered part in place of the one that does)."""
    before = _current
    gone = set(dropping)
    unknown = gone - set(before.by_name)
    if unknown:
        raise InternalError(f"no slide kind {sorted(unknown)} to drop")
    new = {kind.name: kind for kind in kinds}
    for kind in kinds:
        _check_payload(f"{kind.payload.__module__} (replaced for a test)", kind)
    kept = [(new.pop(kind.name, kind), before.homes[kind.name])
            for kind in before.all if kind.name not in gone]
    with _using([*kept, *((kind, kind.payload.__module__) for kind in new.values())]):
        yield


@contextmanager
def _using(declared: Iterable[tuple[SlideKind, str]]) -> Iterator[None]:
    """These kinds, checked together, are the table until the block ends."""
    global _current
    before = _current
    _current = _checked(declared)
    try:
        yield
    finally:
        _current = before


def kind_of(slide: Slide) -> SlideKind:
    """The kind a slide's payload belongs to; a payload no kind claims is a bug in a planner
    (never a blank slide)."""
    kind = _current.by_payload.get(type(slide.payload))
    if kind is None:
        raise InternalError(f"slide {slide.title!r} has payload "
                            f"{type(slide.payload).__name__}, which no slide kind module "
                            "in lessonpack.kinds declares")
    return kind


S = TypeVar("S")


def claimed(offer: Offer[S], source: S) -> SlidePayload | None:
    """The payload of the kind that claims ``offer``, made from ``source``; None when no kind
    claims it or its kind makes nothing from ``source``: the planner keeps its own. The
    planner owns where the part goes and what is said around it; the kind, how it is drawn."""
    kind = _current.by_offer.get(offer)
    if kind is None or kind.claims is None:
        return None
    made = kind.claims.make(source)
    if made is not None and type(made) is not kind.payload:
        raise InternalError(f"slide kind {kind.name!r} claimed {offer.name!r} with a "
                            f"{type(made).__name__}, not its payload")
    return made


def reveals(slide: Slide) -> bool:
    """Whether the slide reveals the answer to the slide before it (``SlideKind.reveals``):
    the renderer asks this, never which kind reveals."""
    kind = kind_of(slide)
    return kind.reveals is not None and kind.reveals(slide.payload)
