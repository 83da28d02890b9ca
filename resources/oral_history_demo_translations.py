"""The demo's translations of its oral history project and one interview, keyed by the English source text."""

TRANSLATIONS = {
    "Arrivals: memories of the first generation": {
        "ar": "الوصول: ذكريات الجيل الأول",
        "so": "Imaanshaha: xusuusaha jiilka koowaad",
    },
    (
        "Between 2023 and 2025 young volunteers sat down with the first generation of our communities to "
        "record how they arrived, what work they found, and how they organised. These are their words."
    ): {
        "ar": "بين عامي 2023 و2025 جلس متطوعون شباب مع الجيل الأول من مجتمعاتنا ليسجلوا كيف وصلوا، وأي عمل وجدوا، وكيف نظموا أنفسهم. هذه كلماتهم.",
        "so": "Intii u dhaxaysay 2023 iyo 2025 mutadawiciin dhallinyaro ah ayaa la fadhiistay jiilkii koowaad ee bulshooyinkayaga si ay u duubaan sida ay u yimaadeen, shaqada ay heleen, iyo sida ay isu abaabuleen. Kuwani waa erayadooda.",
    },
    "Hackney Archives, the Bishopsgate Institute": {
        "ar": "أرشيف هاكني، معهد بيشوبسغيت",
        "so": "Kaydka Hackney, Machadka Bishopsgate",
    },
    "Arriving in winter": {"ar": "الوصول في الشتاء", "so": "Imaanshaha xilliga qaboobaha"},
    "Hodan remembers landing at Heathrow in January 1989 with two children and one suitcase.": {
        "ar": "تتذكر هودان هبوطها في مطار هيثرو في يناير 1989 مع طفلين وحقيبة واحدة.",
        "so": "Hodan waxay xusuusan tahay markii ay ka degtay Heathrow bishii Janaayo 1989 iyada oo wadata laba carruur ah iyo hal shandad.",
    },
    "Hackney, London": {"ar": "هاكني، لندن", "so": "Hackney, London"},
    "Somalia": {"ar": "الصومال", "so": "Soomaaliya"},
    "The journey": {"ar": "الرحلة", "so": "Safarka"},
    "Leaving Mogadishu and the flight to London.": {
        "ar": "مغادرة مقديشو والرحلة إلى لندن.",
        "so": "Ka tagidda Muqdisho iyo duullimaadka London.",
    },
    "journey, airport": {"ar": "رحلة، مطار", "so": "safar, garoon diyaaradeed"},
    "The first winter": {"ar": "الشتاء الأول", "so": "Jiilaalkii ugu horreeyay"},
    "Cold, a hostel room and the kindness of a neighbour.": {
        "ar": "البرد، وغرفة في نُزُل، ولطف جارة.",
        "so": "Qabow, qol hoteel yar iyo naxariista deris.",
    },
    "housing, winter": {"ar": "سكن، شتاء", "so": "guryo, jiilaal"},
    "Finding the others": {"ar": "العثور على الآخرين", "so": "Helidda kuwa kale"},
    "How the Somali mothers began to meet on Saturdays.": {
        "ar": "كيف بدأت الأمهات الصوماليات باللقاء أيام السبت.",
        "so": "Sida hooyooyinka Soomaaliyeed u bilaabeen inay kulmaan maalmaha Sabtida.",
    },
    "community, organising": {"ar": "مجتمع، تنظيم", "so": "bulsho, abaabul"},
    "We landed in January. I had never seen the sky so low.": {
        "ar": "هبطنا في يناير. لم أرَ السماء منخفضة هكذا من قبل.",
        "so": "Waxaan degnay Janaayo. Weligay ma arag cir sidaas u hooseeya.",
    },
    "A neighbour brought us blankets.": {
        "ar": "أحضرت لنا جارة بطانيات.",
        "so": "Deris ayaa noo keenay buste.",
    },
}
