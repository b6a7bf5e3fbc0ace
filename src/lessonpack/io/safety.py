"""Checks that keep hostile or broken files from hurting a build: each file type is checked
before a library that trusts it gets to see it.

- ``read_limited``: a regular file, read with a size bound (never /dev/zero, a FIFO, 10 GB).
- ``check_package``: a .pptx/.docx (a zip of XML parts) is checked from its central directory
  before python-pptx/python-docx open it: bounded size, member count and compression ratio
  (a zip bomb never gets inflated), no DOCTYPE or entity declarations in any XML part (so
  external entities can never be resolved and entity expansion never starts, whatever parser
  reads the part later), every XML part well-formed, and the main part of the right kind.
- ``logo_bytes``: a logo's pixel count is read from its header before anything is decoded
  (a decompression bomb never is); big logos are downscaled, reproducibly.
- ``output_name_problem``: names derived from input stay plain file names inside the output
  folder, on every system a teacher might copy the pack to.
"""

from __future__ import annotations

import io
import re
import stat
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from lessonpack.caches import kept
from lessonpack.errors import InternalError, Problem, UserError, problem_at
from lessonpack.io.zipend import zip_directory

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

MAX_PACKAGE_BYTES = 200_000_000  # a template on disk
MAX_UNPACKED_BYTES = 200_000_000  # all its parts inflated: python-pptx holds them in memory
MAX_MEMBERS = 10_000  # a 100-slide deck has about 500 parts
MAX_CENTRAL_DIRECTORY = 10_000_000
MAX_RATIO = 200  # Office XML compresses about 10:1; a bomb compresses about 1000:1
RATIO_FLOOR = 1_000_000  # small members may compress far (a blank part), harmlessly
MAX_LOGO_PIXELS = 25_000_000  # 5000 x 5000; decoding it takes about 100 MB
LOGO_MAX_SIDE = 1200  # px on the long side: sharp at the largest size a logo is shown
# Pillow's own wording varies by version and format; this does not.
_DAMAGED = "cannot be read as an image: the file is damaged or incomplete; export it again"
MAX_NAME = 150  # characters per file or folder name; keeps paths under Windows' 260

_DECK_TYPES = ("presentationml.presentation.main+xml", "presentationml.template.main+xml",
               "presentationml.slideshow.main+xml", "ms-powerpoint.presentation.macroEnabled",
               "ms-powerpoint.template.macroEnabled", "ms-powerpoint.slideshow.macroEnabled")
_DOCUMENT_TYPES = ("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml",
                   "ms-word.document.macroEnabled", "ms-word.template.macroEnabled")
_KINDS = {"deck": ("a PowerPoint file", "presentation", _DECK_TYPES),
          "document": ("a Word file", "document", _DOCUMENT_TYPES)}
