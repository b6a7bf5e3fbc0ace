"""Starter files a user fills in: ``lessonpack new brand`` writes a commented brand.yml,
``lessonpack new school`` a commented school.yml (the host school of a trainer's lesson)."""

from __future__ import annotations

from pathlib import Path

from lessonpack.content.brand import DEFAULT_LEAD
from lessonpack.errors import UserError, problem_at
from lessonpack.io.writer import write_files

BRAND_FILE = "brand.yml"
SCHOOL_FILE = "school.yml"

# The lesson and its letters: the same fields, said the same way, in a brand and a school file.
_LESSON = """\
# The class's teacher (on the lesson plan; signs primary letters when no signatory is set)
# and the lesson's date as a letter says it ("Wednesday 20 January 2027"; build --lesson-date
# overrides it); [placeholders] when empty.
class_teacher: ""
lesson_date: ""
# The class, as parents know it ("Year 2"): with class_teacher, named only on that key
# stage's plan and letter. The date letters go out ("Wednesday 6 January 2027"); the reply
# slip asks for replies a school week before a lesson_date with a year.
class_name: ""
# More classes, each "class, teacher": ["Year 4 Owls, Miss Laura Bennett"]. Two classes of
# one key stage (Year 4 and Year 6) get a pack each, in folders named by class.
classes: []
# Pupils in each class, by its name as written above ({"Year 4": 28}): a visitor's papers
# count letters, worksheets and cards from it (30, said to be assumed, when left out).
class_sizes: {}
# A visitor's day: each class's lesson time by its name ({"Year 2": "9:15am"}), when the
# trainer arrives ("8:15am") and where they sign in and are met ("main reception"): the
# visit brief and handovers print them, with lines to write on for any left empty.
lesson_times: {}
trainer_arrives: ""
meeting_place: ""
# The academy trust the school is in, if any ("Northshire Learning Trust"); empty for a
# maintained (local authority) school: the visit brief's sign-off row follows it.
trust: ""
# A place the lessons' stories name (Hillside Primary, Northgate High, Elm Road) that matches
# a local school or road, said another way everywhere, the stream pictures too:
# {"Elm Road": "Larch Close"}.
place_names: {}
# A character or username in the stories that a pupil shares (the lesson plan's names check
# lists them), said another way everywhere: {"Owen": "Theo"}.
character_names: {}
letter_date: ""
# Letters home: every pack has the one after the lesson (what the class learned). before:
# the letter before the lesson too; after: the letter after the lesson alone.
letter_sent: before
# Secondary letters (KS3, KS4): the part of RSHE your policy teaches this lesson in.
# relationships (the relationships part of RSE) or health: every pupil takes it (parents may
# ask to withdraw from sex education only); sex (the sex education part of RSE): the letter
# says parents may ask to withdraw their child, and at KS4 that from three terms before 16
# the pupil may choose it. Left out, the letter keeps the choice in [brackets] to settle.
# rse_lesson: relationships
# Where parents read your RSHE policy, as the secondary letters print it (a web address).
rse_policy_url: ""
# Who signs letters home, and their role (e.g. Headteacher).
letter_signatory: ""
letter_signatory_role: ""
# The parents' and carers' workshop: when ("Thursday 21 January 2027, 6pm") and where
# ("the school hall"). Letters home invite parents to it (parents_workshop: true, also set
# when a build makes the parents' pack or the date is given); left out of your letters
# until the date or the place is given.
parents_workshop: false
parents_session_date: ""
parents_session_venue: ""
# The invitation says how families get in and what helps them hear: "Step-free entry by
# the main gate; a hearing loop in the hall."
parents_session_access: ""
"""

