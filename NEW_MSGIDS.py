NEW = {
    # search/templates/search/search.html: before the links to a result's other languages, in "all languages".
    "Also in:": {"ar": "متوفر أيضًا بـ:", "fr": "Aussi en :", "so": "Sidoo kale:", "ckb": "هەروەها بە:"},
    # search/templates/search/search.html: a filter in the address that does not exist (facet name, then value).
    "The filter %(facet_label)s “%(value)s” does not exist, so it was left out.": {
        "ar": "عامل التصفية %(facet_label)s «%(value)s» غير موجود، لذا تم تجاهله.",
        "fr": "Le filtre %(facet_label)s « %(value)s » n’existe pas : il a été ignoré.",
        "so": "Shaandhaynta %(facet_label)s “%(value)s” ma jirto, sidaas darteed waa laga saaray.",
        "ckb": "فلتەری %(facet_label)s «%(value)s» بوونی نییە، بۆیە لابرا.",
    },
}
