# ruff: noqa: E501  (data tables: one translated entry per line reads better than wrapped dicts)
"""The demo cost of doing business: wages, power and water, rents, transport and taxes, each with its source
and the months since it was verified. Illustrative sample figures in the range of those published for the
Mekong Delta, not official data of the province: the page and every source say so."""

PAGE = {
    "slug": {"vi": "chi-phi-kinh-doanh", "en": "cost-of-doing-business", "ja": "cost-of-doing-business", "ko": "cost-of-doing-business", "zh-hans": "cost-of-doing-business"},
    "title": {"vi": "Chi phí kinh doanh", "en": "Cost of doing business", "ja": "事業コスト", "ko": "사업 비용", "zh-hans": "营商成本"},
    "introduction": {
        "vi": "Tiền lương, giá điện nước, giá thuê đất và văn phòng, chi phí vận chuyển đến cảng biển và sân bay, và các mức thuế chính tại Đồng Tháp. Đây là số liệu minh họa, không phải số liệu chính thức của tỉnh.",
        "en": "Wages, electricity and water tariffs, land and office rents, transport to the seaports and airports, and the main tax rates in Đồng Tháp. These are illustrative sample figures, not official data of the province.",
        "ja": "ドンタップ省の賃金、電気・水道料金、土地・事務所の賃料、港湾・空港までの輸送費、主な税率です。説明用のサンプル数値であり、省の公式データではありません。",
        "ko": "동탑성의 임금, 전기·수도 요금, 토지·사무실 임대료, 항만·공항까지의 운송비, 주요 세율입니다. 예시용 샘플 수치이며 성의 공식 자료가 아닙니다.",
        "zh-hans": "同塔省的工资、电费和水费、土地和办公室租金、至海港和机场的运输费用以及主要税率。以下为示例数据，并非本省官方数据。",
    },
}  # fmt: skip

SOURCES = {
    "wage_decree": {"vi": "Nghị định của Chính phủ về lương tối thiểu vùng năm 2026 (minh họa)", "en": "Government decree on regional minimum wages, 2026 (illustrative)", "ja": "2026年の地域別最低賃金に関する政府政令（例示）", "ko": "2026년 지역별 최저임금에 관한 정부 시행령 (예시)", "zh-hans": "政府关于2026年地区最低工资的议定（示例）"},
    "wage_survey": {"vi": "Khảo sát doanh nghiệp trong các khu công nghiệp của tỉnh (minh họa)", "en": "Survey of employers in the province's industrial zones (illustrative)", "ja": "省内工業団地の企業調査（例示）", "ko": "성 내 산업단지 기업 조사 (예시)", "zh-hans": "本省工业园区企业调查（示例）"},
    "evn": {"vi": "Biểu giá bán lẻ điện của EVN (minh họa)", "en": "EVN retail electricity tariff (illustrative)", "ja": "ベトナム電力公社（EVN）小売電気料金表（例示）", "ko": "베트남전력공사(EVN) 소매 전기요금표 (예시)", "zh-hans": "越南电力集团（EVN）零售电价表（示例）"},
    "water": {"vi": "Bảng giá nước sạch của công ty cấp nước tỉnh (minh họa)", "en": "Tariff of the provincial water supply company (illustrative)", "ja": "省上水道会社の料金表（例示）", "ko": "성 상수도 회사 요금표 (예시)", "zh-hans": "本省供水公司水价表（示例）"},
    "iz_board": {"vi": "Ban Quản lý các Khu công nghiệp tỉnh (minh họa)", "en": "Provincial Industrial Zones Management Board (illustrative)", "ja": "省工業団地管理委員会（例示）", "ko": "성 산업단지관리위원회 (예시)", "zh-hans": "省工业区管理委员会（示例）"},
    "brokers": {"vi": "Khảo sát các công ty môi giới bất động sản tại Mỹ Tho và Cao Lãnh (minh họa)", "en": "Survey of estate agents in Mỹ Tho and Cao Lãnh (illustrative)", "ja": "ミトー・カオランの不動産仲介業者調査（例示）", "ko": "미토·까오란 부동산 중개업체 조사 (예시)", "zh-hans": "美荻和高岭房地产中介调查（示例）"},
    "land_table": {"vi": "Bảng giá đất của UBND tỉnh Đồng Tháp (minh họa)", "en": "Land price table of the Đồng Tháp People's Committee (illustrative)", "ja": "ドンタップ省人民委員会の土地価格表（例示）", "ko": "동탑성 인민위원회 토지가격표 (예시)", "zh-hans": "同塔省人民委员会土地价格表（示例）"},
    "forwarders": {"vi": "Báo giá của các công ty giao nhận vận tải trong tỉnh (minh họa)", "en": "Quotes from freight forwarders in the province (illustrative)", "ja": "省内フォワーダーの見積り（例示）", "ko": "성 내 포워딩 업체 견적 (예시)", "zh-hans": "本省货运代理公司报价（示例）"},
    "tax_law": {"vi": "Luật Thuế thu nhập doanh nghiệp (minh họa)", "en": "Law on Corporate Income Tax (illustrative)", "ja": "法人所得税法（例示）", "ko": "법인소득세법 (예시)", "zh-hans": "企业所得税法（示例）"},
    "vat_law": {"vi": "Luật Thuế giá trị gia tăng (minh họa)", "en": "Law on Value-Added Tax (illustrative)", "ja": "付加価値税法（例示）", "ko": "부가가치세법 (예시)", "zh-hans": "增值税法（示例）"},
    "insurance": {"vi": "Luật Bảo hiểm xã hội và Luật Bảo hiểm y tế (minh họa)", "en": "Laws on Social and Health Insurance (illustrative)", "ja": "社会保険法・医療保険法（例示）", "ko": "사회보험법 및 건강보험법 (예시)", "zh-hans": "社会保险法和医疗保险法（示例）"},
}  # fmt: skip

