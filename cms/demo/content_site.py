"""Illustrative sample content for the demo investment portal of Đồng Tháp province, in five languages.

All addresses, phone numbers, e-mail addresses, websites, quotes and figures below are SAMPLE data:
plausible and approximate, but not official information.
"""

HOME = {
    "title": {
        "vi": "Đầu tư tại Đồng Tháp",
        "en": "Invest in Đồng Tháp",
        "ja": "ドンタップ省への投資",
        "ko": "동탑성 투자 안내",
        "zh-hans": "投资同塔",
    },
    "hero_heading": {
        "vi": "Đồng Tháp – cửa ngõ xanh của Đồng bằng sông Cửu Long",
        "en": "Đồng Tháp – a green gateway to the Mekong Delta",
        "ja": "ドンタップ省 ― メコンデルタの緑の玄関口",
        "ko": "동탑성 – 메콩델타의 푸른 관문",
        "zh-hans": "同塔——湄公河三角洲的绿色门户",
    },
    "hero_text": {
        "vi": (
            "Từ ngày 1/7/2025, Đồng Tháp và Tiền Giang hợp thành một tỉnh, hội tụ vùng nông nghiệp trù phú, "
            "các cảng sông trên sông Tiền và kết nối nhanh đến TP. Hồ Chí Minh."
        ),
        "en": (
            "Since 1 July 2025 Đồng Tháp and Tiền Giang form one province, combining fertile farmland, "
            "river ports on the Tiền River and fast links to Ho Chi Minh City."
        ),
        "ja": (
            "2025年7月1日よりドンタップ省とティエンザン省は一つの省となり、肥沃な農地、"
            "ティエン川の河川港、ホーチミン市への迅速なアクセスを兼ね備えています。"
        ),
        "ko": (
            "2025년 7월 1일부터 동탑성과 띠엔장성은 하나의 성으로 통합되어 비옥한 농지, "
            "띠엔강의 하천 항구, 호찌민시와의 빠른 연결성을 갖추고 있습니다."
        ),
        "zh-hans": (
            "自2025年7月1日起，同塔与前江合并为一个省，拥有肥沃的农田、前江沿岸的内河港口以及通往胡志明市的便捷交通。"
        ),
    },
    "key_figures": [
        {
            "value": "≈ 5,900 km²",
            "label": {
                "vi": "Diện tích tự nhiên sau hợp nhất năm 2025",
                "en": "Land area after the 2025 merger",
                "ja": "2025年の合併後の面積",
                "ko": "2025년 합병 후 면적",
                "zh-hans": "2025年合并后的面积",
            },
        },
        {
            "value": "≈ 4,000,000",
            "label": {
                "vi": "Dân số (ước tính)",
                "en": "Residents (estimate)",
                "ja": "人口（推計）",
                "ko": "인구(추정)",
                "zh-hans": "人口（估计）",
            },
        },
        {
            "value": "2–3 h",
            "label": {
                "vi": "Đường bộ đến TP. Hồ Chí Minh",
                "en": "By road to Ho Chi Minh City",
                "ja": "ホーチミン市まで陸路で",
                "ko": "호찌민시까지 육로 이동",
                "zh-hans": "公路前往胡志明市",
            },
        },
        {
            "value": "10+",
            "label": {
                "vi": "Khu công nghiệp đang hoạt động và quy hoạch",
                "en": "Industrial parks operating or planned",
                "ja": "稼働中・計画中の工業団地",
                "ko": "운영 중이거나 계획된 산업단지",
                "zh-hans": "已运营及规划中的工业园区",
            },
        },
    ],
}

