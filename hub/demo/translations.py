"""The demo's own translations of its pages, written by people, keyed by the English source text.

Each entry maps one source string (a segment as wagtail-localize extracts it: a title, a field, one
paragraph of rich text) to its translation in every demo language; only place names leave out the
languages that write them as English does.
"""

DEMO_LANGUAGES = ["ar", "fr", "so", "ckb"]

NETWORK = {
    "The hub": {
        "ar": "المُلتقى",
        "fr": "Le hub",
        "so": "Xarunta",
        "ckb": "ناوەند",
    },
    "We are a network of more than forty migrant- and refugee-led community organisations across the UK. "
    "Together we share what works, campaign for fair treatment and make sure our communities are heard "
    "where decisions are made.": {
        "ar": "نحن شبكة تضم أكثر من أربعين منظمة مجتمعية يقودها مهاجرون ولاجئون في أنحاء المملكة المتحدة. "
        "معًا نتبادل ما ينجح من تجارب، ونناضل من أجل معاملة عادلة، ونحرص على أن تُسمع أصوات مجتمعاتنا حيث "
        "تُتخذ القرارات.",
        "fr": "Nous sommes un réseau de plus de quarante associations communautaires dirigées par des personnes "
        "migrantes et réfugiées à travers le Royaume-Uni. Ensemble, nous partageons ce qui fonctionne, nous "
        "militons pour un traitement équitable et nous veillons à ce que nos communautés soient entendues là où "
        "les décisions se prennent.",
        "so": "Waxaan nahay shabakad ka kooban in ka badan afartan urur bulsho oo ay hoggaamiyaan muhaajiriin iyo "
        "qaxooti, kuna baahsan Boqortooyada Ingiriiska. Si wadajir ah ayaan isu weydaarsannaa waxa shaqeeya, "
        "ugu ololeynaa in si cadaalad ah loola dhaqmo dadkeenna, oo aan hubinnaa in codka bulshooyinkeenna la "
        "maqlo meesha go'aannada lagu gaaro.",
        "ckb": "ئێمە تۆڕێکین لە زیاتر لە چل ڕێکخراوی کۆمەڵگەیی کە کۆچبەران و پەنابەران بەڕێوەیان دەبەن، لە "
        "سەرانسەری شانشینی یەکگرتوودا. پێکەوە ئەزموونە سەرکەوتووەکانمان بە یەکتر دەگەیەنین، بۆ مامەڵەیەکی "
        "دادپەروەرانە هەڵمەت دەکەین و دڵنیا دەبینەوە کە دەنگی کۆمەڵگەکانمان لەو شوێنانەدا دەبیسترێت کە "
        "بڕیارەکانی لێ دەدرێت.",
    },
    "Member organisations": {
        "ar": "المنظمات الأعضاء",
        "fr": "Organisations membres",
        "so": "Ururrada xubnaha ah",
        "ckb": "ڕێکخراوە ئەندامەکان",
    },
    "Every member organisation is led by the community it serves. Filter by region, theme, language or "
    "community to find a group near you.": {
        "ar": "كل منظمة عضو يقودها أبناء المجتمع الذي تخدمه. صفِّ القائمة حسب المنطقة أو المجال أو اللغة أو "
        "المجتمع لتجد مجموعة قريبة منك.",
        "fr": "Chaque organisation membre est dirigée par la communauté qu'elle sert. Filtrez par région, thème, "
        "langue ou communauté pour trouver un groupe près de chez vous.",
        "so": "Urur kasta oo xubin ah waxaa hoggaamiya bulshada uu u adeego. Ku kala shaandhee gobol, mawduuc, "
        "luqad ama bulsho si aad u hesho koox kuu dhow.",
        "ckb": "هەر ڕێکخراوێکی ئەندام لەلایەن ئەو کۆمەڵگەیەوە بەڕێوە دەبرێت کە خزمەتی دەکات. بەپێی ناوچە، "
        "بابەت، زمان یان کۆمەڵگە لیستەکە بپاڵێوە بۆ ئەوەی گرووپێکی نزیک لە خۆت بدۆزیتەوە.",
    },
    "About the network": {
        "ar": "عن الشبكة",
        "fr": "À propos du réseau",
        "so": "Ku saabsan shabakadda",
        "ckb": "دەربارەی تۆڕەکە",
    },
    "Led by the communities it serves, since 2004.": {
        "ar": "تقودها المجتمعات التي تخدمها، منذ عام 2004.",
        "fr": "Dirigé par les communautés qu'il sert, depuis 2004.",
        "so": "Waxaa hoggaamiya bulshooyinka ay u adeegto, tan iyo 2004.",
        "ckb": "لە ساڵی 2004ەوە لەلایەن ئەو کۆمەڵگایانەوە بەڕێوە دەبرێت کە خزمەتیان دەکات.",
    },
    "The network began when a handful of refugee community groups in London and Birmingham started meeting to "
    "compare notes on the asylum support system. Today our members work in more than sixty languages, from "
    "Tigrinya and Somali to Polish and Tamil.": {
        "ar": "بدأت الشبكة حين أخذت بضع جمعيات مجتمعية للاجئين في لندن وبرمنغهام تلتقي لتتبادل الملاحظات حول "
        "نظام دعم طالبي اللجوء. واليوم يعمل أعضاؤنا بأكثر من ستين لغة، من التغرينية والصومالية إلى البولندية "
        "والتاميلية.",
        "fr": "Le réseau est né lorsqu'une poignée d'associations de réfugiés de Londres et de Birmingham ont "
        "commencé à se réunir pour comparer leurs expériences du système d'aide aux demandeurs d'asile. "
        "Aujourd'hui, nos membres travaillent dans plus de soixante langues, du tigrigna et du somali au polonais "
        "et au tamoul.",
        "so": "Shabakaddu waxay bilaabatay markii dhowr koox oo bulshooyinka qaxootiga ah oo ku sugan London iyo "
        "Birmingham ay bilaabeen inay kulmaan si ay isu weydaarsadaan waayo-aragnimadooda ku saabsan nidaamka "
        "taageerada magangelyo-doonka. Maanta xubnahayagu waxay ku shaqeeyaan in ka badan lixdan luqadood, laga "
        "bilaabo Tigrinya iyo Af-Soomaali ilaa Boolish iyo Tamil.",
        "ckb": "تۆڕەکە کاتێک دەستی پێکرد کە چەند گرووپێکی کۆمەڵگەیی پەنابەران لە لەندەن و بێرمینگهام دەستیان "
        "کرد بە کۆبوونەوە بۆ ئەوەی تێبینییەکانیان دەربارەی سیستەمی پشتگیری داواکارانی پەنابەری بەراورد بکەن. "
        "ئەمڕۆ ئەندامەکانمان بە زیاتر لە شەست زمان کار دەکەن، لە تیگرینیا و سۆمالییەوە تا پۆڵەندی و تامیلی.",
    },
    "Associate members share the running of the network: they sit on the steering group, host regional meetings "
    "and lead our three core campaigns each year. Network members receive briefings, join regional meetings and "
    "come to the annual conference.": {
        "ar": "يتشارك الأعضاء المنتسبون في إدارة الشبكة: فهم أعضاء في الفريق التوجيهي، ويستضيفون الاجتماعات "
        "الإقليمية، ويقودون حملاتنا الأساسية الثلاث كل عام. أما أعضاء الشبكة فيتلقّون النشرات الإحاطية، "
        "ويشاركون في الاجتماعات الإقليمية، ويحضرون المؤتمر السنوي.",
        "fr": "Les membres associés partagent la conduite du réseau : ils siègent au comité de pilotage, accueillent "
        "les réunions régionales et mènent chaque année nos trois campagnes principales. Les membres du réseau "
        "reçoivent nos notes d'information, participent aux réunions régionales et viennent à la conférence "
        "annuelle.",
        "so": "Xubnaha la xiriira waxay wadaagaan maamulka shabakadda: waxay ku jiraan kooxda hagidda, waxay "
        "martigeliyaan shirarka gobollada, sannad kastana waxay hoggaamiyaan saddexda olole ee ugu muhiimsan. "
        "Xubnaha shabakaddu waxay helaan warbixinno kooban, waxay ka qayb galaan shirarka gobollada, waxayna "
        "yimaadaan shirka sannadlaha ah.",
        "ckb": "ئەندامە هاوبەشەکان پێکەوە تۆڕەکە بەڕێوە دەبەن: لە گرووپی ئاڕاستەکردندا بەشدارن، کۆبوونەوە "
        "هەرێمییەکان ڕێکدەخەن و هەموو ساڵێک سێ هەڵمەتە سەرەکییەکەمان ڕابەرایەتی دەکەن. ئەندامانی تۆڕ کورتە "
        "زانیاری وەردەگرن، بەشداری کۆبوونەوە هەرێمییەکان دەکەن و دێنە کۆنفرانسی ساڵانە.",
    },
}

