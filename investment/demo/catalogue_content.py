# ruff: noqa: E501  (data tables: one translated entry per line reads better than wrapped dicts)
"""Demo projects, agricultural opportunities and industrial zones, written from per-language title and
sentence templates and tables of translated names. Illustrative sample data, not official information."""

# Project kinds: title template ({place} is the place's base name), sectors, picture palette, and a
# one-sentence pitch per language.
PROJECT_KINDS = {
    "lotus": {
        "sectors": ["10", "01"], "palette": "lotus",
        "title": {"vi": "Nhà máy chế biến sen {place}", "en": "{place} lotus processing plant", "ja": "{place}蓮加工工場", "ko": "{place} 연꽃 가공 공장", "zh-hans": "{place}莲花加工厂"},
        "pitch": {"vi": "Nhà máy thu mua hạt sen, ngó sen và lá sen của vùng nguyên liệu để làm thực phẩm, trà và sản phẩm xuất khẩu.", "en": "The plant buys lotus seeds, roots and leaves from local growers to make food, tea and export products.", "ja": "地元の生産者から蓮の実・蓮根・蓮の葉を買い取り、食品、茶、輸出製品を製造します。", "ko": "지역 재배 농가로부터 연씨, 연근, 연잎을 매입해 식품, 차, 수출 제품을 생산합니다.", "zh-hans": "工厂向当地种植户收购莲子、莲藕和莲叶，生产食品、茶叶和出口产品。"},
    },
    "mango": {
        "sectors": ["10"], "palette": "mango",
        "title": {"vi": "Nhà máy chế biến xoài {place}", "en": "{place} mango processing plant", "ja": "{place}マンゴー加工工場", "ko": "{place} 망고 가공 공장", "zh-hans": "{place}芒果加工厂"},
        "pitch": {"vi": "Nhà máy chế biến xoài sấy, xoài đông lạnh và nước ép từ vùng xoài Cát Chu, Cát Hòa Lộc.", "en": "The plant makes dried and frozen mango and juice from the Cát Chu and Cát Hòa Lộc mango orchards.", "ja": "カットチュー種・カットホアロック種のマンゴーからドライマンゴー、冷凍マンゴー、ジュースを製造します。", "ko": "깟쭈, 깟화록 품종 망고로 건망고, 냉동 망고, 주스를 생산합니다.", "zh-hans": "工厂以吉珠、吉和禄芒果为原料，生产芒果干、冷冻芒果和果汁。"},
    },
    "rice": {
        "sectors": ["10", "01"], "palette": "rice",
        "title": {"vi": "Nhà máy xay xát và chế biến gạo {place}", "en": "{place} rice milling and processing plant", "ja": "{place}精米・米加工工場", "ko": "{place} 도정 및 쌀 가공 공장", "zh-hans": "{place}大米碾磨加工厂"},
        "pitch": {"vi": "Dây chuyền sấy, xay xát và đóng gói gạo thơm chất lượng cao cho thị trường xuất khẩu.", "en": "A line for drying, milling and packing high-quality fragrant rice for export.", "ja": "輸出向け高品質香り米の乾燥・精米・包装ラインです。", "ko": "수출용 고품질 향미의 건조·도정·포장 라인입니다.", "zh-hans": "面向出口的优质香米烘干、碾磨和包装生产线。"},
    },
    "pangasius": {
        "sectors": ["10", "03"], "palette": "fish",
        "title": {"vi": "Nhà máy chế biến cá tra {place}", "en": "{place} pangasius processing plant", "ja": "{place}パンガシウス加工工場", "ko": "{place} 팡가시우스 가공 공장", "zh-hans": "{place}巴沙鱼加工厂"},
        "pitch": {"vi": "Nhà máy phi lê và cấp đông cá tra đạt chuẩn ASC, gắn với vùng nuôi khép kín.", "en": "An ASC-standard pangasius filleting and freezing plant linked to closed-cycle farms.", "ja": "一貫養殖場と連携したASC基準のパンガシウスのフィレ・冷凍工場です。", "ko": "폐쇄형 양식장과 연계된 ASC 기준 팡가시우스 필레·냉동 공장입니다.", "zh-hans": "与全封闭养殖场配套、符合ASC标准的巴沙鱼切片和冷冻工厂。"},
    },
    "hightech_farm": {
        "sectors": ["01"], "palette": "rice",
        "title": {"vi": "Khu nông nghiệp ứng dụng công nghệ cao {place}", "en": "{place} high-tech agriculture zone", "ja": "{place}ハイテク農業区", "ko": "{place} 첨단 농업 단지", "zh-hans": "{place}高科技农业区"},
        "pitch": {"vi": "Khu sản xuất giống, nhà màng và tưới tiết kiệm cho nông sản giá trị cao.", "en": "Seed production, greenhouses and water-saving irrigation for high-value crops.", "ja": "高付加価値作物のための種苗生産、ハウス栽培、節水灌漑の拠点です。", "ko": "고부가가치 작물을 위한 종자 생산, 비닐하우스, 절수 관개 단지입니다.", "zh-hans": "用于高价值作物的良种繁育、温室和节水灌溉区。"},
    },
    "solar": {
        "sectors": ["35"], "palette": "solar",
        "title": {"vi": "Nhà máy điện mặt trời {place}", "en": "{place} solar power plant", "ja": "{place}太陽光発電所", "ko": "{place} 태양광 발전소", "zh-hans": "{place}太阳能发电厂"},
        "pitch": {"vi": "Nhà máy điện mặt trời kết hợp lưu trữ, đấu nối lưới điện 110 kV.", "en": "A solar farm with battery storage, connected to the 110 kV grid.", "ja": "蓄電池併設、110kV系統に接続する太陽光発電所です。", "ko": "배터리 저장장치를 갖추고 110kV 전력망에 연결되는 태양광 발전소입니다.", "zh-hans": "配套储能、接入110千伏电网的太阳能电站。"},
    },
    "biomass": {
        "sectors": ["35"], "palette": "factory",
        "title": {"vi": "Nhà máy điện sinh khối trấu {place}", "en": "{place} rice-husk biomass power plant", "ja": "{place}籾殻バイオマス発電所", "ko": "{place} 왕겨 바이오매스 발전소", "zh-hans": "{place}稻壳生物质发电厂"},
        "pitch": {"vi": "Tận dụng trấu từ các nhà máy xay xát trong vùng để phát điện và cung cấp hơi nóng.", "en": "Uses husk from the area's rice mills to generate power and process heat.", "ja": "地域の精米所から出る籾殻を利用して発電と熱供給を行います。", "ko": "지역 도정공장에서 나오는 왕겨로 전력과 공정열을 생산합니다.", "zh-hans": "利用区内碾米厂的稻壳发电并供热。"},
    },
    "logistics": {
        "sectors": ["52"], "palette": "port",
        "title": {"vi": "Trung tâm logistics {place}", "en": "{place} logistics centre", "ja": "{place}物流センター", "ko": "{place} 물류센터", "zh-hans": "{place}物流中心"},
        "pitch": {"vi": "Trung tâm gom hàng, kho ngoại quan và dịch vụ hải quan cho nông sản vùng Đồng bằng sông Cửu Long.", "en": "Consolidation, bonded warehousing and customs services for Mekong Delta farm produce.", "ja": "メコンデルタの農産物向けの集荷、保税倉庫、通関サービスの拠点です。", "ko": "메콩델타 농산물을 위한 집하, 보세창고, 통관 서비스 센터입니다.", "zh-hans": "为湄公河三角洲农产品提供集货、保税仓储和报关服务。"},
    },
    "river_port": {
        "sectors": ["52"], "palette": "river",
        "title": {"vi": "Cảng thủy nội địa {place}", "en": "{place} inland waterway port", "ja": "{place}内陸水運港", "ko": "{place} 내륙 수운 항만", "zh-hans": "{place}内河港口"},
        "pitch": {"vi": "Cảng sông tiếp nhận sà lan container, kết nối với cảng biển Cái Mép – Thị Vải.", "en": "A river port for container barges, linked to the Cái Mép – Thị Vải seaport.", "ja": "コンテナバージを受け入れ、カイメップ・ティバイ港と結ぶ河川港です。", "ko": "컨테이너 바지선을 받아 까이멥-티바이 항과 연결하는 하천 항만입니다.", "zh-hans": "接卸集装箱驳船、连接盖梅—氏威海港的内河港口。"},
    },
    "cold_storage": {
        "sectors": ["52", "10"], "palette": "fish",
        "title": {"vi": "Kho lạnh nông sản {place}", "en": "{place} cold storage for farm produce", "ja": "{place}農産物冷蔵倉庫", "ko": "{place} 농산물 냉동 창고", "zh-hans": "{place}农产品冷库"},
        "pitch": {"vi": "Kho lạnh và sơ chế giúp giảm thất thoát sau thu hoạch của trái cây và thủy sản.", "en": "Cold rooms and pre-processing that cut post-harvest losses of fruit and seafood.", "ja": "果物と水産物の収穫後ロスを減らす冷蔵庫と一次加工施設です。", "ko": "과일과 수산물의 수확 후 손실을 줄이는 냉장 창고와 1차 가공 시설입니다.", "zh-hans": "减少水果和水产品采后损耗的冷库和初加工设施。"},
    },
    "ecotourism": {
        "sectors": ["55"], "palette": "lotus",
        "title": {"vi": "Khu du lịch sinh thái {place}", "en": "{place} eco-tourism resort", "ja": "{place}エコツーリズムリゾート", "ko": "{place} 생태관광 리조트", "zh-hans": "{place}生态旅游区"},
        "pitch": {"vi": "Khu nghỉ dưỡng giữa đồng sen và rừng tràm, với trải nghiệm sông nước miền Tây.", "en": "A resort among lotus fields and melaleuca forest, with Mekong river experiences.", "ja": "蓮の田とメラルーカの森に囲まれ、メコンの水辺体験ができるリゾートです。", "ko": "연꽃 들판과 멜라루카 숲 사이에서 메콩강 체험을 제공하는 리조트입니다.", "zh-hans": "坐落在莲田和白千层林之间、提供湄公河水乡体验的度假区。"},
    },
    "hotel": {
        "sectors": ["55"], "palette": "city",
        "title": {"vi": "Khách sạn và trung tâm hội nghị {place}", "en": "{place} hotel and convention centre", "ja": "{place}ホテル・コンベンションセンター", "ko": "{place} 호텔 및 컨벤션 센터", "zh-hans": "{place}酒店和会议中心"},
        "pitch": {"vi": "Khách sạn 4 sao với trung tâm hội nghị phục vụ doanh nhân và du khách.", "en": "A four-star hotel with a convention centre for business travellers and tourists.", "ja": "ビジネス客と観光客向けのコンベンションセンター併設の4つ星ホテルです。", "ko": "비즈니스 여행객과 관광객을 위한 컨벤션 센터를 갖춘 4성급 호텔입니다.", "zh-hans": "配有会议中心、面向商务客和游客的四星级酒店。"},
    },
    "urban": {
        "sectors": ["68"], "palette": "city",
        "title": {"vi": "Khu đô thị mới {place}", "en": "{place} new urban area", "ja": "{place}新都市区", "ko": "{place} 신도시 지구", "zh-hans": "{place}新城区"},
        "pitch": {"vi": "Khu đô thị xanh với nhà ở, trường học, công viên ven sông và khu thương mại.", "en": "A green district with housing, schools, riverside parks and shops.", "ja": "住宅、学校、川沿いの公園、商業施設を備えた緑の都市区です。", "ko": "주택, 학교, 강변 공원, 상업시설을 갖춘 녹색 도시 지구입니다.", "zh-hans": "拥有住宅、学校、滨河公园和商业设施的绿色城区。"},
    },
    "hospital": {
        "sectors": ["86"], "palette": "city",
        "title": {"vi": "Bệnh viện đa khoa quốc tế {place}", "en": "{place} international general hospital", "ja": "{place}国際総合病院", "ko": "{place} 국제 종합병원", "zh-hans": "{place}国际综合医院"},
        "pitch": {"vi": "Bệnh viện 300 giường theo tiêu chuẩn quốc tế, phục vụ người dân và chuyên gia nước ngoài.", "en": "A 300-bed hospital to international standards for residents and foreign experts.", "ja": "住民と外国人専門家のための国際基準の300床病院です。", "ko": "주민과 외국인 전문가를 위한 국제 기준의 300병상 병원입니다.", "zh-hans": "按国际标准建设、服务居民和外籍专家的300床医院。"},
    },
    "pharma": {
        "sectors": ["21", "01"], "palette": "factory",
        "title": {"vi": "Nhà máy dược liệu {place}", "en": "{place} medicinal herb and pharmaceutical plant", "ja": "{place}生薬・医薬品工場", "ko": "{place} 약용작물 및 의약품 공장", "zh-hans": "{place}药材和制药厂"},
        "pitch": {"vi": "Nhà máy chiết xuất dược liệu đạt chuẩn GMP, liên kết vùng trồng dược liệu.", "en": "A GMP herbal extraction plant linked to medicinal-plant growing areas.", "ja": "薬用植物の栽培地と連携したGMP基準の生薬抽出工場です。", "ko": "약용작물 재배지와 연계한 GMP 기준 생약 추출 공장입니다.", "zh-hans": "与药材种植区联动、符合GMP标准的药材提取厂。"},
    },
    "school": {
        "sectors": ["85"], "palette": "city",
        "title": {"vi": "Trường phổ thông liên cấp quốc tế {place}", "en": "{place} international school", "ja": "{place}インターナショナルスクール", "ko": "{place} 국제학교", "zh-hans": "{place}国际学校"},
        "pitch": {"vi": "Trường liên cấp song ngữ cho con em người dân và nhà đầu tư nước ngoài.", "en": "A bilingual K-12 school for local families and the children of foreign investors.", "ja": "地元の家庭と外国人投資家の子女のための小中高一貫バイリンガル校です。", "ko": "지역 가정과 외국인 투자자 자녀를 위한 초중고 통합 이중언어 학교입니다.", "zh-hans": "面向本地家庭和外国投资者子女的双语一贯制学校。"},
    },
    "vocational": {
        "sectors": ["85"], "palette": "factory",
        "title": {"vi": "Trường đào tạo nghề chất lượng cao {place}", "en": "{place} vocational training college", "ja": "{place}職業訓練校", "ko": "{place} 직업훈련학교", "zh-hans": "{place}职业培训学院"},
        "pitch": {"vi": "Đào tạo kỹ thuật viên cơ khí, điện và chế biến thực phẩm theo nhu cầu doanh nghiệp.", "en": "Trains mechanical, electrical and food-processing technicians for local employers.", "ja": "企業のニーズに合わせて機械、電気、食品加工の技術者を育成します。", "ko": "기업 수요에 맞춰 기계, 전기, 식품가공 기술자를 양성합니다.", "zh-hans": "按企业需求培养机械、电气和食品加工技术人员。"},
    },
    "software": {
        "sectors": ["62"], "palette": "city",
        "title": {"vi": "Khu công viên phần mềm {place}", "en": "{place} software park", "ja": "{place}ソフトウェアパーク", "ko": "{place} 소프트웨어 파크", "zh-hans": "{place}软件园"},
        "pitch": {"vi": "Văn phòng, vườn ươm khởi nghiệp và trung tâm đào tạo cho doanh nghiệp công nghệ số.", "en": "Offices, a start-up incubator and a training centre for digital companies.", "ja": "デジタル企業のためのオフィス、スタートアップ支援施設、研修センターです。", "ko": "디지털 기업을 위한 사무실, 스타트업 인큐베이터, 교육센터입니다.", "zh-hans": "为数字企业提供办公、创业孵化和培训中心。"},
    },
    "datacentre": {
        "sectors": ["62", "35"], "palette": "solar",
        "title": {"vi": "Trung tâm dữ liệu {place}", "en": "{place} data centre", "ja": "{place}データセンター", "ko": "{place} 데이터센터", "zh-hans": "{place}数据中心"},
        "pitch": {"vi": "Trung tâm dữ liệu xanh dùng điện mặt trời, phục vụ chính quyền số và doanh nghiệp.", "en": "A green data centre powered by solar energy for e-government and businesses.", "ja": "太陽光発電を使うグリーンデータセンターで、電子政府と企業にサービスを提供します。", "ko": "태양광 전력을 쓰는 친환경 데이터센터로 전자정부와 기업을 지원합니다.", "zh-hans": "使用太阳能的绿色数据中心，服务数字政府和企业。"},
    },
    "flowers": {
        "sectors": ["01"], "palette": "flowers",
        "title": {"vi": "Làng hoa kiểng công nghệ cao {place}", "en": "{place} high-tech flower village", "ja": "{place}ハイテク花卉村", "ko": "{place} 첨단 화훼 마을", "zh-hans": "{place}高科技花卉村"},
        "pitch": {"vi": "Nhà kính, phòng nuôi cấy mô và trung tâm đấu giá hoa cho làng hoa truyền thống.", "en": "Greenhouses, a tissue-culture lab and a flower auction for the traditional flower village.", "ja": "伝統的な花卉村のための温室、組織培養ラボ、花市場です。", "ko": "전통 화훼 마을을 위한 온실, 조직배양 실험실, 꽃 경매장입니다.", "zh-hans": "为传统花卉村建设温室、组培实验室和花卉拍卖中心。"},
    },
    "fruit": {
        "sectors": ["10"], "palette": "mango",
        "title": {"vi": "Nhà máy chế biến trái cây {place}", "en": "{place} tropical fruit processing plant", "ja": "{place}熱帯果物加工工場", "ko": "{place} 열대과일 가공 공장", "zh-hans": "{place}热带水果加工厂"},
        "pitch": {"vi": "Chế biến sầu riêng, thanh long, vú sữa và khóm thành sản phẩm đông lạnh và nước ép.", "en": "Turns durian, dragon fruit, star apple and pineapple into frozen products and juice.", "ja": "ドリアン、ドラゴンフルーツ、スターアップル、パイナップルを冷凍品とジュースに加工します。", "ko": "두리안, 용과, 스타애플, 파인애플을 냉동 제품과 주스로 가공합니다.", "zh-hans": "将榴莲、火龙果、牛奶果和菠萝加工成冷冻产品和果汁。"},
    },
    "shrimp": {
        "sectors": ["03"], "palette": "fish",
        "title": {"vi": "Vùng nuôi tôm công nghệ cao {place}", "en": "{place} high-tech shrimp farming area", "ja": "{place}ハイテクエビ養殖区", "ko": "{place} 첨단 새우 양식 단지", "zh-hans": "{place}高科技虾养殖区"},
        "pitch": {"vi": "Vùng nuôi tôm thẻ chân trắng trong nhà màng, tuần hoàn nước và truy xuất nguồn gốc.", "en": "Covered-pond whiteleg shrimp farming with recirculated water and traceability.", "ja": "ハウス池での循環水とトレーサビリティを備えたバナメイエビ養殖です。", "ko": "순환수와 이력 추적을 갖춘 비닐하우스 흰다리새우 양식입니다.", "zh-hans": "采用循环水和可追溯系统的大棚南美白对虾养殖。"},
    },
}  # fmt: skip

