# ruff: noqa: E501  (data tables: one translated entry per line reads better than wrapped dicts)
"""Reference data of the demo catalogue: sectors (VSIC), places (with the 2025 reorganisation),
incentives and the per-language names used to write titles. Illustrative sample data."""

# (code, parent code, {language: name})
SECTORS = [
    ("A", None, {"vi": "Nông nghiệp, lâm nghiệp và thủy sản", "en": "Agriculture, forestry and fishing", "ja": "農林水産業", "ko": "농림어업", "zh-hans": "农林渔业"}),
    ("01", "A", {"vi": "Trồng trọt và chăn nuôi", "en": "Crop and animal production", "ja": "耕種・畜産", "ko": "작물 재배 및 축산", "zh-hans": "种植业和畜牧业"}),
    ("03", "A", {"vi": "Khai thác và nuôi trồng thủy sản", "en": "Fishing and aquaculture", "ja": "漁業・養殖業", "ko": "어업 및 양식업", "zh-hans": "渔业和水产养殖"}),
    ("C", None, {"vi": "Công nghiệp chế biến, chế tạo", "en": "Manufacturing", "ja": "製造業", "ko": "제조업", "zh-hans": "制造业"}),
    ("10", "C", {"vi": "Chế biến thực phẩm", "en": "Food processing", "ja": "食品加工", "ko": "식품 가공", "zh-hans": "食品加工"}),
    ("21", "C", {"vi": "Sản xuất dược phẩm và dược liệu", "en": "Pharmaceuticals", "ja": "医薬品製造", "ko": "의약품 제조", "zh-hans": "医药制造"}),
    ("D", None, {"vi": "Sản xuất và phân phối điện", "en": "Electricity and energy", "ja": "電気・エネルギー", "ko": "전기 및 에너지", "zh-hans": "电力和能源"}),
    ("35", "D", {"vi": "Năng lượng tái tạo", "en": "Renewable energy", "ja": "再生可能エネルギー", "ko": "재생에너지", "zh-hans": "可再生能源"}),
    ("H", None, {"vi": "Vận tải và kho bãi", "en": "Transport and storage", "ja": "運輸・倉庫", "ko": "운수 및 창고", "zh-hans": "运输和仓储"}),
    ("52", "H", {"vi": "Kho bãi, logistics và cảng", "en": "Warehousing, logistics and ports", "ja": "倉庫・物流・港湾", "ko": "창고·물류·항만", "zh-hans": "仓储、物流和港口"}),
    ("I", None, {"vi": "Dịch vụ lưu trú và du lịch", "en": "Accommodation and tourism", "ja": "宿泊・観光", "ko": "숙박 및 관광", "zh-hans": "住宿和旅游"}),
    ("55", "I", {"vi": "Du lịch sinh thái và lưu trú", "en": "Eco-tourism and accommodation", "ja": "エコツーリズム・宿泊", "ko": "생태관광 및 숙박", "zh-hans": "生态旅游和住宿"}),
    ("L", None, {"vi": "Kinh doanh bất động sản", "en": "Real estate", "ja": "不動産", "ko": "부동산", "zh-hans": "房地产"}),
    ("68", "L", {"vi": "Phát triển đô thị", "en": "Urban development", "ja": "都市開発", "ko": "도시 개발", "zh-hans": "城市开发"}),
    ("Q", None, {"vi": "Y tế và trợ giúp xã hội", "en": "Health and social work", "ja": "保健・社会福祉", "ko": "보건 및 사회복지", "zh-hans": "卫生和社会工作"}),
    ("86", "Q", {"vi": "Bệnh viện và dịch vụ y tế", "en": "Hospitals and health services", "ja": "病院・医療サービス", "ko": "병원 및 의료 서비스", "zh-hans": "医院和医疗服务"}),
    ("P", None, {"vi": "Giáo dục và đào tạo", "en": "Education and training", "ja": "教育・訓練", "ko": "교육 및 훈련", "zh-hans": "教育和培训"}),
    ("85", "P", {"vi": "Trường học và đào tạo nghề", "en": "Schools and vocational training", "ja": "学校・職業訓練", "ko": "학교 및 직업훈련", "zh-hans": "学校和职业培训"}),
    ("J", None, {"vi": "Thông tin và truyền thông", "en": "Information and communication", "ja": "情報通信", "ko": "정보통신", "zh-hans": "信息和通信"}),
    ("62", "J", {"vi": "Công nghệ thông tin và phần mềm", "en": "Information technology and software", "ja": "情報技術・ソフトウェア", "ko": "정보기술 및 소프트웨어", "zh-hans": "信息技术和软件"}),
]  # fmt: skip

