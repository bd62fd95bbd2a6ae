"""Demo synonym sets: how the demo's place names are also spelt in Japanese, Korean and Chinese (two
Korean spellings of Cao Lãnh, 美荻 and 美萩 for Mỹ Tho…). Illustrative sample data, loaded by
``load_demo`` (idempotent); the domain vocabulary itself comes with the migrations."""

from cms.demo.loader import DemoReport

from .models import SearchSynonym

NOTE = "demo: place names"
PLACE_SPELLINGS = {
    "ja": [
        "カオラン, カオラーン",
        "ドンタップ, ドンターップ",
        "ティエンザン, ティエンジャン",
        "ミトー, ミト",
        "サデック, サーデック",
    ],
    "ko": [
        "까오란, 까오라인, 카오란, 카오라인",
        "동탑, 동탑성, 동땁",
        "띠엔장, 띠엔지앙, 티엔장",
        "미토, 미또",
        "사덱, 사댁",
        "껀터, 칸토",
    ],
    "zh-hans": [
        "美荻, 美萩",
        "同塔, 同塔省",
        "高岭, 高领",
    ],
}


def load_search_demo() -> DemoReport:
    report = DemoReport()
    for language, sets in PLACE_SPELLINGS.items():
        existing = set(SearchSynonym.objects.filter(language=language).values_list("terms", flat=True))
        for terms in sets:
            if terms not in existing:
                SearchSynonym.objects.create(language=language, terms=terms, note=NOTE)
                report.add(f"search synonyms ({language}): {terms}")
    return report
