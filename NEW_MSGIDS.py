# Issue 18 (membership plugin): every new msgid with its Arabic, French, Somali and Central Kurdish translation.
# No msgctxt, no plural forms. Two msgids come from blocktranslate with a literal percent sign, so they hold `%%`
# exactly as makemessages writes them. The integrator deletes this file.
{
    "This ballot has closed.": {
        "ar": "أُغلق هذا الاقتراع.",
        "fr": "Ce scrutin est clos.",
        "so": "Codbixintan waa la xiray.",
        "ckb": "ئەم دەنگدانە داخرا.",
    },
    "This ballot is not open yet.": {
        "ar": "لم يُفتح هذا الاقتراع بعد.",
        "fr": "Ce scrutin n'est pas encore ouvert.",
        "so": "Codbixintan weli lama furin.",
        "ckb": "ئەم دەنگدانە هێشتا نەکراوەتەوە.",
    },
    "Only full members vote on policy matters: %(organisation)s is an associate member. Full membership is open to every member that pays the fee of its band.": {
        "ar": "لا "
        "يصوّت "
        "في "
        "مسائل "
        "السياسات "
        "إلا "
        "الأعضاء "
        "الكاملون: "
        "%(organisation)s "
        "عضو "
        "منتسب. "
        "العضوية "
        "الكاملة "
        "متاحة "
        "لكل "
        "عضو "
        "يدفع "
        "رسوم "
        "فئته.",
        "fr": "Seuls "
        "les "
        "membres "
        "de "
        "plein "
        "droit "
        "votent "
        "sur "
        "les "
        "questions "
        "de "
        "politique "
        ": "
        "%(organisation)s "
        "est "
        "membre "
        "associé. "
        "L'adhésion "
        "de "
        "plein "
        "droit "
        "est "
        "ouverte "
        "à "
        "tout "
        "membre "
        "qui "
        "paie "
        "la "
        "cotisation "
        "de "
        "sa "
        "tranche.",
        "so": "Xubnaha "
        "buuxa "
        "oo "
        "keliya "
        "ayaa "
        "u "
        "codeeya "
        "arrimaha "
        "siyaasadda: "
        "%(organisation)s "
        "waa "
        "xubin "
        "ku-xiran. "
        "Xubinnimada "
        "buuxda "
        "waxay "
        "u "
        "furan "
        "tahay "
        "xubin "
        "kasta "
        "oo "
        "bixisa "
        "khidmadda "
        "heerkeeda.",
        "ckb": "تەنها "
        "ئەندامانی "
        "تەواو "
        "دەنگ "
        "لەسەر "
        "پرسەکانی "
        "سیاسەت "
        "دەدەن: "
        "%(organisation)s "
        "ئەندامی "
        "هاوبەشە. "
        "ئەندامێتی "
        "تەواو "
        "بۆ "
        "هەر "
        "ئەندامێک "
        "کراوەیە "
        "کە "
        "بەشداریی "
        "پلەکەی "
        "خۆی "
        "بدات.",
    },
    "%(organisation)s's full membership has lapsed: it votes again once its membership is renewed.": {
        "ar": "انتهت صلاحية العضوية الكاملة لـ %(organisation)s: يعود إلى التصويت بمجرد تجديد عضويته.",
        "fr": "L'adhésion "
        "de plein "
        "droit de "
        "%(organisation)s "
        "a expiré : "
        "elle pourra "
        "voter de "
        "nouveau dès "
        "son "
        "renouvellement.",
        "so": "Xubinnimada "
        "buuxda ee "
        "%(organisation)s "
        "way dhacday: "
        "mar kale "
        "ayay codayn "
        "doontaa "
        "marka "
        "xubinnimadeeda "
        "la "
        "cusboonaysiiyo.",
        "ckb": "ئەندامێتی تەواوی %(organisation)s بەسەرچووە: کاتێک ئەندامێتییەکەی نوێ کرایەوە دووبارە دەنگ دەدات.",
    },
    "Application sent": {
        "ar": "أُرسل الطلب",
        "fr": "Candidature envoyée",
        "so": "Codsiga waa la diray",
        "ckb": "داواکاری نێردرا",
    },
    "Application approved": {
        "ar": "قُبل الطلب",
        "fr": "Candidature acceptée",
        "so": "Codsiga waa la aqbalay",
        "ckb": "داواکاری پەسەند کرا",
    },
    "Application declined": {
        "ar": "رُفض الطلب",
        "fr": "Candidature refusée",
        "so": "Codsiga waa la diiday",
        "ckb": "داواکاری ڕەت کرایەوە",
    },
    "More information asked": {
        "ar": "طُلبت معلومات إضافية",
        "fr": "Informations complémentaires demandées",
        "so": "Macluumaad dheeraad ah ayaa la weydiiyay",
        "ckb": "زانیاریی زیاتر داوا کرا",
    },
    "Vote cast": {"ar": "أُدلي بالصوت", "fr": "Vote exprimé", "so": "Codka waa la dhiibtay", "ckb": "دەنگ درا"},
    "Membership lapsed": {
        "ar": "انتهت صلاحية العضوية",
        "fr": "Adhésion expirée",
        "so": "Xubinnimadu way dhacday",
        "ckb": "ئەندامێتی بەسەرچوو",
    },
    "Became associate": {
        "ar": "أصبح عضوًا منتسبًا",
        "fr": "Devenu membre associé",
        "so": "Wuxuu noqday xubin ku-xiran",
        "ckb": "بوو بە ئەندامی هاوبەش",
    },
    "Became associate after the grace period": {
        "ar": "أصبح عضوًا منتسبًا بعد انتهاء فترة السماح",
        "fr": "Devenu membre associé après le délai de grâce",
        "so": "Wuxuu noqday xubin ku-xiran ka dib muddada dulqaadka",
        "ckb": "دوای ماوەی مۆڵەت بوو بە ئەندامی هاوبەش",
    },
    "Memberships": {"ar": "العضويات", "fr": "Adhésions", "so": "Xubinnimooyinka", "ckb": "ئەندامێتییەکان"},
    "Time to renew your membership: %(organisation)s": {
        "ar": "حان وقت تجديد عضويتكم: %(organisation)s",
        "fr": "Il est temps de renouveler votre adhésion : %(organisation)s",
        "so": "Waa waqtigii la cusboonaysiin lahaa xubinnimadaada: %(organisation)s",
        "ckb": "کاتی نوێکردنەوەی ئەندامێتییەکەتانە: %(organisation)s",
    },
    "Your application to join the network: %(organisation)s": {
        "ar": "طلبكم للانضمام إلى الشبكة: %(organisation)s",
        "fr": "Votre candidature pour rejoindre le réseau : %(organisation)s",
        "so": "Codsigaaga ku biirista shabakadda: %(organisation)s",
        "ckb": "داواکارییەکەتان بۆ بەشداربوون لە تۆڕەکە: %(organisation)s",
    },
    "New application to join: %(organisation)s": {
        "ar": "طلب انضمام جديد: %(organisation)s",
        "fr": "Nouvelle candidature d'adhésion : %(organisation)s",
        "so": "Codsi cusub oo ku biiris ah: %(organisation)s",
        "ckb": "داواکارییەکی نوێی بەشداربوون: %(organisation)s",
    },
    "This application has already been decided.": {
        "ar": "صدر قرار بشأن هذا الطلب بالفعل.",
        "fr": "Une décision a déjà été prise sur cette candidature.",
        "so": "Codsigan horeba go'aan ayaa laga gaaray.",
        "ckb": "پێشتر بڕیار لەسەر ئەم داواکارییە دراوە.",
    },
    "“%(name)s” is already a member organisation.": {
        "ar": "«%(name)s» منظمة عضو بالفعل.",
        "fr": "« %(name)s » est déjà une organisation membre.",
        "so": "“%(name)s” horeba waa urur xubin ah.",
        "ckb": "«%(name)s» پێشتر ڕێکخراوێکی ئەندامە.",
    },
    "Welcome to the network: %(organisation)s": {
        "ar": "مرحبًا بكم في الشبكة: %(organisation)s",
        "fr": "Bienvenue dans le réseau : %(organisation)s",
        "so": "Ku soo dhawaada shabakadda: %(organisation)s",
        "ckb": "بەخێربێن بۆ تۆڕەکە: %(organisation)s",
    },
    "A question about your application: %(organisation)s": {
        "ar": "سؤال حول طلبكم: %(organisation)s",
        "fr": "Une question sur votre candidature : %(organisation)s",
        "so": "Su'aal ku saabsan codsigaaga: %(organisation)s",
        "ckb": "پرسیارێک دەربارەی داواکارییەکەتان: %(organisation)s",
    },
    "Applications to join": {
        "ar": "طلبات الانضمام",
        "fr": "Candidatures d'adhésion",
        "so": "Codsiyada ku biirista",
        "ckb": "داواکارییەکانی بەشداربوون",
    },
    "No application matches.": {
        "ar": "لا يوجد طلب مطابق.",
        "fr": "Aucune candidature ne correspond.",
        "so": "Ma jiro codsi u dhigma.",
        "ckb": "هیچ داواکارییەک ناگونجێت.",
    },
    "Level": {"ar": "المستوى", "fr": "Niveau", "so": "Heerka", "ckb": "ئاست"},
    "Sent": {"ar": "أُرسل", "fr": "Envoyée", "so": "La diray", "ckb": "نێردرا"},
    "%(organisation)s is now a member; its first editor has been invited.": {
        "ar": "أصبحت %(organisation)s عضوًا الآن؛ وقد دُعي محررها الأول.",
        "fr": "%(organisation)s est désormais membre ; sa première personne éditrice a été invitée.",
        "so": "%(organisation)s hadda waa xubin; tifaftiraheeda koowaad waa la casuumay.",
        "ckb": "%(organisation)s ئێستا ئەندامە؛ یەکەم دەستکارکەرەکەی بانگهێشت کرا.",
    },
    "The application has been declined and the applicant told why.": {
        "ar": "رُفض الطلب وأُبلغ مقدّمه بالسبب.",
        "fr": "La candidature a été refusée et la personne candidate en a été informée avec le motif.",
        "so": "Codsiga waa la diiday, codsadahana waa loo sheegay sababta.",
        "ckb": "داواکارییەکە ڕەت کرایەوە و هۆکارەکەی بە داواکار گوترا.",
    },
    "Your question has been emailed to the applicant.": {
        "ar": "أُرسل سؤالكم إلى مقدّم الطلب بالبريد الإلكتروني.",
        "fr": "Votre question a été envoyée par courriel à la personne candidate.",
        "so": "Su'aashaada waxaa iimayl loogu diray codsadaha.",
        "ckb": "پرسیارەکەتان بە ئیمەیڵ بۆ داواکار نێردرا.",
    },
    "Which membership do you apply for?": {
        "ar": "ما العضوية التي تتقدمون إليها؟",
        "fr": "Quelle adhésion demandez-vous ?",
        "so": "Xubinnimadee ayaad codsanaysaa?",
        "ckb": "داوای چ ئەندامێتییەک دەکەن؟",
    },
    "Full members pay a fee set by their size and income, and vote on policy. Associate membership is free.": {
        "ar": "يدفع الأعضاء الكاملون رسومًا تُحدَّد حسب حجمهم ودخلهم، ويصوّتون في مسائل السياسات. العضوية المنتسبة مجانية.",
        "fr": "Les "
        "membres "
        "de "
        "plein "
        "droit "
        "paient "
        "une "
        "cotisation "
        "selon "
        "leur "
        "taille "
        "et "
        "leurs "
        "revenus, "
        "et "
        "votent "
        "sur "
        "les "
        "questions "
        "de "
        "politique. "
        "L'adhésion "
        "associée "
        "est "
        "gratuite.",
        "so": "Xubnaha "
        "buuxa "
        "waxay "
        "bixiyaan "
        "khidmad "
        "lagu "
        "go'aamiyo "
        "baaxaddooda "
        "iyo "
        "dakhligooda, "
        "waxayna "
        "u "
        "codeeyaan "
        "siyaasadda. "
        "Xubinnimada "
        "ku-xirani "
        "waa "
        "bilaash.",
        "ckb": "ئەندامانی "
        "تەواو "
        "بەشدارییەک "
        "دەدەن "
        "کە "
        "بەپێی "
        "قەبارە "
        "و "
        "داهاتیان "
        "دیاری "
        "دەکرێت، "
        "و "
        "دەنگ "
        "لەسەر "
        "سیاسەت "
        "دەدەن. "
        "ئەندامێتی "
        "هاوبەش "
        "بێبەرامبەرە.",
    },
    "Regions you work in": {
        "ar": "المناطق التي تعملون فيها",
        "fr": "Régions où vous travaillez",
        "so": "Gobollada aad ka shaqaysaan",
        "ckb": "ئەو هەرێمانەی تێیدا کار دەکەن",
    },
    "We agree with the network's mission statement.": {
        "ar": "نوافق على بيان رسالة الشبكة.",
        "fr": "Nous adhérons à la déclaration de mission du réseau.",
        "so": "Waan ku raacsannahay bayaanka hadafka shabakadda.",
        "ckb": "ئێمە لەگەڵ ڕاگەیاندنی ئەرکی تۆڕەکە هاوڕاین.",
    },
    "Only organisations that agree with the mission statement can join.": {
        "ar": "لا يمكن الانضمام إلا للمنظمات التي توافق على بيان الرسالة.",
        "fr": "Seules les organisations qui adhèrent à la déclaration de mission peuvent rejoindre le réseau.",
        "so": "Ururada ku raacsan bayaanka hadafka oo keliya ayaa ku biiri kara.",
        "ckb": "تەنها ئەو ڕێکخراوانەی لەگەڵ ڕاگەیاندنی ئەرک هاوڕان دەتوانن بەشدار بن.",
    },
    "Full members only: with your staff, it sets your fee band.": {
        "ar": "للأعضاء الكاملين فقط: يحدد مع عدد موظفيكم فئة رسومكم.",
        "fr": "Membres de plein droit uniquement : avec votre effectif, cela fixe votre tranche de cotisation.",
        "so": "Xubnaha buuxa oo keliya: shaqaalahaaga la jira, wuxuu go'aamiyaa heerka khidmaddaada.",
        "ckb": "تەنها بۆ ئەندامانی تەواو: لەگەڵ ژمارەی کارمەندەکانتان، پلەی بەشدارییەکەتان دیاری دەکات.",
    },
    "Full members only.": {
        "ar": "للأعضاء الكاملين فقط.",
        "fr": "Membres de plein droit uniquement.",
        "so": "Xubnaha buuxa oo keliya.",
        "ckb": "تەنها بۆ ئەندامانی تەواو.",
    },
    "We write to you at this address about your application.": {
        "ar": "نراسلكم على هذا العنوان بشأن طلبكم.",
        "fr": "Nous vous écrivons à cette adresse au sujet de votre candidature.",
        "so": "Cinwaankan ayaan kuugu soo qornaa codsigaaga ku saabsan.",
        "ckb": "لەسەر ئەم ناونیشانە دەربارەی داواکارییەکەتان بۆتان دەنووسین.",
    },
    "Full members tell us this: it sets the membership fee.": {
        "ar": "يخبرنا الأعضاء الكاملون بهذا: فهو يحدد رسوم العضوية.",
        "fr": "Les membres de plein droit nous l'indiquent : cela fixe la cotisation.",
        "so": "Xubnaha buuxa tan ayay noo sheegaan: waxay go'aamisaa khidmadda xubinnimada.",
        "ckb": "ئەندامانی تەواو ئەمەمان پێ دەڵێن: بەشداریی ئەندامێتی دیاری دەکات.",
    },
    "Message to the applicant": {
        "ar": "رسالة إلى مقدّم الطلب",
        "fr": "Message à la personne candidate",
        "so": "Fariin loogu talagalay codsadaha",
        "ckb": "نامە بۆ داواکار",
    },
    "Your application could not be sent. Please leave the last field empty and try again.": {
        "ar": "تعذّر إرسال طلبكم. يُرجى ترك الحقل الأخير فارغًا والمحاولة مرة أخرى.",
        "fr": "Votre candidature n'a pas pu être envoyée. Laissez le dernier champ vide et réessayez.",
        "so": "Codsigaaga lama diri karin. Fadlan ka tag goobta ugu dambeysa oo madhan oo isku day mar kale.",
        "ckb": "داواکارییەکەتان نەنێردرا. تکایە خانەی کۆتایی بە بەتاڵی بهێڵنەوە و دووبارە هەوڵ بدەنەوە.",
    },
    "Too many applications have come from your connection. Please try again in an hour.": {
        "ar": "وصلت طلبات كثيرة جدًا من اتصالكم. يُرجى المحاولة مرة أخرى بعد ساعة.",
        "fr": "Trop de candidatures sont venues de votre connexion. Réessayez dans une heure.",
        "so": "Codsiyo aad u badan ayaa ka yimid xiriirkaaga. Fadlan isku day mar kale saacad kadib.",
        "ckb": "داواکاریی زۆر لە پەیوەندییەکەتانەوە هاتوون. تکایە دوای کاتژمێرێک دووبارە هەوڵ بدەنەوە.",
    },
    "Applications to join, membership levels, fees and renewals, and ballots on policy.": {
        "ar": "طلبات الانضمام، ومستويات العضوية، والرسوم والتجديدات، والاقتراعات على السياسات.",
        "fr": "Candidatures "
        "d'adhésion, niveaux "
        "d'adhésion, cotisations "
        "et renouvellements, et "
        "scrutins sur les "
        "questions de politique.",
        "so": "Codsiyada ku biirista, heerarka xubinnimada, khidmadaha iyo cusboonaysiinta, iyo codbixinta siyaasadda.",
        "ckb": "داواکارییەکانی بەشداربوون، ئاستەکانی ئەندامێتی، بەشداری و نوێکردنەوە، و دەنگدان لەسەر سیاسەت.",
    },
    "Ballots": {"ar": "الاقتراعات", "fr": "Scrutins", "so": "Codbixinnada", "ckb": "دەنگدانەکان"},
    "Choose one of the options.": {
        "ar": "اختاروا أحد الخيارات.",
        "fr": "Choisissez l'une des options.",
        "so": "Dooro mid ka mid ah doorashooyinka.",
        "ckb": "یەکێک لە هەڵبژاردنەکان هەڵبژێرن.",
    },
    "The vote of %(organisation)s is recorded: “%(option)s”. Receipt %(receipt)s.": {
        "ar": "سُجّل صوت %(organisation)s: «%(option)s». الإيصال %(receipt)s.",
        "fr": "Le vote de %(organisation)s est enregistré : « %(option)s ». Reçu %(receipt)s.",
        "so": "Codka %(organisation)s waa la diiwaangeliyay: “%(option)s”. Rasiidka %(receipt)s.",
        "ckb": "دەنگی %(organisation)s تۆمار کرا: «%(option)s». پسوولە %(receipt)s.",
    },
    "Our mission statement": {
        "ar": "بيان رسالتنا",
        "fr": "Notre déclaration de mission",
        "so": "Bayaanka hadafkayaga",
        "ckb": "ڕاگەیاندنی ئەرکمان",
    },
    "Apply to join": {
        "ar": "قدّموا طلب الانضمام",
        "fr": "Demander à adhérer",
        "so": "Codso inaad ku biirto",
        "ckb": "داوای بەشداربوون بکەن",
    },
    "Please correct what is marked below: nothing has been sent yet.": {
        "ar": "يُرجى تصحيح ما هو مُعلَّم أدناه: لم يُرسل شيء بعد.",
        "fr": "Corrigez ce qui est signalé ci-dessous : rien n'a encore été envoyé.",
        "so": "Fadlan sax waxa hoos lagu calaamadeeyay: weli waxba lama dirin.",
        "ckb": "تکایە ئەوەی لە خوارەوە نیشانە کراوە ڕاست بکەنەوە: هێشتا هیچ نەنێردراوە.",
    },
    "Read the mission statement": {
        "ar": "اقرؤوا بيان الرسالة",
        "fr": "Lire la déclaration de mission",
        "so": "Akhri bayaanka hadafka",
        "ckb": "ڕاگەیاندنی ئەرک بخوێننەوە",
    },
    "(optional)": {"ar": "(اختياري)", "fr": "(facultatif)", "so": "(ikhtiyaari)", "ckb": "(ئارەزوومەندانە)"},
    "We keep these details to decide on your application and, once you are a member, to stay in touch.": {
        "ar": "نحتفظ بهذه البيانات للبتّ في طلبكم، وللبقاء على تواصل بعد أن تصبحوا أعضاء.",
        "fr": "Nous "
        "conservons "
        "ces "
        "informations "
        "pour "
        "décider "
        "de votre "
        "candidature "
        "et, une "
        "fois "
        "membre, "
        "pour "
        "rester "
        "en "
        "contact.",
        "so": "Xogtan "
        "waxaan u "
        "haynaa "
        "si aan "
        "go'aan "
        "uga "
        "gaarno "
        "codsigaaga, "
        "marka "
        "aad "
        "xubin "
        "noqotana "
        "si aan "
        "xiriir "
        "ula "
        "yeelano.",
        "ckb": "ئەم "
        "زانیارییانە "
        "دەپارێزین "
        "بۆ "
        "بڕیاردان "
        "لەسەر "
        "داواکارییەکەتان "
        "و، دوای "
        "ئەوەی "
        "بوونە "
        "ئەندام، "
        "بۆ "
        "مانەوە "
        "لە "
        "پەیوەندیدا.",
    },
    "Send our application": {
        "ar": "أرسلوا طلبنا",
        "fr": "Envoyer notre candidature",
        "so": "Dir codsigayaga",
        "ckb": "داواکارییەکەمان بنێرە",
    },
    "Thank you for applying": {
        "ar": "شكرًا لتقديم طلبكم",
        "fr": "Merci pour votre candidature",
        "so": "Waad ku mahadsan tahay codsigaaga",
        "ckb": "سوپاس بۆ داواکارییەکەتان",
    },
    "Your application has reached the network team. We have emailed you a copy, and we will write to you when we have decided.": {
        "ar": "وصل طلبكم إلى فريق الشبكة. أرسلنا إليكم نسخة بالبريد الإلكتروني، وسنكتب إليكم عندما نتخذ قرارنا.",
        "fr": "Votre "
        "candidature "
        "est "
        "parvenue "
        "à "
        "l'équipe "
        "du "
        "réseau. "
        "Nous "
        "vous "
        "en "
        "avons "
        "envoyé "
        "une "
        "copie "
        "par "
        "courriel "
        "et "
        "vous "
        "écrirons "
        "quand "
        "nous "
        "aurons "
        "décidé.",
        "so": "Codsigaagu "
        "wuxuu "
        "gaaray "
        "kooxda "
        "shabakadda. "
        "Nuqul "
        "ayaan "
        "iimayl "
        "kuugu "
        "soo "
        "dirnay, "
        "waanan "
        "kuu "
        "soo "
        "qori "
        "doonnaa "
        "marka "
        "aan "
        "go'aan "
        "gaarno.",
        "ckb": "داواکارییەکەتان گەیشتە تیمی تۆڕەکە. کۆپییەکمان بە ئیمەیڵ بۆ ناردن، و کاتێک بڕیارمان دا بۆتان دەنووسین.",
    },
    "Each full member organisation has one vote on each ballot, cast by one of its editors and changeable until the ballot closes.": {
        "ar": "لكل منظمة عضو كامل صوت واحد في كل اقتراع، يُدلي به أحد محرريها ويمكن تغييره حتى إغلاق الاقتراع.",
        "fr": "Chaque "
        "organisation "
        "membre "
        "de "
        "plein "
        "droit "
        "dispose "
        "d'une "
        "voix "
        "par "
        "scrutin, "
        "exprimée "
        "par "
        "l'une "
        "de "
        "ses "
        "personnes "
        "éditrices "
        "et "
        "modifiable "
        "jusqu'à "
        "la "
        "clôture.",
        "so": "Urur "
        "kasta "
        "oo "
        "xubin "
        "buuxa "
        "ah "
        "wuxuu "
        "leeyahay "
        "hal "
        "cod "
        "codbixin "
        "kasta, "
        "oo "
        "uu "
        "dhiibo "
        "mid "
        "ka "
        "mid "
        "ah "
        "tifaftirayaasheeda, "
        "lana "
        "beddeli "
        "karo "
        "ilaa "
        "codbixintu "
        "xirmayso.",
        "ckb": "هەر "
        "ڕێکخراوێکی "
        "ئەندامی "
        "تەواو "
        "لە "
        "هەر "
        "دەنگدانێکدا "
        "یەک "
        "دەنگی "
        "هەیە، "
        "کە "
        "یەکێک "
        "لە "
        "دەستکارکەرەکانی "
        "دەیدات "
        "و "
        "تا "
        "داخستنی "
        "دەنگدان "
        "دەگۆڕدرێت.",
    },
    "Open for votes": {
        "ar": "مفتوح للتصويت",
        "fr": "Ouverts au vote",
        "so": "U furan codbixinta",
        "ckb": "کراوە بۆ دەنگدان",
    },
    "Opening soon": {
        "ar": "يُفتح قريبًا",
        "fr": "Bientôt ouverts",
        "so": "Dhowaan la furayo",
        "ckb": "بەم زووانە دەکرێتەوە",
    },
    "Closed, with results": {
        "ar": "مغلقة، مع النتائج",
        "fr": "Clos, avec résultats",
        "so": "La xiray, natiijooyin leh",
        "ckb": "داخراو، لەگەڵ ئەنجامەکان",
    },
    "None.": {"ar": "لا شيء.", "fr": "Aucun.", "so": "Midna.", "ckb": "هیچ."},
    "%(opens)s to %(closes)s": {
        "ar": "من %(opens)s إلى %(closes)s",
        "fr": "du %(opens)s au %(closes)s",
        "so": "%(opens)s ilaa %(closes)s",
        "ckb": "لە %(opens)s تا %(closes)s",
    },
    "All applications": {
        "ar": "كل الطلبات",
        "fr": "Toutes les candidatures",
        "so": "Dhammaan codsiyada",
        "ckb": "هەموو داواکارییەکان",
    },
    "Level applied for": {
        "ar": "المستوى المطلوب",
        "fr": "Niveau demandé",
        "so": "Heerka la codsaday",
        "ckb": "ئاستی داواکراو",
    },
    "What the organisation does": {
        "ar": "ما تقوم به المنظمة",
        "fr": "Ce que fait l'organisation",
        "so": "Waxa uu ururku qabto",
        "ckb": "ڕێکخراوەکە چی دەکات",
    },
    "Registered charity or company number": {
        "ar": "رقم الجمعية الخيرية أو الشركة المسجّل",
        "fr": "Numéro d'association caritative ou de société enregistrée",
        "so": "Lambarka diiwaangelinta hay'adda samafalka ama shirkadda",
        "ckb": "ژمارەی تۆمارکراوی خێرخوازی یان کۆمپانیا",
    },
    "Year founded": {
        "ar": "سنة التأسيس",
        "fr": "Année de création",
        "so": "Sanadka la aasaasay",
        "ckb": "ساڵی دامەزراندن",
    },
    "Annual income": {
        "ar": "الدخل السنوي",
        "fr": "Revenus annuels",
        "so": "Dakhliga sannadlaha ah",
        "ckb": "داهاتی ساڵانە",
    },
    "Staff and volunteers": {
        "ar": "الموظفون والمتطوعون",
        "fr": "Personnel et bénévoles",
        "so": "Shaqaalaha iyo mutadawiciinta",
        "ckb": "کارمەندان و خۆبەخشان",
    },
    "Contact person": {
        "ar": "الشخص المسؤول عن التواصل",
        "fr": "Personne à contacter",
        "so": "Qofka xiriirka",
        "ckb": "کەسی پەیوەندی",
    },
    "Agrees with the mission statement": {
        "ar": "يوافق على بيان الرسالة",
        "fr": "Adhère à la déclaration de mission",
        "so": "Wuxuu ku raacsan yahay bayaanka hadafka",
        "ckb": "لەگەڵ ڕاگەیاندنی ئەرک هاوڕایە",
    },
    "Decide": {"ar": "القرار", "fr": "Décider", "so": "Go'aami", "ckb": "بڕیار بدە"},
    "Approving creates the organisation's profile, space, media collection and editors' group, and invites the contact person as its first editor.": {
        "ar": "تؤدي "
        "الموافقة "
        "إلى "
        "إنشاء "
        "ملف "
        "المنظمة "
        "ومساحتها "
        "ومجموعة "
        "وسائطها "
        "ومجموعة "
        "محرريها، "
        "ودعوة "
        "الشخص "
        "المسؤول "
        "عن "
        "التواصل "
        "محررًا "
        "أول "
        "لها.",
        "fr": "Accepter "
        "crée "
        "le "
        "profil "
        "de "
        "l'organisation, "
        "son "
        "espace, "
        "sa "
        "collection "
        "de "
        "médias "
        "et "
        "son "
        "groupe "
        "d'édition, "
        "et "
        "invite "
        "la "
        "personne "
        "à "
        "contacter "
        "comme "
        "première "
        "personne "
        "éditrice.",
        "so": "Ansixintu "
        "waxay "
        "abuurtaa "
        "bogga "
        "ururka, "
        "meeshiisa, "
        "ururinta "
        "warbaahinta "
        "iyo "
        "kooxda "
        "tifaftirayaasha, "
        "waxayna "
        "u "
        "casuuntaa "
        "qofka "
        "xiriirka "
        "inuu "
        "noqdo "
        "tifaftiraha "
        "koowaad.",
        "ckb": "پەسەندکردن "
        "پرۆفایل، "
        "شوێن، "
        "کۆمەڵەی "
        "میدیا "
        "و "
        "گروپی "
        "دەستکارکەرانی "
        "ڕێکخراوەکە "
        "دروست "
        "دەکات، "
        "و "
        "کەسی "
        "پەیوەندی "
        "وەک "
        "یەکەم "
        "دەستکارکەر "
        "بانگهێشت "
        "دەکات.",
    },
    "Approve and onboard": {
        "ar": "الموافقة والضمّ",
        "fr": "Accepter et intégrer",
        "so": "Ansixi oo ku dar",
        "ckb": "پەسەند بکە و زیادی بکە",
    },
    "Ask for more information": {
        "ar": "طلب معلومات إضافية",
        "fr": "Demander plus d'informations",
        "so": "Weydii macluumaad dheeraad ah",
        "ckb": "داوای زانیاریی زیاتر بکە",
    },
    "Send the question": {
        "ar": "إرسال السؤال",
        "fr": "Envoyer la question",
        "so": "Dir su'aasha",
        "ckb": "پرسیارەکە بنێرە",
    },
    "Decline and send the reason": {
        "ar": "الرفض وإرسال السبب",
        "fr": "Refuser et envoyer le motif",
        "so": "Diid oo dir sababta",
        "ckb": "ڕەتی بکەرەوە و هۆکارەکە بنێرە",
    },
    "History": {"ar": "السجل", "fr": "Historique", "so": "Taariikhda", "ckb": "مێژوو"},
    "All ballots": {
        "ar": "كل الاقتراعات",
        "fr": "Tous les scrutins",
        "so": "Dhammaan codbixinnada",
        "ckb": "هەموو دەنگدانەکان",
    },
    "Secret ballot: results show counts only.": {
        "ar": "اقتراع سري: تعرض النتائج الأعداد فقط.",
        "fr": "Scrutin secret : les résultats ne montrent que les décomptes.",
        "so": "Codbixin qarsoodi ah: natiijooyinku waxay muujiyaan tirooyinka oo keliya.",
        "ckb": "دەنگدانی نهێنی: ئەنجامەکان تەنها ژمارەکان پیشان دەدەن.",
    },
    "Open ballot: results show how each organisation voted.": {
        "ar": "اقتراع علني: تعرض النتائج كيف صوّتت كل منظمة.",
        "fr": "Scrutin public : les résultats montrent le vote de chaque organisation.",
        "so": "Codbixin furan: natiijooyinku waxay muujiyaan sida urur kastaa u codeeyay.",
        "ckb": "دەنگدانی ئاشکرا: ئەنجامەکان پیشان دەدەن هەر ڕێکخراوێک چۆن دەنگی داوە.",
    },
    "Change your organisation's vote": {
        "ar": "غيّروا صوت منظمتكم",
        "fr": "Modifier le vote de votre organisation",
        "so": "Beddel codka ururkaaga",
        "ckb": "دەنگی ڕێکخراوەکەتان بگۆڕن",
    },
    "Your organisation's vote": {
        "ar": "صوت منظمتكم",
        "fr": "Le vote de votre organisation",
        "so": "Codka ururkaaga",
        "ckb": "دەنگی ڕێکخراوەکەتان",
    },
    "Cast the vote": {"ar": "الإدلاء بالصوت", "fr": "Voter", "so": "Dhiib codka", "ckb": "دەنگ بدە"},
    "Results": {"ar": "النتائج", "fr": "Résultats", "so": "Natiijooyinka", "ckb": "ئەنجامەکان"},
    "Option": {"ar": "الخيار", "fr": "Option", "so": "Doorasho", "ckb": "هەڵبژاردە"},
    "Votes": {"ar": "الأصوات", "fr": "Voix", "so": "Codadka", "ckb": "دەنگەکان"},
    "Quorum reached: the result stands.": {
        "ar": "اكتمل النصاب: النتيجة نافذة.",
        "fr": "Quorum atteint : le résultat est valable.",
        "so": "Tirada loo baahnaa waa la gaaray: natiijadu way ansax tahay.",
        "ckb": "ڕێژەی پێویست پڕ بووەوە: ئەنجامەکە جێگیرە.",
    },
    "Who voted": {"ar": "من صوّت", "fr": "Qui a voté", "so": "Cidda codeysay", "ckb": "کێ دەنگی دا"},
    "Results are shown once the ballot closes.": {
        "ar": "تُعرض النتائج بعد إغلاق الاقتراع.",
        "fr": "Les résultats sont affichés à la clôture du scrutin.",
        "so": "Natiijooyinka waxaa la muujiyaa marka codbixintu xirmato.",
        "ckb": "ئەنجامەکان دوای داخستنی دەنگدان پیشان دەدرێن.",
    },
    "Quorum: %(quorum)s%% of full members.": {
        "ar": "النصاب: %(quorum)s%% من الأعضاء الكاملين.",
        "fr": "Quorum : %(quorum)s %% des membres de plein droit.",
        "so": "Tirada loo baahan yahay: %(quorum)s%% xubnaha buuxa.",
        "ckb": "ڕێژەی پێویست: %(quorum)s%%ی ئەندامانی تەواو.",
    },
    "Your organisation voted “%(option)s” (%(when)s). Receipt %(receipt)s.": {
        "ar": "صوّتت منظمتكم «%(option)s» (%(when)s). الإيصال %(receipt)s.",
        "fr": "Votre organisation a voté « %(option)s » (%(when)s). Reçu %(receipt)s.",
        "so": "Ururkaagu wuxuu u codeeyay “%(option)s” (%(when)s). Rasiidka %(receipt)s.",
        "ckb": "ڕێکخراوەکەتان دەنگی دا بە «%(option)s» (%(when)s). پسوولە %(receipt)s.",
    },
    "Turnout: %(votes)s of %(eligible)s full members (%(turnout)s%%).": {
        "ar": "نسبة المشاركة: %(votes)s من %(eligible)s من الأعضاء الكاملين (%(turnout)s%%).",
        "fr": "Participation : %(votes)s sur %(eligible)s membres de plein droit (%(turnout)s %%).",
        "so": "Ka-qaybgalka: %(votes)s ka mid ah %(eligible)s xubnood oo buuxa (%(turnout)s%%).",
        "ckb": "بەشداری: %(votes)s لە %(eligible)s ئەندامی تەواو (%(turnout)s%%).",
    },
    "Quorum not reached (%(needed)s votes were needed).": {
        "ar": "لم يكتمل النصاب (كان مطلوبًا %(needed)s صوتًا).",
        "fr": "Quorum non atteint (%(needed)s voix étaient nécessaires).",
        "so": "Tirada loo baahnaa lama gaarin (%(needed)s cod ayaa loo baahnaa).",
        "ckb": "ڕێژەی پێویست پڕ نەبووەوە (%(needed)s دەنگ پێویست بوو).",
    },
    "Please contact the network team to pay. Full members who have not renewed after the grace period become associate members and can no longer vote.": {
        "ar": "يُرجى "
        "التواصل "
        "مع "
        "فريق "
        "الشبكة "
        "للدفع. "
        "الأعضاء "
        "الكاملون "
        "الذين "
        "لا "
        "يجددون "
        "بعد "
        "فترة "
        "السماح "
        "يصبحون "
        "أعضاء "
        "منتسبين "
        "ولا "
        "يعود "
        "بإمكانهم "
        "التصويت.",
        "fr": "Contactez "
        "l'équipe "
        "du "
        "réseau "
        "pour "
        "payer. "
        "Les "
        "membres "
        "de "
        "plein "
        "droit "
        "qui "
        "n'ont "
        "pas "
        "renouvelé "
        "après "
        "le "
        "délai "
        "de "
        "grâce "
        "deviennent "
        "membres "
        "associés "
        "et "
        "ne "
        "peuvent "
        "plus "
        "voter.",
        "so": "Fadlan "
        "la "
        "xiriir "
        "kooxda "
        "shabakadda "
        "si "
        "aad "
        "u "
        "bixiso. "
        "Xubnaha "
        "buuxa "
        "ee "
        "aan "
        "cusboonaysiin "
        "muddada "
        "dulqaadka "
        "kadib "
        "waxay "
        "noqdaan "
        "xubno "
        "ku-xiran, "
        "mana "
        "codayn "
        "karaan.",
        "ckb": "تکایە "
        "بۆ "
        "پارەدان "
        "پەیوەندی "
        "بە "
        "تیمی "
        "تۆڕەکەوە "
        "بکەن. "
        "ئەو "
        "ئەندامانەی "
        "تەواو "
        "کە "
        "دوای "
        "ماوەی "
        "مۆڵەت "
        "نوێیان "
        "نەکردبێتەوە "
        "دەبنە "
        "ئەندامی "
        "هاوبەش "
        "و "
        "چیتر "
        "ناتوانن "
        "دەنگ "
        "بدەن.",
    },
    "Your full membership of the network for %(organisation)s is due for renewal on %(date)s.": {
        "ar": "يحين موعد تجديد العضوية الكاملة لـ %(organisation)s في الشبكة في %(date)s.",
        "fr": "L'adhésion de plein droit de %(organisation)s au réseau est à renouveler le %(date)s.",
        "so": "Xubinnimada buuxda ee %(organisation)s ee shabakadda waxaa la cusboonaysiinayaa %(date)s.",
        "ckb": "ئەندامێتی تەواوی %(organisation)s لە تۆڕەکەدا لە %(date)s دەبێت نوێ بکرێتەوە.",
    },
    "Your fee band: %(band)s, £%(fee)s a year.": {
        "ar": "فئة رسومكم: %(band)s، %(fee)s جنيه إسترليني في السنة.",
        "fr": "Votre tranche de cotisation : %(band)s, %(fee)s £ par an.",
        "so": "Heerka khidmaddaada: %(band)s, £%(fee)s sannadkii.",
        "ckb": "پلەی بەشدارییەکەتان: %(band)s، £%(fee)s لە ساڵێکدا.",
    },
    "We have sent you a separate email with a link to set your password and start editing your organisation's space on the hub.": {
        "ar": "أرسلنا إليكم رسالة منفصلة فيها رابط لتعيين كلمة المرور والبدء في تحرير مساحة منظمتكم على المنصة.",
        "fr": "Nous "
        "vous "
        "avons "
        "envoyé "
        "un "
        "courriel "
        "séparé "
        "avec "
        "un "
        "lien "
        "pour "
        "choisir "
        "votre "
        "mot "
        "de "
        "passe "
        "et "
        "commencer "
        "à "
        "modifier "
        "l'espace "
        "de "
        "votre "
        "organisation "
        "sur "
        "le "
        "hub.",
        "so": "Iimayl "
        "gooni "
        "ah "
        "ayaan "
        "kuu "
        "soo "
        "dirnay "
        "oo "
        "leh "
        "xiriiriye "
        "aad "
        "ku "
        "dejiso "
        "furahaaga "
        "sirta "
        "ah "
        "oo "
        "aad "
        "ku "
        "bilowdo "
        "tafatirka "
        "meesha "
        "ururkaaga "
        "ee "
        "hub-ka.",
        "ckb": "ئیمەیڵێکی "
        "جیامان "
        "بۆ "
        "ناردن "
        "بە "
        "بەستەرێک "
        "بۆ "
        "دانانی "
        "وشەی "
        "نهێنی "
        "و "
        "دەستپێکردنی "
        "دەستکاریکردنی "
        "شوێنی "
        "ڕێکخراوەکەتان "
        "لە "
        "هەبەکەدا.",
    },
    "Dear %(name)s,\n\nWelcome: %(organisation)s is now a member of the network (%(level)s).": {
        "ar": "عزيزتي/عزيزي %(name)s،\n\nمرحبًا: أصبحت %(organisation)s عضوًا في الشبكة (%(level)s).",
        "fr": "Bonjour %(name)s,\n\nBienvenue : %(organisation)s est désormais membre du réseau (%(level)s).",
        "so": "%(name)s qaaliga "
        "ah,\n"
        "\n"
        "Ku soo dhawoow: "
        "%(organisation)s "
        "hadda waa xubin ka "
        "mid ah shabakadda "
        "(%(level)s).",
        "ckb": "%(name)sی بەڕێز،\n\nبەخێربێن: %(organisation)s ئێستا ئەندامی تۆڕەکەیە (%(level)s).",
    },
    "Dear %(name)s,\n\nThank you for applying for %(organisation)s to join the network. We are sorry: the network team has decided not to accept the application, for this reason:": {
        "ar": "عزيزتي/عزيزي "
        "%(name)s،\n"
        "\n"
        "شكرًا "
        "لتقديم "
        "طلب "
        "انضمام "
        "%(organisation)s "
        "إلى "
        "الشبكة. "
        "نأسف: "
        "قرر "
        "فريق "
        "الشبكة "
        "عدم "
        "قبول "
        "الطلب، "
        "للسبب "
        "التالي:",
        "fr": "Bonjour "
        "%(name)s,\n"
        "\n"
        "Merci "
        "d'avoir "
        "présenté "
        "la "
        "candidature "
        "de "
        "%(organisation)s "
        "au "
        "réseau. "
        "Nous "
        "sommes "
        "désolés "
        ": "
        "l'équipe "
        "du "
        "réseau "
        "a "
        "décidé "
        "de "
        "ne "
        "pas "
        "l'accepter, "
        "pour "
        "la "
        "raison "
        "suivante "
        ":",
        "so": "%(name)s "
        "qaaliga "
        "ah,\n"
        "\n"
        "Waad "
        "ku "
        "mahadsan "
        "tahay "
        "codsiga "
        "%(organisation)s "
        "ee "
        "ku "
        "biirista "
        "shabakadda. "
        "Waan "
        "ka "
        "xunnahay: "
        "kooxda "
        "shabakaddu "
        "waxay "
        "go'aansatay "
        "inaysan "
        "aqbalin "
        "codsiga, "
        "sababtan "
        "awgeed:",
        "ckb": "%(name)sی "
        "بەڕێز،\n"
        "\n"
        "سوپاس "
        "بۆ "
        "داواکاریی "
        "بەشداربوونی "
        "%(organisation)s "
        "لە "
        "تۆڕەکەدا. "
        "ببورن: "
        "تیمی "
        "تۆڕەکە "
        "بڕیاری "
        "دا "
        "داواکارییەکە "
        "قبوڵ "
        "نەکات، "
        "بەم "
        "هۆکارە:",
    },
    "Review the application:": {
        "ar": "راجعوا الطلب:",
        "fr": "Examiner la candidature :",
        "so": "Dib u eeg codsiga:",
        "ckb": "پێداچوونەوە بە داواکارییەکەدا بکەن:",
    },
    "%(organisation)s has applied to join the network (%(level)s).": {
        "ar": "تقدّمت %(organisation)s بطلب للانضمام إلى الشبكة (%(level)s).",
        "fr": "%(organisation)s demande à rejoindre le réseau (%(level)s).",
        "so": "%(organisation)s waxay codsatay inay ku biirto shabakadda (%(level)s).",
        "ckb": "%(organisation)s داوای بەشداربوونی لە تۆڕەکەدا کردووە (%(level)s).",
    },
    "Level applied for:": {
        "ar": "المستوى المطلوب:",
        "fr": "Niveau demandé :",
        "so": "Heerka la codsaday:",
        "ckb": "ئاستی داواکراو:",
    },
    "Dear %(name)s,\n\nThank you for applying for %(organisation)s to join the network. The network team reviews every application and will write to you at this address when it has decided.": {
        "ar": "عزيزتي/عزيزي "
        "%(name)s،\n"
        "\n"
        "شكرًا "
        "لتقديم "
        "طلب "
        "انضمام "
        "%(organisation)s "
        "إلى "
        "الشبكة. "
        "يراجع "
        "فريق "
        "الشبكة "
        "كل "
        "طلب "
        "وسيكتب "
        "إليكم "
        "على "
        "هذا "
        "العنوان "
        "عندما "
        "يتخذ "
        "قراره.",
        "fr": "Bonjour "
        "%(name)s,\n"
        "\n"
        "Merci "
        "d'avoir "
        "présenté "
        "la "
        "candidature "
        "de "
        "%(organisation)s "
        "au "
        "réseau. "
        "L'équipe "
        "du "
        "réseau "
        "examine "
        "chaque "
        "candidature "
        "et "
        "vous "
        "écrira "
        "à "
        "cette "
        "adresse "
        "quand "
        "elle "
        "aura "
        "décidé.",
        "so": "%(name)s "
        "qaaliga "
        "ah,\n"
        "\n"
        "Waad "
        "ku "
        "mahadsan "
        "tahay "
        "codsiga "
        "%(organisation)s "
        "ee "
        "ku "
        "biirista "
        "shabakadda. "
        "Kooxda "
        "shabakaddu "
        "waxay "
        "dib "
        "u "
        "eegtaa "
        "codsi "
        "kasta, "
        "waxayna "
        "cinwaankan "
        "kuugu "
        "soo "
        "qori "
        "doontaa "
        "marka "
        "ay "
        "go'aan "
        "gaarto.",
        "ckb": "%(name)sی "
        "بەڕێز،\n"
        "\n"
        "سوپاس "
        "بۆ "
        "داواکاریی "
        "بەشداربوونی "
        "%(organisation)s "
        "لە "
        "تۆڕەکەدا. "
        "تیمی "
        "تۆڕەکە "
        "پێداچوونەوە "
        "بە "
        "هەموو "
        "داواکارییەکدا "
        "دەکات "
        "و "
        "کاتێک "
        "بڕیاری "
        "دا "
        "لەسەر "
        "ئەم "
        "ناونیشانە "
        "بۆتان "
        "دەنووسێت.",
    },
    "Please answer by replying to this email.": {
        "ar": "يُرجى الإجابة بالرد على هذه الرسالة.",
        "fr": "Répondez simplement à ce courriel.",
        "so": "Fadlan ku jawaab adigoo ka jawaabaya iimaylkan.",
        "ckb": "تکایە بە وەڵامدانەوەی ئەم ئیمەیڵە وەڵام بدەنەوە.",
    },
    "Dear %(name)s,\n\nThank you for applying for %(organisation)s to join the network. Before deciding, the network team asks:": {
        "ar": "عزيزتي/عزيزي "
        "%(name)s،\n"
        "\n"
        "شكرًا "
        "لتقديم "
        "طلب "
        "انضمام "
        "%(organisation)s "
        "إلى "
        "الشبكة. "
        "قبل "
        "اتخاذ "
        "القرار، "
        "يسأل "
        "فريق "
        "الشبكة:",
        "fr": "Bonjour "
        "%(name)s,\n"
        "\n"
        "Merci "
        "d'avoir "
        "présenté "
        "la "
        "candidature "
        "de "
        "%(organisation)s "
        "au "
        "réseau. "
        "Avant "
        "de "
        "décider, "
        "l'équipe "
        "du "
        "réseau "
        "vous "
        "demande "
        ":",
        "so": "%(name)s "
        "qaaliga "
        "ah,\n"
        "\n"
        "Waad "
        "ku "
        "mahadsan "
        "tahay "
        "codsiga "
        "%(organisation)s "
        "ee "
        "ku "
        "biirista "
        "shabakadda. "
        "Kahor "
        "go'aanka, "
        "kooxda "
        "shabakaddu "
        "waxay "
        "weydiinaysaa:",
        "ckb": "%(name)sی "
        "بەڕێز،\n"
        "\n"
        "سوپاس "
        "بۆ "
        "داواکاریی "
        "بەشداربوونی "
        "%(organisation)s "
        "لە "
        "تۆڕەکەدا. "
        "پێش "
        "بڕیاردان، "
        "تیمی "
        "تۆڕەکە "
        "دەپرسێت:",
    },
    "question": {"ar": "السؤال", "fr": "question", "so": "su'aal", "ckb": "پرسیار"},
    "explanation": {"ar": "الشرح", "fr": "explication", "so": "sharaxaad", "ckb": "ڕوونکردنەوە"},
    "opens": {"ar": "يُفتح", "fr": "ouverture", "so": "furmaya", "ckb": "دەکرێتەوە"},
    "closes": {"ar": "يُغلق", "fr": "clôture", "so": "xirmaya", "ckb": "دادەخرێت"},
    "quorum (percentage of full members)": {
        "ar": "النصاب (نسبة مئوية من الأعضاء الكاملين)",
        "fr": "quorum (pourcentage des membres de plein droit)",
        "so": "tirada loo baahan yahay (boqolleyda xubnaha buuxa)",
        "ckb": "ڕێژەی پێویست (ڕێژەی سەدی ئەندامانی تەواو)",
    },
    "The share of full member organisations that must vote for the result to stand.": {
        "ar": "نسبة المنظمات الأعضاء الكاملة التي يجب أن تصوّت كي تكون النتيجة نافذة.",
        "fr": "La part des organisations membres de plein droit qui doivent voter pour que le résultat soit valable.",
        "so": "Qaybta ururada xubnaha buuxa ah ee ay tahay inay codeeyaan si natiijadu u ansaxdo.",
        "ckb": "ئەو ڕێژەیەی ڕێکخراوە ئەندامە تەواوەکان کە دەبێت دەنگ بدەن تا ئەنجامەکە جێگیر بێت.",
    },
    "secret ballot": {
        "ar": "اقتراع سري",
        "fr": "scrutin secret",
        "so": "codbixin qarsoodi ah",
        "ckb": "دەنگدانی نهێنی",
    },
    "Results show counts only, never which organisation chose what.": {
        "ar": "تعرض النتائج الأعداد فقط، ولا تُظهر أبدًا ما اختارته كل منظمة.",
        "fr": "Les résultats ne montrent que les décomptes, jamais le choix de chaque organisation.",
        "so": "Natiijooyinku waxay muujiyaan tirooyinka oo keliya, marnaba ma muujiyaan waxa urur kastaa doortay.",
        "ckb": "ئەنجامەکان تەنها ژمارەکان پیشان دەدەن، هەرگیز نا کە کام ڕێکخراو چی هەڵبژاردووە.",
    },
    "options": {"ar": "الخيارات", "fr": "options", "so": "doorashooyin", "ckb": "هەڵبژاردەکان"},
    "ballot": {"ar": "اقتراع", "fr": "scrutin", "so": "codbixin", "ckb": "دەنگدان"},
    "ballots": {"ar": "اقتراعات", "fr": "scrutins", "so": "codbixinno", "ckb": "دەنگدانەکان"},
    "A ballot closes after it opens.": {
        "ar": "يُغلق الاقتراع بعد أن يُفتح.",
        "fr": "Un scrutin se clôt après son ouverture.",
        "so": "Codbixintu waxay xirmaysaa kadib marka la furo.",
        "ckb": "دەنگدان دوای کرانەوەی دادەخرێت.",
    },
    "option": {"ar": "خيار", "fr": "option", "so": "doorasho", "ckb": "هەڵبژاردە"},
    "cast by": {"ar": "أدلى به", "fr": "exprimé par", "so": "waxaa dhiibay", "ckb": "دراوە لەلایەن"},
    "cast": {"ar": "وقت الإدلاء", "fr": "exprimé le", "so": "la dhiibay", "ckb": "دراوە"},
    "receipt": {"ar": "الإيصال", "fr": "reçu", "so": "rasiid", "ckb": "پسوولە"},
    "vote": {"ar": "صوت", "fr": "vote", "so": "cod", "ckb": "دەنگ"},
    "votes": {"ar": "أصوات", "fr": "votes", "so": "codad", "ckb": "دەنگەکان"},
    "Full member": {"ar": "عضو كامل", "fr": "Membre de plein droit", "so": "Xubin buuxda", "ckb": "ئەندامی تەواو"},
    "Under £10,000 a year": {
        "ar": "أقل من 10,000 جنيه إسترليني في السنة",
        "fr": "Moins de 10 000 £ par an",
        "so": "Ka yar £10,000 sannadkii",
        "ckb": "کەمتر لە £10,000 لە ساڵێکدا",
    },
    "£10,000 to £50,000 a year": {
        "ar": "من 10,000 إلى 50,000 جنيه إسترليني في السنة",
        "fr": "De 10 000 £ à 50 000 £ par an",
        "so": "£10,000 ilaa £50,000 sannadkii",
        "ckb": "£10,000 تا £50,000 لە ساڵێکدا",
    },
    "£50,000 to £250,000 a year": {
        "ar": "من 50,000 إلى 250,000 جنيه إسترليني في السنة",
        "fr": "De 50 000 £ à 250 000 £ par an",
        "so": "£50,000 ilaa £250,000 sannadkii",
        "ckb": "£50,000 تا £250,000 لە ساڵێکدا",
    },
    "Over £250,000 a year": {
        "ar": "أكثر من 250,000 جنيه إسترليني في السنة",
        "fr": "Plus de 250 000 £ par an",
        "so": "Ka badan £250,000 sannadkii",
        "ckb": "زیاتر لە £250,000 لە ساڵێکدا",
    },
    "Volunteers only": {
        "ar": "متطوعون فقط",
        "fr": "Bénévoles uniquement",
        "so": "Mutadawiciin oo keliya",
        "ckb": "تەنها خۆبەخشان",
    },
    "1 to 5 paid staff": {
        "ar": "من 1 إلى 5 موظفين بأجر",
        "fr": "1 à 5 salariés",
        "so": "1 ilaa 5 shaqaale mushahar qaata",
        "ckb": "1 تا 5 کارمەندی بەمووچە",
    },
    "6 to 20 paid staff": {
        "ar": "من 6 إلى 20 موظفًا بأجر",
        "fr": "6 à 20 salariés",
        "so": "6 ilaa 20 shaqaale mushahar qaata",
        "ckb": "6 تا 20 کارمەندی بەمووچە",
    },
    "More than 20 paid staff": {
        "ar": "أكثر من 20 موظفًا بأجر",
        "fr": "Plus de 20 salariés",
        "so": "Ka badan 20 shaqaale mushahar qaata",
        "ckb": "زیاتر لە 20 کارمەندی بەمووچە",
    },
    "sent": {"ar": "أُرسل", "fr": "envoyée le", "so": "la diray", "ckb": "نێردرا"},
    "The applicant's language, for emails.": {
        "ar": "لغة مقدّم الطلب، للرسائل الإلكترونية.",
        "fr": "La langue de la personne candidate, pour les courriels.",
        "so": "Luqadda codsadaha, iimaylada loogu talagalay.",
        "ckb": "زمانی داواکار، بۆ ئیمەیڵەکان.",
    },
    "level applied for": {
        "ar": "المستوى المطلوب",
        "fr": "niveau demandé",
        "so": "heerka la codsaday",
        "ckb": "ئاستی داواکراو",
    },
    "what the organisation does": {
        "ar": "ما تقوم به المنظمة",
        "fr": "ce que fait l'organisation",
        "so": "waxa uu ururku qabto",
        "ckb": "ڕێکخراوەکە چی دەکات",
    },
    "registered charity or company number": {
        "ar": "رقم الجمعية الخيرية أو الشركة المسجّل",
        "fr": "numéro d'association caritative ou de société enregistrée",
        "so": "lambarka diiwaangelinta hay'adda samafalka ama shirkadda",
        "ckb": "ژمارەی تۆمارکراوی خێرخوازی یان کۆمپانیا",
    },
    "annual income": {
        "ar": "الدخل السنوي",
        "fr": "revenus annuels",
        "so": "dakhliga sannadlaha ah",
        "ckb": "داهاتی ساڵانە",
    },
    "staff and volunteers": {
        "ar": "الموظفون والمتطوعون",
        "fr": "personnel et bénévoles",
        "so": "shaqaalaha iyo mutadawiciinta",
        "ckb": "کارمەندان و خۆبەخشان",
    },
    "contact person": {
        "ar": "الشخص المسؤول عن التواصل",
        "fr": "personne à contacter",
        "so": "qofka xiriirka",
        "ckb": "کەسی پەیوەندی",
    },
    "contact phone": {
        "ar": "هاتف التواصل",
        "fr": "téléphone de contact",
        "so": "taleefanka xiriirka",
        "ckb": "تەلەفۆنی پەیوەندی",
    },
    "role in the organisation": {
        "ar": "الدور في المنظمة",
        "fr": "rôle dans l'organisation",
        "so": "doorka ururka dhexdiisa",
        "ckb": "ڕۆڵ لە ڕێکخراوەکەدا",
    },
    "agrees with the mission statement": {
        "ar": "يوافق على بيان الرسالة",
        "fr": "adhère à la déclaration de mission",
        "so": "wuxuu ku raacsan yahay bayaanka hadafka",
        "ckb": "لەگەڵ ڕاگەیاندنی ئەرک هاوڕایە",
    },
    "decided": {"ar": "تاريخ القرار", "fr": "décidée le", "so": "go'aan laga gaaray", "ckb": "بڕیاری لەسەر درا"},
    "message to the applicant": {
        "ar": "رسالة إلى مقدّم الطلب",
        "fr": "message à la personne candidate",
        "so": "fariin loogu talagalay codsadaha",
        "ckb": "نامە بۆ داواکار",
    },
    "The reason for declining, or the question asked.": {
        "ar": "سبب الرفض، أو السؤال المطروح.",
        "fr": "Le motif du refus, ou la question posée.",
        "so": "Sababta diidmada, ama su'aasha la weydiiyay.",
        "ckb": "هۆکاری ڕەتکردنەوە، یان پرسیاری کراو.",
    },
    "application to join": {
        "ar": "طلب انضمام",
        "fr": "candidature d'adhésion",
        "so": "codsi ku biiris",
        "ckb": "داواکاریی بەشداربوون",
    },
    "applications to join": {
        "ar": "طلبات انضمام",
        "fr": "candidatures d'adhésion",
        "so": "codsiyada ku biirista",
        "ckb": "داواکارییەکانی بەشداربوون",
    },
    "grace period (days)": {
        "ar": "فترة السماح (بالأيام)",
        "fr": "délai de grâce (jours)",
        "so": "muddada dulqaadka (maalmo)",
        "ckb": "ماوەی مۆڵەت (ڕۆژ)",
    },
    "How long after its renewal date an unpaid full membership stays full before becoming associate.": {
        "ar": "المدة التي تبقى فيها العضوية الكاملة غير المدفوعة كاملة بعد موعد تجديدها قبل أن تصبح منتسبة.",
        "fr": "Combien de "
        "temps "
        "après sa "
        "date de "
        "renouvellement "
        "une "
        "adhésion "
        "de plein "
        "droit "
        "impayée le "
        "reste "
        "avant de "
        "devenir "
        "associée.",
        "so": "Inta ay "
        "xubinnimo "
        "buuxda oo "
        "aan la "
        "bixin ay "
        "buuxda "
        "ahaanayso "
        "taariikhda "
        "cusboonaysiinta "
        "kadib ka "
        "hor inta "
        "aysan "
        "noqon "
        "ku-xiran.",
        "ckb": "ئەندامێتیی تەواوی پارەنەدراو چەند دوای ڕێکەوتی نوێکردنەوە بە تەواوی دەمێنێتەوە پێش ئەوەی ببێتە هاوبەش.",
    },
    "reminder (days before renewal)": {
        "ar": "التذكير (أيام قبل التجديد)",
        "fr": "rappel (jours avant le renouvellement)",
        "so": "xasuusin (maalmo ka hor cusboonaysiinta)",
        "ckb": "بیرخستنەوە (ڕۆژ پێش نوێکردنەوە)",
    },
    "When full members are reminded to renew.": {
        "ar": "متى يُذكَّر الأعضاء الكاملون بالتجديد.",
        "fr": "Quand les membres de plein droit reçoivent un rappel de renouvellement.",
        "so": "Goorta xubnaha buuxa la xasuusinayo inay cusboonaysiiyaan.",
        "ckb": "کەی ئەندامانی تەواو بیر دەخرێنەوە بۆ نوێکردنەوە.",
    },
    "fee bands": {
        "ar": "فئات الرسوم",
        "fr": "tranches de cotisation",
        "so": "heerarka khidmadda",
        "ckb": "پلەکانی بەشداری",
    },
    "membership": {"ar": "العضوية", "fr": "adhésion", "so": "xubinnimo", "ckb": "ئەندامێتی"},
    "band": {"ar": "الفئة", "fr": "tranche", "so": "heer", "ckb": "پلە"},
    "annual fee (£)": {
        "ar": "الرسوم السنوية (جنيه إسترليني)",
        "fr": "cotisation annuelle (£)",
        "so": "khidmadda sannadlaha ah (£)",
        "ckb": "بەشداریی ساڵانە (£)",
    },
    "fee band": {"ar": "فئة الرسوم", "fr": "tranche de cotisation", "so": "heerka khidmadda", "ckb": "پلەی بەشداری"},
    "Lapsed": {"ar": "منتهية الصلاحية", "fr": "Expirée", "so": "Dhacday", "ckb": "بەسەرچوو"},
    "Ended": {"ar": "منتهية", "fr": "Terminée", "so": "Dhammaatay", "ckb": "کۆتایی هات"},
    "level": {"ar": "المستوى", "fr": "niveau", "so": "heer", "ckb": "ئاست"},
    "joined": {"ar": "تاريخ الانضمام", "fr": "adhésion le", "so": "ku biiray", "ckb": "بەشداربوو"},
    "renewal date": {
        "ar": "تاريخ التجديد",
        "fr": "date de renouvellement",
        "so": "taariikhda cusboonaysiinta",
        "ckb": "ڕێکەوتی نوێکردنەوە",
    },
    "lapsed on": {"ar": "انتهت صلاحيتها في", "fr": "expirée le", "so": "dhacday", "ckb": "بەسەرچوو لە"},
    "reminded for": {"ar": "ذُكّر بتاريخ", "fr": "rappel envoyé pour", "so": "loo xasuusiyay", "ckb": "بیرخرایەوە بۆ"},
    "The renewal date the last reminder was sent for.": {
        "ar": "تاريخ التجديد الذي أُرسل آخر تذكير بشأنه.",
        "fr": "La date de renouvellement pour laquelle le dernier rappel a été envoyé.",
        "so": "Taariikhda cusboonaysiinta ee xasuusintii ugu dambeysay loo diray.",
        "ckb": "ئەو ڕێکەوتی نوێکردنەوەیەی دوایین بیرخستنەوەی بۆ نێردرا.",
    },
    "payments received": {
        "ar": "المدفوعات المستلمة",
        "fr": "paiements reçus",
        "so": "lacag-bixinnada la helay",
        "ckb": "پارە وەرگیراوەکان",
    },
    "memberships": {"ar": "العضويات", "fr": "adhésions", "so": "xubinnimooyin", "ckb": "ئەندامێتییەکان"},
    "Bank transfer": {
        "ar": "تحويل مصرفي",
        "fr": "Virement bancaire",
        "so": "Wareejin bangi",
        "ckb": "گواستنەوەی بانکی",
    },
    "Cheque": {"ar": "شيك", "fr": "Chèque", "so": "Jeeg", "ckb": "چەک"},
    "Cash": {"ar": "نقدًا", "fr": "Espèces", "so": "Lacag caddaan ah", "ckb": "پارەی نەختینە"},
    "amount (£)": {"ar": "المبلغ (جنيه إسترليني)", "fr": "montant (£)", "so": "qaddarka (£)", "ckb": "بڕ (£)"},
    "paid on": {"ar": "تاريخ الدفع", "fr": "payé le", "so": "la bixiyay", "ckb": "پارەدراوە لە"},
    "method": {"ar": "الطريقة", "fr": "moyen", "so": "habka", "ckb": "شێواز"},
    "reference": {"ar": "المرجع", "fr": "référence", "so": "tixraac", "ckb": "سەرچاوە"},
    "payment": {"ar": "دفعة", "fr": "paiement", "so": "lacag-bixin", "ckb": "پارەدان"},
    "payments": {"ar": "المدفوعات", "fr": "paiements", "so": "lacag-bixinno", "ckb": "پارەدانەکان"},
    "the two levels of membership": {
        "ar": "مستويا العضوية",
        "fr": "les deux niveaux d'adhésion",
        "so": "labada heer ee xubinnimada",
        "ckb": "دوو ئاستەکەی ئەندامێتی",
    },
    "What full and associate membership mean, and what full membership costs.": {
        "ar": "ما تعنيه العضوية الكاملة والمنتسبة، وكم تكلّف العضوية الكاملة.",
        "fr": "Ce que signifient l'adhésion de "
        "plein droit et l'adhésion "
        "associée, et ce que coûte "
        "l'adhésion de plein droit.",
        "so": "Waxa ay ka dhigan tahay xubinnimada buuxda iyo tan ku-xiran, iyo inta ay ku kacdo xubinnimada buuxdu.",
        "ckb": "ئەندامێتیی تەواو و هاوبەش چی دەگەیەنن، و ئەندامێتیی تەواو چەندی تێدەچێت.",
    },
    "mission statement": {
        "ar": "بيان الرسالة",
        "fr": "déclaration de mission",
        "so": "bayaanka hadafka",
        "ckb": "ڕاگەیاندنی ئەرک",
    },
    "Every applicant agrees with this text.": {
        "ar": "يوافق كل مقدّم طلب على هذا النص.",
        "fr": "Chaque candidature adhère à ce texte.",
        "so": "Codsade kastaa wuxuu ku raacsan yahay qoraalkan.",
        "ckb": "هەموو داواکارێک لەگەڵ ئەم دەقە هاوڕایە.",
    },
    "thank-you message": {
        "ar": "رسالة الشكر",
        "fr": "message de remerciement",
        "so": "fariinta mahadnaqa",
        "ckb": "نامەی سوپاس",
    },
    "Shown once an application is sent. Empty: a standard message.": {
        "ar": "تُعرض بعد إرسال الطلب. فارغة: رسالة قياسية.",
        "fr": "Affiché une fois la candidature envoyée. Vide : un message standard.",
        "so": "Waxaa la muujiyaa marka codsi la diro. Madhan: fariin caadi ah.",
        "ckb": "دوای ناردنی داواکاری پیشان دەدرێت. بەتاڵ: نامەیەکی ستاندارد.",
    },
    "join the network page": {
        "ar": "صفحة الانضمام إلى الشبكة",
        "fr": "page « Rejoindre le réseau »",
        "so": "bogga ku biirista shabakadda",
        "ckb": "پەڕەی بەشداربوون لە تۆڕەکە",
    },
    "Its editors publish without network review: a trust the network grants, whatever the membership.": {
        "ar": "ينشر محرروها دون مراجعة الشبكة: ثقة تمنحها الشبكة، أيًّا كانت العضوية.",
        "fr": "Ses "
        "personnes "
        "éditrices "
        "publient "
        "sans "
        "relecture "
        "du réseau "
        ": une "
        "confiance "
        "que le "
        "réseau "
        "accorde, "
        "quelle "
        "que soit "
        "l'adhésion.",
        "so": "Tifaftirayaashiisu "
        "waxay "
        "daabacaan "
        "iyagoo "
        "aan "
        "dib-u-eegis "
        "shabakadda "
        "lahayn: "
        "kalsooni "
        "ay "
        "shabakaddu "
        "bixiso, "
        "xubinnimadu "
        "kasta ha "
        "ahaatee.",
        "ckb": "دەستکارکەرەکانی "
        "بێ "
        "پێداچوونەوەی "
        "تۆڕەکە "
        "بڵاو "
        "دەکەنەوە: "
        "متمانەیەک "
        "کە "
        "تۆڕەکە "
        "دەیبەخشێت، "
        "هەر "
        "ئەندامێتییەک "
        "بێت.",
    },
}