_WORKBOOK_TYPES = ("spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
# A DTD has no place in Office Open XML (ECMA-376 Part 2 forbids it); refusing any part that
# declares one means no parser is ever asked whether to resolve an entity.
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY")
                     for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$",
             *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_BAD_NAME_CHARS = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')


# --------------------------------------------------------------------------- files


def read_limited(path: Path, shown: str, limit: int, what: str
                 ) -> tuple[bytes, Problem | None]:
    """The bytes of a regular file of at most ``limit`` bytes, or the problem why not.

    The size is checked before reading and the read is bounded too, so a huge file, a device
    such as /dev/zero or a FIFO (which would block) never reaches memory.
    """
    try:
        info = path.stat()
    except OSError as exc:
        reason = "file not found" if isinstance(exc, FileNotFoundError) else \
            f"cannot read file: {exc.strerror}"
        return b"", problem_at(shown, "LP100", reason)
    if stat.S_ISDIR(info.st_mode):
        return b"", problem_at(shown, "LP100", "is a folder; expected a file")
    if not stat.S_ISREG(info.st_mode):
        return b"", problem_at(shown, "LP100", "is not a regular file")
    if info.st_size > limit:
        return b"", problem_at(shown, "LP100", f"file is {info.st_size:,} bytes; {what} may be "
                               f"at most {limit:,} bytes")
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        return b"", problem_at(shown, "LP100", f"cannot read file: {exc.strerror}")
    if len(raw) > limit:  # it grew since stat
        return b"", problem_at(shown, "LP100", f"file is over {limit:,} bytes; {what} may be "
                               f"at most {limit:,} bytes")
    return raw, None


# --------------------------------------------------------------------------- packages


def _refuse(shown: str, message: str, code: str = "LP132") -> UserError:
    return UserError(problem_at(shown, code, message))


def _not_office(data: bytes, shown: str) -> UserError:
    hint = (" (password-protected Office files cannot be used: save a copy without a "
            "password)" if data.startswith(b"\xd0\xcf\x11\xe0") else "")
    return _refuse(shown, f"not an Office Open XML file (.pptx/.docx){hint}", "LP100")


def _central_directory(data: bytes, shown: str) -> None:
    """Bound the central directory before zipfile builds an object per entry from it. The
    end record is read by io/zipend.py, not zipfile's private helper, so this check cannot
    be skipped by a Python that changed it; bytes without one are refused here."""
    directory = zip_directory(data)
    if directory is None:
        raise _not_office(data, shown)
    if directory.entries > MAX_MEMBERS:
        raise _refuse(shown, f"the file holds {directory.entries:,} parts; Office files used "
                      f"as templates hold at most {MAX_MEMBERS:,}")
    if directory.size > MAX_CENTRAL_DIRECTORY:
        raise _refuse(shown, f"its zip directory is {directory.size:,} bytes, far more than "
                      "an Office file needs")


def check_package(data: bytes, shown: str, kind: str | None = None) -> None:
    """Raise UserError unless ``data`` is a sane Office Open XML package (of ``kind``: "deck"
    or "document"). Reads at most MAX_UNPACKED_BYTES of inflated data, whatever the file."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise _refuse(shown, f"file is {len(data):,} bytes; templates may be at most "
                      f"{MAX_PACKAGE_BYTES:,} bytes")
    _central_directory(data, shown)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # BadZipFile, NotImplementedError, struct.error…: all the file's fault
        raise _not_office(data, shown) from None
    with archive:
        members = archive.infolist()
        _check_sizes(members, shown)
        names = {info.filename.lower() for info in members}  # OPC names ignore case
        types_root = _check_xml(archive, members, shown)
    if kind is not None:
        _check_main_part(types_root, names, shown, kind)


def _check_sizes(members: list[zipfile.ZipInfo], shown: str) -> None:
    """Refuse too many parts, encrypted parts, and parts (or a whole) that inflate too far."""
    if len(members) > MAX_MEMBERS:
        raise _refuse(shown, f"the file holds {len(members):,} parts; Office files used as "
                      f"templates hold at most {MAX_MEMBERS:,}")
    total = 0
    for info in members:
        # zipfile never inflates a member past the size its directory entry declares
        # (it stops there and then fails the CRC), so declared sizes are a real bound.
        total += info.file_size
        if info.flag_bits & 0x1:
            raise _refuse(shown, f"part {info.filename} is encrypted; save a copy without "
                          "a password", "LP100")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _refuse(shown, f"part {info.filename} inflates {ratio:,.0f} times (to "
                          f"{info.file_size:,} bytes): a zip bomb, not an Office file")
    if total > MAX_UNPACKED_BYTES:
        raise _refuse(shown, f"its parts inflate to {total:,} bytes; templates may hold at "
                      f"most {MAX_UNPACKED_BYTES:,} bytes")


def _check_xml(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], shown: str
               ) -> object:
    """Parse every XML part safely (no DTD, no entities, no network); the content types
    part's root, or None when there is none."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    types_root = None
    for info in members:
        if not info.filename.lower().endswith(_XML_SUFFIXES):
            continue
        try:
            body = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                NotImplementedError) as exc:
            raise _refuse(shown, f"part {info.filename} cannot be read: {exc}",
                          "LP130") from None
        if any(marker in body for marker in _DTD_MARKERS):
            raise _refuse(shown, f"part {info.filename} declares a DOCTYPE or entities, "
                          "which Office files never do (they could read local files or "
                          "expand without end)")
        try:
            root = etree.fromstring(body, parser)
        except etree.XMLSyntaxError as exc:
            line, column = exc.position  # libxml2's wording varies; its position does not
            raise _refuse(shown, f"part {info.filename} is not well-formed XML (line "
                          f"{line}, column {column}); open and save the file again in "
                          "PowerPoint or Word", "LP130") from None
        if info.filename == "[Content_Types].xml":
            types_root = root
    return types_root