BRAND_YML = """\
# Your brand for lessonpack: lessonpack build --brand brand.yml --key-stage ks2
# It goes into the slides' theme and master and the documents' styles, header and footer,
# so anything a teacher adds in PowerPoint, Word or LibreOffice later keeps the same look.
# Every field is optional; delete the ones you do not need. Editors can check this file with
# schema/brand.schema.json from the lessonpack repository.

# Organisation name as it should be printed (headers, letters, logo alt text).
org_name: Your school

# Your logo: a PNG or JPEG, relative to this file. Wide logos (about 3:1) sit best in the
# slide footer. Have an SVG? Export it as a PNG about 600 px wide first.
# logo: logo.png
# Does the logo already spell out your name? Then true: document headers show the logo
# alone, not the name again beside it.
# logo_shows_name: false

# Colours, in quotes (without them YAML reads # as a comment). Text on them must reach
# WCAG AA contrast (4.5:1), or the build stops and says which pair is too pale:
#   primary   - titles and headings, title-slide background (white text on it)
#   secondary - section slides, bars, table headers (white text on it); also small
#               coloured text on white and on the light colour
#   accent    - LIVE badge, call-out bars, icons (white text on it)
#   light     - pale panels and boxes (dark text on it)
primary: "#1B2A4A"
secondary: "#2456A6"
accent: "#C8102E"
light: "#EEF2F9"

# Fonts every school machine has: Arial or Calibri. Text is fitted exactly for these two;
# others (Verdana, Georgia) are estimated, so look over the slides if you choose one.
heading_font: Arial
body_font: Arial

# Footer on every slide and page; the organisation name when left empty.
footer: ""
website: ""

# Who pupils and staff go to with a concern, as it reads in a sentence, and how to reach them.
safeguarding_lead: "{DEFAULT_LEAD}"
safeguarding_contact: ""

# For letters home. The letterhead: address on one line, office phone and email (left empty,
# each prints as a [placeholder] to fill in).
address: ""
phone: ""
email: ""
# When the office answers that phone ("8am to 4pm"): beside the number on the parents' help
# slide where the DSL's contact gives no phone of its own.
office_hours: ""
# The DSL's name alone ("Mrs Priya Shah"): the first card of every "Who can help" slide and
# sheet, and the letters. Left empty, the packs print [DSL's name] for you to fill in.
dsl_name: ""
# A photo of the DSL (PNG or JPEG, relative to this file): drawn in a circle on the pupils'
# "Who can help" card, so children know the face; and of the deputy, on their own card for
# KS1. Only with the person's consent (the school decides). Left out: a drawn teacher.
# dsl_photo: dsl.jpg
# deputy_dsl_photo: deputy.jpg
# With your own template (--template) whose theme chose its colours: template (its palette
# and fonts win) or brand (this file's colours and fonts go into the template's theme).
# palette: template
# The deputy DSL, named beside the DSL for when they are away, and how to reach them.
deputy_dsl_name: ""
deputy_dsl_contact: ""
# The headteacher, and a phone that answers out of school hours: an evening parents'
# session phones them when neither safeguarding lead is free (the office has shut).
headteacher: ""
headteacher_phone: ""
# Who hears a concern about the headteacher: the chair of governors, or in an academy
# trust the person its policy names (often the CEO). Named in every disclosure box.
head_concerns_to: ""
# A trainer's brand: the trainer who teaches, named in their introduction, on the plans and
# in the letters home (a school file may name who comes for one booking instead), and
# their own phone on the day, beside the team's line on the visit brief and handover.
# trainer_name: "Sam Carter"
# trainer_phone: ""
# A trainer's brand: what your team records itself when a trainer hands a child's concern to
# a school's DSL, in your policy's words. Left out: only that it was handed to the DSL.
# concern_record: "Our team also logs the date and the school in our safeguarding record."
# Who sees that log and the lawful basis for it, in plain words (the visit brief asks the
# school's DSL to confirm it with their data protection officer). Needs concern_record.
# concern_sharing: "Only our team manager sees it; the basis is our public task (UK GDPR)."
# Where families read how your team keeps the parents' evening sign-in sheet and contact
# slips (a web address). Left out: the sheet makes no promise and sends families to you.
# privacy_notice: "www.example.gov.uk/privacy"
# A council's or trainer's look whose letters home each school sends: the letters print the
# school's letterhead, signer and office contacts as fields to fill in (a --school file
# fills them in), since parents expect a letter about their child's class from the school.
# letters_from_school: true
""" + _LESSON + """\
# A tear-off reply slip at the foot of letters home, or not.
reply_slip: true

# The pupils you teach: primary, secondary or all. With primary, --all builds Key Stages 1
# and 2 and the parents' pack (name ks3 or ks4 to build them anyway); secondary: 3, 4, parents.
phase: all

# Up to four local services, shown after the national helplines.
extra_helplines: []
#  - name: Early Help Hub
#    contact: 0300 123 4567
#    what_for: Support for families who are worried about a child.
"""