# Base names of places in each language (without the kind of unit).
PLACE_NAMES = {
    "vietnam": {"vi": "Việt Nam", "en": "Vietnam", "ja": "ベトナム", "ko": "베트남", "zh-hans": "越南"},
    "dong_thap": {"vi": "Đồng Tháp", "en": "Đồng Tháp", "ja": "ドンタップ", "ko": "동탑", "zh-hans": "同塔"},
    "tien_giang": {"vi": "Tiền Giang", "en": "Tiền Giang", "ja": "ティエンザン", "ko": "띠엔장", "zh-hans": "前江"},
    "my_tho": {"vi": "Mỹ Tho", "en": "Mỹ Tho", "ja": "ミトー", "ko": "미토", "zh-hans": "美荻"},
    "cao_lanh": {"vi": "Cao Lãnh", "en": "Cao Lãnh", "ja": "カオラン", "ko": "까오란", "zh-hans": "高岭"},
    "sa_dec": {"vi": "Sa Đéc", "en": "Sa Đéc", "ja": "サデック", "ko": "사덱", "zh-hans": "沙沥"},
    "hong_ngu": {"vi": "Hồng Ngự", "en": "Hồng Ngự", "ja": "ホンングー", "ko": "홍응으", "zh-hans": "鸿御"},
    "go_cong": {"vi": "Gò Công", "en": "Gò Công", "ja": "ゴーコン", "ko": "고꽁", "zh-hans": "鹅贡"},
    "cai_lay": {"vi": "Cai Lậy", "en": "Cai Lậy", "ja": "カイライ", "ko": "까이러이", "zh-hans": "丐礼"},
    "thap_muoi": {"vi": "Tháp Mười", "en": "Tháp Mười", "ja": "タップムオイ", "ko": "탑므어이", "zh-hans": "塔梅"},
    "lai_vung": {"vi": "Lai Vung", "en": "Lai Vung", "ja": "ライブン", "ko": "라이붕", "zh-hans": "莱汪"},
    "tan_hong": {"vi": "Tân Hồng", "en": "Tân Hồng", "ja": "タンホン", "ko": "떤홍", "zh-hans": "新鸿"},
    "lap_vo": {"vi": "Lấp Vò", "en": "Lấp Vò", "ja": "ラップヴォー", "ko": "럽보", "zh-hans": "立武"},
    "cai_be": {"vi": "Cái Bè", "en": "Cái Bè", "ja": "カイベー", "ko": "까이베", "zh-hans": "丐柏"},
    "tan_phuoc": {"vi": "Tân Phước", "en": "Tân Phước", "ja": "タンフオック", "ko": "떤프억", "zh-hans": "新福"},
    "tan_huong": {"vi": "Tân Hương", "en": "Tân Hương", "ja": "タンフオン", "ko": "떤흐엉", "zh-hans": "新香"},
    "tam_nong": {"vi": "Tam Nông", "en": "Tam Nông", "ja": "タムノン", "ko": "땀농", "zh-hans": "三农"},
    "cho_gao": {"vi": "Chợ Gạo", "en": "Chợ Gạo", "ja": "チョーガオ", "ko": "쩌가오", "zh-hans": "米市"},
    "thanh_binh": {"vi": "Thanh Bình", "en": "Thanh Bình", "ja": "タインビン", "ko": "타인빈", "zh-hans": "清平"},
    "chau_thanh": {"vi": "Châu Thành", "en": "Châu Thành", "ja": "チャウタイン", "ko": "쩌우타인", "zh-hans": "周城"},
}

# How each kind of unit is written around its base name.
KIND_FORMATS = {
    "province": {"vi": "Tỉnh {}", "en": "{} Province", "ja": "{}省", "ko": "{}성", "zh-hans": "{}省"},
    "ward": {"vi": "Phường {}", "en": "{} Ward", "ja": "{}坊", "ko": "{} 동", "zh-hans": "{}坊"},
    "commune": {"vi": "Xã {}", "en": "{} Commune", "ja": "{}社", "ko": "{} 사", "zh-hans": "{}社"},
    "city": {"vi": "Thành phố {}", "en": "{} City", "ja": "{}市", "ko": "{}시", "zh-hans": "{}市"},
    "town": {"vi": "Thị xã {}", "en": "{} Town", "ja": "{}市社", "ko": "{} 읍", "zh-hans": "{}市社"},
    "district": {"vi": "Huyện {}", "en": "{} District", "ja": "{}県", "ko": "{}현", "zh-hans": "{}县"},
}
REFORM_DATE = "2025-07-01"
LAST_DAY_BEFORE_REFORM = "2025-06-30"

