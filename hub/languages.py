"""The languages the hub speaks, and the locale data Django lacks for some of them.

Django ships no LANG_INFO for Somali, Tigrinya, Amharic or Pashto; without it
`get_language_info()` raises and language switchers break, so we supply it.
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_noop as _

EXTRA_LANG_INFO = {
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "am": {"bidi": False, "code": "am", "name": "Amharic", "name_local": "አማርኛ"},
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
}

# (code, English name); the order is the order of language switchers.
HUB_LANGUAGES = [
    ("en", "English"),
    ("ar", "Arabic"),
    ("fr", "French"),
    ("so", "Somali"),
    ("ckb", "Central Kurdish"),
    ("fa", "Persian"),
    ("ps", "Pashto"),
    ("ur", "Urdu"),
    ("ti", "Tigrinya"),
    ("am", "Amharic"),
    ("pl", "Polish"),
    ("ro", "Romanian"),
    ("sq", "Albanian"),
    ("bn", "Bengali"),
    ("ta", "Tamil"),
    ("es", "Spanish"),
    ("pt", "Portuguese"),
]

RIGHT_TO_LEFT = {"ar", "ckb", "fa", "ps", "ur"}

# The interface languages whose catalogues are complete, so that the admin can be offered in them: Wagtail's own
# strings in those it does not translate (Somali, Central Kurdish) are in hub/admin_translations.
ADMIN_LANGUAGE_CODES = ["en", "ar", "fr", "so", "ckb"]


def admin_languages():
    """WAGTAILADMIN_PERMITTED_LANGUAGES: the languages editors may choose for the admin."""
    names = dict(HUB_LANGUAGES)
    return [(code, names[code]) for code in ADMIN_LANGUAGE_CODES]


def install_lang_info():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


# Languages member organisations speak: every interface language and the community languages
# the network's members work in: (code, English name, name in the language itself).
# Names are marked with gettext_noop and translated where they are displayed.
COMMUNITY_LANGUAGES = [
    ("prs", _("Dari"), "دری"),
    ("kmr", _("Kurmanji"), "Kurmancî"),
    ("tig", _("Tigre"), "ትግረ"),
    ("om", _("Oromo"), "Afaan Oromoo"),
    ("sw", _("Swahili"), "Kiswahili"),
    ("ln", _("Lingala"), "Lingála"),
    ("ha", _("Hausa"), "Hausa"),
    ("yo", _("Yoruba"), "Yorùbá"),
    ("ig", _("Igbo"), "Igbo"),
    ("tw", _("Twi"), "Twi"),
    ("kri", _("Krio"), "Krio"),
    ("sn", _("Shona"), "chiShona"),
    ("rw", _("Kinyarwanda"), "Ikinyarwanda"),
    ("uk", _("Ukrainian"), "Українська"),
    ("ru", _("Russian"), "Русский"),
    ("tr", _("Turkish"), "Türkçe"),
    ("hi", _("Hindi"), "हिन्दी"),
    ("pa", _("Punjabi"), "ਪੰਜਾਬੀ"),
    ("gu", _("Gujarati"), "ગુજરાતી"),
    ("ne", _("Nepali"), "नेपाली"),
    ("si", _("Sinhala"), "සිංහල"),
    ("my", _("Burmese"), "မြန်မာ"),
    ("vi", _("Vietnamese"), "Tiếng Việt"),
    ("zh", _("Mandarin Chinese"), "中文"),
    ("yue", _("Cantonese"), "粵語"),
    ("tl", _("Tagalog"), "Tagalog"),
    ("bg", _("Bulgarian"), "Български"),
    ("lt", _("Lithuanian"), "Lietuvių"),
    ("cy", _("Welsh"), "Cymraeg"),
    ("bfi", _("British Sign Language"), "BSL"),
]


def spoken_languages():
    interface = [(code, LANG_INFO[code]["name"], LANG_INFO[code]["name_local"]) for code, _name in HUB_LANGUAGES]
    return interface + COMMUNITY_LANGUAGES
