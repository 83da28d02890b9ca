"""The demo network's content: invented organisations and people; phone numbers from Ofcom's drama ranges."""

from django.utils.text import slugify

THEMES = [
    ("asylum", "Asylum", "Claiming asylum, appeals, and support through the process."),
    ("detention", "Detention", "Immigration detention, reporting and removals."),
    ("labour-rights", "Labour rights", "Fair pay, safe work and organising at work."),
    ("health", "Health", "Access to the NHS, mental health and charging."),
    ("housing", "Housing", "Asylum accommodation, homelessness and private renting."),
    ("citizenship-and-settlement", "Citizenship and settlement", "Settled status, fees and routes to citizenship."),
    ("family-reunion", "Family reunion", "Bringing families back together safely."),
    ("destitution", "Destitution", "No recourse to public funds and emergency support."),
    ("integration", "Integration", "English classes, welcome and belonging."),
    ("community-organising", "Community organising", "Building power in our own communities."),
    ("education", "Education", "Schools, colleges and university access."),
    ("gender-justice", "Gender justice", "Women's rights, gender-based violence and safety."),
]

REGIONS = [
    ("london", "London"),
    ("west-midlands", "West Midlands"),
    ("north-west", "North West"),
    ("yorkshire-and-the-humber", "Yorkshire and the Humber"),
    ("scotland", "Scotland"),
    ("wales", "Wales"),
    ("east-of-england", "East of England"),
]

COMMUNITIES = [
    ("eritrea", "Eritrea"),
    ("ethiopia", "Ethiopia"),
    ("somalia", "Somalia"),
    ("sudan", "Sudan"),
    ("syria", "Syria"),
    ("iraqi-kurdistan", "Iraqi Kurdistan"),
    ("iran", "Iran"),
    ("afghanistan", "Afghanistan"),
    ("poland", "Poland"),
    ("romania", "Romania"),
    ("roma", "Roma communities"),
    ("albania", "Albania"),
    ("bangladesh", "Bangladesh"),
    ("sri-lanka", "Sri Lanka"),
    ("latin-america", "Latin America"),
    ("nigeria", "Nigeria"),
    ("zimbabwe", "Zimbabwe"),
    ("dr-congo", "DR Congo"),
    ("ukraine", "Ukraine"),
    ("hong-kong", "Hong Kong"),
    ("philippines", "Philippines"),
    ("yemen", "Yemen"),
]

HOME_INTRODUCTION = (
    "<p>We are a network of more than forty migrant- and refugee-led community organisations across the UK. "
    "Together we share what works, campaign for fair treatment and make sure our communities are heard "
    "where decisions are made.</p>"
)

DIRECTORY_INTRODUCTION = (
    "<p>Every member organisation is led by the community it serves. Filter by region, theme, language or "
    "community to find a group near you.</p>"
)

PAGES = [
    {
        "slug": "about",
        "title": "About the network",
        "introduction": "<p>Led by the communities it serves, since 2004.</p>",
        "paragraphs": [
            "<p>The network began when a handful of refugee community groups in London and Birmingham started "
            "meeting to compare notes on the asylum support system. Today our members work in more than sixty "
            "languages, from Tigrinya and Somali to Polish and Tamil.</p>",
            "<p>Associate members share the running of the network: they sit on the steering group, host regional "
            "meetings and lead our three core campaigns each year. Network members receive briefings, join "
            "regional meetings and come to the annual conference.</p>",
        ],
    },
    {
        "slug": "join",
        "title": "Join the network",
        "introduction": "<p>Membership is free for groups led by migrants and refugees.</p>",
        "paragraphs": [
            "<p>Any group that is led by people with lived experience of migration can join, registered or not. "
            "Write to the network team and a regional coordinator will call you back within two weeks.</p>",
            "<p>Once you join, you get your own space on this site to publish news, events and resources, in "
            "your own languages.</p>",
        ],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "introduction": "<p>The network team answers within three working days.</p>",
        "paragraphs": [
            "<p>Email network-team@hub.example.org or call 020 7946 0999, Tuesday to Thursday, ten until four. "
            "We can arrange an interpreter if you tell us which language you need.</p>",
        ],
    },
]


