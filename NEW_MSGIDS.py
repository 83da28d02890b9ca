"""The membership plugin's new interface strings (regional groups, project teams, ballot results, the map),
for the lead to merge into the catalogues; translated without a native speaker (needs-review)."""

NEW = {
    "Applications to join, membership levels, fees and renewals, regional groups, project teams and ballots on policy.": {
        "ar": "طلبات "
        "الانضمام "
        "ومستويات "
        "العضوية "
        "والرسوم "
        "والتجديد "
        "والمجموعات "
        "الإقليمية "
        "وفرق "
        "المشاريع "
        "والتصويت "
        "على "
        "السياسات.",
        "fr": "Demandes "
        "d'adhésion, "
        "niveaux "
        "d'adhésion, "
        "cotisations "
        "et "
        "renouvellements, "
        "groupes "
        "régionaux, "
        "équipes "
        "de "
        "projet "
        "et "
        "votes "
        "sur "
        "les "
        "orientations.",
        "so": "Codsiyada "
        "ku "
        "biirista, "
        "heerarka "
        "xubinnimada, "
        "khidmadaha "
        "iyo "
        "cusboonaysiinta, "
        "kooxaha "
        "gobollada, "
        "kooxaha "
        "mashaariicda "
        "iyo "
        "codbixinta "
        "siyaasadda.",
        "ckb": "داواکاریی "
        "بەشداربوون، "
        "ئاستەکانی "
        "ئەندامێتی، "
        "بەشدارییە "
        "داراییەکان "
        "و "
        "نوێکردنەوە، "
        "گرووپە "
        "هەرێمییەکان، "
        "تیمەکانی "
        "پڕۆژە "
        "و "
        "دەنگدان "
        "لەسەر "
        "سیاسەت.",
    },
    "A network editor, who sits on the team.": {
        "ar": "محرر في الشبكة، وهو عضو في الفريق.",
        "fr": "Un éditeur du réseau, qui fait partie de l'équipe.",
        "so": "Tifaftire shabakadda ah, oo ka mid ah kooxda.",
        "ckb": "دەستکارییکەرێکی تۆڕەکە، کە ئەندامی تیمەکەیە.",
    },
    "A team is convened by a network editor.": {
        "ar": "يدعو محرر في الشبكة إلى تشكيل الفريق.",
        "fr": "Une équipe est réunie par un éditeur du réseau.",
        "so": "Kooxda waxaa isugu yeera tifaftire shabakadda ah.",
        "ckb": "تیم لەلایەن دەستکارییکەرێکی تۆڕەکەوە کۆدەکرێتەوە.",
    },
    "Chair, secretary…": {
        "ar": "رئيس، أمين سر…",
        "fr": "Présidence, secrétariat…",
        "so": "Guddoomiye, xoghaye…",
        "ckb": "سەرۆک، سکرتێر…",
    },
    "How many meetings a regional network group holds in a year; the admin flags those behind.": {
        "ar": "عدد الاجتماعات التي تعقدها مجموعة الشبكة الإقليمية في السنة؛ وتشير الإدارة إلى المجموعات المتأخرة.",
        "fr": "Nombre de "
        "réunions qu'un "
        "groupe régional "
        "tient par an ; "
        "l'administration "
        "signale ceux qui "
        "sont en retard.",
        "so": "Immisa shir oo koox gobol ay qabato sannadkii; maamulku wuxuu calaamadeeyaa kuwa ka dambeeya.",
        "ckb": "چەند کۆبوونەوە گرووپێکی هەرێمیی تۆڕەکە لە ساڵێکدا دەیکات؛ بەڕێوەبردن ئەوانەی دواکەوتوون نیشان دەدات.",
    },
    "Members": {"ar": "الأعضاء", "fr": "Membres", "so": "Xubnaha", "ckb": "ئەندامان"},
    "Or “online”.": {
        "ar": "أو «عبر الإنترنت».",
        "fr": "Ou « en ligne ».",
        "so": "Ama “onlayn”.",
        "ckb": "یان «ئۆنلاین».",
    },
    "Project team": {"ar": "فريق مشروع", "fr": "Équipe de projet", "so": "Kooxda mashruuca", "ckb": "تیمی پڕۆژە"},
    "Steering committee": {
        "ar": "اللجنة التوجيهية",
        "fr": "Comité de pilotage",
        "so": "Guddiga hagidda",
        "ckb": "لیژنەی ئاراستەکردن",
    },
    "Record meetings once held; the next ones are events.": {
        "ar": "سجّل الاجتماعات بعد انعقادها؛ أما الاجتماعات القادمة فهي فعاليات.",
        "fr": "Enregistrez les réunions une fois tenues ; les prochaines sont des événements.",
        "so": "Diiwaangeli shirarka marka la qabto kadib; kuwa soo socdaa waa dhacdooyin.",
        "ckb": "کۆبوونەوەکان دوای ئەنجامدانیان تۆمار بکە؛ کۆبوونەوەکانی داهاتوو ڕووداون.",
    },
    "Regional groups": {
        "ar": "المجموعات الإقليمية",
        "fr": "Groupes régionaux",
        "so": "Kooxaha gobollada",
        "ckb": "گرووپە هەرێمییەکان",
    },
    "Shown publicly; may stay empty.": {
        "ar": "يُعرض للعموم؛ يمكن تركه فارغًا.",
        "fr": "Affiché publiquement ; peut rester vide.",
        "so": "Si guud ayaa loo muujiyaa; waa la dhaafi karaa.",
        "ckb": "بە گشتی پیشان دەدرێت؛ دەکرێت بەتاڵ بمێنێتەوە.",
    },
    "Someone who has left": {
        "ar": "شخص غادر",
        "fr": "Une personne partie",
        "so": "Qof ka tagay",
        "ckb": "کەسێک کە ڕۆیشتووە",
    },
    "The policy issue it works on.": {
        "ar": "قضية السياسة التي يعمل عليها.",
        "fr": "La question politique sur laquelle elle travaille.",
        "so": "Arrinta siyaasadeed ee ay ka shaqeyso.",
        "ckb": "ئەو پرسە سیاسییەی کاری لەسەر دەکات.",
    },
    "This region has its network group already.": {
        "ar": "لهذه المنطقة مجموعة شبكة بالفعل.",
        "fr": "Cette région a déjà son groupe du réseau.",
        "so": "Gobolkani horay ayuu u leeyahay kooxdiisa shabakadda.",
        "ckb": "ئەم هەرێمە پێشتر گرووپی تۆڕی خۆی هەیە.",
    },
    "Your note": {"ar": "ملاحظتك", "fr": "Votre note", "so": "Qoraalkaaga", "ckb": "تێبینییەکەت"},
    "author": {"ar": "الكاتب", "fr": "auteur", "so": "qoraa", "ckb": "نووسەر"},
    "ballot results page": {
        "ar": "صفحة نتائج التصويت",
        "fr": "page des résultats des votes",
        "so": "bogga natiijooyinka codbixinta",
        "ckb": "پەڕەی ئەنجامەکانی دەنگدان",
    },
    "convener": {"ar": "منسّق الدعوة", "fr": "responsable", "so": "isku-yeeraha", "ckb": "کۆکەرەوە"},
    "coordinator": {"ar": "منسّق", "fr": "coordinateur ou coordinatrice", "so": "isku-duwe", "ckb": "هەماهەنگکار"},
    "coordinators": {"ar": "المنسّقون", "fr": "coordination", "so": "isku-duweyaasha", "ckb": "هەماهەنگکاران"},
    "full members at closing": {
        "ar": "الأعضاء الكاملون عند الإغلاق",
        "fr": "membres de plein droit à la clôture",
        "so": "xubnaha buuxa marka la xiro",
        "ckb": "ئەندامە تەواوەکان لە کاتی داخستندا",
    },
    "meeting": {"ar": "اجتماع", "fr": "réunion", "so": "shir", "ckb": "کۆبوونەوە"},
    "meetings": {"ar": "اجتماعات", "fr": "réunions", "so": "shirar", "ckb": "کۆبوونەوەکان"},
    "members": {"ar": "الأعضاء", "fr": "membres", "so": "xubnaha", "ckb": "ئەندامان"},
    "minutes": {"ar": "المحضر", "fr": "compte rendu", "so": "qoraalka shirka", "ckb": "کورتەی کۆبوونەوە"},
    "past meetings": {
        "ar": "الاجتماعات السابقة",
        "fr": "réunions passées",
        "so": "shirarkii hore",
        "ckb": "کۆبوونەوەکانی پێشوو",
    },
    "person": {"ar": "الشخص", "fr": "personne", "so": "qofka", "ckb": "کەس"},
    "project team": {"ar": "فريق مشروع", "fr": "équipe de projet", "so": "kooxda mashruuca", "ckb": "تیمی پڕۆژە"},
    "project teams": {
        "ar": "فرق المشاريع",
        "fr": "équipes de projet",
        "so": "kooxaha mashaariicda",
        "ckb": "تیمەکانی پڕۆژە",
    },
    "project teams index": {
        "ar": "فهرس فرق المشاريع",
        "fr": "index des équipes de projet",
        "so": "tusmada kooxaha mashaariicda",
        "ckb": "پێڕستی تیمەکانی پڕۆژە",
    },
    "purpose": {"ar": "الغرض", "fr": "objet", "so": "ujeeddada", "ckb": "ئامانج"},
    "role": {"ar": "الدور", "fr": "rôle", "so": "doorka", "ckb": "ڕۆڵ"},
    "regional group meetings a year": {
        "ar": "اجتماعات المجموعة الإقليمية في السنة",
        "fr": "réunions de groupe régional par an",
        "so": "shirarka kooxda gobolka sannadkii",
        "ckb": "کۆبوونەوەکانی گرووپی هەرێمی لە ساڵێکدا",
    },
    "regional groups index": {
        "ar": "فهرس المجموعات الإقليمية",
        "fr": "index des groupes régionaux",
        "so": "tusmada kooxaha gobollada",
        "ckb": "پێڕستی گرووپە هەرێمییەکان",
    },
    "regional network group": {
        "ar": "مجموعة الشبكة الإقليمية",
        "fr": "groupe régional du réseau",
        "so": "kooxda gobolka ee shabakadda",
        "ckb": "گرووپی هەرێمیی تۆڕ",
    },
    "regional network groups": {
        "ar": "مجموعات الشبكة الإقليمية",
        "fr": "groupes régionaux du réseau",
        "so": "kooxaha gobollada ee shabakadda",
        "ckb": "گرووپە هەرێمییەکانی تۆڕ",
    },
    "team": {"ar": "الفريق", "fr": "équipe", "so": "kooxda", "ckb": "تیم"},
    "team member": {"ar": "عضو الفريق", "fr": "membre de l'équipe", "so": "xubin kooxda", "ckb": "ئەندامی تیم"},
    "team members": {"ar": "أعضاء الفريق", "fr": "membres de l'équipe", "so": "xubnaha kooxda", "ckb": "ئەندامانی تیم"},
    "team note": {"ar": "ملاحظة الفريق", "fr": "note d'équipe", "so": "qoraalka kooxda", "ckb": "تێبینیی تیم"},
    "team notes": {
        "ar": "ملاحظات الفريق",
        "fr": "notes d'équipe",
        "so": "qoraallada kooxda",
        "ckb": "تێبینییەکانی تیم",
    },
    "written": {"ar": "كُتبت", "fr": "écrite", "so": "la qoray", "ckb": "نووسراوە"},
    "Only people of full member organisations sit on project teams and the steering committee: %(person)s edits for no full member in good standing.": {
        "ar": "لا "
        "يشارك "
        "في "
        "فرق "
        "المشاريع "
        "واللجنة "
        "التوجيهية "
        "إلا "
        "أشخاص "
        "من "
        "المنظمات "
        "ذات "
        "العضوية "
        "الكاملة: "
        "%(person)s "
        "لا "
        "يحرر "
        "لأي "
        "عضو "
        "كامل "
        "في "
        "وضع "
        "سليم.",
        "fr": "Seules "
        "les "
        "personnes "
        "d'organisations "
        "membres "
        "de "
        "plein "
        "droit "
        "siègent "
        "dans "
        "les "
        "équipes "
        "de "
        "projet "
        "et "
        "le "
        "comité "
        "de "
        "pilotage "
        ": "
        "%(person)s "
        "n'édite "
        "pour "
        "aucun "
        "membre "
        "de "
        "plein "
        "droit "
        "à "
        "jour.",
        "so": "Kaliya "
        "dadka "
        "ururada "
        "xubnaha "
        "buuxa "
        "ah "
        "ayaa "
        "ka "
        "mid "
        "noqon "
        "kara "
        "kooxaha "
        "mashaariicda "
        "iyo "
        "guddiga "
        "hagidda: "
        "%(person)s "
        "uma "
        "tafatiro "
        "xubin "
        "buuxa "
        "oo "
        "xaaladdeedu "
        "wanaagsan "
        "tahay.",
        "ckb": "تەنها "
        "کەسانی "
        "ڕێکخراوە "
        "ئەندامە "
        "تەواوەکان "
        "لە "
        "تیمەکانی "
        "پڕۆژە "
        "و "
        "لیژنەی "
        "ئاراستەکردندا "
        "دادەنیشن: "
        "%(person)s "
        "بۆ "
        "هیچ "
        "ئەندامێکی "
        "تەواوی "
        "ڕێکوپێک "
        "دەستکاری "
        "ناکات.",
    },
    "Closed on %(closed)s.": {
        "ar": "أُغلق في %(closed)s.",
        "fr": "Clos le %(closed)s.",
        "so": "Waxaa la xiray %(closed)s.",
        "ckb": "لە %(closed)s داخرا.",
    },
    "Minutes of %(date)s": {
        "ar": "محضر %(date)s",
        "fr": "Compte rendu du %(date)s",
        "so": "Qoraalka shirka %(date)s",
        "ckb": "کورتەی کۆبوونەوەی %(date)s",
    },
    "%(held)s of %(expected)s": {
        "ar": "%(held)s من %(expected)s",
        "fr": "%(held)s sur %(expected)s",
        "so": "%(held)s ka mid ah %(expected)s",
        "ckb": "%(held)s لە %(expected)s",
    },
    "Members in %(region)s": {
        "ar": "الأعضاء في %(region)s",
        "fr": "Membres en %(region)s",
        "so": "Xubnaha ku sugan %(region)s",
        "ckb": "ئەندامان لە %(region)s",
    },
    "%(region)s: member organisations": {
        "ar": "%(region)s: المنظمات الأعضاء",
        "fr": "%(region)s : organisations membres",
        "so": "%(region)s: ururada xubnaha ah",
        "ckb": "%(region)s: ڕێکخراوە ئەندامەکان",
    },
    "Members in %(region)s in the directory": {
        "ar": "الأعضاء في %(region)s في الدليل",
        "fr": "Membres en %(region)s dans l'annuaire",
        "so": "Xubnaha %(region)s ee tusaha",
        "ckb": "ئەندامانی %(region)s لە ڕێبەرەکەدا",
    },
    "The network's group in %(region)s.": {
        "ar": "مجموعة الشبكة في %(region)s.",
        "fr": "Le groupe du réseau en %(region)s.",
        "so": "Kooxda shabakadda ee %(region)s.",
        "ckb": "گرووپی تۆڕەکە لە %(region)s.",
    },
    "Add documents to the team's private collection": {
        "ar": "أضف مستندات إلى مجموعة الفريق الخاصة",
        "fr": "Ajouter des documents à la collection privée de l'équipe",
        "so": "Ku dar dukumentiyo ururinta gaarka ah ee kooxda",
        "ckb": "بەڵگەنامە زیاد بکە بۆ کۆکراوە تایبەتەکەی تیم",
    },
    "Add the note": {
        "ar": "أضف الملاحظة",
        "fr": "Ajouter la note",
        "so": "Ku dar qoraalka",
        "ckb": "تێبینییەکە زیاد بکە",
    },
    "Behind": {"ar": "متأخرة", "fr": "En retard", "so": "Ka dambeeya", "ckb": "دواکەوتوو"},
    "Coordinators": {"ar": "المنسّقون", "fr": "Coordination", "so": "Isku-duweyaasha", "ckb": "هەماهەنگکاران"},
    "Darker regions have a network group. The list of regions below has the same links.": {
        "ar": "للمناطق الأغمق مجموعة شبكة. قائمة المناطق أدناه فيها الروابط نفسها.",
        "fr": "Les régions plus foncées ont un groupe du réseau. La liste des régions ci-dessous a les mêmes liens.",
        "so": "Gobollada midabka madow "
        "leh waxay leeyihiin "
        "koox shabakadeed. "
        "Liiska gobollada ee "
        "hoose wuxuu leeyahay "
        "xiriirro isku mid ah.",
        "ckb": "هەرێمە تۆخترەکان گرووپی تۆڕیان هەیە. لیستی هەرێمەکانی خوارەوە هەمان بەستەرەکانی هەیە.",
    },
    "Each region links to its regional network group, or to its member organisations in the directory where it has no group yet. The list of regions says the same.": {
        "ar": "كل "
        "منطقة "
        "ترتبط "
        "بمجموعة "
        "الشبكة "
        "الإقليمية "
        "الخاصة "
        "بها، "
        "أو "
        "بمنظماتها "
        "الأعضاء "
        "في "
        "الدليل "
        "إن "
        "لم "
        "تكن "
        "لها "
        "مجموعة "
        "بعد. "
        "وتقول "
        "قائمة "
        "المناطق "
        "الشيء "
        "نفسه.",
        "fr": "Chaque "
        "région "
        "renvoie "
        "à "
        "son "
        "groupe "
        "régional "
        "du "
        "réseau, "
        "ou "
        "à "
        "ses "
        "organisations "
        "membres "
        "dans "
        "l'annuaire "
        "si "
        "elle "
        "n'a "
        "pas "
        "encore "
        "de "
        "groupe. "
        "La "
        "liste "
        "des "
        "régions "
        "dit "
        "la "
        "même "
        "chose.",
        "so": "Gobol "
        "kastaa "
        "wuxuu "
        "ku "
        "xiran "
        "yahay "
        "kooxdiisa "
        "gobolka "
        "ee "
        "shabakadda, "
        "ama "
        "ururadiisa "
        "xubnaha "
        "ah "
        "ee "
        "tusaha "
        "haddii "
        "aanu "
        "weli "
        "koox "
        "lahayn. "
        "Liiska "
        "gobolladu "
        "sidaas "
        "oo "
        "kale "
        "ayuu "
        "sheegayaa.",
        "ckb": "هەر "
        "هەرێمێک "
        "بەستەرە "
        "بۆ "
        "گرووپی "
        "هەرێمیی "
        "تۆڕەکەی، "
        "یان "
        "بۆ "
        "ڕێکخراوە "
        "ئەندامەکانی "
        "لە "
        "ڕێبەرەکەدا "
        "ئەگەر "
        "هێشتا "
        "گرووپی "
        "نەبێت. "
        "لیستی "
        "هەرێمەکانیش "
        "هەمان "
        "شت "
        "دەڵێت.",
    },
    "Each team's workspace is private to its members.": {
        "ar": "مساحة عمل كل فريق خاصة بأعضائه.",
        "fr": "L'espace de travail de chaque équipe est réservé à ses membres.",
        "so": "Goobta shaqada koox kastaa waxay u gaar tahay xubnaheeda.",
        "ckb": "شوێنی کاری هەر تیمێک تایبەتە بە ئەندامەکانی.",
    },
    "Group": {"ar": "المجموعة", "fr": "Groupe", "so": "Kooxda", "ckb": "گرووپ"},
    "Groups by region": {
        "ar": "المجموعات حسب المنطقة",
        "fr": "Groupes par région",
        "so": "Kooxaha gobol gobol",
        "ckb": "گرووپەکان بەپێی هەرێم",
    },
    "Last meeting": {
        "ar": "آخر اجتماع",
        "fr": "Dernière réunion",
        "so": "Shirkii ugu dambeeyay",
        "ckb": "دوایین کۆبوونەوە",
    },
    "Map of the UK's regions": {
        "ar": "خريطة مناطق المملكة المتحدة",
        "fr": "Carte des régions du Royaume-Uni",
        "so": "Khariidadda gobollada UK",
        "ckb": "نەخشەی هەرێمەکانی شانشینی یەکگرتوو",
    },
    "Meetings in the last twelve months": {
        "ar": "الاجتماعات في الأشهر الاثني عشر الماضية",
        "fr": "Réunions des douze derniers mois",
        "so": "Shirarka laba iyo tobankii bilood ee la soo dhaafay",
        "ckb": "کۆبوونەوەکانی دوازدە مانگی ڕابردوو",
    },
    "Members by region": {
        "ar": "الأعضاء حسب المنطقة",
        "fr": "Membres par région",
        "so": "Xubnaha gobol gobol",
        "ckb": "ئەندامان بەپێی هەرێم",
    },
    "More notes": {"ar": "مزيد من الملاحظات", "fr": "Plus de notes", "so": "Qoraallo kale", "ckb": "تێبینیی زیاتر"},
    "Newer notes": {
        "ar": "ملاحظات أحدث",
        "fr": "Notes plus récentes",
        "so": "Qoraallo cusub",
        "ckb": "تێبینییە نوێترەکان",
    },
    "Next meetings": {
        "ar": "الاجتماعات القادمة",
        "fr": "Prochaines réunions",
        "so": "Shirarka soo socda",
        "ckb": "کۆبوونەوەکانی داهاتوو",
    },
    "No ballot has closed yet.": {
        "ar": "لم يُغلق أي تصويت بعد.",
        "fr": "Aucun vote n'est encore clos.",
        "so": "Weli codbixin lama xirin.",
        "ckb": "هێشتا هیچ دەنگدانێک دانەخراوە.",
    },
    "No document yet.": {
        "ar": "لا توجد مستندات بعد.",
        "fr": "Aucun document pour l'instant.",
        "so": "Weli dukumenti ma jiro.",
        "ckb": "هێشتا هیچ بەڵگەنامەیەک نییە.",
    },
    "No meeting is announced yet.": {
        "ar": "لم يُعلن عن أي اجتماع بعد.",
        "fr": "Aucune réunion n'est encore annoncée.",
        "so": "Weli shir lama ku dhawaaqin.",
        "ckb": "هێشتا هیچ کۆبوونەوەیەک ڕانەگەیەندراوە.",
    },
    "No meeting recorded yet.": {
        "ar": "لم يُسجَّل أي اجتماع بعد.",
        "fr": "Aucune réunion enregistrée pour l'instant.",
        "so": "Weli shir lama diiwaangelin.",
        "ckb": "هێشتا هیچ کۆبوونەوەیەک تۆمار نەکراوە.",
    },
    "No member organisation works in this region yet.": {
        "ar": "لا تعمل أي منظمة عضو في هذه المنطقة بعد.",
        "fr": "Aucune organisation membre ne travaille encore dans cette région.",
        "so": "Weli urur xubin ah kama shaqeeyo gobolkan.",
        "ckb": "هێشتا هیچ ڕێکخراوێکی ئەندام لەم هەرێمەدا کار ناکات.",
    },
    "No note yet.": {
        "ar": "لا توجد ملاحظات بعد.",
        "fr": "Aucune note pour l'instant.",
        "so": "Weli qoraal ma jiro.",
        "ckb": "هێشتا هیچ تێبینییەک نییە.",
    },
    "No regional group yet.": {
        "ar": "لا توجد مجموعة إقليمية بعد.",
        "fr": "Aucun groupe régional pour l'instant.",
        "so": "Weli koox gobol ma jirto.",
        "ckb": "هێشتا هیچ گرووپێکی هەرێمی نییە.",
    },
    "Notes": {"ar": "الملاحظات", "fr": "Notes", "so": "Qoraallo", "ckb": "تێبینییەکان"},
    "Older notes": {
        "ar": "ملاحظات أقدم",
        "fr": "Notes plus anciennes",
        "so": "Qoraallo hore",
        "ckb": "تێبینییە کۆنترەکان",
    },
    "On track": {"ar": "في الموعد", "fr": "À jour", "so": "Waa sidii loo baahnaa", "ckb": "لە ڕێڕەودایە"},
    "Past meetings": {
        "ar": "الاجتماعات السابقة",
        "fr": "Réunions passées",
        "so": "Shirarkii hore",
        "ckb": "کۆبوونەوەکانی پێشوو",
    },
    "Private: only its members see this workspace.": {
        "ar": "خاص: لا يرى مساحة العمل هذه إلا أعضاؤها.",
        "fr": "Privé : seuls ses membres voient cet espace de travail.",
        "so": "Gaar: xubnaheeda oo keliya ayaa arka goobtan shaqada.",
        "ckb": "تایبەت: تەنها ئەندامەکانی ئەم شوێنی کارە دەبینن.",
    },
    "Sign in to see your teams": {
        "ar": "سجّل الدخول لرؤية فرقك",
        "fr": "Connectez-vous pour voir vos équipes",
        "so": "Gal si aad u aragto kooxahaaga",
        "ckb": "بچۆ ژوورەوە بۆ بینینی تیمەکانت",
    },
    "You do not sit on any team yet. The network team invites people of full member organisations to sit on them.": {
        "ar": "لست عضوًا في أي فريق بعد. يدعو فريق الشبكة أشخاصًا من المنظمات ذات العضوية الكاملة للانضمام إليها.",
        "fr": "Vous "
        "ne "
        "faites "
        "encore "
        "partie "
        "d'aucune "
        "équipe. "
        "L'équipe "
        "du "
        "réseau "
        "y "
        "invite "
        "des "
        "personnes "
        "d'organisations "
        "membres "
        "de "
        "plein "
        "droit.",
        "so": "Weli kama mid tihid koox. Kooxda shabakaddu waxay ku martiqaaddaa dadka ururada xubnaha buuxa ah.",
        "ckb": "هێشتا ئەندامی هیچ تیمێک نیت. تیمی تۆڕەکە کەسانی ڕێکخراوە ئەندامە تەواوەکان بانگهێشت دەکات.",
    },
    "Your teams": {"ar": "فرقك", "fr": "Vos équipes", "so": "Kooxahaaga", "ckb": "تیمەکانت"},
    "no group yet": {
        "ar": "لا توجد مجموعة بعد",
        "fr": "pas encore de groupe",
        "so": "weli koox ma leh",
        "ckb": "هێشتا گرووپی نییە",
    },
}
