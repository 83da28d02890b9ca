"""The demo's translations of event pages, keyed by their English text (see hub.demo.translate)."""

TRANSLATIONS = {
    "Events": {"ar": "الفعاليات", "so": "Dhacdooyinka", "fr": "Événements"},
    "Meetings, trainings and actions of the network and its member organisations, and our annual conference. "
    "Many have interpretation: filter by the language you speak.": {
        "ar": "اجتماعات ودورات تدريبية وتحركات الشبكة ومنظماتها الأعضاء، ومؤتمرنا السنوي. "
        "تتوفر الترجمة الفورية في كثير منها: اختر اللغة التي تتحدثها.",
        "so": "Shirarka, tababarrada iyo ficillada shabakadda iyo ururrada xubnaha ka ah, iyo shirkeenna sannadlaha ah. "
        "Qaar badan waxaa jira turjumaan: ku shaandhee luqadda aad ku hadasho.",
        "fr": "Réunions, formations et actions du réseau et de ses organisations membres, et notre conférence "
        "annuelle. Beaucoup ont une interprétation : filtrez selon la langue que vous parlez.",
    },
    "Annual conference: Our communities, our voice": {
        "ar": "المؤتمر السنوي: مجتمعاتنا، صوتنا",
        "so": "Shirka sannadlaha ah: Bulshooyinkeenna, codkeenna",
        "fr": "Conférence annuelle : nos communautés, notre voix",
    },
    "A day for every member organisation: workshops, the members' assembly and the election of the steering "
    "committee. Lunch and childcare provided; travel costs refunded.": {
        "ar": "يوم لكل منظمة عضو: ورش عمل، وجمعية الأعضاء، وانتخاب اللجنة التوجيهية. "
        "الغداء ورعاية الأطفال متوفران، وتُسترد تكاليف السفر.",
        "so": "Maalin loogu talagalay urur kasta oo xubin ah: aqoon-isweydaarsiyo, golaha xubnaha iyo doorashada "
        "guddiga hagidda. Qado iyo daryeel carruur ayaa la bixinayaa; kharashka safarka waa la celinayaa.",
        "fr": "Une journée pour chaque organisation membre : ateliers, assemblée des membres et élection du comité "
        "de pilotage. Déjeuner et garde d'enfants fournis ; frais de transport remboursés.",
    },
    "Question Time with Birmingham councillors": {
        "ar": "جلسة أسئلة مع أعضاء مجلس مدينة برمنغهام",
        "so": "Kulan su'aalo la weydiinayo xildhibaannada Birmingham",
        "fr": "Séance de questions aux conseillers municipaux de Birmingham",
    },
    "Ask the councillors for Handsworth and Lozells about asylum housing, school places and the new community hub. "
    "Questions can be sent in advance in any language.": {
        "ar": "اسألوا أعضاء المجلس عن هاندسوورث ولوزيلز حول سكن طالبي اللجوء والأماكن في المدارس والمركز المجتمعي "
        "الجديد. يمكن إرسال الأسئلة مسبقًا بأي لغة.",
        "so": "Weydii xildhibaannada Handsworth iyo Lozells su'aalo ku saabsan hoyga magangalyo-doonka, boosaska "
        "iskuulka iyo xarunta bulshada ee cusub. Su'aalaha waxaa hore loogu soo diri karaa luqad kasta.",
        "fr": "Interrogez les conseillers de Handsworth et Lozells sur le logement des demandeurs d'asile, les places "
        "à l'école et le nouveau centre communautaire. Les questions peuvent être envoyées à l'avance dans toutes "
        "les langues.",
    },
    "Family reunion advice evening": {
        "ar": "أمسية استشارات حول لمّ شمل الأسرة",
        "so": "Fiid talo-bixin ah oo ku saabsan isu-keenidda qoysaska",
        "fr": "Soirée de conseil sur le regroupement familial",
    },
    "Advisers explain how to apply for family reunion and answer questions one to one.": {
        "ar": "يشرح المستشارون كيفية التقديم على لمّ شمل الأسرة ويجيبون عن الأسئلة بشكل فردي.",
        "so": "La-taliyayaashu waxay sharxayaan sida loo codsado isu-keenidda qoysaska, waxayna si gaar ah uga "
        "jawaabayaan su'aalaha.",
        "fr": "Des conseillers expliquent comment demander le regroupement familial et répondent aux questions en "
        "tête-à-tête.",
    },
}