def member(name, slug, mission, about, regions, boroughs, themes, communities, languages, tier="network", **extra):
    """One demo member; contact details follow from its slug so that every one is on example.org."""
    domain = f"{slug}.example.org"
    return {
        "name": name,
        "mission": mission,
        "about": about,
        "regions": regions,
        "boroughs": boroughs,
        "themes": themes,
        "communities": communities,
        "languages": languages,
        "tier": tier,
        "trusted_publisher": extra.get("trusted_publisher", False),
        "charity_number": extra.get("charity_number", ""),
        "company_number": extra.get("company_number", ""),
        "contact_email": f"hello@{domain}",
        "phone": extra["phone"],
        "address": extra["address"],
        "website": f"https://{domain}",
        "year_founded": extra["year_founded"],
        "social": [(platform, f"https://{platform}.example.org/{slug}") for platform in extra.get("social", [])],
        "editor": (extra["editor"], f"{slugify(extra['editor'].split()[0])}@{domain}"),
        "pages": extra.get("pages", []),
    }


def page(slug, title, introduction, *paragraphs):
    return {"slug": slug, "title": title, "introduction": f"<p>{introduction}</p>", "paragraphs": list(paragraphs)}


MEMBERS = [
    member(
        "Eritrean Women's Circle Birmingham",
        "eritrean-womens-circle",
        "Eritrean women in Birmingham supporting each other through the asylum system and into work.",
        "<p>The Circle started in 2011 around a kitchen table in Handsworth, when five women who had crossed the "
        "Sahara and the Mediterranean decided nobody else should face a Home Office interview alone.</p>"
        "<p>Today we run a Wednesday drop-in with a partner solicitor, a sewing co-operative and a "
        "Tigrinya-language women's health group with the local GP surgery.</p>",
        ["west-midlands"],
        "Handsworth, Lozells, Aston",
        ["asylum", "gender-justice", "health"],
        ["eritrea"],
        ["ti", "am", "ar", "en"],
        tier="associate",
        trusted_publisher=True,
        charity_number="1187345",
        phone="0121 496 0123",
        address="Unit 4, 12 Soho Road\nBirmingham\nB21 9BH",
        year_founded=2011,
        social=["facebook", "whatsapp"],
        editor="Senait Tesfay",
        pages=[
            page(
                "wednesday-drop-in",
                "Our Wednesday drop-in",
                "Every Wednesday, ten until two, in Tigrinya, Amharic and English.",
                "<p>Bring your letters from the Home Office or your housing provider and we will read them with "
                "you. Our partner solicitor sees people by appointment in the afternoon.</p>",
                "<p>Children are welcome; there is a play corner and a hot lunch.</p>",
            )
        ],
    ),
    member(
        "Somali Parents Hackney",
        "somali-parents-hackney",
        "Somali parents helping each other understand the school system and speak up for their children.",
        "<p>We are parents and grandparents who meet every Saturday at the community centre on Mare Street. "
        "We explain how admissions, exclusions and special educational needs support work, in Somali.</p>"
        "<p>Since 2016 we have trained forty parent advocates who now go with families to school meetings.</p>",
        ["london"],
        "Hackney, Haringey, Tower Hamlets",
        ["education", "integration", "community-organising"],
        ["somalia"],
        ["so", "en", "ar"],
        charity_number="1169822",
        phone="020 7946 0456",
        address="Mare Street Community Centre\n210 Mare Street\nLondon\nE8 3RD",
        year_founded=2009,
        social=["facebook", "instagram"],
        editor="Hodan Warsame",
        pages=[
            page(
                "school-exclusions",
                "If your child is excluded from school",
                "What the law says and who can help, explained by parents who have been there.",
                "<p>A school must tell you in writing why your child has been excluded and for how long. You "
                "have the right to ask the governors to look at the decision again.</p>",
                "<p>Call our advocates line on Saturdays and a parent who speaks Somali will go with you.</p>",
            )
        ],
    ),
    member(
        "Kurdish Community Centre Manchester",
        "kurdish-community-centre",
        "A home for Kurdish families in Greater Manchester: advice, language classes, culture and campaigning.",
        "<p>The centre opened in 2003 in a former textile warehouse in Cheetham Hill. We offer immigration and "
        "welfare advice in Sorani, Kurmanji, Farsi and Arabic, and English classes at four levels.</p>"
        "<p>Our youth group runs the Newroz festival every March, which last year drew two thousand people.</p>",
        ["north-west"],
        "Cheetham Hill, Salford, Oldham",
        ["asylum", "integration", "detention"],
        ["iraqi-kurdistan", "iran", "syria"],
        ["ckb", "kmr", "fa", "ar", "en"],
        tier="associate",
        trusted_publisher=True,
        charity_number="1098213",
        company_number="04871236",
        phone="0161 496 0789",
        address="Kurdish Community Centre\n45 Cheetham Hill Road\nManchester\nM4 4FY",
        year_founded=2003,
        social=["facebook", "instagram", "youtube"],
        editor="Rebin Karim",
        pages=[
            page(
                "english-classes",
                "English classes for adults",
                "Four levels, mornings and evenings, with a crèche.",
                "<p>Classes start every September and January. You do not need to have any documents to join.</p>",
            )
        ],
    ),
    member(
        "Sudanese Forum Cardiff",
        "sudanese-forum-cardiff",
        "Sudanese and South Sudanese people in Wales organising for safety, family reunion and a voice.",
        "<p>Founded by students and doctors in 2008, the Forum grew quickly after the war of 2023 brought new "
        "arrivals to Cardiff and Newport.</p><p>We run family reunion clinics with a Welsh law firm and a weekly "
        "Arabic-language mental health peer group.</p>",
        ["wales"],
        "Grangetown, Butetown, Newport",
        ["family-reunion", "health", "asylum"],
        ["sudan"],
        ["ar", "en", "cy"],
        charity_number="1151204",
        phone="029 2018 0345",
        address="3 Bute Terrace\nCardiff\nCF10 2FE",
        year_founded=2008,
        social=["facebook"],
        editor="Amna Osman",
        pages=[
            page(
                "family-reunion-clinic",
                "Family reunion clinic",
                "Free help to apply for your family to join you, first Monday of every month.",
                "<p>Bring your refugee status letter and any documents about your family. We will help you fill "
                "in the form and check the evidence before it is sent.</p>",
            )
        ],
    ),
    member(
        "Glasgow Syrian Families Network",
        "glasgow-syrian-families",
        "Syrian families in Glasgow welcoming newcomers and building a life together in Scotland.",
        "<p>We were set up in 2016 by families who arrived through the resettlement scheme. Volunteers meet new "
        "families at the airport, help with school places and GP registration, and cook together on Fridays.</p>"
        "<p>Our women's football team plays in the Glasgow community league.</p>",
        ["scotland"],
        "Govanhill, Pollokshields, Maryhill",
        ["integration", "housing", "education"],
        ["syria"],
        ["ar", "ckb", "en"],
        charity_number="SC049876",
        phone="0141 496 0345",
        address="88 Allison Street\nGlasgow\nG42 8RZ",
        year_founded=2016,
        social=["facebook", "instagram"],
        editor="Lina Haddad",
    ),
    member(
        "Afghan Youth Voice Leeds",
        "afghan-youth-voice",
        "Young Afghans in Leeds speaking up about age assessments, education and life after care.",
        "<p>Afghan Youth Voice is run by young people who came to the UK alone as children. We meet on Thursday "
        "evenings and take turns to run the group.</p><p>In 2024 we gave evidence to the council's scrutiny "
        "committee on age assessments, and our cricket team won the Yorkshire refugee cup.</p>",
        ["yorkshire-and-the-humber"],
        "Harehills, Chapeltown, Beeston",
        ["asylum", "education", "community-organising"],
        ["afghanistan"],
        ["ps", "prs", "fa", "en"],
        phone="0113 496 0567",
        address="Harehills Youth Hub\n5 Roundhay Road\nLeeds\nLS8 5AJ",
        year_founded=2019,
        social=["instagram", "x"],
        editor="Farid Ahmadi",
    ),
    member(
        "Polish Workers' Association Peterborough",
        "polish-workers-peterborough",
        "Polish and Central European workers standing together for fair pay and safe work.",
        "<p>Many of our members pick and pack food on agency contracts. Since 2012 we have helped hundreds of "
        "workers recover unpaid wages and holiday pay.</p><p>We also help people apply for settled status and "
        "understand their rights after Brexit.</p>",
        ["east-of-england"],
        "Peterborough, Wisbech, Spalding",
        ["labour-rights", "citizenship-and-settlement"],
        ["poland", "romania"],
        ["pl", "ro", "lt", "bg", "en"],
        company_number="08123456",
        phone="01632 960 432",
        address="17 Lincoln Road\nPeterborough\nPE1 2RL",
        year_founded=2012,
        social=["facebook"],
        editor="Katarzyna Nowak",
        pages=[
            page(
                "unpaid-wages",
                "Owed wages or holiday pay?",
                "How we help you get back what you have earned.",
                "<p>Keep your payslips and write down the hours you work. We can write to your agency for you, "
                "and if that does not work, help you make a claim to an employment tribunal.</p>",
            )
        ],
    ),
    member(
        "Roma Support Leeds",
        "roma-support-leeds",
        "Roma families in Leeds getting fair access to schools, health care and work.",
        "<p>We are Roma women and men from Romania, Slovakia and the Czech Republic. We work with schools to end "
        "the exclusion of Roma children and train community health champions.</p>",
        ["yorkshire-and-the-humber"],
        "Harehills, Gipton",
        ["education", "health", "labour-rights"],
        ["roma", "romania"],
        ["ro", "en"],
        phone="0113 496 0987",
        address="Gipton Fire Station\nGipton Approach\nLeeds\nLS9 6NL",
        year_founded=2014,
        social=["facebook"],
        editor="Florin Stoica",
    ),
    member(
        "Tamil Elders Croydon",
        "tamil-elders-croydon",
        "Tamil elders in south London keeping well, connected and informed in their own language.",
        "<p>Every Tuesday sixty elders meet for yoga, lunch and a talk in Tamil: from pension credit to "
        "blood pressure. Volunteers visit those who can no longer come.</p>",
        ["london"],
        "Croydon, Thornton Heath, Mitcham",
        ["health", "integration"],
        ["sri-lanka"],
        ["ta", "en"],
        charity_number="1145567",
        phone="020 7946 0321",
        address="St James's Hall\n45 Addiscombe Road\nCroydon\nCR0 6SA",
        year_founded=1998,
        editor="Vasanthi Rajan",
    ),
    member(
        "Bangladeshi Women's Association Oldham",
        "bangladeshi-womens-oldham",
        "Women of Bangladeshi heritage in Oldham learning, earning and leading together.",
        "<p>Our association started in 1987 with a sewing class above a shop on Werneth Brow. Now we run "
        "digital skills courses, a credit union collection point and a domestic abuse support service in Bengali "
        "and Sylheti.</p>",
        ["north-west"],
        "Oldham, Glodwick, Werneth",
        ["gender-justice", "integration", "destitution"],
        ["bangladesh"],
        ["bn", "ur", "en"],
        tier="associate",
        charity_number="1023398",
        phone="0161 496 0123",
        address="Werneth Brow Centre\n2 Frederick Street\nOldham\nOL8 1SW",
        year_founded=1987,
        social=["facebook", "youtube"],
        editor="Rokeya Begum",
    ),
    member(
        "Latin American Workers Collective",
        "latin-american-workers",
        "Cleaners, carers and hospitality workers from Latin America organising in London.",
        "<p>We are a workers' collective run by our members. We organise outsourced cleaners to win the London "
        "Living Wage and sick pay, and run Spanish and Portuguese language advice on Sunday afternoons.</p>",
        ["london"],
        "Elephant and Castle, Southwark, Lambeth",
        ["labour-rights", "community-organising", "destitution"],
        ["latin-america"],
        ["es", "pt", "en"],
        tier="associate",
        phone="020 7946 0654",
        address="Unit 2, 1 Walworth Road\nLondon\nSE1 6EH",
        year_founded=2010,
        social=["facebook", "instagram", "x"],
        editor="Camila Herrera",
    ),
    member(
        "Zimbabwean Network Nottingham",
        "zimbabwean-network-nottingham",
        "Zimbabweans in the East Midlands supporting people facing destitution and detention.",
        "<p>Our volunteers visit people held in immigration detention, run a hardship fund and cook a Sunday "
        "meal for people with no recourse to public funds.</p>",
        ["west-midlands"],
        "Nottingham, Derby, Leicester",
        ["detention", "destitution", "asylum"],
        ["zimbabwe"],
        ["sn", "en"],
        charity_number="1177201",
        phone="0115 496 0765",
        address="Chapel House\n12 Mansfield Road\nNottingham\nNG1 3FN",
        year_founded=2006,
        editor="Tendai Moyo",
    ),
    member(
        "Congolese Solidarity Swansea",
        "congolese-solidarity-swansea",
        "Congolese families in Swansea and Neath finding safety, housing and community.",
        "<p>We welcome new arrivals in French and Lingala, help with asylum housing problems and run a choir "
        "that sings at the city's Refugee Week celebrations.</p>",
        ["wales"],
        "Swansea, Neath, Port Talbot",
        ["housing", "asylum", "integration"],
        ["dr-congo"],
        ["fr", "ln", "sw", "en"],
        phone="01632 960 123",
        address="Ebenezer Chapel\nCastle Street\nSwansea\nSA1 1JF",
        year_founded=2013,
        social=["facebook", "whatsapp"],
        editor="Josué Mbala",
    ),
    member(
        "Hong Kongers in Scotland",
        "hong-kongers-scotland",
        "Hong Kongers in Scotland settling in, keeping our language and culture alive and standing up for rights.",
        "<p>Formed in 2021 by families who came on the British National (Overseas) visa, we run Cantonese "
        "Saturday school, housing advice and a monthly newcomers' tea in Edinburgh and Glasgow.</p>",
        ["scotland"],
        "Edinburgh, Glasgow, Aberdeen",
        ["citizenship-and-settlement", "housing", "integration"],
        ["hong-kong"],
        ["yue", "zh", "en"],
        company_number="SC712345",
        phone="0131 496 0234",
        address="Leith Community Hub\n11 Great Junction Street\nEdinburgh\nEH6 5HX",
        year_founded=2021,
        social=["instagram", "bluesky"],
        editor="Ka Yan Chan",
    ),
    member(
        "Filipino Domestic Workers UK",
        "filipino-domestic-workers",
        "Domestic workers from the Philippines and beyond, escaping abuse and claiming our rights.",
        "<p>Many of us came with employers on the overseas domestic worker visa and had our passports taken. We "
        "help workers leave safely, find a lawyer and rebuild. Our Sunday meetings are in Tagalog and English.</p>",
        ["london"],
        "Westminster, Kensington, Brent",
        ["labour-rights", "gender-justice", "citizenship-and-settlement"],
        ["philippines"],
        ["tl", "en"],
        tier="associate",
        phone="020 7946 0876",
        address="PO Box 4412\nLondon\nW2 1XX",
        year_founded=2005,
        social=["facebook"],
        editor="Marites Santos",
    ),
]