# kind, place, capital (billion VND), area (ha), status, investment forms, land clearance, planning
# approved, agency slug, months since last verified
PROJECTS = [
    ("lotus", "thap_muoi", 450, 12, "calling", ["foreign_100", "joint_venture"], "done", True, "agriculture", 2),
    ("lotus", "tam_nong", 280, 8, "calling", ["joint_venture"], "in_progress", True, "agriculture", 5),
    ("mango", "cao_lanh", 620, 15, "calling", ["foreign_100", "joint_venture"], "done", True, "itpc", 1),
    ("mango", "cai_be", 390, 10, "negotiation", ["joint_venture", "bcc"], "in_progress", False, "itpc", 14),
    ("rice", "tan_hong", 850, 20, "calling", ["foreign_100", "joint_venture"], "done", True, "agriculture", 3),
    ("rice", "lap_vo", 520, 14, "awarded", ["joint_venture"], "done", True, "agriculture", 7),
    ("pangasius", "hong_ngu", 1200, 18, "calling", ["foreign_100", "joint_venture"], "done", True, "itpc", 2),
    ("pangasius", "thanh_binh", 700, 16, "calling", ["joint_venture"], "not_started", False, "agriculture", 20),
    ("hightech_farm", "thap_muoi", 960, 150, "calling", ["foreign_100", "joint_venture", "bcc"], "in_progress", True, "agriculture", 4),
    ("solar", "tan_phuoc", 2400, 60, "calling", ["foreign_100", "ppp"], "in_progress", True, "finance", 6),
    ("solar", "tam_nong", 1800, 45, "negotiation", ["foreign_100"], "not_started", False, "finance", 9),
    ("biomass", "lai_vung", 1100, 6, "calling", ["foreign_100", "joint_venture"], "done", True, "finance", 3),
    ("logistics", "my_tho", 1500, 35, "calling", ["foreign_100", "joint_venture"], "done", True, "itpc", 1),
    ("logistics", "sa_dec", 980, 25, "calling", ["joint_venture", "ppp"], "in_progress", True, "itpc", 8),
    ("river_port", "cao_lanh", 1350, 22, "calling", ["ppp", "joint_venture"], "in_progress", True, "finance", 2),
    ("river_port", "go_cong", 1650, 30, "closed", ["ppp"], "done", True, "finance", 26),
    ("cold_storage", "cai_be", 320, 5, "calling", ["foreign_100", "joint_venture"], "done", True, "agriculture", 1),
    ("ecotourism", "tam_nong", 540, 80, "calling", ["foreign_100", "joint_venture", "bcc"], "in_progress", True, "itpc", 4),
    ("ecotourism", "cai_be", 430, 40, "calling", ["joint_venture", "bcc"], "not_started", False, "itpc", 13),
    ("hotel", "my_tho", 760, 3, "calling", ["foreign_100", "joint_venture"], "done", True, "itpc", 2),
    ("hotel", "cao_lanh", 610, 2.5, "negotiation", ["joint_venture"], "done", True, "itpc", 6),
    ("urban", "sa_dec", 3200, 95, "calling", ["foreign_100", "joint_venture"], "in_progress", True, "finance", 5),
    ("urban", "go_cong", 2800, 120, "calling", ["joint_venture", "ppp"], "not_started", True, "finance", 10),
    ("hospital", "cao_lanh", 1900, 6, "calling", ["foreign_100", "ppp"], "done", True, "finance", 3),
    ("hospital", "my_tho", 2100, 7, "calling", ["foreign_100", "joint_venture", "ppp"], "in_progress", True, "finance", 2),
    ("pharma", "tan_huong", 880, 9, "calling", ["foreign_100", "joint_venture"], "done", True, "industrial-zones", 4),
    ("school", "my_tho", 450, 4, "calling", ["foreign_100", "joint_venture"], "done", True, "finance", 7),
    ("vocational", "sa_dec", 260, 3, "awarded", ["ppp"], "done", True, "finance", 11),
    ("software", "cao_lanh", 720, 10, "calling", ["foreign_100", "joint_venture"], "in_progress", True, "itpc", 2),
    ("datacentre", "tan_phuoc", 1450, 5, "calling", ["foreign_100"], "done", True, "industrial-zones", 1),
    ("flowers", "sa_dec", 340, 25, "calling", ["joint_venture", "bcc"], "in_progress", True, "agriculture", 3),
    ("fruit", "cai_lay", 580, 11, "calling", ["foreign_100", "joint_venture"], "done", True, "industrial-zones", 2),
    ("shrimp", "go_cong", 690, 70, "calling", ["joint_venture", "bcc"], "not_started", False, "agriculture", 15),
]  # fmt: skip