# Current communes and wards of the new Đồng Tháp: key, kind, coordinates, and the former unit they
# continue: (former province, former kind, former key). Sample data, simplified.
CURRENT_UNITS = [
    ("my_tho", "ward", (10.3600, 106.3600), ("tien_giang", "city", "my_tho")),
    ("cao_lanh", "ward", (10.4600, 105.6330), ("dong_thap", "city", "cao_lanh")),
    ("sa_dec", "ward", (10.2950, 105.7580), ("dong_thap", "city", "sa_dec")),
    ("hong_ngu", "ward", (10.8070, 105.3400), ("dong_thap", "city", "hong_ngu")),
    ("go_cong", "ward", (10.3600, 106.6700), ("tien_giang", "town", "go_cong")),
    ("cai_lay", "ward", (10.4080, 106.1150), ("tien_giang", "town", "cai_lay")),
    ("thap_muoi", "commune", (10.5500, 105.8300), ("dong_thap", "district", "thap_muoi")),
    ("lai_vung", "commune", (10.2900, 105.6500), ("dong_thap", "district", "lai_vung")),
    ("tan_hong", "commune", (10.8700, 105.4700), ("dong_thap", "district", "tan_hong")),
    ("lap_vo", "commune", (10.3600, 105.5200), ("dong_thap", "district", "lap_vo")),
    ("tam_nong", "commune", (10.7300, 105.5200), ("dong_thap", "district", "tam_nong")),
    ("thanh_binh", "commune", (10.5600, 105.4900), ("dong_thap", "district", "thanh_binh")),
    ("cai_be", "commune", (10.3400, 106.0300), ("tien_giang", "district", "cai_be")),
    ("tan_phuoc", "commune", (10.5000, 106.2200), ("tien_giang", "district", "tan_phuoc")),
    ("tan_huong", "commune", (10.4000, 106.3000), ("tien_giang", "district", "chau_thanh")),
    ("cho_gao", "commune", (10.3500, 106.4600), ("tien_giang", "district", "cho_gao")),
]
PROVINCE_COORDINATES = {"dong_thap": (10.4600, 105.6330), "tien_giang": (10.3600, 106.3600), "new": (10.3600, 106.3600)}