MEMBERS = {
    # Somali Parents Hackney
    "Somali Parents Hackney": {
        "ar": "أولياء الأمور الصوماليون في هاكني",
        "fr": "Parents somaliens de Hackney",
        "so": "Waalidiinta Soomaaliyeed ee Hackney",
        "ckb": "دایک و باوکانی سۆمالی لە هاکنی",
    },
    "Somali parents helping each other understand the school system and speak up for their children.": {
        "ar": "آباء وأمهات صوماليون يساعد بعضهم بعضًا على فهم النظام المدرسي والدفاع عن أطفالهم.",
        "fr": "Des parents somaliens qui s'entraident pour comprendre le système scolaire et défendre leurs enfants.",
        "so": "Waalidiin Soomaaliyeed oo isu gargaara si ay u fahmaan nidaamka dugsiyada oo ay ugu doodaan "
        "xuquuqda carruurtooda.",
        "ckb": "دایک و باوکانی سۆمالی کە یارمەتی یەکتر دەدەن بۆ تێگەیشتن لە سیستەمی قوتابخانە و بەرگریکردن لە "
        "منداڵەکانیان.",
    },
    "We are parents and grandparents who meet every Saturday at the community centre on Mare Street. We explain "
    "how admissions, exclusions and special educational needs support work, in Somali.": {
        "ar": "نحن آباء وأمهات وأجداد نلتقي كل يوم سبت في المركز المجتمعي في شارع مير ستريت. ونشرح باللغة "
        "الصومالية كيف يجري القبول في المدارس، وكيف تُتخذ قرارات الفصل، وكيف يعمل الدعم المخصص لذوي الاحتياجات "
        "التعليمية الخاصة.",
        "fr": "Nous sommes des parents et des grands-parents qui se retrouvent chaque samedi au centre communautaire "
        "de Mare Street. Nous expliquons en somali comment fonctionnent les inscriptions scolaires, les exclusions "
        "et l'accompagnement des besoins éducatifs particuliers.",
        "so": "Waxaan nahay waalidiin iyo awoowayaal ku kulma Sabti kasta xarunta bulshada ee ku taal Mare Street. "
        "Af-Soomaali ayaan ku sharraxnaa sida ay u shaqeeyaan diiwaangelinta dugsiyada, ka-saarista dugsiga iyo "
        "taageerada carruurta qabta baahiyaha waxbarasho ee gaarka ah.",
        "ckb": "ئێمە دایک و باوک و باپیر و داپیرین و هەموو شەممەیەک لە ناوەندی کۆمەڵگە لە شەقامی مەیر کۆ "
        "دەبینەوە. بە زمانی سۆمالی ڕوونی دەکەینەوە کە وەرگرتن لە قوتابخانە، دەرکردن لە قوتابخانە و پشتگیری "
        "پێداویستییە پەروەردەییە تایبەتەکان چۆن کار دەکەن.",
    },
    "Since 2016 we have trained forty parent advocates who now go with families to school meetings.": {
        "ar": "منذ عام 2016 درّبنا أربعين من أولياء الأمور ليصبحوا مناصرين يرافقون العائلات اليوم إلى اجتماعات المدرسة.",
        "fr": "Depuis 2016, nous avons formé quarante parents référents qui accompagnent désormais les familles aux "
        "rendez-vous avec l'école.",
        "so": "Tan iyo 2016 waxaan tababarnay afartan waalid oo u doodayaal ah, kuwaas oo hadda qoysaska ku "
        "weheliya shirarka dugsiga.",
        "ckb": "لە ساڵی 2016ەوە چل دایک و باوکمان وەک داکۆکیکار ڕاهێناوە کە ئێستا لەگەڵ خێزانەکان دەچنە "
        "کۆبوونەوەکانی قوتابخانە.",
    },
    # Kurdish Community Centre Manchester
    "Kurdish Community Centre Manchester": {
        "ar": "المركز المجتمعي الكردي في مانشستر",
        "fr": "Centre communautaire kurde de Manchester",
        "so": "Xarunta Bulshada Kurdiyeed ee Manchester",
        "ckb": "ناوەندی کۆمەڵگەی کوردی مانچستەر",
    },
    "A home for Kurdish families in Greater Manchester: advice, language classes, culture and campaigning.": {
        "ar": "بيت للعائلات الكردية في مانشستر الكبرى: استشارات، ودروس لغة، وثقافة، وحملات مناصرة.",
        "fr": "Une maison pour les familles kurdes du Grand Manchester : conseils, cours de langue, culture et "
        "mobilisation.",
        "so": "Guri u ah qoysaska Kurdiyeed ee Greater Manchester: talo-bixin, fasallo luqadeed, dhaqan iyo olole.",
        "ckb": "ماڵێک بۆ خێزانە کوردەکان لە مانچستەری گەورە: ڕاوێژ، وانەی زمان، کولتوور و هەڵمەت.",
    },
    "The centre opened in 2003 in a former textile warehouse in Cheetham Hill. We offer immigration and welfare "
    "advice in Sorani, Kurmanji, Farsi and Arabic, and English classes at four levels.": {
        "ar": "افتُتح المركز عام 2003 في مستودع نسيج سابق في حي تشيتهام هيل. نقدّم استشارات في شؤون الهجرة "
        "والإعانات الاجتماعية باللغات السورانية والكرمانجية والفارسية والعربية، ودروسًا في اللغة الإنجليزية على "
        "أربعة مستويات.",
        "fr": "Le centre a ouvert en 2003 dans un ancien entrepôt textile de Cheetham Hill. Nous proposons des "
        "conseils en matière d'immigration et d'aides sociales en sorani, en kurmandji, en farsi et en arabe, ainsi "
        "que des cours d'anglais de quatre niveaux.",
        "so": "Xaruntu waxay furantay 2003 iyadoo ku jirta bakhaar hore oo dharka ah oo ku yaal Cheetham Hill. "
        "Waxaan bixinnaa talo ku saabsan socdaalka iyo gargaarka bulshada, annagoo ku hadlayna Soraani, Kurmaanji, "
        "Faarsi iyo Carabi, iyo sidoo kale fasallo Ingiriisi ah oo afar heer leh.",
        "ckb": "ناوەندەکە لە ساڵی 2003 لە کۆگایەکی کۆنی قوماش لە چیتهام هیڵ کرایەوە. ڕاوێژی کۆچ و "
        "خۆشگوزەرانی بە سۆرانی، کورمانجی، فارسی و عەرەبی پێشکەش دەکەین، هەروەها وانەی ئینگلیزی لە چوار ئاستدا.",
    },
    "Our youth group runs the Newroz festival every March, which last year drew two thousand people.": {
        "ar": "تنظّم مجموعتنا الشبابية مهرجان نوروز في آذار/مارس من كل عام، وقد استقطب في العام الماضي ألفي شخص.",
        "fr": "Notre groupe de jeunes organise chaque année en mars la fête de Newroz, qui a réuni deux mille "
        "personnes l'an dernier.",
        "so": "Kooxdayada dhallintu waxay qabanqaabisaa dabbaaldegga Newroz bisha Maarso ee sannad kasta; "
        "sannadkii hore waxaa ka soo qayb galay laba kun oo qof.",
        "ckb": "گرووپی لاوانمان هەموو ساڵێک لە مانگی ئاداردا ئاهەنگی نەورۆز ڕێکدەخات، کە ساڵی ڕابردوو دوو هەزار "
        "کەسی کۆکردەوە.",
    },
    # Sudanese Forum Cardiff
    "Sudanese Forum Cardiff": {
        "ar": "المنتدى السوداني في كارديف",
        "fr": "Forum soudanais de Cardiff",
        "so": "Madasha Suudaaniyiinta ee Cardiff",
        "ckb": "کۆڕی سودانییەکانی کاردیف",
    },
    "Sudanese and South Sudanese people in Wales organising for safety, family reunion and a voice.": {
        "ar": "سودانيون وأبناء جنوب السودان في ويلز ينظّمون صفوفهم من أجل الأمان ولمّ شمل الأسر وإسماع صوتهم.",
        "fr": "Des Soudanais et des Sud-Soudanais du pays de Galles qui s'organisent pour leur sécurité, le "
        "regroupement familial et le droit d'être entendus.",
        "so": "Dadka Suudaan iyo Koonfur Suudaan ee ku nool Wales oo isu abaabulay badbaado, isu-keenidda qoysaska "
        "iyo in codkooda la maqlo.",
        "ckb": "سودانییەکان و خەڵکی باشووری سودان لە وێڵز کە بۆ ئاسایش، یەکگرتنەوەی خێزان و گەیاندنی دەنگیان "
        "خۆیان ڕێکدەخەن.",
    },
    "Founded by students and doctors in 2008, the Forum grew quickly after the war of 2023 brought new arrivals "
    "to Cardiff and Newport.": {
        "ar": "أسّس المنتدى طلابٌ وأطباء عام 2008، ونما بسرعة بعد أن جاءت حرب 2023 بقادمين جدد إلى كارديف ونيوبورت.",
        "fr": "Fondé en 2008 par des étudiants et des médecins, le Forum s'est rapidement développé lorsque la guerre "
        "de 2023 a amené de nouveaux arrivants à Cardiff et à Newport.",
        "so": "Madasha waxaa aasaasay arday iyo dhakhaatiir sannadkii 2008, waxayna si degdeg ah u kortay kaddib "
        "markii dagaalkii 2023 uu keenay dad cusub oo yimid Cardiff iyo Newport.",
        "ckb": "کۆڕەکە لە ساڵی 2008 لەلایەن خوێندکاران و پزیشکانەوە دامەزرا، و دوای ئەوەی جەنگی 2023 "
        "تازەهاتووانی هێنایە کاردیف و نیوپۆرت، بە خێرایی گەشەی کرد.",
    },
    "We run family reunion clinics with a Welsh law firm and a weekly Arabic-language mental health peer group.": {
        "ar": "ننظّم بالتعاون مع مكتب محاماة ويلزي جلسات استشارية للمّ شمل الأسر، ونستضيف مجموعة دعم أسبوعية "
        "باللغة العربية للصحة النفسية يلتقي فيها أشخاص مرّوا بتجارب متشابهة.",
        "fr": "Nous tenons des permanences sur le regroupement familial avec un cabinet d'avocats gallois, ainsi "
        "qu'un groupe hebdomadaire d'entraide en arabe consacré à la santé mentale.",
        "so": "Annagoo kaashanayna xafiis sharci oo Welsh ah, waxaan qabannaa kulamo talo-bixin oo ku saabsan "
        "isu-keenidda qoysaska, waxaanna leenahay koox toddobaadle ah oo Af-Carabi ku socota oo dadku isku "
        "taageeraan caafimaadka maskaxda.",
        "ckb": "لەگەڵ نووسینگەیەکی یاسایی وێڵزی کلینیکی یەکگرتنەوەی خێزان بەڕێوە دەبەین، هەروەها گرووپێکی "
        "هەفتانەی هاوتایان بۆ تەندروستی دەروونی بە زمانی عەرەبی.",
    },
    # Congolese Solidarity Swansea
    "Congolese Solidarity Swansea": {
        "ar": "التضامن الكونغولي في سوانزي",
        "fr": "Solidarité congolaise Swansea",
        "so": "Wadajirka Reer Kongo ee Swansea",
        "ckb": "هاوپشتی کۆنگۆیی لە سوانزی",
    },
    "Congolese families in Swansea and Neath finding safety, housing and community.": {
        "ar": "عائلات كونغولية في سوانزي ونيث تجد الأمان والسكن ومجتمعًا تنتمي إليه.",
        "fr": "Des familles congolaises de Swansea et de Neath qui trouvent sécurité, logement et communauté.",
        "so": "Qoysas reer Kongo ah oo ku nool Swansea iyo Neath oo hela badbaado, hoy iyo bulsho ay ka mid noqdaan.",
        "ckb": "خێزانە کۆنگۆییەکان لە سوانزی و نیس کە ئاسایش، نیشتەجێبوون و کۆمەڵگە دەدۆزنەوە.",
    },
    "We welcome new arrivals in French and Lingala, help with asylum housing problems and run a choir that sings "
    "at the city's Refugee Week celebrations.": {
        "ar": "نستقبل القادمين الجدد بالفرنسية واللينغالا، ونساعد في حل مشكلات سكن طالبي اللجوء، ولدينا جوقة "
        "تغنّي في احتفالات أسبوع اللاجئين في المدينة.",
        "fr": "Nous accueillons les nouveaux arrivants en français et en lingala, nous aidons à résoudre les "
        "problèmes de logement des demandeurs d'asile et nous animons une chorale qui chante lors de la Semaine "
        "des réfugiés de la ville.",
        "so": "Waxaan ku soo dhaweynaa dadka cusub Af-Faransiis iyo Lingala, waxaan ka caawinnaa dhibaatooyinka "
        "hoyga magangelyo-doonka, waxaana leenahay koox hees-wadareed ah oo ka luuqaysa dabbaaldegyada "
        "Toddobaadka Qaxootiga ee magaalada.",
        "ckb": "بە زمانی فەرەنسی و لینگالا پێشوازی لە تازەهاتووان دەکەین، یارمەتی چارەسەرکردنی کێشەکانی "
        "نیشتەجێبوونی پەنابەران دەدەین و کۆرالێکمان هەیە کە لە ئاهەنگەکانی هەفتەی پەنابەرانی شارەکەدا گۆرانی "
        "دەڵێت.",
    },
}

