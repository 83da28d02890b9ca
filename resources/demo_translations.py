"""The demo's translations of its toolkits and a few resources, keyed by the English source text
(see hub.demo.translate). Written by people, not by a machine."""

TRANSLATIONS = {
    # Shared labels
    "Full text (PDF)": {"ar": "النص الكامل (PDF)", "fr": "Texte intégral (PDF)", "so": "Qoraalka oo dhan (PDF)"},
    # Resources
    "Know your rights at a reporting centre": {
        "ar": "اعرف حقوقك في مركز التوقيع",
        "fr": "Connaître ses droits au centre de pointage",
        "so": "Ogow xuquuqdaada xarunta warbixinta",
    },
    "A plain-language guide for people who report to the Home Office: what to bring, what officers may ask, and who to call if someone is detained.": {
        "ar": "دليل بلغة بسيطة للأشخاص الذين يوقّعون لدى وزارة الداخلية: ماذا تحضر، وماذا قد يسألك الموظفون، وبمن تتصل إذا احتُجز أحد.",
        "fr": "Un guide en langage simple pour les personnes qui pointent auprès du Home Office : quoi apporter, ce que les agents peuvent demander et qui appeler si quelqu’un est placé en rétention.",
        "so": "Hage af fudud ah oo loogu talagalay dadka isku soo sheega Xafiiska Arrimaha Gudaha: waxa aad keenayso, waxa saraakiishu ku weydiin karaan, iyo cidda aad wacayso haddii qof la xiro.",
    },
    "Waiting in limbo: two years of asylum backlogs": {
        "ar": "انتظار بلا نهاية: عامان من تراكم طلبات اللجوء",
        "so": "Sugitaan aan dhammaad lahayn: laba sano oo codsiyada magangalyada ah oo is dul saaran",
    },
    "Interviews with 84 people waiting more than a year for an asylum decision, and what the wait does to their health, work and families.": {
        "ar": "مقابلات مع 84 شخصًا ينتظرون قرار اللجوء منذ أكثر من عام، وما يفعله هذا الانتظار بصحتهم وعملهم وعائلاتهم.",
        "so": "Wareysiyo lala yeeshay 84 qof oo in ka badan sannad sugayay go’aanka magangalyada, iyo saameynta sugitaanku ku yeeshay caafimaadkooda, shaqadooda iyo qoysaskooda.",
    },
    # Toolkit: Running a campaign (Arabic, French, Somali)
    "Running a campaign": {"ar": "إدارة حملة", "fr": "Mener une campagne", "so": "Socodsiinta olole"},
    "A step-by-step guide to planning and running a local campaign, from choosing one clear aim to celebrating what you win.": {
        "ar": "دليل خطوة بخطوة لتخطيط حملة محلية وإدارتها، من اختيار هدف واحد واضح إلى الاحتفال بما تحققونه.",
        "fr": "Un guide pas à pas pour préparer et mener une campagne locale, du choix d’un objectif clair à la célébration de vos victoires.",
        "so": "Hage tallaabo-tallaabo ah oo lagu qorsheeyo laguna socodsiiyo olole deegaan, laga bilaabo doorashada hal ujeedo oo cad ilaa u dabbaaldegga waxa aad ku guulaysataan.",
    },
    "Community groups and volunteers starting their first campaign": {
        "ar": "المجموعات المجتمعية والمتطوعون الذين يبدؤون حملتهم الأولى",
        "fr": "Les associations et les bénévoles qui lancent leur première campagne",
        "so": "Kooxaha bulshada iyo mutadawiciinta bilaabaya ololahoodii ugu horreeyay",
    },
    "Campaigns are how small groups change big decisions. This toolkit follows one campaign from the first meeting to the last.": {
        "ar": "الحملات هي الطريقة التي تغيّر بها المجموعات الصغيرة القرارات الكبيرة. يتابع هذا الدليل حملة واحدة من الاجتماع الأول إلى الأخير.",
        "fr": "Les campagnes permettent à de petits groupes de changer de grandes décisions. Cette boîte à outils suit une campagne de la première à la dernière réunion.",
        "so": "Ololayaashu waa sida kooxaha yaryar u beddelaan go’aamada waaweyn. Qalabkan wuxuu raacayaa hal olole laga bilaabo kulanka ugu horreeya ilaa kan ugu dambeeya.",
    },
    "Choose one clear aim": {
        "ar": "اختر هدفًا واحدًا واضحًا",
        "fr": "Choisir un objectif clair",
        "so": "Dooro hal ujeedo oo cad",
    },
    "Decide what you want to change, who can change it, and by when.": {
        "ar": "قرّر ما الذي تريد تغييره، ومن يستطيع تغييره، ومتى.",
        "fr": "Décidez ce que vous voulez changer, qui peut le changer et pour quand.",
        "so": "Go’aami waxa aad rabto inaad beddesho, cidda beddeli karta, iyo goorta.",
    },
    "A good campaign aim is specific: not “better housing”, but “the council repairs the damp flats on Hill Street before winter”.": {
        "ar": "هدف الحملة الجيد محدد: ليس «سكن أفضل»، بل «أن يصلح المجلس الشقق الرطبة في شارع هيل قبل الشتاء».",
        "fr": "Un bon objectif de campagne est précis : pas « un meilleur logement », mais « la mairie répare les appartements humides de Hill Street avant l’hiver ».",
        "so": "Ujeedada olole ee wanaagsan waa mid gaar ah: ma aha “guryo ka wanaagsan”, balse “golaha deegaanku ha dayactiro guryaha qoyan ee Hill Street ka hor jiilaalka”.",
    },
    "Ask the people affected what matters most to them, and write the aim in one sentence that everyone in the group can repeat.": {
        "ar": "اسأل المتضررين عمّا يهمهم أكثر، واكتب الهدف في جملة واحدة يستطيع كل أعضاء المجموعة تكرارها.",
        "fr": "Demandez aux personnes concernées ce qui compte le plus pour elles, et écrivez l’objectif en une phrase que tout le groupe peut répéter.",
        "so": "Weydii dadka ay arrintu saameysay waxa ugu muhiimsan iyaga, oo ujeedada ku qor hal weedh oo qof kasta oo kooxda ka mid ahi ku celin karo.",
    },
    "Campaign planning sheet": {
        "ar": "ورقة تخطيط الحملة",
        "fr": "Fiche de préparation de la campagne",
        "so": "Warqadda qorsheynta ololaha",
    },
    "Build your team and allies": {
        "ar": "ابنِ فريقك وحلفاءك",
        "fr": "Constituer son équipe et ses alliés",
        "so": "Dhis kooxdaada iyo xulafadaada",
    },
    "Share the work fairly and find organisations that want the same change.": {
        "ar": "وزّع العمل بعدل وابحث عن منظمات تريد التغيير نفسه.",
        "fr": "Répartissez le travail équitablement et trouvez les organisations qui veulent le même changement.",
        "so": "Si caddaalad ah u qaybi shaqada oo hel ururrada raba isla isbeddelkaas.",
    },
    "Give every volunteer one task they can finish in a week, and check in at the same time every week.": {
        "ar": "أعطِ كل متطوع مهمة واحدة يستطيع إنجازها في أسبوع، وتواصلوا في الموعد نفسه كل أسبوع.",
        "fr": "Confiez à chaque bénévole une tâche qu’il peut terminer en une semaine, et faites le point chaque semaine à la même heure.",
        "so": "Mutadawac kasta sii hal hawl oo uu ku dhammayn karo toddobaad, oo isla waqtigaas toddobaad kasta is-warsiiya.",
    },
    "Faith groups, trade unions, schools and tenants’ associations are often glad to add their name: ask them in person.": {
        "ar": "كثيرًا ما ترحّب الجماعات الدينية والنقابات والمدارس وجمعيات المستأجرين بإضافة اسمها: اطلب منها ذلك شخصيًا.",
        "fr": "Les communautés religieuses, les syndicats, les écoles et les associations de locataires sont souvent heureux de s’associer : demandez-leur en personne.",
        "so": "Kooxaha diinta, ururrada shaqaalaha, dugsiyada iyo ururrada kiraystayaasha inta badan way ku faraxsan yihiin inay magacooda ku daraan: si toos ah u weydii.",
    },
    "Tell your story safely": {
        "ar": "احكِ قصتك بأمان",
        "fr": "Raconter son histoire sans danger",
        "so": "Sheekadaada si ammaan ah u sheeg",
    },
    "Speak to the press and online without putting anyone at risk.": {
        "ar": "تحدّث إلى الصحافة وعلى الإنترنت من دون تعريض أحد للخطر.",
        "fr": "Parlez à la presse et en ligne sans mettre personne en danger.",
        "so": "La hadal saxaafadda iyo internetka adigoon qofna khatar gelin.",
    },
    "Personal stories move decision-makers, but nobody should share their immigration status or face without understanding the risks.": {
        "ar": "القصص الشخصية تؤثر في صانعي القرار، لكن لا ينبغي لأحد أن يكشف وضعه القانوني أو وجهه من دون أن يفهم المخاطر.",
        "fr": "Les témoignages personnels touchent les décideurs, mais personne ne devrait révéler son statut migratoire ou son visage sans en comprendre les risques.",
        "so": "Sheekooyinka shakhsiga ahi waxay dhaqaajiyaan go’aan-gaarayaasha, laakiin qofna waa inuusan muujin xaaladdiisa socdaalka ama wejigiisa isagoon fahmin khataraha.",
    },
    "Agree who speaks for the group, prepare three short messages, and never publish a photo without written consent.": {
        "ar": "اتفقوا على من يتحدث باسم المجموعة، وحضّروا ثلاث رسائل قصيرة، ولا تنشروا أي صورة من دون موافقة مكتوبة.",
        "fr": "Décidez qui parle au nom du groupe, préparez trois messages courts et ne publiez jamais de photo sans accord écrit.",
        "so": "Isku raaca cidda u hadlaysa kooxda, diyaariya saddex fariimood oo gaagaaban, oo weligiin ha daabacina sawir aan ogolaansho qoran lahayn.",
    },
    "Keep going and celebrate": {
        "ar": "واصلوا واحتفلوا",
        "fr": "Persévérer et célébrer",
        "so": "Sii wada oo u dabbaaldega",
    },
    "Measure progress, adapt your plan, and thank everyone who helped.": {
        "ar": "قيسوا التقدم، وعدّلوا خطتكم، واشكروا كل من ساعد.",
        "fr": "Mesurez vos progrès, adaptez votre plan et remerciez toutes celles et ceux qui ont aidé.",
        "so": "Cabbira horumarka, wax ka beddela qorshihiinna, oo u mahadceliya qof kasta oo caawiyay.",
    },
    "Most campaigns take longer than planned. Review every month what has moved and change tactics when something is not working.": {
        "ar": "تستغرق معظم الحملات وقتًا أطول من المخطط. راجعوا كل شهر ما تحقق، وغيّروا الأساليب حين لا ينجح شيء ما.",
        "fr": "La plupart des campagnes durent plus longtemps que prévu. Chaque mois, faites le point sur ce qui a avancé et changez de tactique quand quelque chose ne marche pas.",
        "so": "Ololayaasha badankood waxay qaataan waqti ka badan intii la qorsheeyay. Bil kasta dib u eega waxa dhaqaaqay oo beddela xeeladaha marka wax aan shaqaynayn.",
    },
    "When you win, even a small step, celebrate together and tell everyone who supported you.": {
        "ar": "عندما تنتصرون، ولو بخطوة صغيرة، احتفلوا معًا وأخبروا كل من دعمكم.",
        "fr": "Quand vous gagnez, même une petite étape, fêtez-le ensemble et dites-le à tous ceux qui vous ont soutenus.",
        "so": "Markaad guulaysataan, xitaa tallaabo yar, wada dabbaaldega oo u sheega qof kasta oo idin taageeray.",
    },
    # Toolkit: Meeting your councillor (French)
    "Meeting your councillor": {"fr": "Rencontrer son conseiller municipal"},
    "How to find your local councillor, ask for a meeting, and make the most of the time you get.": {
        "fr": "Comment trouver votre conseiller municipal, demander un rendez-vous et tirer le meilleur parti du temps accordé.",
    },
    "Members and volunteers raising a local issue for the first time": {
        "fr": "Les membres et bénévoles qui soulèvent une question locale pour la première fois",
    },
    "Local councillors decide on housing, schools, libraries and much more. They are elected to listen to residents, whatever their immigration status.": {
        "fr": "Les conseillers municipaux décident du logement, des écoles, des bibliothèques et de bien d’autres choses. Ils sont élus pour écouter les habitants, quel que soit leur statut migratoire.",
    },
    "Find the right councillor": {"fr": "Trouver le bon conseiller"},
    "Every area, called a ward, has one to three elected councillors.": {
        "fr": "Chaque quartier électoral, appelé « ward », a entre un et trois conseillers élus.",
    },
    "Search your postcode on the council’s website to find your ward and its councillors, with their email addresses and surgery times.": {
        "fr": "Cherchez votre code postal sur le site de la mairie pour trouver votre quartier et ses conseillers, avec leurs adresses e-mail et leurs horaires de permanence.",
    },
    "If the issue concerns a whole service, such as housing repairs, the cabinet member for that service is also worth contacting.": {
        "fr": "Si la question concerne tout un service, comme les réparations de logements, il vaut aussi la peine de contacter l’élu chargé de ce service.",
    },
    "Ask for a meeting": {"fr": "Demander un rendez-vous"},
    "A short, polite email gets the best answer.": {"fr": "Un e-mail court et poli obtient la meilleure réponse."},
    "Say who you are, which ward you live or work in, what the issue is in two sentences, and when you are free to meet.": {
        "fr": "Dites qui vous êtes, dans quel quartier vous vivez ou travaillez, quel est le problème en deux phrases, et quand vous êtes disponible.",
    },
    "If you do not hear back within two weeks, call the councillors’ office or go to a surgery without an appointment.": {
        "fr": "Sans réponse sous deux semaines, appelez le bureau des conseillers ou rendez-vous à une permanence sans rendez-vous.",
    },
    "Email to your councillor (template)": {"fr": "E-mail à votre conseiller (modèle)"},
    "Prepare together": {"fr": "Se préparer ensemble"},
    "Decide what you will ask for and who will say what.": {
        "fr": "Décidez ce que vous allez demander et qui dira quoi."
    },
    "Bring no more than four people, including someone directly affected who is happy to speak.": {
        "fr": "Venez à quatre personnes au plus, dont une personne directement concernée et prête à prendre la parole.",
    },
    "Prepare one clear request the councillor can say yes to, and a short written summary to leave behind.": {
        "fr": "Préparez une demande claire à laquelle le conseiller peut dire oui, et un court résumé écrit à lui laisser.",
    },
    "Follow up after the meeting": {"fr": "Assurer le suivi après la rencontre"},
    "Keep the councillor to their word.": {"fr": "Veillez à ce que le conseiller tienne parole."},
    "Within two days, email to thank them and write down what they agreed to do and by when.": {
        "fr": "Dans les deux jours, écrivez pour le remercier et notez ce qu’il s’est engagé à faire, et pour quand.",
    },
    "Share the outcome with your members and plan your next step if nothing happens.": {
        "fr": "Partagez le résultat avec vos membres et prévoyez l’étape suivante si rien ne se passe.",
    },
    # Toolkit: Setting up a community group (Arabic)
    "Setting up a community group": {"ar": "تأسيس مجموعة مجتمعية"},
    "Everything a new group needs to start well: a shared purpose, simple rules, a bank account and a safe way to work.": {
        "ar": "كل ما تحتاجه مجموعة جديدة لتبدأ بداية جيدة: هدف مشترك، وقواعد بسيطة، وحساب مصرفي، وطريقة عمل آمنة.",
    },
    "People who want to start a refugee or migrant community group": {
        "ar": "الأشخاص الذين يريدون تأسيس مجموعة مجتمعية للاجئين أو المهاجرين",
    },
    "Many of our members began as a few friends meeting in a kitchen. This toolkit gathers what they wish they had known at the start.": {
        "ar": "بدأ كثير من أعضائنا كأصدقاء قلائل يلتقون في مطبخ. يجمع هذا الدليل ما تمنّوا لو عرفوه في البداية.",
    },
    "Agree your purpose": {"ar": "اتفقوا على هدفكم"},
    "Write down why the group exists and who it is for.": {"ar": "اكتبوا لماذا وُجدت المجموعة ولمن هي."},
    "Hold an open meeting and ask: what do we want to do together that none of us can do alone?": {
        "ar": "اعقدوا اجتماعًا مفتوحًا واسألوا: ما الذي نريد أن نفعله معًا ولا يستطيع أيٌّ منا فعله وحده؟",
    },
    "Turn the answers into a short purpose statement and read it aloud at the start of every meeting for the first year.": {
        "ar": "حوّلوا الإجابات إلى بيان قصير بالهدف، واقرؤوه بصوت عالٍ في بداية كل اجتماع خلال السنة الأولى.",
    },
    "Choose a simple structure": {"ar": "اختاروا هيكلًا بسيطًا"},
    "An unincorporated association is enough for most new groups.": {
        "ar": "الجمعية غير المسجّلة كشركة تكفي معظم المجموعات الجديدة.",
    },
    "A written constitution sets out your purpose, who can join, how decisions are made and how officers are elected.": {
        "ar": "يحدّد النظام الأساسي المكتوب هدفكم، ومن يحق له الانضمام، وكيف تُتخذ القرارات، وكيف يُنتخب المسؤولون.",
    },
    "You can become a charity or a company later, when you employ staff or manage large grants.": {
        "ar": "يمكنكم أن تصبحوا جمعية خيرية أو شركة لاحقًا، عندما توظفون عاملين أو تديرون منحًا كبيرة.",
    },
    "Model constitution": {"ar": "نموذج نظام أساسي"},
    "Look after money": {"ar": "اعتنوا بالمال"},
    "Open a bank account and keep clear records from the first pound.": {
        "ar": "افتحوا حسابًا مصرفيًا واحتفظوا بسجلات واضحة منذ الجنيه الأول.",
    },
    "Banks ask for your constitution, minutes naming two signatories and proof of identity for each of them.": {
        "ar": "تطلب المصارف نظامكم الأساسي، ومحضر اجتماع يسمّي شخصين مفوّضين بالتوقيع، وإثبات هوية لكل منهما.",
    },
    "Record every payment in and out, keep receipts, and show the accounts to members once a year.": {
        "ar": "سجّلوا كل مبلغ يدخل ويخرج، واحتفظوا بالإيصالات، واعرضوا الحسابات على الأعضاء مرة كل عام.",
    },
    "Keep people safe": {"ar": "حافظوا على سلامة الناس"},
    "Safeguarding, data protection and first aid, in proportion to what you do.": {
        "ar": "الحماية وحماية البيانات والإسعافات الأولية، بما يتناسب مع ما تقومون به.",
    },
    "Name a safeguarding lead, agree what to do if someone is at risk, and keep members’ personal details locked away.": {
        "ar": "عيّنوا مسؤولًا عن الحماية، واتفقوا على ما تفعلونه إذا كان أحد في خطر، واحفظوا البيانات الشخصية للأعضاء في مكان مقفل.",
    },
    "Ask the network for free training: we run safeguarding and data protection sessions every term.": {
        "ar": "اطلبوا من الشبكة تدريبًا مجانيًا: ننظّم جلسات عن الحماية وحماية البيانات كل فصل.",
    },
}
