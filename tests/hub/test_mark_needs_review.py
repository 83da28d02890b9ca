"""Marking translations made without a speaker: the comment is added and nothing else in the file changes."""

from hub.management.commands.hub_mark_needs_review import marked

CATALOGUE = """# A catalogue.
msgid ""
msgstr ""
"Language: ar\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: hub/views.py:1
#, python-format
msgid "Hello %(name)s, this line is long enough that gettext wrapped it where "
"polib would not."
msgstr "مرحبا %(name)s"

# needs-review
#: hub/views.py:2
msgid "Already marked"
msgstr "معلّم"

#: hub/views.py:3
msgid "Not translated"
msgstr ""

#: hub/views.py:4
msgid "One"
msgid_plural "Many"
msgstr[0] "واحد"
msgstr[1] "كثير"
"""


def test_only_the_comment_is_added_above_each_translation_that_lacks_it():
    text, count = marked(CATALOGUE)
    assert count == 2
    assert text.count("# needs-review") == 3
    assert text.replace("# needs-review\n", "") == CATALOGUE.replace("# needs-review\n", "")
    assert "# needs-review\n#: hub/views.py:1\n" in text and "# needs-review\n#: hub/views.py:3" not in text
    assert marked(text) == (text, 0)