ABOUT = {
    "slug": {
        "vi": "vi-sao-dau-tu",
        "en": "why-invest",
        "ja": "naze-toushi",
        "ko": "tuja-iyu",
        "zh-hans": "weishenme-touzi",
    },
    "title": {
        "vi": "Vì sao đầu tư vào Đồng Tháp",
        "en": "Why invest in Đồng Tháp",
        "ja": "ドンタップ省に投資する理由",
        "ko": "동탑성에 투자해야 하는 이유",
        "zh-hans": "为什么投资同塔",
    },
    "introduction": {
        "vi": "Vùng nông nghiệp trọng điểm bên sông Tiền, với công nghiệp, logistics và du lịch đang phát triển.",
        "en": "A farming powerhouse on the Tiền River with growing industry, logistics and tourism.",
        "ja": "ティエン川沿いの農業の中心地であり、工業・物流・観光も成長を続けています。",
        "ko": "띠엔강 유역의 농업 중심지로, 산업·물류·관광이 함께 성장하고 있습니다.",
        "zh-hans": "前江沿岸的农业重镇，工业、物流和旅游业正在蓬勃发展。",
    },
    "paragraphs": [
        {
            "vi": (
                "<p>Đồng Tháp là một trong những địa phương dẫn đầu cả nước về lúa gạo, cá tra, xoài Cao Lãnh "
                "và sen. Từ ngày 1/7/2025, sau khi hợp nhất với Tiền Giang, tỉnh có thêm các vùng cây ăn trái, "
                "ngành chế biến thủy sản và nhiều khu công nghiệp đã hình thành.</p>"
            ),
            "en": (
                "<p>Đồng Tháp is among Vietnam's leading producers of rice, pangasius, Cao Lãnh mango and lotus. "
                "Since the merger with Tiền Giang on 1 July 2025, the province also brings together fruit orchards, "
                "seafood processing and established industrial parks.</p>"
            ),
            "ja": (
                "<p>ドンタップ省は、コメ、パンガシウス、カオラン産マンゴー、蓮のベトナム有数の産地です。"
                "2025年7月1日のティエンザン省との合併により、果樹園、水産加工、既存の工業団地も加わりました。</p>"
            ),
            "ko": (
                "<p>동탑성은 쌀, 팡가시우스, 까오라인 망고, 연꽃의 베트남 주요 산지입니다. "
                "2025년 7월 1일 띠엔장성과 합병하면서 과수원, 수산물 가공, 기존 산업단지까지 갖추게 되었습니다.</p>"
            ),
            "zh-hans": (
                "<p>同塔是越南大米、巴沙鱼、高岭芒果和莲花的主要产地之一。"
                "2025年7月1日与前江省合并后，全省还拥有大片果园、水产加工业和已建成的工业园区。</p>"
            ),
        },
        {
            "vi": (
                "<p>Các cảng sông trên sông Tiền, tuyến cao tốc về TP. Hồ Chí Minh và sân bay Cần Thơ gần kề "
                "giúp nhà đầu tư kết nối thị trường. Làng hoa Sa Đéc và Vườn quốc gia Tràm Chim mở ra tiềm năng "
                "lớn cho du lịch sinh thái và du lịch nông nghiệp.</p>"
            ),
            "en": (
                "<p>River ports on the Tiền River, expressways towards Ho Chi Minh City and the nearby Cần Thơ "
                "airport connect investors to markets. Sa Đéc flower village and Tràm Chim National Park add "
                "strong potential for eco- and agri-tourism.</p>"
            ),
            "ja": (
                "<p>ティエン川の河川港、ホーチミン市へ向かう高速道路、近隣のカントー空港が市場へのアクセスを"
                "支えます。サデック花村とチャムチム国立公園は、エコツーリズムや農業観光に大きな可能性を"
                "もたらします。</p>"
            ),
            "ko": (
                "<p>띠엔강의 하천 항구, 호찌민시로 이어지는 고속도로, 인근 껀터 공항이 시장 접근성을 높여 줍니다. "
                "사덱 꽃마을과 짬찜 국립공원은 생태관광과 농촌관광에 큰 잠재력을 더해 줍니다.</p>"
            ),
            "zh-hans": (
                "<p>前江沿岸的内河港口、通往胡志明市的高速公路以及邻近的芹苴机场，帮助投资者便捷连接市场。"
                "沙沥花村和Tram Chim国家公园为生态旅游和农业旅游带来巨大潜力。</p>"
            ),
        },
    ],
    "quote": {
        "text": {
            "vi": (
                "Tỉnh sẵn sàng đồng hành cùng nhà đầu tư ở mọi bước, "
                "từ lần liên hệ đầu tiên đến khi dự án đi vào hoạt động."
            ),
            "en": "The province is ready to accompany investors at every step, from the first enquiry to operation.",
            "ja": "最初のお問い合わせから事業開始まで、省はあらゆる段階で投資家に寄り添います。",
            "ko": "첫 문의부터 사업 운영까지, 성은 모든 단계에서 투자자와 함께합니다.",
            "zh-hans": "从首次咨询到项目投产，本省在每一步都与投资者同行。",
        },
        "attribution": {
            "vi": "Trích dẫn minh họa – Bộ phận xúc tiến đầu tư của tỉnh",
            "en": "Illustrative quote – provincial investment promotion team",
            "ja": "引用例 ― 省投資促進チーム",
            "ko": "예시 인용 – 성 투자진흥팀",
            "zh-hans": "示例引言——省投资促进团队",
        },
    },
    "faq": {
        "title": {
            "vi": "Câu hỏi thường gặp",
            "en": "Frequently asked questions",
            "ja": "よくある質問",
            "ko": "자주 묻는 질문",
            "zh-hans": "常见问题",
        },
        "items": [
            {
                "question": {
                    "vi": "Tôi nên bắt đầu từ đâu?",
                    "en": "Where should I start?",
                    "ja": "まず何から始めればよいですか？",
                    "ko": "어디서부터 시작해야 하나요?",
                    "zh-hans": "我应该从哪里开始？",
                },
                "answer": {
                    "vi": (
                        "<p>Hãy liên hệ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch. Trung tâm phản hồi lần đầu "
                        "trong khoảng ba ngày làm việc và giới thiệu bạn đến cơ quan chuyên môn phù hợp.</p>"
                    ),
                    "en": (
                        "<p>Contact the Investment, Trade and Tourism Promotion Centre. It replies within about three "
                        "working days and refers you to the competent department.</p>"
                    ),
                    "ja": (
                        "<p>投資・貿易・観光促進センターにご連絡ください。約3営業日以内に最初の回答を行い、"
                        "担当部局をご紹介します。</p>"
                    ),
                    "ko": (
                        "<p>투자·무역·관광진흥센터로 연락해 주십시오. 약 3영업일 이내에 첫 답변을 드리고 "
                        "담당 부서를 안내해 드립니다.</p>"
                    ),
                    "zh-hans": (
                        "<p>请联系投资、贸易和旅游促进中心。中心约在三个工作日内首次答复，并为您对接主管部门。</p>"
                    ),
                },
            },
            {
                "question": {
                    "vi": "Những lĩnh vực nào được ưu tiên?",
                    "en": "Which sectors are prioritised?",
                    "ja": "優先分野は何ですか？",
                    "ko": "우선 분야는 무엇인가요?",
                    "zh-hans": "哪些领域是优先领域？",
                },
                "answer": {
                    "vi": (
                        "<p>Nông nghiệp công nghệ cao và chế biến thực phẩm, logistics và cảng sông, năng lượng "
                        "tái tạo cùng du lịch sinh thái là những lĩnh vực được quan tâm hàng đầu.</p>"
                    ),
                    "en": (
                        "<p>High-tech agriculture and food processing, logistics and river ports, renewable energy "
                        "and eco-tourism are among the main focus areas.</p>"
                    ),
                    "ja": (
                        "<p>ハイテク農業と食品加工、物流と河川港、"
                        "再生可能エネルギー、エコツーリズムなどが主な重点分野です。</p>"
                    ),
                    "ko": (
                        "<p>첨단 농업과 식품 가공, 물류와 하천 항만, "
                        "재생에너지, 생태관광 등이 주요 중점 분야입니다.</p>"
                    ),
                    "zh-hans": "<p>高科技农业与食品加工、物流与内河港口、可再生能源以及生态旅游等是主要重点领域。</p>",
                },
            },
            {
                "question": {
                    "vi": "Nhà đầu tư có được hưởng ưu đãi không?",
                    "en": "Are there incentives for investors?",
                    "ja": "投資優遇措置はありますか？",
                    "ko": "투자 인센티브가 있나요?",
                    "zh-hans": "投资者可以享受优惠政策吗？",
                },
                "answer": {
                    "vi": (
                        "<p>Có. Dự án thuộc lĩnh vực ưu tiên hoặc đặt trong khu công nghiệp có thể được ưu đãi về "
                        "thuế và tiền thuê đất theo quy định của pháp luật. Sở Tài chính sẽ hướng dẫn cụ thể cho "
                        "từng dự án.</p>"
                    ),
                    "en": (
                        "<p>Yes. Projects in priority sectors or industrial parks may qualify for tax and land-rent "
                        "incentives under national law. The Department of Finance confirms the details for each "
                        "project.</p>"
                    ),
                    "ja": (
                        "<p>はい。優先分野や工業団地内のプロジェクトは、国の法令に基づき税や土地賃料の優遇を"
                        "受けられる場合があります。詳細は財政局が案件ごとにご案内します。</p>"
                    ),
                    "ko": (
                        "<p>네. 우선 분야 또는 산업단지 내 사업은 국가 법령에 따라 세금 및 토지 임대료 혜택을 "
                        "받을 수 있습니다. 구체적인 내용은 재정국이 사업별로 안내합니다.</p>"
                    ),
                    "zh-hans": (
                        "<p>有。优先领域或工业园区内的项目可依法享受税收和土地租金优惠。"
                        "具体内容由财政厅根据各项目予以说明。</p>"
                    ),
                },
            },
        ],
    },
    "table": {
        "caption": {
            "vi": "Thời gian di chuyển ước tính bằng đường bộ từ trung tâm tỉnh (minh họa)",
            "en": "Approximate travel times by road from the provincial centre (illustrative)",
            "ja": "省中心部からの陸路での所要時間の目安（参考値）",
            "ko": "성 중심부에서 육로로 이동 시 예상 소요 시간(예시)",
            "zh-hans": "从省中心出发的公路行程时间（示意）",
        },
        "header": [
            {"vi": "Điểm đến", "en": "Destination", "ja": "目的地", "ko": "목적지", "zh-hans": "目的地"},
            {
                "vi": "Thời gian ước tính",
                "en": "Approximate travel time",
                "ja": "所要時間の目安",
                "ko": "예상 소요 시간",
                "zh-hans": "大致行程时间",
            },
        ],
        "rows": [
            [
                {
                    "vi": "TP. Hồ Chí Minh",
                    "en": "Ho Chi Minh City",
                    "ja": "ホーチミン市",
                    "ko": "호찌민시",
                    "zh-hans": "胡志明市",
                },
                {
                    "vi": "khoảng 2–3 giờ",
                    "en": "about 2–3 hours",
                    "ja": "約2～3時間",
                    "ko": "약 2~3시간",
                    "zh-hans": "约2至3小时",
                },
            ],
            [
                {
                    "vi": "Sân bay quốc tế Cần Thơ",
                    "en": "Cần Thơ International Airport",
                    "ja": "カントー国際空港",
                    "ko": "껀터 국제공항",
                    "zh-hans": "芹苴国际机场",
                },
                {
                    "vi": "khoảng 1–1,5 giờ",
                    "en": "about 1–1.5 hours",
                    "ja": "約1～1.5時間",
                    "ko": "약 1~1.5시간",
                    "zh-hans": "约1至1.5小时",
                },
            ],
            [
                {
                    "vi": "Sân bay quốc tế Tân Sơn Nhất",
                    "en": "Tân Sơn Nhất International Airport",
                    "ja": "タンソンニャット国際空港",
                    "ko": "떤선녓 국제공항",
                    "zh-hans": "新山一国际机场",
                },
                {
                    "vi": "khoảng 2–3 giờ",
                    "en": "about 2–3 hours",
                    "ja": "約2～3時間",
                    "ko": "약 2~3시간",
                    "zh-hans": "约2至3小时",
                },
            ],
            [
                {
                    "vi": "Cảng nước sâu Cái Mép – Thị Vải",
                    "en": "Cái Mép – Thị Vải deep-sea port",
                    "ja": "カイメップ・チーバイ深水港",
                    "ko": "까이멥-티바이 심해항",
                    "zh-hans": "盖梅-氏威深水港",
                },
                {
                    "vi": "khoảng 3–4 giờ",
                    "en": "about 3–4 hours",
                    "ja": "約3～4時間",
                    "ko": "약 3~4시간",
                    "zh-hans": "约3至4小时",
                },
            ],
        ],
    },
    "cta": {
        "title": {
            "vi": "Sẵn sàng tìm hiểu cơ hội đầu tư?",
            "en": "Ready to explore opportunities?",
            "ja": "投資機会を探ってみませんか？",
            "ko": "투자 기회를 살펴보시겠습니까?",
            "zh-hans": "准备好探索投资机会了吗？",
        },
        "text": {
            "vi": "Hãy cho chúng tôi biết về dự án của bạn, chúng tôi sẽ kết nối bạn với cơ quan phù hợp.",
            "en": "Tell us about your project and we will connect you with the right agency.",
            "ja": "プロジェクトの概要をお知らせください。適切な機関におつなぎします。",
            "ko": "프로젝트에 대해 알려 주시면 적합한 기관과 연결해 드리겠습니다.",
            "zh-hans": "请告诉我们您的项目，我们将为您对接合适的机构。",
        },
        "button_label": {
            "vi": "Liên hệ với chúng tôi",
            "en": "Contact us",
            "ja": "お問い合わせ",
            "ko": "문의하기",
            "zh-hans": "联系我们",
        },
    },
}