def _check_main_part(types_root: object, names: set[str], shown: str, kind: str) -> None:
    label, part, wanted = _KINDS[kind]
    if types_root is None:
        raise _refuse(shown, f"not {label}: it has no [Content_Types].xml", "LP130")
    overrides = {o.get("ContentType", ""): o.get("PartName", "")
                 for o in types_root.iter()  # type: ignore[attr-defined]
                 if str(o.tag).endswith("Override")}
    main = next((name for ctype, name in overrides.items() if any(w in ctype for w in wanted)),
                None)
    if main is None:
        other = [lab for k, (lab, _p, types) in _KINDS.items() if k != kind
                 and any(any(t in c for t in types) for c in overrides)]
        if any(any(t in c for t in _WORKBOOK_TYPES) for c in overrides):
            other = ["an Excel workbook"]
        said = f"it is {other[0]}, not {label}" if other else f"not {label}: it has no {part} part"
        raise _refuse(shown, said, "LP130")
    if main.lstrip("/").lower() not in names:
        raise _refuse(shown, f"not {label}: its {part} part {main.lstrip('/')} is missing",
                      "LP130")


# --------------------------------------------------------------------------- images


def logo_problem(path: Path, shown: str) -> str | None:
    """Why the image at ``path`` cannot be a logo, or None. Only its header is read before
    the pixel count is known to be sane; then it is decoded (a truncated file fails here, not
    halfway through a build) and, if big, downscaled, once: ``logo_bytes`` reuses the result.
    """
    try:
        logo_bytes(path)
    except ValueError as exc:
        return f"{shown} {exc}"
    except OSError as exc:
        return f"{shown} cannot be read: {exc.strerror}"
    return None


def logo_bytes(path: Path) -> bytes:
    """The logo to embed: the file itself, or a copy at most LOGO_MAX_SIDE px on its long
    side. Cached per file version, so a batch decodes each logo once."""
    return _prepared(path)[0]


def _prepared(path: Path) -> tuple[bytes, bool]:
    info = path.stat()
    return _prepared_file(path, info.st_mtime_ns, info.st_size)


def logo_file(path: Path) -> str | io.BytesIO:
    """What to give python-pptx's and python-docx's picture functions: the file itself when
    it is small enough (they name the picture after it), else the downscaled copy."""
    data, downscaled = _prepared(path)
    return io.BytesIO(data) if downscaled else str(path)


@kept(8, max_bytes=64 << 20)  # logo files and their downscaled copies
def _prepared_file(path: Path, _mtime: int, _size: int) -> tuple[bytes, bool]:
    return _prepare(path.read_bytes())


