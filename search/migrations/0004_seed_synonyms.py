"""The first synonym sets: the investment and agriculture vocabulary of the portal, and its spelling
variants, in each language. Editors change them in the admin (Settings → Search synonyms); a set whose
words an editor already keeps is not added twice, and going back removes only these sets if unchanged.
Place names of a deployment's own province are not here (the demo adds its own)."""

from django.db import migrations

SETS = {
    "en": [
        "solar, solar power, solar energy, photovoltaic, photovoltaics, PV",
        "industrial park, industrial zone, industrial estate, industrial cluster, industrial land, factory land, IZ",
        "pangasius, basa, basa fish, tra fish, catfish, swai",
        "factory, plant, manufacturing plant, mill",
        "cold storage, cold room, cold store, refrigerated warehouse",
        "port, seaport, harbour, harbor",
        "investment registration certificate, IRC, investment certificate, investment licence, investment license",
        "enterprise registration certificate, ERC, business registration certificate",
        "corporate income tax, CIT, company tax",
        "land lease, land rent, land rental, leasing land",
        "foreign direct investment, FDI",
        "public-private partnership, PPP",
        "joint venture, JV",
        "renewable energy, clean energy, green energy",
        "data centre, data center, datacenter",
        "eco-tourism, ecotourism, eco tourism, nature tourism",
        "high-tech, hi-tech, high technology",
        "wastewater, waste water, effluent",
        "shrimp, prawn",
        "dragon fruit, pitaya",
        "vocational training, vocational school, technical school",
        "Ho Chi Minh City, HCMC, Saigon",
    ],
    "vi": [
        "khu công nghiệp, KCN, đất công nghiệp, đất nhà xưởng",
        "cụm công nghiệp, CCN",
        "điện mặt trời, năng lượng mặt trời, điện năng lượng mặt trời, quang điện, điện mặt trời áp mái",
        "cá tra, cá basa, cá da trơn",
        "nhà máy, nhà xưởng, xưởng sản xuất",
        "kho lạnh, kho đông lạnh, kho bảo quản lạnh, kho mát",
        "Giấy chứng nhận đăng ký đầu tư, IRC, GCNĐKĐT, giấy phép đầu tư",
        "Giấy chứng nhận đăng ký doanh nghiệp, ERC, GCNĐKDN, giấy phép kinh doanh",
        "thuế thu nhập doanh nghiệp, thuế TNDN, TNDN",
        "đầu tư trực tiếp nước ngoài, FDI, vốn đầu tư nước ngoài",
        "đối tác công tư, PPP, hợp tác công tư",
        "liên doanh, JV",
        "thuê đất, thuê lại đất, cho thuê đất",
        "năng lượng tái tạo, năng lượng sạch, năng lượng xanh",
        "logistics, logistic, hậu cần",
        "trái cây, hoa quả, cây ăn trái, cây ăn quả",
        "khóm, dứa, thơm",
        "thanh long, dragon fruit",
        "du lịch sinh thái, du lịch xanh",
        "Thành phố Hồ Chí Minh, TP.HCM, TP. Hồ Chí Minh, Sài Gòn",
    ],
    "ja": [
        "太陽光, ソーラー, 太陽エネルギー, 太陽光発電",
        "工業団地, 工業区, 産業団地, 工業用地, 工場用地",
        "蓮, ハス, はす",
        "蓮根, レンコン, れんこん",
        "パンガシウス, バサ, ナマズ",
        "エビ, 海老, えび",
        "冷蔵倉庫, 冷凍倉庫, 低温倉庫, 冷蔵施設",
        "法人税, 法人所得税",
        "投資登録証明書, IRC, 投資証明書, 投資ライセンス",
        "物流, ロジスティクス",
        "再生可能エネルギー, 再エネ, 再生エネルギー",
        "有機, オーガニック",
        "マンゴー, マンゴ",
    ],
    "ko": [
        "태양광, 솔라, 태양에너지, 태양광발전",
        "산업단지, 산단, 공단, 공업단지, 공장부지, 산업용지, 공업용지",
        "팡가시우스, 메기, 바사",
        "냉동창고, 냉장창고, 저온창고",
        "법인세, 법인소득세",
        "투자등록증, IRC, 투자허가서",
        "물류, 로지스틱스",
        "재생에너지, 신재생에너지, 친환경에너지",
        "유기농, 오가닉",
        "항구, 항만",
        "연꽃, 연근",
    ],
    "zh-hans": [
        "太阳能, 光伏, 太阳能发电, 光伏发电",
        "莲花, 荷花, 莲",
        "工业园区, 工业园, 工业区, 产业园, 开发区, 工业用地, 工厂用地",
        "巴沙鱼, 鲶鱼, 越南鲶鱼, 巴沙, 龙利鱼",
        "冷库, 冷藏库, 冷藏仓库, 冷链仓储",
        "企业所得税, 公司所得税",
        "投资登记证, 投资许可证, IRC",
        "物流, 仓储物流",
        "可再生能源, 新能源, 清洁能源",
        "芒果, 杧果",
        "港口, 码头, 港",
        "有机, 有机农业",
    ],
}


def add_sets(apps, schema_editor):
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    for language, sets in SETS.items():
        existing = set(SearchSynonym.objects.filter(language=language).values_list("terms", flat=True))
        SearchSynonym.objects.bulk_create(
            SearchSynonym(language=language, terms=terms, note="seed") for terms in sets if terms not in existing
        )


def remove_sets(apps, schema_editor):
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    for language, sets in SETS.items():
        SearchSynonym.objects.filter(language=language, terms__in=sets, note="seed").delete()


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0003_postgres_text_search")]

    operations = [migrations.RunPython(add_sets, remove_sets)]