THEMES = {
    "Asylum": {"ar": "اللجوء", "fr": "Asile", "so": "Magangelyo", "ckb": "پەنابەری"},
    "Detention": {"ar": "الاحتجاز", "fr": "Rétention", "so": "Xarigga socdaalka", "ckb": "دەستبەسەرکردن"},
    "Labour rights": {
        "ar": "حقوق العمال",
        "fr": "Droits des travailleurs",
        "so": "Xuquuqda shaqaalaha",
        "ckb": "مافەکانی کرێکاران",
    },
    "Health": {"ar": "الصحة", "fr": "Santé", "so": "Caafimaad", "ckb": "تەندروستی"},
    "Housing": {"ar": "السكن", "fr": "Logement", "so": "Hoy", "ckb": "نیشتەجێبوون"},
    "Citizenship and settlement": {
        "ar": "الجنسية والإقامة الدائمة",
        "fr": "Citoyenneté et droit au séjour",
        "so": "Dhalasho iyo degenaansho",
        "ckb": "هاووڵاتیبوون و نیشتەجێبوونی هەمیشەیی",
    },
    "Family reunion": {
        "ar": "لمّ شمل الأسرة",
        "fr": "Regroupement familial",
        "so": "Isu-keenidda qoyska",
        "ckb": "یەکگرتنەوەی خێزان",
    },
    "Destitution": {"ar": "الفقر المدقع", "fr": "Dénuement", "so": "Saboolnimo ba'an", "ckb": "هەژاریی توند"},
    "Integration": {"ar": "الاندماج", "fr": "Intégration", "so": "Is-dhexgal", "ckb": "تێکەڵبوون بە کۆمەڵگە"},
    "Community organising": {
        "ar": "التنظيم المجتمعي",
        "fr": "Organisation communautaire",
        "so": "Abaabulka bulshada",
        "ckb": "ڕێکخستنی کۆمەڵگە",
    },
    "Education": {"ar": "التعليم", "fr": "Éducation", "so": "Waxbarasho", "ckb": "پەروەردە"},
    "Gender justice": {
        "ar": "العدالة بين الجنسين",
        "fr": "Justice de genre",
        "so": "Cadaaladda jinsiga",
        "ckb": "دادپەروەریی ڕەگەزی",
    },
}