def _prepare(data: bytes) -> tuple[bytes, bool]:
    """The image to embed and whether it was downscaled; ValueError saying why not."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        # Pillow only warns between its own limit and twice it; treat both as refusals.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValueError("has too many pixels (a decompression bomb?); use an image "
                             "about 600 px wide") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ValueError(_DAMAGED) from None
        with image:
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS or not width or not height:
                raise ValueError(f"is {width:,} x {height:,} pixels; use an image of at most "
                                 f"{MAX_LOGO_PIXELS // 1_000_000} megapixels (a PNG about "
                                 "600 px wide is plenty)")
            try:
                if max(width, height) <= LOGO_MAX_SIDE and _embeds_as_is(image):
                    image.load()  # a truncated file fails here, not halfway through a build
                    return data, False
                return _downscale(image), True
            except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
                raise ValueError(_DAMAGED) from None


def _embeds_as_is(image: object) -> bool:
    """Whether Word, PowerPoint, LibreOffice and python-docx all take the file as it is: an
    8-bit RGB or grey PNG, or an RGB or grey JPEG with a JFIF or Exif header, shown upright.
    Logos as print designers deliver them (CMYK or YCCK JPEGs with only an Adobe header,
    16-bit or palette PNGs, photos turned by an Exif orientation) are redrawn as RGB PNGs."""
    from PIL import Image

    if not isinstance(image, Image.Image):  # callers pass what PIL opened
        raise InternalError(f"not a PIL image: {type(image).__name__}")
    orientation = image.getexif().get(0x0112, 1)
    if orientation not in (0, 1):
        return False
    if image.format == "PNG":
        return image.mode in ("RGB", "RGBA", "L", "LA") and "transparency" not in image.info
    if image.format == "JPEG":
        return image.mode in ("RGB", "L") and ("jfif" in image.info or "exif" in image.info)
    return False


def _downscale(image: object) -> bytes:
    """A copy at most LOGO_MAX_SIDE px on its long side, upright (Exif orientation applied),
    with the same aspect: a JPEG stays an RGB or grey JPEG, anything else becomes an 8-bit
    RGB(A) or grey PNG. Saved without metadata or timestamps, so the same logo gives the
    same bytes every time."""
    from PIL import Image, ImageOps

    if not isinstance(image, Image.Image):  # callers pass what PIL opened
        raise InternalError(f"not a PIL image: {type(image).__name__}")
    keep_jpeg = image.format == "JPEG" and image.mode in ("RGB", "L")
    width, height = image.size
    scale = min(1.0, LOGO_MAX_SIDE / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if image.format == "JPEG" and scale < 1:
        image.draft(image.mode, size)  # decode at 1/2, 1/4 or 1/8 size: less memory and time
    image = _eight_bit(ImageOps.exif_transpose(image))
    width, height = image.size  # after a draft decode, and turned upright
    scale = min(1.0, LOGO_MAX_SIDE / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = image.resize(size, Image.Resampling.LANCZOS) if image.size != size else image
    out = io.BytesIO()
    if keep_jpeg:
        small.save(out, "JPEG", quality=90)
    else:
        small.save(out, "PNG")
    return out.getvalue()


def _eight_bit(image: PilImage) -> PilImage:
    """The image as 8-bit RGB, RGBA, L or LA (CMYK and YCCK to RGB, palette with
    transparency to RGBA, 16-bit grey scaled down rather than clipped to white)."""
    from PIL import Image

    if not isinstance(image, Image.Image):  # callers pass what PIL opened
        raise InternalError(f"not a PIL image: {type(image).__name__}")
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        brightest = image.getextrema()[1]  # one band: (lowest, highest)
        top = 65535 if image.mode.startswith("I;16") or (
            isinstance(brightest, int | float) and brightest > 255) else 255
        return image.convert("I").point(lambda v: v * (255 / top)).convert("L")
    if (image.mode == "P" and "transparency" in image.info) or image.mode in ("PA", "RGBa"):
        return image.convert("RGBA")
    return image.convert("RGB")


# --------------------------------------------------------------------------- output names


def output_name_problem(relative: str) -> str | None:
    """Why ``relative`` (a path below the output folder, "/"-separated) is not a safe name
    for a file lessonpack writes, or None.

    Names come from content (topic, audience) and may come from batch manifests; whatever
    their source they must stay inside the output folder and be names Windows, macOS and
    Linux all accept (the pack may be copied to a school laptop or a USB stick).
    """
    if not relative or relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return "is an absolute path; output names must be relative to the output folder"
    for part in relative.replace("\\", "/").split("/"):
        if part in ("", ".", ".."):
            return "would leave the output folder ('..' is not allowed in output names)" \
                if part == ".." else "contains an empty folder name or '.'"
        bad = _BAD_NAME_CHARS.search(part)
        if bad:
            return f"contains {bad.group()!r}, which Windows does not allow in file names"
        if part.endswith((".", " ")):
            return f"{part!r} ends with a dot or space, which Windows drops from file names"
        if part.split(".")[0].strip().lower() in _RESERVED:
            return f"{part!r} is a reserved device name on Windows"
        if len(part) > MAX_NAME:
            return f"a name is {len(part)} characters long; at most {MAX_NAME} are allowed"
    return None
