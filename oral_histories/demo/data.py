"""The demo's oral history projects, each in the space of the member it belongs to, with interviews of
every consent: public, on request, under embargo and withdrawn."""

import datetime

PROJECTS = [
    {
        "member": "Somali Parents Hackney",
        "title": "Arrivals: memories of the first generation",
        "slug": "arrivals",
        "description": (
            "<p>Between 2023 and 2025 young volunteers sat down with the first generation of our communities to "
            "record how they arrived, what work they found, and how they organised. These are their words.</p>"
        ),
        "partners": "Hackney Archives, the Bishopsgate Institute",
        "period": "1968–1995",
        "interviews": [
            {
                "title": "Arriving in winter",
                "shown_as": "pseudonym",
                "pseudonym": "Hodan",
                "real_name": "Demo Narrator One",
                "origin": "Somalia",
                "place": "Hackney, London",
                "date": datetime.date(2024, 2, 10),
                "scope": "public",
                "languages": ["so", "en"],
                "summary": "Hodan remembers landing at Heathrow in January 1989 with two children and one suitcase.",
                "segments": [
                    (0, "The journey", "Leaving Mogadishu and the flight to London.", "journey, airport"),
                    (10, "The first winter", "Cold, a hostel room and the kindness of a neighbour.", "housing, winter"),
                    (
                        20,
                        "Finding the others",
                        "How the Somali mothers began to meet on Saturdays.",
                        "community, organising",
                    ),
                ],
                "transcript": (
                    "<p>We landed in January. I had never seen the sky so low.</p>"
                    "<p>A neighbour brought us blankets.</p>"
                ),
                "translate": ["ar", "so"],
            },
            {
                "title": "Night shifts at the bakery",
                "shown_as": "real",
                "real_name": "Farhad Karimi",
                "origin": "Kurdistan",
                "place": "Manchester",
                "date": datetime.date(2024, 6, 3),
                "scope": "public",
                "languages": ["ckb", "en"],
                "summary": "Farhad worked nights for eleven years and helped his colleagues join a union.",
                "segments": [
                    (0, "The first job", "Finding work without papers in order.", "work"),
                    (12, "The union", "Why the night shift joined the union together.", "labour rights, union"),
                ],
                "transcript": "<p>The bakery never slept, and neither did we.</p>",
            },
            {
                "title": "A school for our children",
                "shown_as": "anonymous",
                "real_name": "Demo Narrator Three",
                "origin": "Eritrea",
                "place": "Cardiff",
                "date": datetime.date(2024, 9, 21),
                "scope": "on-request",
                "languages": ["ti"],
                "summary": "A mother describes setting up Saturday classes in Tigrinya in a church hall.",
                "segments": [
                    (0, "The church hall", "Borrowing a room and finding teachers.", "education, language"),
                    (15, "Thirty children", "How the classes grew.", "children"),
                ],
                "transcript": "<p>We started with six children and a blackboard.</p>",
            },
            {
                "title": "The detention years",
                "shown_as": "anonymous",
                "real_name": "Demo Narrator Four",
                "origin": "Sudan",
                "place": "Glasgow",
                "date": datetime.date(2025, 3, 2),
                "scope": "public",
                "embargo": datetime.date(2031, 1, 1),
                "languages": ["ar"],
                "summary": "Under embargo until 2031, at the narrator's wish.",
                "segments": [(0, "Detention", "Months in detention.", "detention")],
                "transcript": "<p>Under embargo.</p>",
            },
            {
                "title": "Campaigning for the right to stay",
                "shown_as": "pseudonym",
                "pseudonym": "Amal",
                "real_name": "Demo Narrator Five",
                "origin": "Syria",
                "place": "Birmingham",
                "date": datetime.date(2025, 5, 17),
                "scope": "public",
                "withdrawn": True,
                "languages": ["ar"],
                "summary": "Withdrawn at the narrator's request.",
                "segments": [(0, "The campaign", "Organising the vigil.", "campaign")],
                "transcript": "<p>Withdrawn.</p>",
            },
        ],
    },
    {
        "member": "Kurdish Community Centre Manchester",
        "title": "Cheetham Hill voices: the Kurdish centre remembered",
        "slug": "cheetham-hill-voices",
        "description": (
            "<p>Members who built the Kurdish Community Centre tell how they came to Manchester, what they found, "
            "and how an empty warehouse became a home for families from four countries.</p>"
        ),
        "partners": "Manchester Central Library, the Working Class Movement Library",
        "period": "1996–2025",
        "interviews": [
            {
                "title": "The warehouse on Cheetham Hill Road",
                "shown_as": "pseudonym",
                "pseudonym": "Shilan",
                "real_name": "Demo Narrator Six",
                "origin": "Iraqi Kurdistan",
                "place": "Cheetham Hill, Manchester",
                "date": datetime.date(2024, 11, 16),
                "scope": "public",
                "languages": ["ckb", "en"],
                "summary": (
                    "Shilan remembers the winter of 2003, when volunteers cleared an empty textile warehouse and opened "
                    "the centre's doors."
                ),
                "segments": [
                    (0, "Leaving Sulaymaniyah", "The road out in 1996 and the years of waiting.", "journey, asylum"),
                    (
                        10,
                        "An empty warehouse",
                        "Sweeping the floors and borrowing chairs from the mosque.",
                        "community, organising",
                    ),
                    (20, "The first advice session", "Forty people queuing on a Saturday morning.", "advice, asylum"),
                ],
                "transcript": (
                    "<p>The roof leaked and the heating was broken, but on the first Saturday forty people came.</p>"
                    "<p>We gave them tea and we listened.</p>"
                ),
                "translate": ["ar", "fr"],
            },
            {
                "title": "Newroz in Heaton Park",
                "shown_as": "real",
                "real_name": "Azad Rahimi",
                "origin": "Iranian Kurdistan",
                "place": "Salford",
                "date": datetime.date(2025, 3, 21),
                "scope": "public",
                "languages": ["ckb", "fa"],
                "summary": (
                    "Azad lit the first Newroz fire in Manchester and tells how the festival grew from fifty people to "
                    "two thousand."
                ),
                "segments": [
                    (0, "The first fire", "Fifty people and a borrowed sound system in 1999.", "culture, Newroz"),
                    (15, "Two thousand people", "Dancing, food stalls and the council's permit.", "culture, community"),
                ],
                "transcript": "<p>Newroz is the new day. We lit the fire so that our children would know it.</p>",
                "translate": ["fr"],
            },
            {
                "title": "Letters from the Home Office",
                "shown_as": "anonymous",
                "real_name": "Demo Narrator Eight",
                "origin": "Syria",
                "place": "Oldham",
                "date": datetime.date(2025, 1, 25),
                "scope": "on-request",
                "languages": ["kmr", "ar"],
                "summary": (
                    "A father describes eight years of waiting for a decision on his asylum claim, and the volunteers "
                    "who read his letters with him."
                ),
                "segments": [
                    (
                        0,
                        "The interview",
                        "A Home Office interview without a Kurmanji interpreter.",
                        "asylum, interpretation",
                    ),
                    (12, "Eight years", "Reporting every month and waiting for a letter.", "asylum, destitution"),
                    (22, "Leave to remain", "The day the letter came.", "settlement"),
                ],
                "transcript": (
                    "<p>Every month I signed at the reporting centre, and every month I thought they would keep me.</p>"
                ),
            },
            {
                "title": "English at four levels",
                "shown_as": "pseudonym",
                "pseudonym": "Nasrin",
                "real_name": "Demo Narrator Nine",
                "origin": "Iraqi Kurdistan",
                "place": "Cheetham Hill, Manchester",
                "date": datetime.date(2025, 6, 14),
                "scope": "public",
                "languages": ["ckb", "en"],
                "summary": "A teacher remembers the centre's first English classes, with a crèche in the next room.",
                "segments": [
                    (0, "Six students", "The first class, in 2004.", "education, language"),
                    (14, "The crèche", "Why mothers could not come without one.", "children, women"),
                ],
                "transcript": "<p>The mothers came once their children had somewhere to play.</p>",
            },
        ],
    },
]
