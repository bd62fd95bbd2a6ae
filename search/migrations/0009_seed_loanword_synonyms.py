"""More synonym sets: the loanwords and everyday words investors type for what the pages name otherwise.

A Korean investor types 콜드스토리지 or 드래곤프루트 where the page says 냉동 창고 or 용과, a Japanese one 観光
where the page says エコツーリズム, a Chinese one 观光 where it says 旅游; and "high-tech agriculture" is also
called smart farming in every language. Each of those queries found nothing (or only unrelated pages) before.

As in 0004: a set an editor already keeps is not added twice; a seed set of 0004 is extended only while it is
as 0004 wrote it (an editor's version is left alone, and the new words then come as a set of their own); going
back removes what this migration added and restores the extended sets, if still unchanged."""

from django.db import migrations

SETS = {
    "en": [
        "high-tech agriculture, hi-tech agriculture, smart agriculture, smart farming, agritech, agri-tech",
        "tourism, tourist, tourists",
    ],
    "vi": [
        "nông nghiệp ứng dụng công nghệ cao, nông nghiệp công nghệ cao, nông nghiệp thông minh, nông nghiệp số",
    ],
    "ja": [
        "観光, ツーリズム",
        "ハイテク農業, スマート農業, 先端農業, スマートアグリ, アグリテック",
        "ドラゴンフルーツ, ピタヤ",
    ],
    "ko": [
        "관광, 투어리즘",
        "첨단농업, 스마트팜, 스마트농업, 하이테크농업, 애그테크",
        "용과, 드래곤프루트, 피타야",
    ],
    "zh-hans": [
        "旅游, 观光",
        "高科技农业, 智慧农业, 智能农业, 高新农业",
        "火龙果, 红龙果",
    ],
}

# (language, the set as 0004 wrote it, the words added to it)
EXTENDED = [
    ("ja", "冷蔵倉庫, 冷凍倉庫, 低温倉庫, 冷蔵施設", "コールドストレージ"),
    ("ko", "냉동창고, 냉장창고, 저온창고", "콜드스토리지"),
    ("zh-hans", "冷库, 冷藏库, 冷藏仓库, 冷链仓储", "冷储"),
]


def _extended(terms: str, added: str) -> str:
    return f"{terms}, {added}"


def add_sets(apps, schema_editor):
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    wanted = {language: list(sets) for language, sets in SETS.items()}
    for language, terms, added in EXTENDED:
        updated = SearchSynonym.objects.filter(language=language, terms=terms, note="seed").update(
            terms=_extended(terms, added)
        )
        if not updated:  # the editors changed or removed it: the new words as a set of their own
            wanted.setdefault(language, []).append(f"{added}, {terms.split(', ')[0]}")
    for language, sets in wanted.items():
        existing = set(SearchSynonym.objects.filter(language=language).values_list("terms", flat=True))
        SearchSynonym.objects.bulk_create(
            SearchSynonym(language=language, terms=terms, note="seed") for terms in sets if terms not in existing
        )


def remove_sets(apps, schema_editor):
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    for language, terms, added in EXTENDED:
        SearchSynonym.objects.filter(language=language, terms=_extended(terms, added), note="seed").update(terms=terms)
        SearchSynonym.objects.filter(language=language, terms=f"{added}, {terms.split(', ')[0]}", note="seed").delete()
    for language, sets in SETS.items():
        SearchSynonym.objects.filter(language=language, terms__in=sets, note="seed").delete()


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0008_search_click_key")]

    operations = [migrations.RunPython(add_sets, remove_sets)]