SCHOOL_YML = """\
# The school a trainer's lesson is taught in, for lessonpack:
#   lessonpack build --all --brand TRAINER/brand.yml --school school.yml
# The trainer's brand keeps its colours, fonts, footer and template; this file's name, crest,
# contacts, DSL and signatory replace the trainer's, so help slides, worksheets and letters
# name this school's safeguarding staff instead of [DSL's name], letters come from the school
# (never signed by the trainer), and footers credit the trainer as "delivered by".
# name and dsl_name are required; delete any other field you do not need. Editors can check
# this file with schema/school.schema.json from the lessonpack repository.

# The school's name as printed on slides, sheets and its letterhead.
name: ""

# The school's crest or logo: a PNG or JPEG, relative to this file (about 3:1 sits best).
# Left out, the trainer's logo stays.
# logo: crest.png
# true when the crest spells out the school's name (headers then show the crest alone).
# logo_shows_name: false

# The letterhead: address on one line, office phone, email and website (left empty, each
# prints as a [placeholder]: the trainer's are never used on the school's letters).
address: ""
phone: ""
email: ""
website: ""
# When the office answers its phone ("8am to 4pm"): beside the number on the parents' help
# slide where the DSL's contact gives no phone of its own.
office_hours: ""

# The Designated Safeguarding Lead's name alone ("Mrs Priya Shah"): on every "Who can help"
# slide and sheet and in the letters home. Required: a lesson about online harm must tell
# pupils who to go to.
dsl_name: ""
# Photos of the DSL and deputy (PNG or JPEG, relative to this file), in a circle on pupils'
# help cards; only with each person's consent (the school decides).
# dsl_photo: dsl.jpg
# deputy_dsl_photo: deputy.jpg
# How to reach the DSL (room, phone or email), and the deputy DSL for when they are away.
safeguarding_contact: ""
deputy_dsl_name: ""
deputy_dsl_contact: ""
# The headteacher, and a phone that answers out of school hours: an evening parents'
# session phones them when neither safeguarding lead is free (the office has shut).
headteacher: ""
headteacher_phone: ""
# Who hears a concern about the headteacher: the chair of governors, or in an academy
# trust the person its policy names (often the CEO). Named in every disclosure box.
head_concerns_to: ""
# The trainer who comes, so the school knows who to expect: named in their introduction, on
# the plans and in the letters home (the trainer's brand may name them instead), and their
# own phone on the day (a mobile), printed on the visit brief and handover.
# trainer_name: "Sam Carter"
# trainer_phone: ""

""" + _LESSON + """\

# The pupils the school teaches: primary, secondary or all (the trainer's when left out).
# phase: primary

# Local services of the school's area, shown after the trainer's (at most four in all).
extra_helplines: []
#  - name: Early Help Hub
#    contact: 0300 123 4567
#    what_for: Support for families who are worried about a child.
"""

# The brand model's own default, not a copy of its words (DEFAULT_LEAD).
BRAND_YML = BRAND_YML.replace("{DEFAULT_LEAD}", DEFAULT_LEAD)

SCAFFOLDS = {BRAND_FILE: BRAND_YML, SCHOOL_FILE: SCHOOL_YML}


def write_scaffold(folder: Path, name: str = BRAND_FILE, *, force: bool = False) -> Path:
    """Write ``folder/name`` (brand.yml or school.yml); an existing file is kept unless
    ``force``."""
    target = folder / name
    if target.exists() and not force:
        raise UserError(problem_at(target, "LP140", "already exists; kept it (use --force to "
                                   "overwrite)"))
    result = write_files(folder, [(name, SCAFFOLDS[name].encode("utf-8"))], force=True)
    if result.problems:
        raise UserError(result.problems)
    return target


def write_brand_scaffold(folder: Path, *, force: bool = False) -> Path:
    """Write ``folder/brand.yml``; an existing file is kept unless ``force``."""
    return write_scaffold(folder, BRAND_FILE, force=force)
