"""Vendors the picture library: a curated subset of Microsoft's Fluent Emoji (flat style,
MIT licence) as PNGs in src/lessonpack/pictures/, with the catalogue of names and alt text.

Run by hand when the subset changes; the PNGs are committed, so neither a build nor a user
ever needs an SVG converter. Needs the npm package and cairosvg (a development tool only):

    npm pack @iconify-json/fluent-emoji-flat && tar xzf iconify-json-fluent-emoji-flat-*.tgz
    pip install cairosvg
    python tools/vendor_pictures.py package/icons.json

512 px squares (both-hands-up: 512 px high and wider, a hand each side): a picture
shown 3.5 inches wide on a 13.33-inch slide projected at 1920 px is 504 px, so every
picture is drawn at or above the projector's own resolution. The few a
deck shows wider (HERO: a stop sign or the LIVE badge across half the slide) also get a
1024 px copy in pictures/large/, drawn from the same vector source, which decks embed where
the picture is placed wider than 512 px covers (render/deck_pictures.py):

    python tools/vendor_pictures.py --large package/icons.json
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import cairosvg
from PIL import Image

if TYPE_CHECKING:
    from PIL import ImageDraw

SIZE = 512
OUT = Path(__file__).resolve().parent.parent / "src" / "lessonpack" / "pictures"

# name used in content: (Fluent Emoji icon, default alt text). Chosen for what the lessons
# show: characters, feelings, help, key words, ground rules, the stream and its risks.
PICTURES: dict[str, tuple[str, str]] = {
    # characters
    "rabbit": ("rabbit", "A friendly rabbit"),
    # A pet stream's prop (plan/scenes.py): a puppy party, not a games controller.
    "puppy": ("dog-face", "A puppy"),
    "owl": ("owl", "A friendly owl"),
    "child": ("child", "A child"),
    "girl": ("girl", "A girl"),
    "boy": ("boy", "A boy"),
    "person": ("person", "A person"),
    # Each named character a figure of their own age and gender, never one shared by two
    # characters of a deck (one adult man had played a dad, a girl of nine and
    # teenage boys). plan/figures.py picks from these in turn.
    "girl-2": ("girl-medium-dark", "A girl"),
    "girl-3": ("girl-light", "A girl"),
    "boy-2": ("boy-medium-light", "A boy"),
    # A secondary story's streamer (Kai, Ravi, Sami, Tobi: 14-16; Mia: 13): the boy's or
    # girl's face in a skin tone no primary child has, on a teenager's build in the room
    # (render/deck_stream_scene.py). The set has no teenager, and its young man's face
    # (square jaw, heavy brows) made Kai look thirty: the class must see a young person.
    "teen-boy": ("boy-medium", "A teenage boy"),
    "teen-boy-2": ("boy-dark", "A teenage boy"),
    "teen-girl": ("girl-medium", "A teenage girl"),
    "teacher": ("teacher", "A teacher"),
    "grown-up": ("woman", "A grown-up"),
    "grown-up-2": ("woman-medium", "A grown-up"),
    "grandparent": ("old-woman", "A grandparent"),
    "grandad": ("old-man", "A grandad"),
    # A bearded man: a dad at a glance, never mistaken for a boy.
    "dad": ("man-beard", "A dad"),
    "dad-2": ("man-beard-medium-dark", "A dad"),
    "police-officer": ("police-officer", "A police officer"),
    "detective": ("detective", "A detective looking closely"),
    "people": ("busts-in-silhouette", "Two people"),
    "stranger": ("bust-in-silhouette", "The outline of a person nobody knows"),
    # KS1's "Nobody." answer: an empty chair, the seat no one is in (an outline of a person
    # said "somebody" to children who cannot read the word; a red cross read as "wrong
    # answer" before the reveal).
    "nobody": ("chair", "An empty chair: nobody"),
    "people-hugging": ("people-hugging", "Two people hugging"),
    # feelings
    "red-light": ("red-circle", "A red circle: stop and tell"),
    "amber-light": ("orange-circle", "An amber circle: not sure, stop and ask"),
    "green-light": ("green-circle", "A green circle: OK"),
    "traffic-light": ("vertical-traffic-light", "A traffic light with red, amber and green"),
    "thumbs-up": ("thumbs-up", "A thumbs up"),
    "thumbs-down": ("thumbs-down", "A thumbs down"),
    "happy": ("smiling-face-with-smiling-eyes", "A happy, smiling face"),
    "calm": ("slightly-smiling-face", "A calm face with a small smile"),
    "worried": ("worried-face", "A worried face"),
    "anxious": ("anxious-face-with-sweat", "An anxious face"),
    "scared": ("fearful-face", "A scared face"),
    "sad": ("crying-face", "A sad, crying face"),
    "confused": ("confused-face", "A confused face"),
    "thinking": ("thinking-face", "A thinking face"),
    "upset": ("grimacing-face", "An uneasy, grimacing face"),
    "relieved": ("sad-but-relieved-face", "A relieved face"),
    "hug": ("hugging-face", "A smiling face giving a hug"),
    # help
    "phone": ("telephone-receiver", "A telephone"),
    "mobile-phone": ("mobile-phone", "A mobile phone"),
    "speech-bubble": ("speech-balloon", "A speech bubble"),
    "talk": ("speaking-head", "A person talking"),
    "shield": ("shield", "A shield"),
    "police": ("police-car-light", "A police car light"),
    "school": ("school", "A school"),
    "home": ("house", "A house"),
    "envelope": ("envelope", "An envelope"),
    "laptop": ("laptop", "A laptop"),
    "question": ("red-question-mark", "A question mark"),
    "question-box": ("postbox", "A post box for questions and worries"),
    "raised-hand": ("raised-hand", "A raised hand"),
    "open-hands": ("open-hands", "Open hands"),
    # "You can pass": a skip button, not a raised hand (in a classroom that says "I want to
    # speak").
    "skip": ("next-track-button", "A skip button: you can pass"),
    "helping-hand": ("hand-with-fingers-splayed", "A hand with five fingers spread"),
    "handshake": ("handshake", "A handshake"),
    "heart-hands": ("heart-hands", "Hands making a heart"),
    "heart": ("red-heart", "A red heart"),
    "check": ("check-mark-button", "A green tick"),
    "cross": ("cross-mark", "A red cross"),
    "stop": ("stop-sign", "A stop sign with the word STOP"),
    "no-entry": ("no-entry", "A no entry sign"),
    "warning": ("warning", "A warning sign"),
    "bell": ("bell", "A bell"),
    "megaphone": ("megaphone", "A megaphone: speak up and report"),
    "light-bulb": ("light-bulb", "A light bulb: an idea"),
    "magnifier": ("magnifying-glass-tilted-left", "A magnifying glass"),
    "clipboard": ("clipboard", "A clipboard with a checklist"),
    "memo": ("memo", "A page and a pencil"),
    "pencil": ("pencil", "A pencil"),
    "key": ("key", "A key"),
    "locked": ("locked", "A closed padlock"),
    "locked-with-key": ("locked-with-key", "A padlock and its key"),
    "unlocked": ("unlocked", "An open padlock"),
    "gear": ("gear", "A settings cog"),
    # listening, kindness, ground rules
    "ear": ("ear", "An ear, for listening"),
    "zip-mouth": ("zipper-mouth-face", "A face with a zipped mouth: keep it private"),
    "hand-over-mouth": ("face-with-hand-over-mouth", "A face with a hand over its mouth"),
    "clapping": ("clapping-hands", "Clapping hands"),
    "waving": ("waving-hand", "A waving hand"),
    "ok-hand": ("ok-hand", "An OK hand sign"),
    "point-up": ("index-pointing-up", "A finger pointing up"),
    "person-no": ("person-gesturing-no", "A person crossing their arms: no"),
    "person-ok": ("person-gesturing-ok", "A person making an OK sign with their arms"),
    "person-raising-hand": ("person-raising-hand", "A person raising a hand"),
    # the stream and its risks
    # what a scene shows: KS1's cartoon show and sofa, the clues in Mei's room (KS2)
    "cat": ("cat-face", "Her drawing of a cat"),
    "moon": ("crescent-moon", "A crescent moon"),
    "red-flag": ("triangular-flag", "A red flag: a warning sign"),
    "door": ("door", "A door: a room in school to go to"),
    "pointing": ("index-pointing-at-the-viewer", "A finger pointing: blaming someone"),
    "eye": ("eye", "An eye: one viewer watching"),
    "bunny": ("rabbit-face", "A cartoon bunny's face"),
    "sofa": ("couch-and-lamp", "A sofa and a lamp"),
    "school-top": ("t-shirt", "A school top with a badge"),
    "street-sign": ("placard", "A street sign"),
    "certificate": ("scroll", "A certificate with a name on it"),
    "parcel": ("package", "A parcel with an address label"),
    "plant": ("potted-plant", "A plant in a pot"),
    "football": ("soccer-ball", "A football"),
    "cake": ("birthday-cake", "A cake"),
    "live": ("red-circle", "A red live dot"),
    "video-camera": ("video-camera", "A video camera"),
    "camera": ("camera-with-flash", "A camera taking a picture"),
    "selfie": ("selfie", "A hand holding a phone for a selfie"),
    "microphone": ("studio-microphone", "A microphone"),
    "television": ("television", "A television"),
    "eyes": ("eyes", "A pair of eyes: someone is watching"),
    "gift": ("wrapped-gift", "A wrapped gift"),
    "coin": ("coin", "A coin"),
    "money-bag": ("money-bag", "A bag of money"),
    "star": ("glowing-star", "A glowing star"),
    "trophy": ("trophy", "A trophy"),
    "crown": ("crown", "A crown"),
    "sparkles": ("sparkles", "Sparkles"),
    "mask": ("performing-arts", "Two masks: someone pretending"),
    "lying-face": ("lying-face", "A face with a long nose: a lie"),
    "hook": ("fishing-pole", "A fishing rod and hook: a lure"),
    "chain": ("chains", "Chains: being trapped"),
    "broken-chain": ("broken-chain", "A broken chain: breaking free"),
    "link": ("link", "A link"),
    "globe": ("globe-with-meridians", "A globe: the internet"),
    "game": ("video-game", "A game controller"),
    "art": ("artist-palette", "A paint palette"),
    "ticket": ("ticket", "A ticket"),
    "puzzle": ("puzzle-piece", "A puzzle piece"),
    "teddy-bear": ("teddy-bear", "A teddy bear"),
    "balloon": ("balloon", "A balloon"),
    "party": ("party-popper", "A party popper"),
    "flexed-biceps": ("flexed-biceps", "A strong arm"),
    "footprints": ("footprints", "Footprints: steps"),
    "pin": ("round-pushpin", "A map pin: where someone is"),
    "map": ("world-map", "A map"),
    "calendar": ("spiral-calendar", "A calendar"),
    "hourglass": ("hourglass-done", "An hourglass"),
    "alarm-clock": ("alarm-clock", "An alarm clock"),
    "bar-chart": ("bar-chart", "A bar chart"),
    "chart-up": ("chart-increasing", "A chart going up"),
    "books": ("books", "A pile of books"),
    "film": ("clapper-board", "A film clapper board"),
    "fire": ("fire", "A flame"),
    "bomb": ("bomb", "A bomb: a threat"),
    "selfie-light": ("selfie-light", "A selfie"),
}


def icon_png(icon: dict, width: int, height: int, body: str | None = None,
             size: int = SIZE) -> bytes:
    """An Iconify icon (its own size, or the set's) as a ``size``-square PNG, with no text
    chunks (no dates): the same icon always gives the same bytes."""
    w, h = icon.get("width", width), icon.get("height", height)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
           f'width="{size}" height="{size}">{body or icon["body"]}</svg>')
    png = cairosvg.svg2png(bytestring=svg.encode(), output_width=size, output_height=size)
    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGBA").save(out, "PNG", optimize=True)
    return out.getvalue()


def main(icons_json: str) -> None:
    data = json.loads(Path(icons_json).read_text(encoding="utf-8"))
    width, height = data.get("width", 16), data.get("height", 16)
    icons = data["icons"]
    lines = ["# The picture library: name used in content -> file and default alt text.",
             "# Made by tools/vendor_pictures.py from Microsoft Fluent Emoji (flat), MIT.",
             "# Alt text may be replaced per use with picture_alt in content."]
    for name, (icon_name, alt) in sorted(PICTURES.items()):
        (OUT / f"{name}.png").write_bytes(worded(name, icon_png(icons[icon_name], width,
                                                                height)))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     f"  source: fluent-emoji-flat/{icon_name}")
    for name, (left, right, alt) in PAIRS.items():
        (OUT / f"{name}.png").write_bytes(pair(icons, left, right))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     f"  source: fluent-emoji-flat/{left} and {right}, side by side")
    for name, (build, alt, source) in GESTURES.items():
        (OUT / f"{name}.png").write_bytes(build(icons))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     f"  source: fluent-emoji-flat/{source}, put together by "
                     "tools/vendor_pictures.py")
    for name, alt in DRAWN.items():
        (OUT / f"{name}.png").write_bytes(live_badge())
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     "  source: lessonpack (drawn by tools/vendor_pictures.py)")
    for name, (alt, jacket, second) in STAFF.items():
        (OUT / f"{name}.png").write_bytes(staff_figure(jacket, second=second))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     "  source: lessonpack (drawn by tools/vendor_pictures.py)")
    for name, (base, colour, specs, prop, alt) in FAMILY.items():
        (OUT / f"{name}.png").write_bytes(family_member(base, colour, specs, prop, icons))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     f"  source: fluent-emoji-flat/{PICTURES[base][0]}, recoloured by "
                     "tools/vendor_pictures.py")
    (OUT / "catalogue.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    count = len(PICTURES) + len(PAIRS) + len(GESTURES) + len(DRAWN) + len(STAFF) + len(FAMILY)
    print(f"wrote {count} pictures to {OUT}")


# Two of the emoji set's faces side by side, drawn as one picture: (left icon, right icon, alt).
# "A grown-up you trust" on a help card: warm faces of two different people (any grown-up,
# not one kind), where the grey silhouettes it had looked like the "Nobody" picture.
PAIRS = {"trusted-grown-ups": ("man-beard-medium-dark", "woman",
                               "Two smiling grown-ups: people you trust")}


def pair(icons: dict, left: str, right: str) -> bytes:
    """Two icons at two-thirds size, the left one behind and higher, the right one in front:
    two people together, not touching."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    small = int(SIZE * 0.64)
    for name, (x, y) in ((left, (0, int(SIZE * 0.08))),
                         (right, (SIZE - small, SIZE - small - int(SIZE * 0.08)))):
        face = Image.open(io.BytesIO(icon_png(icons[name], 32, 32, size=small)))
        image.alpha_composite(face, (x, y))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _icon(icons: dict, name: str, size: int) -> Image.Image:
    return Image.open(io.BytesIO(icon_png(icons[name], 32, 32, size=size)))


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def both_hands_up(icons: dict) -> bytes:
    """Two raised hands, palms out, side by side: "Stop! Both hands up" as a child copies
    it (the stop sign it had showed no hands; one raised hand is "No!")."""
    return _png(two_raised_hands(_icon(icons, "raised-hand", SIZE)))


# The pair's canvas: as tall as one picture, so each hand is drawn the size of the single
# raised hand ("No!") beside it, and wide enough for both (a square had them at half size).
PAIR_WIDTH = 818


def two_raised_hands(hand: Image.Image) -> Image.Image:
    """``hand`` (the emoji's right hand, thumb to the right) on the left and its mirror on
    the right, thumbs pointing in, upright at full height: both hands held up facing the
    class. Thumbs out and tilted, the pair read as cupped palms held low, a gesture for
    asking or offering."""
    from PIL import ImageOps

    # The emoji's ink spans x 75-448 of 512 with the thumb tip at 448: the mirror set 408 px
    # along leaves a gap between the thumbs, and the canvas is cut to the pair with a margin.
    step, left = int(SIZE * 0.797), int(SIZE * 0.1)
    wide = Image.new("RGBA", (step + SIZE, SIZE), (0, 0, 0, 0))
    wide.alpha_composite(hand, (0, 0))
    wide.alpha_composite(ImageOps.mirror(hand), (step, 0))
    return wide.crop((left, 0, left + PAIR_WIDTH, SIZE))


def point_to_mouth(icons: dict) -> bytes:
    """A talking face with a finger pointing into its open mouth: "I'll tell! Point to your
    mouth" (a head in profile showed no finger). The hand has a white edge: yellow on the
    face's yellow, it was lost."""
    from PIL import ImageFilter

    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    image.alpha_composite(_icon(icons, "grinning-face", int(SIZE * 0.76)), (0, int(SIZE * 0.12)))
    hand = _icon(icons, "backhand-index-pointing-left", int(SIZE * 0.46))
    edge = hand.getchannel("A").point(lambda v: 255 if v > 40 else 0).filter(
        ImageFilter.MaxFilter(15))
    white = Image.new("RGBA", hand.size, (255, 255, 255, 0))
    white.putalpha(edge)
    at = (int(SIZE * 0.42), int(SIZE * 0.49))
    image.alpha_composite(white, at)
    image.alpha_composite(hand, at)
    return _png(image)


# The sayings' actions a Year 2 class copies, each drawn as the action itself from the
# emoji set's hands and faces: (how it is put together, alt, source icons).
GESTURES: dict[str, tuple[Callable[[dict], bytes], str, str]] = {
    "both-hands-up": (both_hands_up, "Two open hands held up side by side, palms out",
                      "raised-hand, twice"),
    "point-to-mouth": (point_to_mouth, "A face with a finger pointing to its mouth",
                       "grinning-face and backhand-index-pointing-left"),
}


# The school's safeguarding lead and deputy: a smiling round face on shoulders, wearing a
# staff ID card on a lanyard, the badge school staff wear. Drawn here, not from the emoji
# set: every emoji person has hair that says a sex and a colour, and the lead drawn as a woman
# in one pack and an office worker in another was two different people to a class. One
# figure per role, in every pack and look, until the school gives a photo; the deputy's in
# orange beside the lead's blue (a pair told apart with any colour vision), so children who
# cannot read tell the two cards apart. The deputy is a second person, not the lead in
# another jacket (a designer saw twins): round glasses, a wider face with an open smile and a
# shirt collar, none of which says a sex or a colour. (alt, jacket colour, second person)
STAFF = {
    "safety-lead": ("A grown-up at school wearing a staff badge on a lanyard", (47, 109, 181),
                    False),
    "safety-deputy": ("A second grown-up at school, with glasses and a shirt collar, wearing "
                      "a staff badge on a lanyard", (214, 110, 26), True),
}
FACE = (255, 200, 61, 255)  # the emoji set's yellow: a face with no skin colour of its own
INK_DARK = (66, 44, 30, 255)


def staff_figure(jacket: tuple[int, int, int], size: int = SIZE, *, second: bool = False
                 ) -> bytes:
    """A round smiling face with no hair over rounded shoulders in ``jacket``, a white staff
    card with a photo and two lines hung at the chest from two straps; ``second``: the
    deputy's wider face, glasses, open smile and shirt collar (``second_person``)."""
    from PIL import ImageDraw

    scale = 4  # drawn large and scaled down: smooth edges
    big = size * scale

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return int(big * x0), int(big * y0), int(big * x1), int(big * y1)

    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse(box(0.12, 0.53, 0.88, 1.40), fill=(*jacket, 255))  # shoulders, cut at the foot
    if second:
        second_person(draw, box, big)
    else:
        draw.ellipse(box(0.29, 0.12, 0.71, 0.54), fill=FACE)
        for x in (0.42, 0.58):
            draw.ellipse(box(x - 0.022, 0.29, x + 0.022, 0.345), fill=INK_DARK)
        draw.arc(box(0.41, 0.32, 0.59, 0.45), 25, 155, fill=INK_DARK, width=int(big * 0.02))
    strap = int(big * 0.022)
    for neck, card in ((0.41, 0.45), (0.59, 0.55)):
        draw.line(box(neck, 0.545, card, 0.72), fill=(255, 255, 255, 255), width=strap)
    draw.rounded_rectangle(box(0.36, 0.70, 0.64, 0.91), radius=int(big * 0.025),
                           fill=(255, 255, 255, 255), outline=INK_DARK, width=int(big * 0.008))
    draw.rectangle(box(0.36, 0.735, 0.64, 0.755), fill=(*jacket, 255))  # the card's band
    draw.rounded_rectangle(box(0.39, 0.78, 0.47, 0.88), radius=int(big * 0.01),
                           fill=(200, 214, 229, 255))  # the card's photo
    for top in (0.80, 0.845):
        draw.rounded_rectangle(box(0.50, top, 0.61, top + 0.018), radius=int(big * 0.009),
                               fill=(150, 160, 172, 255))
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def second_person(draw: ImageDraw.ImageDraw, box: Callable[..., tuple[int, int, int, int]],
                  big: int) -> None:
    """The deputy's head and neck: a white shirt collar either side of the neck, a wider
    face, round dark-rimmed glasses joined by a bridge, and an open smile (a half-moon),
    so the two staff figures are two people at a glance, at a card's size."""
    white = (255, 255, 255, 255)
    # Inside the shoulders' curve, so no white point stands out over their edge.
    for side in ((0.39, 0.565, 0.495, 0.545, 0.45, 0.655),
                 (0.61, 0.565, 0.505, 0.545, 0.55, 0.655)):
        draw.polygon([(int(big * side[k]), int(big * side[k + 1])) for k in (0, 2, 4)],
                     fill=white, outline=INK_DARK, width=int(big * 0.006))
    draw.ellipse(box(0.27, 0.12, 0.73, 0.54), fill=FACE)  # as tall as the lead's: one size
    rim = int(big * 0.016)
    for x in (0.415, 0.585):
        draw.ellipse(box(x - 0.058, 0.262, x + 0.058, 0.372), outline=INK_DARK, width=rim)
        draw.ellipse(box(x - 0.019, 0.298, x + 0.019, 0.338), fill=INK_DARK)
    draw.line(box(0.473, 0.305, 0.527, 0.305), fill=INK_DARK, width=rim)
    draw.chord(box(0.43, 0.385, 0.57, 0.47), 0, 180, fill=INK_DARK)


# Pictures that carry a word, drawn on in white: the stop sign says STOP, as a real one does
# (children who cannot read yet know the word on the sign).
WORDED = {"stop": "STOP"}


def worded(name: str, png: bytes) -> bytes:
    """``png`` with its WORDED word across its middle in white capitals (the stop sign's
    octagon), or as it was."""
    from PIL import ImageDraw, ImageFont

    word = WORDED.get(name)
    if word is None:
        return png
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    scale = 4  # drawn large and scaled down: smooth edges
    big = image.resize((image.width * scale, image.height * scale), Image.Resampling.LANCZOS)
    draw = ImageDraw.Draw(big)
    font = ImageFont.truetype(BADGE_FONT, int(big.height * 0.25))
    draw.text((big.width // 2, big.height // 2), word, font=font, fill="white", anchor="mm")
    out = io.BytesIO()
    big.resize(image.size, Image.Resampling.LANCZOS).save(out, "PNG", optimize=True)
    return out.getvalue()


# Drawn here, not from the emoji set: a "LIVE" badge as every streaming app shows it, the
# one picture that means "live" in every deck (eyes meant "live" to nobody).
DRAWN = {"live-badge": "A red LIVE badge"}
BADGE_FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"


def live_badge(size: int = SIZE) -> bytes:
    """A red rounded badge with a white dot and LIVE, centred in a ``size`` square."""
    from PIL import ImageDraw, ImageFont

    scale = 4  # drawn large and scaled down: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    top, bottom = int(big * 0.3), int(big * 0.7)
    draw.rounded_rectangle((int(big * 0.02), top, int(big * 0.98), bottom),
                           radius=(bottom - top) // 2, fill=(214, 31, 38, 255))
    font = ImageFont.truetype(BADGE_FONT, int((bottom - top) * 0.58))
    text_w = draw.textlength("LIVE", font=font)
    dot = int((bottom - top) * 0.26)
    left = (big - (dot + int(dot * 0.7) + text_w)) // 2
    middle = (top + bottom) // 2
    draw.ellipse((left, middle - dot // 2, left + dot, middle + dot // 2), fill="white")
    draw.text((left + dot + int(dot * 0.7), middle), "LIVE", font=font, fill="white",
              anchor="lm")
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# Pictures decks place wider than 3.5 in (measured on every deck of the review set: the stop
# sign, the LIVE badge and the helping hand at 4.75 in, footprints 4.1, star and heart 3.9):
# at 512 px they were 108-134 px an inch, soft on a 1080p projector.
# Only these get a large copy: the rest are never shown wider than 512 px covers, and every
# large copy embedded is bytes in every pack.
LARGE = 1024
HERO = ("footprints", "heart", "helping-hand", "live-badge", "star", "stop")


def large_main(icons_json: str) -> None:
    """pictures/large/NAME.png at LARGE px for each HERO picture, from the same source."""
    data = json.loads(Path(icons_json).read_text(encoding="utf-8"))
    width, height = data.get("width", 16), data.get("height", 16)
    folder = OUT / "large"
    folder.mkdir(exist_ok=True)
    for name in HERO:
        png = live_badge(LARGE) if name in DRAWN else worded(name, icon_png(
            data["icons"][PICTURES[name][0]], width, height, size=LARGE))
        (folder / f"{name}.png").write_bytes(png)
    print(f"wrote {len(HERO)} large pictures to {folder}")


# KS1's puppet families, animals like the children in the stories (Pip the rabbit's
# Mum, Granny and Grandad and Olly the owl's Dad were drawn as people): the story's own
# animal recoloured (fur, or an owl's feathers), the grandparents with glasses. Granny,
# Grandad and Dad each wear something of their own (a pink bow, a flat cap, a tie), so a
# child who cannot read their name pills still tells them apart.
# name: (picture recoloured, colour for its light fur / its brown feathers, glasses, prop, alt)
FAMILY: dict[str, tuple[str, tuple[int, int, int], bool, str, str]] = {
    "rabbit-mum": ("rabbit", (200, 150, 110), False, "", "Pip's mum, a brown rabbit"),
    "rabbit-granny": ("rabbit", (222, 216, 232), True, "bow",
                      "Granny, a pale grey rabbit with glasses and a pink bow"),
    "rabbit-grandad": ("rabbit", (128, 132, 148), True, "cap",
                       "Grandad, a dark grey rabbit with glasses and a flat cap"),
    "owl-dad": ("owl", (120, 120, 135), False, "tie", "Olly's dad, a grey owl with a tie"),
}
# The props, from the same emoji set where it has one: (icon, size, centre x, centre y) as
# fractions of the picture: Granny's bow on her head between her ears, Dad's tie on his
# chest (Olly and his dad were the same owl in two colours).
PROPS = {"bow": ("ribbon", 0.28, 0.31, 0.15), "tie": ("necktie", 0.3, 0.5, 0.62)}
CAP = (120, 82, 58)  # a brown tweed flat cap, drawn (the emoji set's caps are baseball caps)


def family_member(base: str, colour: tuple[int, int, int], specs: bool, prop: str = "",
                  icons: dict | None = None) -> bytes:
    """The vendored ``base`` picture with its fur (light grey and white: a rabbit) or its
    brown feathers (an owl) in ``colour``, shaded as before; with ``specs``, glasses; with
    ``prop``, a bow or a tie (the emoji set's, from ``icons``) or a drawn flat cap."""
    from PIL import ImageDraw

    image = Image.open(OUT / f"{base}.png").convert("RGBA")
    pixels = image.load()
    for y in range(image.height):
        for x in range(image.width):
            r, g, b, a = pixels[x, y]
            light = (r + g + b) / 765
            fur = max(r, g, b) - min(r, g, b) < 40 and light > 0.55
            feathers = base == "owl" and r > g + 15 and g > b and r < 170
            if a and (fur if base != "owl" else feathers):
                shade = light if base != "owl" else (0.3 * r + 0.59 * g + 0.11 * b) / 160
                pixels[x, y] = (*(min(255, int(c * shade)) for c in colour), a)
    s = image.width
    if specs:
        draw = ImageDraw.Draw(image)
        cx, cy, r, line = int(s * 0.2), int(s * 0.44), int(s * 0.07), int(s * 0.018)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(60, 60, 70, 255), width=line)
        draw.line((cx + r, cy, int(s * 0.36), int(s * 0.40)), fill=(60, 60, 70, 255),
                  width=line)
    if prop == "cap":
        image = flat_cap(image)
    elif prop and icons is not None:
        icon_name, size, px, py = PROPS[prop]
        width = int(s * size)
        sticker = Image.open(io.BytesIO(icon_png(icons[icon_name], 32, 32, size=width)))
        if prop == "bow":
            sticker = pink(sticker)
        image.alpha_composite(sticker, (int(s * px - width / 2), int(s * py - width / 2)))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def pink(image: Image.Image) -> Image.Image:
    """``image`` (the emoji set's red ribbon) in pink: a red bow beside the red prize pop-up
    of the same story read as another gift."""
    pixels = image.load()
    for y in range(image.height):
        for x in range(image.width):
            r, g, b, a = pixels[x, y]
            if a:
                pixels[x, y] = (r, int(g * 0.5 + 110), int(b * 0.5 + 165), a)
    return image


def flat_cap(image: Image.Image) -> Image.Image:
    """``image`` (the rabbit, facing left) with a flat cap on its head, peak to the front:
    drawn four times larger and scaled down, for smooth edges."""
    from PIL import ImageDraw

    scale, s = 4, image.width
    layer = Image.new("RGBA", (s * scale, s * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    k = s * scale / 512  # the shapes are laid out on a 512 px rabbit
    edge, line = (70, 48, 34, 255), int(9 * k)
    # The peak first, so the crown's edge lies over its back.
    draw.ellipse((4 * k, 104 * k, 150 * k, 146 * k), fill=(*CAP, 255), outline=edge,
                 width=line)
    draw.chord((44 * k, 40 * k, 262 * k, 200 * k), 180, 360, fill=(*CAP, 255), outline=edge,
               width=line)
    draw.line([(92 * k, 78 * k), (214 * k, 66 * k)], fill=edge, width=int(6 * k))
    image.alpha_composite(layer.resize(image.size, Image.Resampling.LANCZOS))
    return image


# KS3-KS4's own icons (the emoji's thumbs, faces and clapping hands read as
# primary to 14-16-year-olds): Microsoft's Fluent UI System Icons (regular, one colour, MIT),
# the line-drawn family of the same design language, in one ink colour that sits on any
# brand's tinted cards. Each stands in for the emoji of the same meaning, named
# "plain-<emoji name>" (plan/pictures.py ``plain``). Vendored with
#     npm pack @iconify-json/fluent && tar xzf iconify-json-fluent-*.tgz
#     python tools/vendor_pictures.py --plain package/icons.json
INK = (52, 64, 90)
PLAIN: dict[str, tuple[str, str]] = {
    "books": ("book-open-24-regular", "An open book"),
    "zip-mouth": ("comment-off-24-regular", "A crossed-out speech bubble: keep it private"),
    "raised-hand": ("hand-left-24-regular", "A raised hand"),
    "skip": ("next-24-regular", "A skip button: you can pass"),
    "ear": ("people-chat-24-regular", "Two people talking: listen to each other"),
    "question-box": ("chat-bubbles-question-24-regular",
                     "Speech bubbles with a question mark: ask privately"),
    "thinking": ("lightbulb-24-regular", "A light bulb: an idea"),
    "handshake": ("handshake-24-regular", "A handshake"),
    "heart-hands": ("heart-24-regular", "A heart"),
    "question": ("question-circle-24-regular", "A question mark"),
    "video-camera": ("video-24-regular", "A video camera"),
    "gift": ("gift-24-regular", "A wrapped gift"),
    "eye": ("eye-24-regular", "An eye: one viewer watching"),
    "stranger": ("person-question-mark-24-regular",
                 "A person with a question mark: someone you don't know"),
    "chain": ("link-24-regular", "Chain links: being trapped"),
    "broken-chain": ("link-dismiss-24-regular", "A broken link: sharing stopped"),
    "bomb": ("warning-24-regular", "A warning sign: a threat"),
    "warning": ("warning-24-regular", "A warning sign"),
    "mask": ("incognito-24-regular", "A disguise: someone pretending"),
    "camera": ("camera-24-regular", "A camera"),
    "person-no": ("person-prohibited-24-regular", "A person with a no sign"),
    "people": ("people-24-regular", "Two people"),
    "trusted-grown-ups": ("people-24-regular", "Two people: grown-ups you trust"),
    "clipboard": ("clipboard-task-list-ltr-24-regular", "A clipboard with a checklist"),
    "red-flag": ("flag-24-regular", "A flag: a warning sign"),
    "person-raising-hand": ("person-feedback-24-regular", "A person speaking up"),
    "magnifier": ("search-24-regular", "A magnifying glass"),
    "shield": ("shield-24-regular", "A shield"),
    "school": ("building-24-regular", "A school building"),
    "people-hugging": ("person-heart-24-regular", "A person with a heart: someone you trust"),
    "phone": ("call-24-regular", "A telephone handset"),
    "locked": ("lock-closed-24-regular", "A closed padlock"),
    "speech-bubble": ("phone-chat-24-regular", "A phone with a message: text"),
    "police-officer": ("person-shield-24-regular", "A person with a shield: the police"),
    "mobile-phone": ("phone-24-regular", "A mobile phone"),
    "hourglass": ("hourglass-half-24-regular", "An hourglass"),
    "alarm-clock": ("clock-alarm-24-regular", "A clock"),
    "check": ("checkmark-circle-24-regular", "A tick: the right answer"),
    "home": ("home-24-regular", "A house"),
    # A school's own room on an 11-16s' help slide (a Student Support office): a colour
    # emoji door among the line icons read as another style.
    "door": ("door-24-regular", "A door: a room in school to go to"),
    "gear": ("settings-24-regular", "A settings cog"),
    # The parents' deck: adults get the line icons too (cartoon emoji read as a children's
    # deck), so every picture its points use has a twin. Not the traffic light: its three
    # colours are what it says (the pupils' cards), and a one-colour outline would lose them.
    "calendar": ("calendar-ltr-24-regular", "A calendar"),
    "game": ("games-24-regular", "A game controller"),
    "heart": ("heart-24-regular", "A heart"),
    "helping-hand": ("hand-right-24-regular", "An open hand"),
    "memo": ("note-edit-24-regular", "A page and a pencil"),
    "microphone": ("mic-24-regular", "A microphone"),
    "sofa": ("couch-24-regular", "A sofa"),
    "sparkles": ("sparkle-24-regular", "Sparkles"),
    "talk": ("person-voice-24-regular", "A person talking"),
}


def plain_main(icons_json: str) -> None:
    """The plain icons drawn in INK and added to the catalogue (its emoji entries kept)."""
    data = json.loads(Path(icons_json).read_text(encoding="utf-8"))
    width, height = data.get("width", 16), data.get("height", 16)
    icons, aliases = data["icons"], data.get("aliases", {})
    catalogue = OUT / "catalogue.yml"
    kept = catalogue.read_text(encoding="utf-8").split("\nplain-")[0].rstrip("\n")
    lines = [kept]
    ink = "#{:02x}{:02x}{:02x}".format(*INK)
    for base, (icon_name, alt) in sorted(PLAIN.items()):
        name = f"plain-{base}"
        icon = icons.get(icon_name) or icons[aliases[icon_name]["parent"]]
        body = icon["body"].replace("currentColor", ink)
        (OUT / f"{name}.png").write_bytes(icon_png(icon, width, height, body))
        lines.append(f"{name}:\n  file: {name}.png\n  alt: {json.dumps(alt)}\n"
                     f"  source: fluent-system-icons/{icon_name}")
    catalogue.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(PLAIN)} plain icons to {OUT}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--plain":
        plain_main(sys.argv[2])
    elif len(sys.argv) > 2 and sys.argv[1] == "--large":
        large_main(sys.argv[2])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "package/icons.json")
