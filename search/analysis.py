"""Words as the database search backends index and match them: the same steps for a page's text and a visitor's query.

A query finds a page only when both are reduced to the same words, so the text is folded the way people type
it: without accents ("reseau" for "réseau"), Arabic without its optional marks and letter variants ("اولياء" for
"أولياء", "شبكه" for "شبكة") and without the article and the little words written onto it ("الأمور" is "امور"),
then stemmed by Snowball where it has the language ("refugees" and "refugee" are one word). The search engines
(search/engine_settings.py) do all this with their own per-language analysers; this module is for the database.
"""

import re
import threading
import unicodedata
from functools import cache
from pathlib import Path

import snowballstemmer

# Snowball's names for the hub's languages; the others are folded but not stemmed.
SNOWBALL_LANGUAGES = {
    "ar": "arabic",
    "en": "english",
    "es": "spanish",
    "fa": "persian",
    "fr": "french",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ta": "tamil",
}

# Marks dropped after canonical decomposition: Latin (and Greek, Cyrillic) accents, and the Arabic harakat,
# superscript alef and Quranic marks. Decomposing also splits the hamza from its carrier (أ إ آ ؤ ئ become ا و ي
# and a mark). The marks other scripts write their vowels with (Tamil, Bengali) stay: without them the words
# change.
DROPPED_MARKS = frozenset(
    [*map(chr, range(0x0300, 0x0370)), *map(chr, range(0x064B, 0x0660)), "\u0670", *map(chr, range(0x06D6, 0x06EE))]
)
TATWEEL = "\u0640"
ARABIC_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه"})
# The article and what is written onto it (wa-, fa-, bi-, ka-, and li- whose alef the article loses), longest first.
ARABIC_ARTICLES = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
LI_WITH_ARTICLE = "لل"
SHORTEST_ARABIC_STEM = 2  # letters left once the article goes: "الى" (to) is not the article on "ى"
_thread_stemmers = threading.local()
ASCII_WORD = re.compile("[A-Za-z0-9]+")  # in ASCII, all but letters and digits is punctuation, a symbol or a space
# PostgreSQL's stop word lists (Snowball's, copied from its `tsearch_data`) for the hub's languages it has one for.
STOP_WORD_LISTS = Path(__file__).resolve().parent / "stop_words"


def fold(text):
    """`text` lower-cased, without accents and Arabic's optional marks, Arabic letter variants made one."""
    if text.isascii():  # most titles and texts: nothing to decompose, drop or translate, character by character
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(character for character in decomposed if character not in DROPPED_MARKS and character != TATWEEL)
    return unicodedata.normalize("NFC", kept).translate(ARABIC_LETTERS)


def words(text):
    """The words of `text`: punctuation, symbols and spaces separate them, as every backend's tokeniser does."""
    if text.isascii():
        return ASCII_WORD.findall(text)
    return "".join(" " if unicodedata.category(character)[0] in "PSZC" else character for character in text).split()


def without_arabic_article(word):
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= SHORTEST_ARABIC_STEM:
            return word[len(article) :]
    return word


def indexed_forms(word):
    """The forms of a word a text is indexed under. li- with the article is written "لل", but so is li- on a word
    of its own starting with lam: "للاجئين" is "for the refugees" (lam of لاجئين), "للعمل" "for the work" (no lam
    in عمل). Which one only the dictionary knows, so the text is indexed under both; a query keeps the first."""
    stripped = without_arabic_article(word)
    if LI_WITH_ARTICLE in word[: len(word) - len(stripped)]:
        return [stripped, "ل" + stripped]
    return [stripped]


def normalised_words(text, for_index=False):
    """The words of `text` folded, Arabic ones without their article: what autocompletion and every stemmer get."""
    folded = words(fold(text))
    if text.isascii():  # no Arabic article to drop: most titles and queries, a thousand titles for each search
        return folded
    if for_index:
        return [form for word in folded for form in indexed_forms(word)]
    return [without_arabic_article(word) for word in folded]


def snowball_language(language_code):
    """Snowball's name for a language ("fr-ca" is French), or None where it has none."""
    return SNOWBALL_LANGUAGES.get((language_code or "").split("-")[0])


def stemmer(language_code):
    """The language's Snowball stemmer, one per thread: a stemmer keeps the word it is working on in itself."""
    name = snowball_language(language_code)
    if name not in snowballstemmer.algorithms():
        return None
    if not hasattr(_thread_stemmers, name):
        setattr(_thread_stemmers, name, snowballstemmer.stemmer(name))
    return getattr(_thread_stemmers, name)


def stems(normalised, language_code):
    """`normalised` words stemmed by the language's Snowball stemmer when it has one."""
    language_stemmer = stemmer(language_code)
    if not language_stemmer:
        return normalised
    # A word the stemmer would empty stays as it was: a query never loses a word it was typed with.
    return [stem or word for word, stem in zip(normalised, language_stemmer.stemWords(normalised), strict=True)]


def stemmed_words(text, language_code, for_index=False):
    return stems(normalised_words(text, for_index), language_code)


def stemmed_texts(texts, language_code):
    """`stemmed_words` of each of `texts`, each distinct word stemmed once: a thousand titles share most of their
    words, and one call to the stemmer for all of them costs less than a call for each title."""
    normalised = [normalised_words(text) for text in texts]
    distinct = list({word: None for words_of_text in normalised for word in words_of_text})
    stem_of = dict(zip(distinct, stems(distinct, language_code), strict=True))
    return [[stem_of[word] for word in words_of_text] for words_of_text in normalised]


def word_forms(text, language_codes):
    """Each word of a query with its stems in `language_codes`, each stem once: [["hous", "housing"], …]."""
    normalised = normalised_words(text)
    return [
        list(dict.fromkeys(forms)) for forms in zip(*(stems(normalised, code) for code in language_codes), strict=True)
    ]


def analysed(text, language_code, stem=True, for_index=False):
    """`text` as the index keeps it (`for_index`) or as a query matches it: its words, normalised and maybe stemmed,
    separated by spaces."""
    if stem:
        return " ".join(stemmed_words(text, language_code, for_index))
    return " ".join(normalised_words(text, for_index))


@cache
def stop_words(language_code):
    """The words PostgreSQL's configuration for the language leaves out of its index and its queries: none for a
    language it keeps every word of."""
    path = STOP_WORD_LISTS / f"{snowball_language(language_code)}.stop"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def only_stop_words(text, language_codes):
    """Whether every word of a query is a stop word in each of `language_codes`. PostgreSQL matches no page with
    such a query, SQLite and the engines keep stop words: so no backend is asked it, and it gets one answer on all.
    The words are compared as PostgreSQL receives them, folded (search/database_backends/postgres.py)."""
    query_words = normalised_words(text)
    return bool(query_words) and all(word in stop_words(code) for word in query_words for code in language_codes)
