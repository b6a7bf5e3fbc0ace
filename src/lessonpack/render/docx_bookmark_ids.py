"""The ids of the bookmarks lessonpack writes in a document's body, kept in one place.

Word requires each bookmark's ``w:id`` to be unique in the body; lessonpack writes no other
bookmark there, so fixed ids are safe as long as they differ from each other, which a
list in one module shows at a glance (and tests/test_bookmark_ids.py asserts).
"""

from __future__ import annotations

# The reference section's bookmark (render/docx_reference), which page one's "print pages
# 1 to N" points at.
REFERENCE_ID = "9401"
# The last page's bookmark (render/docx_page_ref).
LAST_PAGE_ID = "9402"

ALL_IDS = (REFERENCE_ID, LAST_PAGE_ID)