PROJECT_SUMMARY = {
    "vi": "{title} là dự án kêu gọi đầu tư tại {place}, tỉnh Đồng Tháp, quy mô {area} ha, tổng vốn dự kiến {capital}. {pitch}",
    "en": "{title}: an investment project in {place}, Đồng Tháp Province, on {area} ha, with an estimated total capital of {capital}. {pitch}",
    "ja": "{title}は、ドンタップ省{place}で投資家を募集している案件です（面積{area}ヘクタール、総投資額{capital}）。{pitch}",
    "ko": "{title}은(는) 동탑성 {place}에서 투자자를 모집하는 사업입니다(면적 {area}ha, 총 투자액 {capital}). {pitch}",
    "zh-hans": "{title}是同塔省{place}的招商项目，占地{area}公顷，预计总投资{capital}。{pitch}",
}  # fmt: skip
PROJECT_LOCATION = {
    "vi": "Dự án cách {port} khoảng {port_km} km, cách {airport} khoảng {airport_km} km và cách {city} khoảng {city_km} km.",
    "en": "The site is about {port_km} km from {port}, {airport_km} km from {airport} and {city_km} km from {city}.",
    "ja": "{port}まで約{port_km}km、{airport}まで約{airport_km}km、{city}まで約{city_km}kmです。",
    "ko": "{port}까지 약 {port_km}km, {airport}까지 약 {airport_km}km, {city}까지 약 {city_km}km입니다.",
    "zh-hans": "项目距{port}约{port_km}公里，距{airport}约{airport_km}公里，距{city}约{city_km}公里。",
}  # fmt: skip
SAMPLE_NOTE = {
    "vi": "Thông tin minh họa, không phải số liệu chính thức của tỉnh.",
    "en": "Illustrative sample information, not official data of the province.",
    "ja": "これは説明用のサンプル情報であり、省の公式データではありません。",
    "ko": "예시용 샘플 정보이며 성의 공식 자료가 아닙니다.",
    "zh-hans": "此为示例信息，并非本省官方数据。",
}  # fmt: skip
LEGAL_BASIS = {
    "vi": "Quyết định số {number}/QĐ-UBND của UBND tỉnh Đồng Tháp về danh mục dự án kêu gọi đầu tư (minh họa)",
    "en": "Decision No. {number}/QĐ-UBND of the Đồng Tháp People's Committee on the list of projects calling for investment (illustrative)",
    "ja": "投資募集案件リストに関するドンタップ省人民委員会決定第{number}/QĐ-UBND号（例示）",
    "ko": "투자 유치 사업 목록에 관한 동탑성 인민위원회 결정 제{number}/QĐ-UBND호 (예시)",
    "zh-hans": "同塔省人民委员会关于招商项目清单的第{number}/QĐ-UBND号决定（示例）",
}  # fmt: skip
# People keep their Vietnamese spelling in Vietnamese and English; Japanese writes them in katakana,
# Korean in hangul and Chinese in the Hán characters of the name (the pages show the original beside).
CONTACT_NAMES = [
    {"vi": "Nguyễn Thị Lan", "en": "Nguyễn Thị Lan", "ja": "グエン・ティ・ラン", "ko": "응우옌 티 란", "zh-hans": "阮氏兰"},
    {"vi": "Trần Văn Minh", "en": "Trần Văn Minh", "ja": "チャン・ヴァン・ミン", "ko": "쩐 반 민", "zh-hans": "陈文明"},
    {"vi": "Lê Hoàng Phúc", "en": "Lê Hoàng Phúc", "ja": "レ・ホアン・フック", "ko": "레 호앙 푹", "zh-hans": "黎黄福"},
    {"vi": "Phạm Thu Hà", "en": "Phạm Thu Hà", "ja": "ファム・トゥー・ハー", "ko": "팜 투 하", "zh-hans": "范秋河"},
    {"vi": "Võ Thanh Tùng", "en": "Võ Thanh Tùng", "ja": "ヴォー・タイン・トゥン", "ko": "보 타인 뚱", "zh-hans": "武清松"},
]  # fmt: skip