# key, category, amount, amount up to, currency, unit, source, months since verified, label per language
ITEMS = [
    ("wage_minimum", "wages", 4730000, None, "VND", "month", "wage_decree", 1,
     {"vi": "Lương tối thiểu vùng (vùng II)", "en": "Regional minimum wage (region II)", "ja": "地域別最低賃金（第2地域）", "ko": "지역별 최저임금 (2지역)", "zh-hans": "地区最低工资（第二区）"}),
    ("wage_worker", "wages", 6500000, 8000000, "VND", "month", "wage_survey", 2,
     {"vi": "Công nhân sản xuất (phổ thông)", "en": "Factory worker (unskilled)", "ja": "工場作業員（一般）", "ko": "공장 생산직 (일반)", "zh-hans": "工厂普通工人"}),
    ("wage_technician", "wages", 9000000, 12000000, "VND", "month", "wage_survey", 2,
     {"vi": "Kỹ thuật viên lành nghề", "en": "Skilled technician", "ja": "熟練技術者", "ko": "숙련 기술자", "zh-hans": "熟练技术员"}),
    ("wage_engineer", "wages", 15000000, 22000000, "VND", "month", "wage_survey", 2,
     {"vi": "Kỹ sư hoặc tổ trưởng", "en": "Engineer or supervisor", "ja": "エンジニア・現場監督", "ko": "엔지니어 또는 감독자", "zh-hans": "工程师或主管"}),
    ("wage_manager", "wages", 30000000, 45000000, "VND", "month", "wage_survey", 2,
     {"vi": "Quản lý", "en": "Manager", "ja": "管理職", "ko": "관리자", "zh-hans": "经理"}),
    ("electricity_production", "utilities", 1811, None, "VND", "kwh", "evn", 3,
     {"vi": "Điện sản xuất, cấp điện áp 22–110 kV, giờ bình thường", "en": "Electricity for production, 22–110 kV, normal hours", "ja": "生産用電力（22〜110kV、通常時間帯）", "ko": "생산용 전력 (22~110kV, 일반 시간대)", "zh-hans": "生产用电（22–110千伏，平时段）"}),
    ("electricity_peak", "utilities", 3266, None, "VND", "kwh", "evn", 3,
     {"vi": "Điện sản xuất, cấp điện áp 22–110 kV, giờ cao điểm", "en": "Electricity for production, 22–110 kV, peak hours", "ja": "生産用電力（22〜110kV、ピーク時間帯）", "ko": "생산용 전력 (22~110kV, 최대부하 시간대)", "zh-hans": "生产用电（22–110千伏，高峰时段）"}),
    ("electricity_business", "utilities", 2887, None, "VND", "kwh", "evn", 3,
     {"vi": "Điện kinh doanh (khách sạn, văn phòng), giờ bình thường", "en": "Electricity for commerce and services (hotels, offices), normal hours", "ja": "商業・サービス用電力（ホテル・事務所、通常時間帯）", "ko": "상업·서비스용 전력 (호텔·사무실, 일반 시간대)", "zh-hans": "商业和服务用电（酒店、办公室，平时段）"}),
    ("water_industrial", "utilities", 14500, None, "VND", "m3", "water", 4,
     {"vi": "Nước sạch cho sản xuất", "en": "Clean water for production", "ja": "生産用上水", "ko": "생산용 상수도", "zh-hans": "生产用自来水"}),
    ("land_lease_zone", "rents", 55, 95, "USD", "m2_term", "iz_board", 2,
     {"vi": "Thuê đất trong khu công nghiệp (đến năm 2057)", "en": "Land in an industrial zone (lease to 2057)", "ja": "工業団地の土地（2057年までの賃借）", "ko": "산업단지 토지 (2057년까지 임차)", "zh-hans": "工业园区土地（租期至2057年）"}),
    ("land_rent_outside", "rents", 15000, 40000, "VND", "m2_year", "land_table", 5,
     {"vi": "Thuê đất ngoài khu công nghiệp (trả hằng năm)", "en": "Land outside industrial zones (yearly rent)", "ja": "工業団地外の土地（年払い賃料）", "ko": "산업단지 외 토지 (연간 임대료)", "zh-hans": "工业园区外土地（按年租金）"}),
    ("factory_rent", "rents", 60000, 90000, "VND", "m2_month", "brokers", 3,
     {"vi": "Nhà xưởng hoặc kho xây sẵn", "en": "Ready-built factory or warehouse", "ja": "レンタル工場・倉庫", "ko": "임대 공장 또는 창고", "zh-hans": "标准厂房或仓库"}),
    ("office_rent", "rents", 180000, 280000, "VND", "m2_month", "brokers", 3,
     {"vi": "Văn phòng tại Mỹ Tho và Cao Lãnh", "en": "Office space in Mỹ Tho and Cao Lãnh", "ja": "ミトー・カオランの事務所", "ko": "미토·까오란 사무실", "zh-hans": "美荻和高岭的办公室"}),
    ("truck_cat_lai", "logistics", 6500000, 7500000, "VND", "container_40", "forwarders", 2,
     {"vi": "Xe container đến cảng Cát Lái (TP. Hồ Chí Minh)", "en": "Truck to Cát Lái port (Ho Chi Minh City)", "ja": "カットライ港（ホーチミン市）までのトラック輸送", "ko": "깟라이 항(호찌민시)까지 트럭 운송", "zh-hans": "卡车运至吉莱港（胡志明市）"}),
    ("reefer_cat_lai", "logistics", 9000000, 10500000, "VND", "container_40", "forwarders", 2,
     {"vi": "Container lạnh đến cảng Cát Lái", "en": "Refrigerated container to Cát Lái port", "ja": "カットライ港までの冷蔵コンテナ輸送", "ko": "깟라이 항까지 냉동 컨테이너 운송", "zh-hans": "冷藏集装箱运至吉莱港"}),
    ("barge_cai_mep", "logistics", 5500000, None, "VND", "container_40", "forwarders", 2,
     {"vi": "Sà lan đến cảng nước sâu Cái Mép – Thị Vải", "en": "Barge to the Cái Mép – Thị Vải deep-sea port", "ja": "カイメップ・ティバイ深水港までのバージ輸送", "ko": "까이멥-티바이 심해항까지 바지선 운송", "zh-hans": "驳船运至盖梅–市威深水港"}),
    ("truck_tan_son_nhat", "logistics", 4000000, None, "VND", "trip", "forwarders", 2,
     {"vi": "Xe tải 5 tấn đến ga hàng hóa sân bay Tân Sơn Nhất", "en": "5-tonne truck to the Tân Sơn Nhất airport cargo terminal", "ja": "タンソンニャット空港貨物ターミナルまでの5トントラック", "ko": "떤선녓 공항 화물터미널까지 5톤 트럭", "zh-hans": "5吨卡车运至新山一机场货运站"}),
    ("tax_cit", "taxes", 20, None, "percent", "", "tax_law", 1,
     {"vi": "Thuế thu nhập doanh nghiệp, thuế suất phổ thông", "en": "Corporate income tax, standard rate", "ja": "法人所得税（標準税率）", "ko": "법인소득세 (표준세율)", "zh-hans": "企业所得税（标准税率）"}),
    ("tax_cit_incentive", "taxes", 10, None, "percent", "", "tax_law", 1,
     {"vi": "Thuế thu nhập doanh nghiệp ưu đãi (15 năm, dự án được khuyến khích)", "en": "Corporate income tax for encouraged projects (15 years)", "ja": "奨励案件の法人所得税（15年間）", "ko": "장려 사업 법인소득세 (15년간)", "zh-hans": "鼓励类项目企业所得税（15年）"}),
    ("tax_vat", "taxes", 10, None, "percent", "", "vat_law", 1,
     {"vi": "Thuế giá trị gia tăng, thuế suất phổ thông", "en": "Value-added tax, standard rate", "ja": "付加価値税（標準税率）", "ko": "부가가치세 (표준세율)", "zh-hans": "增值税（标准税率）"}),
    ("social_insurance", "taxes", 21.5, None, "percent", "", "insurance", 1,
     {"vi": "Bảo hiểm xã hội, y tế, thất nghiệp do người sử dụng lao động đóng (trên tiền lương)", "en": "Employer's social, health and unemployment insurance (of salaries)", "ja": "雇用主負担の社会・医療・失業保険（賃金に対する率）", "ko": "사용자 부담 사회·건강·고용보험 (임금 대비)", "zh-hans": "雇主缴纳的社会、医疗和失业保险（占工资）"}),
]  # fmt: skip