INCENTIVES = [
    {
        "key": "cit",
        "kind": "tax",
        "title": {"vi": "Miễn thuế TNDN 4 năm, giảm 50% trong 9 năm tiếp theo", "en": "Corporate income tax: 4 years exempt, 50% off for the next 9 years", "ja": "法人税：4年間免除、その後9年間50%減免", "ko": "법인세 4년 면제, 이후 9년간 50% 감면", "zh-hans": "企业所得税四年免征、其后九年减半"},
        "description": {"vi": "Áp dụng cho dự án thuộc lĩnh vực ưu đãi đầu tư tại địa bàn có điều kiện kinh tế - xã hội khó khăn.", "en": "For projects in encouraged sectors located in areas with difficult socio-economic conditions.", "ja": "社会経済条件が困難な地域における奨励分野の案件が対象です。", "ko": "사회경제적 여건이 어려운 지역의 장려 분야 사업에 적용됩니다.", "zh-hans": "适用于社会经济条件困难地区的鼓励类项目。"},
    },
    {
        "key": "import",
        "kind": "import_duty",
        "title": {"vi": "Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định", "en": "Import duty exemption for goods forming fixed assets", "ja": "固定資産となる輸入品の輸入税免除", "ko": "고정자산 형성 수입품 수입관세 면제", "zh-hans": "构成固定资产的进口货物免征进口税"},
        "description": {"vi": "Máy móc, thiết bị nhập khẩu để tạo tài sản cố định của dự án được miễn thuế nhập khẩu.", "en": "Machinery and equipment imported as the project's fixed assets are exempt from import duty.", "ja": "案件の固定資産として輸入する機械・設備は輸入税が免除されます。", "ko": "사업의 고정자산으로 수입하는 기계·설비는 수입관세가 면제됩니다.", "zh-hans": "作为项目固定资产进口的机器设备免征进口税。"},
    },
    {
        "key": "land",
        "kind": "land",
        "title": {"vi": "Miễn tiền thuê đất trong thời gian xây dựng cơ bản", "en": "Land rent waived during construction", "ja": "建設期間中の土地賃料免除", "ko": "건설 기간 토지 임대료 면제", "zh-hans": "基本建设期间免收土地租金"},
        "description": {"vi": "Không quá 3 năm kể từ ngày có quyết định cho thuê đất.", "en": "For up to 3 years from the land lease decision.", "ja": "土地賃貸決定日から最長3年間です。", "ko": "토지 임대 결정일로부터 최대 3년간입니다.", "zh-hans": "自土地租赁决定之日起最长3年。"},
    },
    {
        "key": "agri",
        "kind": "support",
        "title": {"vi": "Hỗ trợ đầu tư vào nông nghiệp, nông thôn", "en": "Support for investment in agriculture and rural areas", "ja": "農業・農村投資への支援", "ko": "농업·농촌 투자 지원", "zh-hans": "农业农村投资扶持"},
        "description": {"vi": "Hỗ trợ một phần chi phí đào tạo, xúc tiến thương mại và hạ tầng vùng nguyên liệu.", "en": "Part of the costs of training, trade promotion and raw-material area infrastructure is covered.", "ja": "研修、貿易促進、原料産地のインフラ費用の一部を支援します。", "ko": "교육, 무역 진흥, 원료 산지 기반시설 비용의 일부를 지원합니다.", "zh-hans": "补贴部分培训、贸易促进和原料区基础设施费用。"},
    },
    {
        "key": "one_stop",
        "kind": "other",
        "title": {"vi": "Hỗ trợ thủ tục đầu tư một cửa", "en": "One-stop support with investment procedures", "ja": "投資手続きのワンストップ支援", "ko": "투자 절차 원스톱 지원", "zh-hans": "投资手续一站式支持"},
        "description": {"vi": "Một cán bộ đầu mối đồng hành từ khảo sát đến khi dự án đi vào hoạt động.", "en": "One contact officer accompanies the investor from site visit to operation.", "ja": "現地調査から操業開始まで、担当者1名が伴走します。", "ko": "현장 조사부터 가동까지 전담 담당자 1명이 지원합니다.", "zh-hans": "从实地考察到项目投产，由一名专人全程跟进。"},
    },
]  # fmt: skip

# Landmarks for the distances of projects: coordinates and names per language.
PORTS = [
    (
        (10.3500, 106.3700),
        {"vi": "Cảng Mỹ Tho", "en": "Mỹ Tho Port", "ja": "ミトー港", "ko": "미토 항", "zh-hans": "美荻港"},
    ),
    (
        (10.4500, 105.6400),
        {"vi": "Cảng Cao Lãnh", "en": "Cao Lãnh Port", "ja": "カオラン港", "ko": "까오란 항", "zh-hans": "高岭港"},
    ),
    (
        (10.3000, 105.7600),
        {"vi": "Cảng Sa Đéc", "en": "Sa Đéc Port", "ja": "サデック港", "ko": "사덱 항", "zh-hans": "沙沥港"},
    ),
]
AIRPORTS = [
    (
        (10.8180, 106.6520),
        {
            "vi": "Sân bay quốc tế Tân Sơn Nhất",
            "en": "Tân Sơn Nhất International Airport",
            "ja": "タンソンニャット国際空港",
            "ko": "떤선녓 국제공항",
            "zh-hans": "新山一国际机场",
        },
    ),
    (
        (10.0850, 105.7120),
        {
            "vi": "Sân bay quốc tế Cần Thơ",
            "en": "Cần Thơ International Airport",
            "ja": "カントー国際空港",
            "ko": "껀터 국제공항",
            "zh-hans": "芹苴国际机场",
        },
    ),
]
CITIES = [
    ((10.7760, 106.7000), {"vi": "TP. Hồ Chí Minh", "en": "Ho Chi Minh City", "ja": "ホーチミン市", "ko": "호찌민시", "zh-hans": "胡志明市"}),
    ((10.0450, 105.7470), {"vi": "TP. Cần Thơ", "en": "Cần Thơ City", "ja": "カントー市", "ko": "껀터시", "zh-hans": "芹苴市"}),
]  # fmt: skip