# Agricultural opportunities.
COMMODITY_NAMES = {
    "rice": {"vi": "gạo", "en": "rice", "ja": "米", "ko": "쌀", "zh-hans": "大米"},
    "mango": {"vi": "xoài", "en": "mango", "ja": "マンゴー", "ko": "망고", "zh-hans": "芒果"},
    "lotus": {"vi": "sen", "en": "lotus", "ja": "蓮", "ko": "연꽃", "zh-hans": "莲花"},
    "pangasius": {"vi": "cá tra", "en": "pangasius", "ja": "パンガシウス", "ko": "팡가시우스", "zh-hans": "巴沙鱼"},
    "flowers": {"vi": "hoa kiểng", "en": "ornamental flowers", "ja": "花卉", "ko": "화훼", "zh-hans": "花卉"},
    "fruit": {"vi": "trái cây", "en": "tropical fruit", "ja": "熱帯果物", "ko": "열대과일", "zh-hans": "热带水果"},
    "coconut": {"vi": "dừa", "en": "coconut", "ja": "ココナッツ", "ko": "코코넛", "zh-hans": "椰子"},
    "shrimp": {"vi": "tôm", "en": "shrimp", "ja": "エビ", "ko": "새우", "zh-hans": "虾"},
}  # fmt: skip
OPPORTUNITY_TITLES = {
    "buyer": {"vi": "Tìm đối tác thu mua {product} {place}", "en": "Buyers wanted for {place} {product}", "ja": "{place}産{product}の買い手を募集", "ko": "{place} {product} 구매자 모집", "zh-hans": "{place}{product}寻求采购商"},
    "processor": {"vi": "Hợp tác chế biến {product} tại {place}", "en": "{Product} processing partnership in {place}", "ja": "{place}における{product}加工パートナー募集", "ko": "{place} {product} 가공 협력 파트너 모집", "zh-hans": "{place}{product}加工合作"},
    "investor": {"vi": "Đầu tư vùng nguyên liệu {product} {place}", "en": "Investment in the {place} {product} growing area", "ja": "{place}の{product}産地への投資", "ko": "{place} {product} 재배 단지 투자", "zh-hans": "{place}{product}种植区投资"},
    "technology": {"vi": "Chuyển giao công nghệ bảo quản {product} {place}", "en": "Post-harvest technology for {place} {product}", "ja": "{place}産{product}の収穫後処理技術の提携", "ko": "{place} {product} 수확 후 처리 기술 협력", "zh-hans": "{place}{product}采后保鲜技术合作"},
}  # fmt: skip
OPPORTUNITY_SUMMARY = {
    "vi": "Hợp tác xã và doanh nghiệp tại {place}, tỉnh Đồng Tháp, cung ứng khoảng {volume} tấn {product} mỗi năm và tìm {partner}. Thu hoạch chính: {months}.",
    "en": "Cooperatives and firms in {place}, Đồng Tháp Province, supply about {volume} tonnes of {product} a year and are looking for {partner}. Main harvest: {months}.",
    "ja": "ドンタップ省{place}の協同組合と企業は年間約{volume}トンの{product}を供給しており、{partner}を探しています。主な収穫期：{months}。",
    "ko": "동탑성 {place}의 협동조합과 기업은 연간 약 {volume}톤의 {product}을(를) 공급하며 {partner}을(를) 찾고 있습니다. 주요 수확기: {months}.",
    "zh-hans": "同塔省{place}的合作社和企业每年供应约{volume}吨{product}，正在寻找{partner}。主要收获期：{months}。",
}  # fmt: skip
PARTNER_WORDS = {
    "buyer": {"vi": "người mua xuất khẩu", "en": "export buyers", "ja": "輸出向けの買い手", "ko": "수출 바이어", "zh-hans": "出口买家"},
    "processor": {"vi": "đối tác chế biến", "en": "a processing partner", "ja": "加工パートナー", "ko": "가공 파트너", "zh-hans": "加工合作伙伴"},
    "investor": {"vi": "nhà đầu tư", "en": "an investor", "ja": "投資家", "ko": "투자자", "zh-hans": "投资者"},
    "technology": {"vi": "đối tác công nghệ", "en": "a technology partner", "ja": "技術パートナー", "ko": "기술 파트너", "zh-hans": "技术合作伙伴"},
}  # fmt: skip
MONTH_NAMES = {
    "vi": ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ja": [f"{n}月" for n in range(1, 13)],
    "ko": [f"{n}월" for n in range(1, 13)],
    "zh-hans": [f"{n}月" for n in range(1, 13)],
}  # fmt: skip
LIST_SEPARATOR = {"vi": ", ", "en": ", ", "ja": "、", "ko": ", ", "zh-hans": "、"}