# Place names: where a language writes one as English does, it is left out.
PLACE_NAMES = {
    "London": {"ar": "لندن", "fr": "Londres", "ckb": "لەندەن"},
    "West Midlands": {
        "ar": "غرب ميدلاندز",
        "fr": "Midlands de l'Ouest",
        "so": "Galbeedka Midlands",
        "ckb": "میدلاندزی ڕۆژئاوا",
    },
    "North West": {"ar": "الشمال الغربي", "fr": "Nord-Ouest", "so": "Waqooyi-galbeed", "ckb": "باکووری ڕۆژئاوا"},
    "Yorkshire and the Humber": {
        "ar": "يوركشاير وهامبر",
        "fr": "Yorkshire-et-Humber",
        "so": "Yorkshire iyo Humber",
        "ckb": "یۆرکشایەر و هەمبەر",
    },
    "Scotland": {"ar": "اسكتلندا", "fr": "Écosse", "so": "Iskotland", "ckb": "سکۆتلەندا"},
    "Wales": {"ar": "ويلز", "fr": "Pays de Galles", "ckb": "وێڵز"},
    "Eritrea": {"ar": "إريتريا", "fr": "Érythrée", "so": "Eritreya", "ckb": "ئەریتریا"},
    "Ethiopia": {"ar": "إثيوبيا", "fr": "Éthiopie", "so": "Itoobiya", "ckb": "ئەسیوپیا"},
    "Somalia": {"ar": "الصومال", "fr": "Somalie", "so": "Soomaaliya", "ckb": "سۆماڵ"},
    "Sudan": {"ar": "السودان", "fr": "Soudan", "so": "Suudaan", "ckb": "سودان"},
    "Syria": {"ar": "سوريا", "fr": "Syrie", "so": "Suuriya", "ckb": "سووریا"},
    "Iraqi Kurdistan": {
        "ar": "إقليم كردستان العراق",
        "fr": "Kurdistan irakien",
        "so": "Kurdistaanka Ciraaq",
        "ckb": "هەرێمی کوردستانی عێراق",
    },
    "Iran": {"ar": "إيران", "so": "Iiraan", "ckb": "ئێران"},
    "Afghanistan": {"ar": "أفغانستان", "so": "Afgaanistaan", "ckb": "ئەفغانستان"},
    "Poland": {"ar": "بولندا", "fr": "Pologne", "so": "Booland", "ckb": "پۆڵەندا"},
    "Romania": {"ar": "رومانيا", "fr": "Roumanie", "so": "Rumaaniya", "ckb": "ڕۆمانیا"},
    "Roma communities": {
        "ar": "مجتمعات الروما",
        "fr": "Communautés roms",
        "so": "Bulshooyinka Roma",
        "ckb": "کۆمەڵگەکانی ڕۆما",
    },
    "Albania": {"ar": "ألبانيا", "fr": "Albanie", "so": "Albaaniya", "ckb": "ئەلبانیا"},
    "Bangladesh": {"ar": "بنغلاديش", "so": "Bangaladheesh", "ckb": "بەنگلادیش"},
    "Sri Lanka": {"ar": "سريلانكا", "so": "Sirilaanka", "ckb": "سریلانکا"},
    "Latin America": {
        "ar": "أمريكا اللاتينية",
        "fr": "Amérique latine",
        "so": "Laatiin Ameerika",
        "ckb": "ئەمریکای لاتین",
    },
    "Nigeria": {"ar": "نيجيريا", "so": "Nayjeeriya", "ckb": "نیجیریا"},
    "Zimbabwe": {"ar": "زيمبابوي", "so": "Simbaabwe", "ckb": "زیمبابوی"},
    "DR Congo": {
        "ar": "جمهورية الكونغو الديمقراطية",
        "fr": "RD Congo",
        "so": "Jamhuuriyadda Dimuqraadiga Kongo",
        "ckb": "کۆنگۆی دیموکرات",
    },
    "Ukraine": {"ar": "أوكرانيا", "so": "Yukreyn", "ckb": "ئۆکرانیا"},
    "Hong Kong": {"ar": "هونغ كونغ", "ckb": "هۆنگ کۆنگ"},
    "Philippines": {"ar": "الفلبين", "so": "Filibiin", "ckb": "فلیپین"},
    "Yemen": {"ar": "اليمن", "fr": "Yémen", "so": "Yaman", "ckb": "یەمەن"},
    "East of England": {
        "ar": "شرق إنجلترا",
        "fr": "Est de l'Angleterre",
        "so": "Bariga Ingiriiska",
        "ckb": "ڕۆژهەڵاتی ئینگلتەرا",
    },
    "Hackney, Haringey, Tower Hamlets": {
        "ar": "هاكني، هارينغي، تاور هامليتس",
        "ckb": "هاکنی، هارینگی، تاوەر هامڵێتس",
    },
    "Cheetham Hill, Salford, Oldham": {
        "ar": "تشيتهام هيل، سالفورد، أولدهام",
        "ckb": "چیتهام هیڵ، سالفۆرد، ئۆڵدهام",
    },
    "Grangetown, Butetown, Newport": {
        "ar": "غرانجتاون، بيوتتاون، نيوبورت",
        "ckb": "گرەینجتاون، بیوتتاون، نیوپۆرت",
    },
    "Swansea, Neath, Port Talbot": {
        "ar": "سوانزي، نيث، بورت تالبوت",
        "ckb": "سوانزی، نیس، پۆرت تاڵبۆت",
    },
}

# Members whose profiles the demo translates, by their English name.
TRANSLATED_MEMBERS = [
    "Somali Parents Hackney",
    "Kurdish Community Centre Manchester",
    "Sudanese Forum Cardiff",
    "Congolese Solidarity Swansea",
]

TRANSLATIONS = {**NETWORK, **MEMBERS, **THEMES, **PLACE_NAMES}
