"""The demo's translations of campaign content, keyed by English source text (see hub.demo.translate)."""

TRANSLATIONS = {
    "Campaigns": {"ar": "الحملات", "fr": "Campagnes", "so": "Ololeyaasha"},
    "What the network and its members campaign for, and how you can join in.": {
        "ar": "ما تناضل من أجله الشبكة وأعضاؤها، وكيف يمكنك المشاركة.",
        "fr": "Ce pour quoi le réseau et ses membres font campagne, et comment vous joindre à eux.",
        "so": "Waxa shabakadda iyo xubnaheedu u ololeeyaan, iyo sidaad uga qayb qaadan karto.",
    },
    "Policy opportunities": {
        "ar": "فرص التأثير في السياسات",
        "fr": "Occasions d'agir sur les politiques",
        "so": "Fursadaha siyaasadda",
    },
    "Consultations, inquiries and decisions where our communities can make themselves heard.": {
        "ar": "مشاورات وتحقيقات وقرارات يمكن لمجتمعاتنا أن تُسمع فيها صوتها.",
        "fr": "Consultations, enquêtes et décisions où nos communautés peuvent se faire entendre.",
        "so": "La-tashiyo, baaritaanno iyo go'aanno ay bulshooyinkeennu codkooda ku gaarsiin karaan.",
    },
    "End indefinite immigration detention": {
        "ar": "أنهوا الاحتجاز غير محدد المدة للمهاجرين",
        "fr": "Mettre fin à la rétention administrative illimitée",
        "so": "Joojiya xarigga socdaalka ee aan xadka lahayn",
    },
    "The UK is the only country in Europe with no time limit on immigration detention. People are held for months, "
    "even years, without knowing when they will be released.": {
        "ar": "المملكة المتحدة هي البلد الوحيد في أوروبا الذي لا يضع حدًا زمنيًا لاحتجاز المهاجرين. يُحتجز الناس "
        "لأشهر، بل لسنوات، دون أن يعرفوا متى سيُطلق سراحهم.",
        "fr": "Le Royaume-Uni est le seul pays d'Europe sans durée maximale de rétention administrative. Des personnes "
        "sont enfermées des mois, voire des années, sans savoir quand elles seront libérées.",
        "so": "Boqortooyada Midowday waa waddanka kaliya ee Yurub ah oo aan xad waqti u lahayn xarigga socdaalka. "
        "Dadka waxaa la hayaa bilo, xitaa sanado, iyagoo aan ogayn goorta la sii deynayo.",
    },
    "I support a 28-day time limit on immigration detention.": {
        "ar": "أؤيد وضع حد أقصى مدته 28 يومًا لاحتجاز المهاجرين.",
        "fr": "Je soutiens une durée maximale de 28 jours pour la rétention administrative.",
        "so": "Waxaan taageersanahay xad 28 maalmood ah oo loo dhigo xarigga socdaalka.",
    },
    "The Home Secretary": {"ar": "وزير الداخلية", "fr": "Le ministre de l'Intérieur", "so": "Wasiirka Arrimaha Gudaha"},
    "Lift the ban on asylum seekers working": {
        "ar": "ارفعوا الحظر عن عمل طالبي اللجوء",
        "fr": "Lever l'interdiction de travailler pour les demandeurs d'asile",
        "so": "Qaada mamnuucidda shaqada ee magangalyo-doonayaasha",
    },
    "People seeking asylum wait months or years for a decision and are not allowed to work. They want to use their "
    "skills, support their families and contribute.": {
        "ar": "ينتظر طالبو اللجوء أشهرًا أو سنوات للحصول على قرار، ولا يُسمح لهم بالعمل. إنهم يريدون استخدام "
        "مهاراتهم وإعالة أسرهم والمساهمة في المجتمع.",
        "fr": "Les demandeurs d'asile attendent des mois, voire des années, une décision, sans avoir le droit de "
        "travailler. Ils veulent utiliser leurs compétences, faire vivre leur famille et contribuer.",
        "so": "Magangalyo-doonayaashu waxay sugaan bilo ama sanado go'aan, lagumana oggola inay shaqeeyaan. Waxay "
        "doonayaan inay isticmaalaan xirfadahooda, taageeraan qoysaskooda oo wax ku biiriyaan.",
    },
    "I support the right to work for people seeking asylum.": {
        "ar": "أؤيد حق طالبي اللجوء في العمل.",
        "fr": "Je soutiens le droit au travail des demandeurs d'asile.",
        "so": "Waxaan taageersanahay xaqa shaqada ee magangalyo-doonayaasha.",
    },
    "The Home Secretary and the Chancellor": {
        "ar": "وزير الداخلية ووزير المالية",
        "fr": "Le ministre de l'Intérieur et le chancelier de l'Échiquier",
        "so": "Wasiirka Arrimaha Gudaha iyo Wasiirka Maaliyadda",
    },
    "Healthcare for all: no NHS charging": {
        "ar": "رعاية صحية للجميع: لا لفرض رسوم في هيئة الخدمات الصحية",
        "fr": "La santé pour toutes et tous : non aux frais du NHS",
        "so": "Daryeel caafimaad qof walba: joojiya lacag-qaadashada NHS",
    },
    "Charging for NHS care and sharing patients' data with the Home Office stop people from seeing a doctor, even "
    "when they are entitled to care.": {
        "ar": "فرض رسوم على رعاية هيئة الخدمات الصحية ومشاركة بيانات المرضى مع وزارة الداخلية يمنعان الناس من "
        "مراجعة الطبيب، حتى عندما يحق لهم تلقي الرعاية.",
        "fr": "Faire payer les soins du NHS et transmettre les données des patients au ministère de l'Intérieur "
        "empêchent des personnes de voir un médecin, même quand elles ont droit aux soins.",
        "so": "Lacag ka qaadashada daryeelka NHS iyo la wadaagidda xogta bukaanka Xafiiska Arrimaha Gudaha waxay "
        "dadka ka celiyaan inay dhakhtar arkaan, xitaa marka ay xaq u leeyihiin daryeel.",
    },
    "I want an NHS that treats everyone who needs care.": {
        "ar": "أريد هيئة خدمات صحية تعالج كل من يحتاج إلى الرعاية.",
        "fr": "Je veux un NHS qui soigne toutes les personnes qui en ont besoin.",
        "so": "Waxaan doonayaa NHS daaweysa qof kasta oo daryeel u baahan.",
    },
    "The Secretary of State for Health and Social Care": {
        "ar": "وزير الصحة والرعاية الاجتماعية",
        "fr": "Le ministre de la Santé et des Affaires sociales",
        "so": "Wasiirka Caafimaadka iyo Daryeelka Bulshada",
    },
}