# commodity, partner, place, value-chain stages, tonnes/year, harvest months, certifications, markets,
# capital (billion VND), sectors, palette, agency
OPPORTUNITIES = [
    ("rice", "buyer", "tan_hong", ["growing", "export"], 120000, [2, 3, 7, 8, 11, 12], ["vietgap"], ["CN", "SG", "EU"], 0, ["01"], "rice", "agriculture"),
    ("rice", "technology", "lap_vo", ["processing", "cold_chain"], 80000, [3, 8, 12], ["vietgap", "organic"], ["JP", "KR"], 45, ["01", "10"], "rice", "agriculture"),
    ("mango", "buyer", "cao_lanh", ["growing", "export"], 35000, [3, 4, 5, 6], ["vietgap", "globalgap"], ["JP", "KR", "AU", "US"], 0, ["01"], "mango", "agriculture"),
    ("mango", "processor", "cai_be", ["processing"], 20000, [3, 4, 5], ["globalgap"], ["KR", "CN", "EU"], 120, ["10"], "mango", "itpc"),
    ("mango", "investor", "thap_muoi", ["growing", "cold_chain"], 15000, [4, 5, 6], ["vietgap"], ["JP", "SG"], 200, ["01"], "mango", "agriculture"),
    ("lotus", "processor", "thap_muoi", ["growing", "processing"], 6000, [5, 6, 7, 8, 9], ["organic"], ["JP", "KR", "TW"], 80, ["01", "10"], "lotus", "agriculture"),
    ("lotus", "buyer", "tam_nong", ["growing", "export"], 4000, [6, 7, 8], ["vietgap"], ["JP", "CN", "TW"], 0, ["01"], "lotus", "itpc"),
    ("pangasius", "buyer", "hong_ngu", ["growing", "processing", "export"], 150000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ["asc", "globalgap", "haccp"], ["US", "EU", "ME", "CN"], 0, ["03"], "fish", "agriculture"),
    ("pangasius", "investor", "thanh_binh", ["growing"], 60000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ["asc"], ["EU", "US"], 350, ["03"], "fish", "agriculture"),
    ("flowers", "buyer", "sa_dec", ["growing", "export"], 3000, [11, 12, 1], ["vietgap"], ["KR", "JP", "VN"], 0, ["01"], "flowers", "itpc"),
    ("flowers", "technology", "sa_dec", ["growing", "cold_chain"], 2500, [10, 11, 12, 1, 2], [], ["JP", "KR"], 60, ["01"], "flowers", "agriculture"),
    ("fruit", "processor", "cai_be", ["processing", "cold_chain"], 40000, [5, 6, 7, 8], ["globalgap"], ["CN", "KR", "US"], 150, ["10"], "mango", "industrial-zones"),
    ("fruit", "buyer", "cai_lay", ["growing", "export"], 55000, [4, 5, 6, 7], ["vietgap", "globalgap"], ["CN", "US", "EU"], 0, ["01"], "mango", "agriculture"),
    ("coconut", "processor", "cho_gao", ["processing", "export"], 25000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ["organic", "fairtrade"], ["US", "EU", "AU"], 90, ["10"], "river", "itpc"),
    ("shrimp", "buyer", "go_cong", ["growing", "processing", "export"], 18000, [3, 4, 5, 8, 9, 10], ["asc", "haccp"], ["JP", "KR", "US"], 0, ["03"], "fish", "agriculture"),
]  # fmt: skip

