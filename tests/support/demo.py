"""What the demo network says, as its tests expect it."""

INTRODUCTIONS = {
    "ar": "نحن شبكة تضم أكثر من أربعين منظمة مجتمعية يقودها مهاجرون ولاجئون",
    "fr": "Nous sommes un réseau de plus de quarante associations communautaires",
    "so": "Waxaan nahay shabakad ka kooban in ka badan afartan urur bulsho",
    "ckb": "ئێمە تۆڕێکین لە زیاتر لە چل ڕێکخراوی کۆمەڵگەیی",
}