GUIDES_INDEX = {
    "slug": {
        "vi": "huong-dan-dau-tu",
        "en": "investor-guides",
        "ja": "toushi-gaido",
        "ko": "tuja-gaideu",
        "zh-hans": "touzi-zhinan",
    },
    "title": {
        "vi": "Hướng dẫn đầu tư",
        "en": "Investor guides",
        "ja": "投資ガイド",
        "ko": "투자 가이드",
        "zh-hans": "投资指南",
    },
    "introduction": {
        "vi": "Hướng dẫn từng bước để triển khai và vận hành dự án tại Đồng Tháp.",
        "en": "Step-by-step guides to setting up and running a project in Đồng Tháp.",
        "ja": "ドンタップ省で事業を立ち上げ、運営するためのステップ別ガイドです。",
        "ko": "동탑성에서 사업을 시작하고 운영하기 위한 단계별 안내입니다.",
        "zh-hans": "在同塔设立和运营项目的分步指南。",
    },
}

NEWS_INDEX = {
    "slug": {
        "vi": "tin-tuc",
        "en": "news",
        "ja": "nyuusu",
        "ko": "nyuseu",
        "zh-hans": "xinwen",
    },
    "title": {
        "vi": "Tin tức",
        "en": "News",
        "ja": "ニュース",
        "ko": "뉴스",
        "zh-hans": "新闻",
    },
    "introduction": {
        "vi": "Thông tin mới về đầu tư, thương mại và du lịch của tỉnh.",
        "en": "Updates on investment, trade and tourism in the province.",
        "ja": "省の投資・貿易・観光に関する最新情報です。",
        "ko": "성의 투자·무역·관광 관련 최신 소식입니다.",
        "zh-hans": "全省投资、贸易和旅游最新动态。",
    },
}

FOOTER_TEXT = {
    "vi": "Đây là cổng thông tin trình diễn; mọi số liệu và thông tin liên hệ chỉ là dữ liệu mẫu minh họa.",
    "en": "This is a demonstration portal; all figures and contact details are illustrative sample data.",
    "ja": "これはデモ用ポータルであり、掲載の数値や連絡先はすべて説明用のサンプルデータです。",
    "ko": "이 포털은 시연용이며, 모든 수치와 연락처는 예시용 샘플 데이터입니다.",
    "zh-hans": "本网站为演示门户，所有数据和联系方式均为示例数据。",
}

TAGLINE = {
    "vi": "Đất sen hồng, rộng cửa đón nhà đầu tư",
    "en": "Land of lotus, open for investment",
    "ja": "蓮の里、投資に開かれた地",
    "ko": "연꽃의 고장, 투자에 열린 땅",
    "zh-hans": "莲花之乡，投资热土",
}