ZONES = [
    {
        "slug": "kcn-sa-dec", "place": "sa_dec", "area": 112, "occupancy": 92, "lease": 75, "established": "2002-06-01", "port_km": 3,
        "title": {"vi": "Khu công nghiệp Sa Đéc", "en": "Sa Đéc Industrial Park", "ja": "サデック工業団地", "ko": "사덱 산업단지", "zh-hans": "沙沥工业园区"},
        "plots": [("A1", 2.5, True), ("A4", 1.8, True), ("B2", 4.0, False)],
    },
    {
        "slug": "kcn-tran-quoc-toan", "place": "cao_lanh", "area": 56, "occupancy": 88, "lease": 70, "established": "2004-03-01", "port_km": 5,
        "title": {"vi": "Khu công nghiệp Trần Quốc Toản", "en": "Trần Quốc Toản Industrial Park", "ja": "チャンクオックトアン工業団地", "ko": "쩐꾸옥또안 산업단지", "zh-hans": "陈国瓒工业园区"},
        "plots": [("C1", 1.2, True), ("C3", 2.0, False)],
    },
    {
        "slug": "kcn-song-hau", "place": "lai_vung", "area": 250, "occupancy": 35, "lease": 55, "established": "2010-09-01", "port_km": 1,
        "title": {"vi": "Khu công nghiệp Sông Hậu", "en": "Sông Hậu Industrial Park", "ja": "ソンハウ工業団地", "ko": "송허우 산업단지", "zh-hans": "后江工业园区"},
        "plots": [("D1", 10.0, True), ("D2", 12.5, True), ("D5", 8.0, True), ("E1", 6.0, False)],
    },
    {
        "slug": "kcn-long-giang", "place": "tan_phuoc", "area": 540, "occupancy": 80, "lease": 95, "established": "2007-12-01", "port_km": 18,
        "title": {"vi": "Khu công nghiệp Long Giang", "en": "Long Giang Industrial Park", "ja": "ロンザン工業団地", "ko": "롱장 산업단지", "zh-hans": "龙江工业园区"},
        "plots": [("F3", 5.0, True), ("F7", 3.5, True), ("G1", 15.0, False)],
    },
    {
        "slug": "kcn-tan-huong", "place": "tan_huong", "area": 197, "occupancy": 70, "lease": 85, "established": "2008-05-01", "port_km": 8,
        "title": {"vi": "Khu công nghiệp Tân Hương", "en": "Tân Hương Industrial Park", "ja": "タンフオン工業団地", "ko": "떤흐엉 산업단지", "zh-hans": "新香工业园区"},
        "plots": [("H2", 4.2, True), ("H5", 6.8, True)],
    },
]  # fmt: skip
ZONE_SUMMARY = {
    "vi": "{title} tại {place}, tỉnh Đồng Tháp, rộng {area} ha, tỷ lệ lấp đầy {occupancy}%, giá thuê đất khoảng {lease} USD/m² cho cả thời hạn thuê.",
    "en": "{title} in {place}, Đồng Tháp Province: {area} ha, {occupancy}% occupied, land lease about USD {lease} per m² for the full term.",
    "ja": "{title}はドンタップ省{place}にあり、面積{area}ヘクタール、入居率{occupancy}%、土地賃料は全期間で1平方メートル当たり約{lease}米ドルです。",
    "ko": "{title}은(는) 동탑성 {place}에 있으며 면적 {area}ha, 입주율 {occupancy}%, 토지 임대료는 전체 기간 ㎡당 약 {lease}달러입니다.",
    "zh-hans": "{title}位于同塔省{place}，面积{area}公顷，入驻率{occupancy}%，全期土地租金约每平方米{lease}美元。",
}  # fmt: skip
ZONE_INFRASTRUCTURE = {
    "power": {"vi": "Trạm biến áp 110/22 kV, hai nguồn cấp", "en": "110/22 kV substation, two feeders", "ja": "110/22kV変電所、2系統受電", "ko": "110/22kV 변전소, 2회선 공급", "zh-hans": "110/22千伏变电站，双回路供电"},
    "water": {"vi": "Nhà máy nước 10.000 m³/ngày", "en": "Water plant, 10,000 m³ per day", "ja": "浄水場（日量1万m³）", "ko": "정수장 1일 10,000m³", "zh-hans": "水厂日供水1万立方米"},
    "wastewater": {"vi": "Xử lý nước thải tập trung 5.000 m³/ngày", "en": "Central wastewater treatment, 5,000 m³ per day", "ja": "集中排水処理（日量5,000m³）", "ko": "중앙 폐수처리 1일 5,000m³", "zh-hans": "集中污水处理日处理5000立方米"},
    "roads": {"vi": "Đường nội khu 4 làn, kết nối quốc lộ", "en": "Four-lane internal roads linked to the national highway", "ja": "国道に接続する4車線の団地内道路", "ko": "국도와 연결된 4차선 단지 내 도로", "zh-hans": "四车道园区道路连接国道"},
    "lease_terms": {"vi": "Thuê đến năm 2057, trả một lần hoặc hằng năm", "en": "Lease until 2057, paid at once or yearly", "ja": "2057年まで、一括または年払い", "ko": "2057년까지, 일시불 또는 연납", "zh-hans": "租期至2057年，可一次性或按年支付"},
    "plot_note": {"vi": "Đã san lấp, sẵn sàng bàn giao", "en": "Levelled and ready to hand over", "ja": "造成済み、すぐに引き渡し可能", "ko": "부지 조성 완료, 즉시 인도 가능", "zh-hans": "已平整，可随时交付"},
}  # fmt: skip

