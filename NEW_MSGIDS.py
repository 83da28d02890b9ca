# New msgids of branch news20 (issue 19: newsletter sending, interests, alerts), for the lead to merge into the
# catalogues. Machine-made translations: each needs a native speaker's review (needs-review).
NEW = {
    "email me as soon as a policy opportunity on my themes or regions is published": {
        "ar": "أرسلوا لي بريدًا فور نشر فرصة للتأثير في السياسات تخص مواضيعي أو مناطقي",
        "fr": "m’écrire dès qu’une occasion d’agir sur les politiques publiques est publiée sur mes thèmes ou mes régions",
        "so": "ii soo dir iimayl marka fursad siyaasadeed oo ku saabsan mawduucyadayda ama gobolladayda la daabaco",
        "ckb": "هەر کە دەرفەتێکی سیاسەت لەسەر بابەت یان ناوچەکانم بڵاوکرایەوە ئیمەیڵم بۆ بنێرن",
    },
    "last alert": {
        "ar": "آخر تنبيه",
        "fr": "dernière alerte",
        "so": "digniintii ugu dambeysay",
        "ckb": "دوایین ئاگادارکردنەوە",
    },
    "Also email me, at most once a day, when a policy opportunity on my themes or regions is published": {
        "ar": "أرسلوا لي أيضًا بريدًا، مرة واحدة في اليوم على الأكثر، عند نشر فرصة للتأثير في السياسات تخص مواضيعي أو مناطقي",
        "fr": "M’écrire aussi, au plus une fois par jour, quand une occasion d’agir sur les politiques publiques est publiée sur mes thèmes ou mes régions",
        "so": "Sidoo kale ii soo dir iimayl, ugu badnaan hal mar maalintii, marka fursad siyaasadeed oo ku saabsan mawduucyadayda ama gobolladayda la daabaco",
        "ckb": "هەروەها، ڕۆژانە زۆرترین جارێک، ئیمەیڵم بۆ بنێرن کاتێک دەرفەتێکی سیاسەت لەسەر بابەت یان ناوچەکانم بڵاودەکرێتەوە",
    },
    "New policy opportunities on your themes and regions": {
        "ar": "فرص جديدة للتأثير في السياسات تخص مواضيعك ومناطقك",
        "fr": "Nouvelles occasions d’agir sur les politiques publiques sur vos thèmes et vos régions",
        "so": "Fursado siyaasadeed oo cusub oo ku saabsan mawduucyadaada iyo gobolladaada",
        "ckb": "دەرفەتی نوێی سیاسەت لەسەر بابەت و ناوچەکانت",
    },
    "Deadline: %(deadline)s": {
        "ar": "الموعد النهائي: %(deadline)s",
        "fr": "Date limite : %(deadline)s",
        "so": "Waqtiga ugu dambeeya: %(deadline)s",
        "ckb": "دوا وادە: %(deadline)s",
    },
    (
        "You receive this because you asked to hear at once of policy opportunities on your themes or regions; "
        "you can turn these alerts off with the link below."
    ): {
        "ar": "تصلك هذه الرسالة لأنك طلبت أن تعرف فورًا بفرص التأثير في السياسات التي تخص مواضيعك أو مناطقك؛ يمكنك إيقاف هذه التنبيهات من الرابط أدناه.",
        "fr": "Vous recevez ce message parce que vous avez demandé à être prévenu aussitôt des occasions d’agir sur les politiques publiques sur vos thèmes ou vos régions ; vous pouvez arrêter ces alertes avec le lien ci-dessous.",
        "so": "Waxaad tan u helaysaa sababtoo ah waxaad codsatay in isla markiiba laguu sheego fursadaha siyaasadeed ee ku saabsan mawduucyadaada ama gobolladaada; waxaad ku joojin kartaa digniinahan xiriirka hoose.",
        "ckb": "ئەمەت پێدەگات چونکە داوات کردووە یەکسەر ئاگادار بکرێیتەوە لە دەرفەتەکانی سیاسەت لەسەر بابەت یان ناوچەکانت؛ دەتوانیت بە بەستەرەکەی خوارەوە ئەم ئاگادارکردنەوانە ڕابگریت.",
    },
}
