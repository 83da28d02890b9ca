"""The demo's translations of its oral history projects and a few interviews, keyed by the English source text."""

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
    "community, organising": {"ar": "مجتمع، تنظيم", "so": "bulsho, abaabul", "fr": "communauté, organisation"},
    "We landed in January. I had never seen the sky so low.": {
        "ar": "هبطنا في يناير. لم أرَ السماء منخفضة هكذا من قبل.",
        "so": "Waxaan degnay Janaayo. Weligay ma arag cir sidaas u hooseeya.",
    },
    "A neighbour brought us blankets.": {
        "ar": "أحضرت لنا جارة بطانيات.",
        "so": "Deris ayaa noo keenay buste.",
    },
    # Cheetham Hill voices (Kurdish Community Centre Manchester): the project, in Arabic and French.
    "Cheetham Hill voices: the Kurdish centre remembered": {
        "ar": "أصوات من تشيتام هيل: ذكريات المركز الكردي",
        "fr": "Voix de Cheetham Hill : mémoires du centre kurde",
    },
    (
        "Members who built the Kurdish Community Centre tell how they came to Manchester, what they found, "
        "and how an empty warehouse became a home for families from four countries."
    ): {
        "ar": "يروي أعضاء ممن بنوا المركز المجتمعي الكردي كيف وصلوا إلى مانشستر، وماذا وجدوا، وكيف صار مستودع فارغ بيتًا لعائلات من أربعة بلدان.",
        "fr": "Des membres qui ont bâti le Centre communautaire kurde racontent comment ils sont arrivés à Manchester, ce qu'ils y ont trouvé, et comment un entrepôt vide est devenu la maison de familles venues de quatre pays.",
    },
    "Manchester Central Library, the Working Class Movement Library": {
        "ar": "مكتبة مانشستر المركزية، مكتبة حركة الطبقة العاملة",
        "fr": "Bibliothèque centrale de Manchester, Working Class Movement Library",
    },
    # "The warehouse on Cheetham Hill Road", in Arabic and French.
    "The warehouse on Cheetham Hill Road": {
        "ar": "المستودع في شارع تشيتام هيل",
        "fr": "L'entrepôt de Cheetham Hill Road",
    },
    "Shilan": {"ar": "شيلان"},
    (
        "Shilan remembers the winter of 2003, when volunteers cleared an empty textile warehouse and opened "
        "the centre's doors."
    ): {
        "ar": "تتذكر شيلان شتاء عام 2003، حين أخلى متطوعون مستودعًا فارغًا للنسيج وفتحوا أبواب المركز.",
        "fr": "Shilan se souvient de l'hiver 2003, quand des bénévoles ont vidé un entrepôt textile désaffecté et ouvert les portes du centre.",
    },
    "Cheetham Hill, Manchester": {"ar": "تشيتام هيل، مانشستر"},
    "Iraqi Kurdistan": {"ar": "كردستان العراق", "fr": "Kurdistan irakien"},
    "Leaving Sulaymaniyah": {"ar": "مغادرة السليمانية", "fr": "Quitter Souleimaniye"},
    "The road out in 1996 and the years of waiting.": {
        "ar": "طريق الرحيل عام 1996 وسنوات الانتظار.",
        "fr": "La route de l'exil en 1996 et les années d'attente.",
    },
    "journey, asylum": {"ar": "رحلة، لجوء", "fr": "voyage, asile"},
    "An empty warehouse": {"ar": "مستودع فارغ", "fr": "Un entrepôt vide"},
    "Sweeping the floors and borrowing chairs from the mosque.": {
        "ar": "كنس الأرضيات واستعارة الكراسي من المسجد.",
        "fr": "Balayer les sols et emprunter des chaises à la mosquée.",
    },
    "The first advice session": {"ar": "أول جلسة استشارات", "fr": "La première permanence de conseil"},
    "Forty people queuing on a Saturday morning.": {
        "ar": "أربعون شخصًا ينتظرون في الطابور صباح يوم سبت.",
        "fr": "Quarante personnes qui font la queue un samedi matin.",
    },
    "advice, asylum": {"ar": "استشارات، لجوء", "fr": "conseil, asile"},
    "The roof leaked and the heating was broken, but on the first Saturday forty people came.": {
        "ar": "كان السقف يسرّب الماء والتدفئة معطّلة، لكن في السبت الأول جاء أربعون شخصًا.",
        "fr": "Le toit fuyait et le chauffage était en panne, mais le premier samedi, quarante personnes sont venues.",
    },
    "We gave them tea and we listened.": {
        "ar": "قدّمنا لهم الشاي واستمعنا إليهم.",
        "fr": "Nous leur avons servi du thé et nous les avons écoutés.",
    },
    # "Newroz in Heaton Park", in French.
    "Newroz in Heaton Park": {"fr": "Newroz à Heaton Park"},
    (
        "Azad lit the first Newroz fire in Manchester and tells how the festival grew from fifty people to "
        "two thousand."
    ): {
        "fr": "Azad a allumé le premier feu de Newroz à Manchester et raconte comment la fête est passée de cinquante à deux mille personnes.",
    },
    "Iranian Kurdistan": {"fr": "Kurdistan iranien"},
    "The first fire": {"fr": "Le premier feu"},
    "Fifty people and a borrowed sound system in 1999.": {"fr": "Cinquante personnes et une sono empruntée, en 1999."},
    "culture, Newroz": {"fr": "culture, Newroz"},
    "Two thousand people": {"fr": "Deux mille personnes"},
    "Dancing, food stalls and the council's permit.": {
        "fr": "Des danses, des stands de cuisine et l'autorisation de la mairie.",
    },
    "culture, community": {"fr": "culture, communauté"},
    "Newroz is the new day. We lit the fire so that our children would know it.": {
        "fr": "Newroz, c'est le jour nouveau. Nous avons allumé le feu pour que nos enfants le connaissent.",
    },
}