INDEX_PAGES = {
    "project": {
        "slug": {"vi": "du-an-dau-tu", "en": "projects", "ja": "projects", "ko": "projects", "zh-hans": "projects"},
        "title": {"vi": "Dự án đầu tư", "en": "Investment projects", "ja": "投資プロジェクト", "ko": "투자 프로젝트", "zh-hans": "投资项目"},
        "introduction": {"vi": "Các dự án tỉnh Đồng Tháp kêu gọi đầu tư, với mức độ sẵn sàng và ngày xác minh số liệu.", "en": "Projects Đồng Tháp Province invites investors to, with their readiness and the date their data was verified.", "ja": "ドンタップ省が投資家を募集している案件です。準備状況とデータ確認日を掲載しています。", "ko": "동탑성이 투자자를 모집하는 사업으로, 준비 상태와 자료 확인일을 함께 보여 줍니다.", "zh-hans": "同塔省招商项目，附准备程度和数据核实日期。"},
    },
    "opportunity": {
        "slug": {"vi": "co-hoi-nong-nghiep", "en": "agri-opportunities", "ja": "agri-opportunities", "ko": "agri-opportunities", "zh-hans": "agri-opportunities"},
        "title": {"vi": "Cơ hội nông nghiệp", "en": "Agricultural opportunities", "ja": "農業投資機会", "ko": "농업 투자 기회", "zh-hans": "农业投资机会"},
        "introduction": {"vi": "Hợp tác xã và doanh nghiệp nông nghiệp tìm người mua, đối tác chế biến, nhà đầu tư và công nghệ.", "en": "Farm cooperatives and agribusinesses looking for buyers, processors, investors and technology.", "ja": "買い手、加工業者、投資家、技術を求める農業協同組合とアグリビジネスです。", "ko": "구매자, 가공업체, 투자자, 기술을 찾는 농업 협동조합과 농업 기업입니다.", "zh-hans": "寻找买家、加工商、投资者和技术的农业合作社和农企。"},
    },
    "zone": {
        "slug": {"vi": "khu-cong-nghiep", "en": "industrial-zones", "ja": "industrial-zones", "ko": "industrial-zones", "zh-hans": "industrial-zones"},
        "title": {"vi": "Khu công nghiệp", "en": "Industrial zones", "ja": "工業団地", "ko": "산업단지", "zh-hans": "工业园区"},
        "introduction": {"vi": "Diện tích, tỷ lệ lấp đầy, giá thuê đất, hạ tầng và các lô đất còn trống.", "en": "Area, occupancy, land-lease prices, infrastructure and the plots still available.", "ja": "面積、入居率、土地賃料、インフラ、空き区画をご覧いただけます。", "ko": "면적, 입주율, 토지 임대료, 기반시설, 남은 부지를 확인하세요.", "zh-hans": "面积、入驻率、土地租金、基础设施和可用地块。"},
    },
}  # fmt: skip
