# ruff: noqa: E501  (data tables: one translated entry per line reads better than wrapped dicts)
"""Demo legal texts and glossary. The legal texts follow the real structure (law, amending law, provincial
resolution and decision; chapters of numbered articles) but their wording is an illustrative summary, not
the official text: every page carries the sample-data notice and says so in its summary."""

LEGAL_INDEX = {
    "slug": {
        "vi": "van-ban-phap-luat",
        "en": "legal-texts",
        "ja": "houritsu-bunsho",
        "ko": "beopryeong",
        "zh-hans": "falv-wenben",
    },
    "title": {"vi": "Văn bản pháp luật", "en": "Legal texts", "ja": "法令", "ko": "법령", "zh-hans": "法律文本"},
    "introduction": {
        "vi": "Các văn bản mà ưu đãi và thủ tục trên cổng thông tin dựa vào, từng điều một, kèm bản dịch tham khảo.",
        "en": "The texts that the incentives and procedures on this portal rest on, article by article, with translations for reference.",
        "ja": "本ポータルの優遇措置と手続きの根拠となる法令を、条文ごとに参考訳とともに掲載しています。",
        "ko": "이 포털의 우대 조치와 절차의 근거가 되는 법령을 조문별로 참고 번역과 함께 제공합니다.",
        "zh-hans": "本门户所列优惠政策和手续所依据的法律文本，逐条列出并附参考译文。",
    },
}

ILLUSTRATIVE = {
    "vi": "Tóm tắt minh họa theo cấu trúc văn bản thật; không phải văn bản chính thức.",
    "en": "An illustrative summary following the real text's structure; not the official text.",
    "ja": "実際の法令の構成に沿った説明用の要約であり、公式の条文ではありません。",
    "ko": "실제 법령의 구성을 따른 예시 요약이며 공식 조문이 아닙니다.",
    "zh-hans": "按真实文本结构编写的示例摘要，并非正式文本。",
}

# key, kind, number, issuer, issued, in force from, status, amended by (key), title, articles
LEGAL_DOCUMENTS = [
    {
        "key": "investment_law",
        "kind": "law",
        "number": "61/2020/QH14",
        "issued_on": "2020-06-17",
        "effective_from": "2021-01-01",
        "status": "amended",
        "amended_by": "amending_law",
        "slug": {
            "vi": "luat-dau-tu-2020",
            "en": "investment-law-2020",
            "ja": "toushi-hou-2020",
            "ko": "tuja-beop-2020",
            "zh-hans": "touzi-fa-2020",
        },
        "title": {"vi": "Luật Đầu tư", "en": "Law on Investment", "ja": "投資法", "ko": "투자법", "zh-hans": "投资法"},
        "issuer": {"vi": "Quốc hội", "en": "National Assembly", "ja": "国会", "ko": "국회", "zh-hans": "国会"},
        "articles": [
            {
                "number": "15",
                "heading": {
                    "vi": "Hình thức và đối tượng áp dụng ưu đãi đầu tư",
                    "en": "Forms of investment incentives and who may receive them",
                    "ja": "投資優遇の形式と対象",
                    "ko": "투자 우대의 형식과 적용 대상",
                    "zh-hans": "投资优惠的形式和适用对象",
                },
                "text": {
                    "vi": "1. Các hình thức ưu đãi đầu tư gồm:\na) Ưu đãi thuế thu nhập doanh nghiệp: thuế suất thấp hơn, miễn thuế, giảm thuế có thời hạn;\nb) Miễn thuế nhập khẩu đối với hàng hóa nhập khẩu để tạo tài sản cố định;\nc) Miễn, giảm tiền sử dụng đất, tiền thuê đất, thuế sử dụng đất.\n2. Đối tượng được hưởng ưu đãi gồm dự án thuộc ngành, nghề ưu đãi đầu tư và dự án tại địa bàn ưu đãi đầu tư.",
                    "en": "1. Investment incentives take these forms:\na) corporate income tax incentives: a lower rate, exemption, or a reduction for a set period;\nb) exemption from import duty on goods imported to form fixed assets;\nc) exemption from or reduction of land use fees, land rent and land use tax.\n2. Incentives apply to projects in encouraged sectors and projects in encouraged areas.",
                    "ja": "1. 投資優遇の形式は次のとおりとする。\na) 法人所得税の優遇：軽減税率、期間を定めた免税・減税\nb) 固定資産を形成するための輸入品に対する輸入税の免除\nc) 土地使用料、土地賃料、土地使用税の免除・減額\n2. 優遇の対象は、投資奨励分野の案件及び投資奨励地域の案件とする。",
                    "ko": "1. 투자 우대의 형식은 다음과 같다.\na) 법인소득세 우대: 낮은 세율, 기간을 정한 면세 및 감세\nb) 고정자산 형성을 위한 수입 물품의 수입관세 면제\nc) 토지사용료, 토지임대료, 토지사용세의 면제 또는 감면\n2. 우대 대상은 투자 장려 업종의 사업과 투자 장려 지역의 사업이다.",
                    "zh-hans": "1. 投资优惠的形式包括：\na) 企业所得税优惠：较低税率、限期免税和减税；\nb) 对为形成固定资产而进口的货物免征进口税；\nc) 免除或减少土地使用费、土地租金和土地使用税。\n2. 享受优惠的对象为鼓励类行业项目和鼓励类地区项目。",
                },
            },
            {
                "number": "16",
                "heading": {
                    "vi": "Ngành, nghề ưu đãi đầu tư và địa bàn ưu đãi đầu tư",
                    "en": "Encouraged sectors and encouraged areas",
                    "ja": "投資奨励分野及び投資奨励地域",
                    "ko": "투자 장려 업종 및 투자 장려 지역",
                    "zh-hans": "鼓励类行业和鼓励类地区",
                },
                "text": {
                    "vi": "1. Ngành, nghề ưu đãi đầu tư gồm: hoạt động công nghệ cao; sản xuất năng lượng tái tạo; nuôi trồng, chế biến nông sản, thủy sản; sản xuất sản phẩm công nghiệp hỗ trợ.\n2. Địa bàn ưu đãi đầu tư gồm địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn và khu công nghiệp, khu kinh tế.",
                    "en": "1. Encouraged sectors include: high-technology activities; renewable energy production; growing and processing agricultural and aquatic products; supporting industry products.\n2. Encouraged areas include areas with difficult or extremely difficult socio-economic conditions, and industrial parks and economic zones.",
                    "ja": "1. 投資奨励分野には、ハイテク活動、再生可能エネルギーの生産、農水産物の栽培・養殖及び加工、裾野産業製品の生産が含まれる。\n2. 投資奨励地域には、社会経済条件が困難又は特に困難な地域、工業団地及び経済区が含まれる。",
                    "ko": "1. 투자 장려 업종에는 첨단기술 활동, 재생에너지 생산, 농수산물 재배·양식 및 가공, 부품소재 산업 제품 생산이 포함된다.\n2. 투자 장려 지역에는 사회경제적 여건이 어렵거나 특히 어려운 지역과 산업단지 및 경제구역이 포함된다.",
                    "zh-hans": "1. 鼓励类行业包括：高新技术活动；可再生能源生产；农产品和水产品的种植、养殖和加工；配套工业产品生产。\n2. 鼓励类地区包括社会经济条件困难和特别困难的地区，以及工业区和经济区。",
                },
            },
        ],
    },
    {
        "key": "amending_law",
        "kind": "law",
        "number": "03/2022/QH15",
        "issued_on": "2022-01-11",
        "effective_from": "2022-03-01",
        "status": "in_force",
        "slug": {
            "vi": "luat-sua-doi-luat-dau-tu-2022",
            "en": "law-amending-the-investment-law-2022",
            "ja": "toushi-hou-kaisei-2022",
            "ko": "tuja-beop-gaejeong-2022",
            "zh-hans": "touzi-fa-xiuzheng-2022",
        },
        "title": {
            "vi": "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư",
            "en": "Law amending certain articles of the Law on Investment",
            "ja": "投資法の一部を改正する法律",
            "ko": "투자법 일부 개정법",
            "zh-hans": "关于修改和补充投资法若干条款的法律",
        },
        "issuer": {"vi": "Quốc hội", "en": "National Assembly", "ja": "国会", "ko": "국회", "zh-hans": "国会"},
        "articles": [
            {
                "number": "3",
                "heading": {
                    "vi": "Sửa đổi, bổ sung một số điều của Luật Đầu tư",
                    "en": "Amendments to certain articles of the Law on Investment",
                    "ja": "投資法の一部改正",
                    "ko": "투자법 일부 조항의 개정",
                    "zh-hans": "修改和补充投资法若干条款",
                },
                "text": {
                    "vi": "Bổ sung ngành, nghề ưu đãi đầu tư tại Điều 16 và làm rõ thủ tục chấp thuận chủ trương đầu tư đối với dự án tại khu công nghiệp.",
                    "en": "Adds encouraged sectors to Article 16 and clarifies the in-principle approval procedure for projects in industrial parks.",
                    "ja": "第16条の投資奨励分野を追加し、工業団地内の案件に係る投資方針承認手続きを明確化する。",
                    "ko": "제16조의 투자 장려 업종을 추가하고 산업단지 내 사업의 투자 방침 승인 절차를 명확히 한다.",
                    "zh-hans": "在第十六条中增加鼓励类行业，并明确工业区内项目的投资主张批准程序。",
                },
            },
        ],
    },
    {
        "key": "agri_resolution",
        "kind": "resolution",
        "number": "15/2025/NQ-HĐND",
        "issued_on": "2025-07-15",
        "effective_from": "2025-08-01",
        "status": "in_force",
        "slug": {
            "vi": "nghi-quyet-ho-tro-dau-tu-nong-nghiep",
            "en": "resolution-on-support-for-agricultural-investment",
            "ja": "nougyou-toushi-shien-ketsugi",
            "ko": "nongeop-tuja-jiwon-gyeorui",
            "zh-hans": "nongye-touzi-fuchi-jueyi",
        },
        "title": {
            "vi": "Nghị quyết về chính sách hỗ trợ đầu tư vào nông nghiệp, nông thôn trên địa bàn tỉnh",
            "en": "Resolution on support for investment in agriculture and rural areas in the province",
            "ja": "省内の農業・農村投資に対する支援政策に関する決議",
            "ko": "성내 농업·농촌 투자 지원 정책에 관한 결의",
            "zh-hans": "关于本省农业农村投资扶持政策的决议",
        },
        "issuer": {
            "vi": "Hội đồng nhân dân tỉnh Đồng Tháp",
            "en": "People's Council of Đồng Tháp Province",
            "ja": "ドンタップ省人民評議会",
            "ko": "동탑성 인민의회",
            "zh-hans": "同塔省人民议会",
        },
        "articles": [
            {
                "number": "1",
                "heading": {
                    "vi": "Phạm vi điều chỉnh",
                    "en": "Scope",
                    "ja": "適用範囲",
                    "ko": "적용 범위",
                    "zh-hans": "调整范围",
                },
                "text": {
                    "vi": "Nghị quyết này quy định chính sách hỗ trợ doanh nghiệp, hợp tác xã đầu tư vào nông nghiệp, nông thôn trên địa bàn tỉnh.",
                    "en": "This resolution sets the support that enterprises and cooperatives investing in agriculture and rural areas of the province receive.",
                    "ja": "本決議は、省内の農業・農村に投資する企業及び協同組合に対する支援政策を定める。",
                    "ko": "이 결의는 성내 농업·농촌에 투자하는 기업과 협동조합에 대한 지원 정책을 규정한다.",
                    "zh-hans": "本决议规定对在本省农业农村领域投资的企业和合作社的扶持政策。",
                },
            },
            {
                "number": "3",
                "heading": {
                    "vi": "Mức hỗ trợ",
                    "en": "Levels of support",
                    "ja": "支援額",
                    "ko": "지원 수준",
                    "zh-hans": "扶持标准",
                },
                "text": {
                    "vi": "1. Hỗ trợ 50% chi phí đào tạo nghề cho lao động của dự án.\n2. Hỗ trợ 50% chi phí xúc tiến thương mại, tối đa 3 năm.\n3. Hỗ trợ đầu tư hạ tầng vùng nguyên liệu theo dự án được duyệt.",
                    "en": "1. 50% of the cost of vocational training for the project's workers.\n2. 50% of the cost of trade promotion, for up to 3 years.\n3. Support for raw-material area infrastructure, as approved per project.",
                    "ja": "1. 案件の労働者の職業訓練費用の50%を支援する。\n2. 貿易促進費用の50%を最長3年間支援する。\n3. 承認された案件ごとに原料産地のインフラ投資を支援する。",
                    "ko": "1. 사업 근로자의 직업훈련 비용의 50%를 지원한다.\n2. 무역 진흥 비용의 50%를 최대 3년간 지원한다.\n3. 승인된 사업별로 원료 산지 기반시설 투자를 지원한다.",
                    "zh-hans": "1. 补贴项目职工职业培训费用的50%。\n2. 补贴贸易促进费用的50%，最长3年。\n3. 按批准的项目扶持原料区基础设施投资。",
                },
            },
        ],
    },
    {
        "key": "project_list_decision",
        "kind": "decision",
        "number": "1200/QĐ-UBND",
        "issued_on": "2025-09-01",
        "effective_from": "2025-09-01",
        "status": "in_force",
        "slug": {
            "vi": "quyet-dinh-danh-muc-du-an-keu-goi-dau-tu",
            "en": "decision-on-the-list-of-projects-calling-for-investment",
            "ja": "toushi-boshuu-anken-risuto-kettei",
            "ko": "tuja-yuchi-saeop-mongnok-gyeoljeong",
            "zh-hans": "zhaoshang-xiangmu-mulu-jueding",
        },
        "title": {
            "vi": "Quyết định ban hành danh mục dự án kêu gọi đầu tư",
            "en": "Decision issuing the list of projects calling for investment",
            "ja": "投資募集案件リストを公布する決定",
            "ko": "투자 유치 사업 목록 공포 결정",
            "zh-hans": "关于公布招商项目目录的决定",
        },
        "issuer": {
            "vi": "Ủy ban nhân dân tỉnh Đồng Tháp",
            "en": "People's Committee of Đồng Tháp Province",
            "ja": "ドンタップ省人民委員会",
            "ko": "동탑성 인민위원회",
            "zh-hans": "同塔省人民委员会",
        },
        "articles": [
            {
                "number": "1",
                "heading": {
                    "vi": "Ban hành danh mục",
                    "en": "The list",
                    "ja": "リストの公布",
                    "ko": "목록의 공포",
                    "zh-hans": "公布目录",
                },
                "text": {
                    "vi": "Ban hành kèm theo Quyết định này danh mục dự án kêu gọi đầu tư của tỉnh, gồm thông tin về địa điểm, quy mô, tổng vốn dự kiến và hình thức đầu tư.",
                    "en": "The province's list of projects calling for investment is issued with this decision, with each project's location, size, estimated total capital and form of investment.",
                    "ja": "本決定とともに、所在地、規模、予定総投資額及び投資形態を記載した省の投資募集案件リストを公布する。",
                    "ko": "이 결정과 함께 위치, 규모, 예상 총투자액 및 투자 형태를 포함한 성의 투자 유치 사업 목록을 공포한다.",
                    "zh-hans": "随本决定公布本省招商项目目录，包括各项目的地点、规模、预计总投资和投资形式。",
                },
            },
        ],
    },
]

# Which article each demo incentive rests on: incentive key → (document key, article number).
INCENTIVE_LEGAL_BASIS = {
    "cit": ("investment_law", "15"),
    "import": ("investment_law", "15"),
    "land": ("investment_law", "15"),
    "agri": ("agri_resolution", "3"),
}

# Which article the first step of a guide rests on: guide slug (vi) → (document key, article number).
GUIDE_LEGAL_BASIS = {
    "chu-truong-dau-tu-va-irc": ("investment_law", "16"),
    "thue-dat-khu-cong-nghiep": ("investment_law", "15"),
}

GLOSSARY_PAGE = {
    "slug": {"vi": "thuat-ngu", "en": "glossary", "ja": "yougoshuu", "ko": "yongeojip", "zh-hans": "shuyu"},
    "title": {"vi": "Thuật ngữ", "en": "Glossary", "ja": "用語集", "ko": "용어집", "zh-hans": "术语表"},
    "introduction": {
        "vi": "Các thuật ngữ đầu tư và hành chính dùng trên cổng thông tin, kèm định nghĩa.",
        "en": "The investment and administrative terms used on this portal, with their definitions.",
        "ja": "本ポータルで使われる投資・行政用語とその定義です。",
        "ko": "이 포털에서 쓰는 투자·행정 용어와 그 정의입니다.",
        "zh-hans": "本门户使用的投资和行政术语及其定义。",
    },
}

# key, English interface labels it governs, then term and definition per language.
GLOSSARY = [
    {
        "key": "area",
        "ui_labels": "Area\nTotal area",
        "term": {"vi": "Diện tích", "en": "Area", "ja": "面積", "ko": "면적", "zh-hans": "面积"},
        "definition": {
            "vi": "Diện tích đất của dự án hoặc khu công nghiệp, tính bằng héc-ta (1 ha = 10.000 m²).",
            "en": "The land area of a project or industrial park, in hectares (1 ha = 10,000 m²).",
            "ja": "案件又は工業団地の土地面積で、ヘクタール単位（1ヘクタール＝10,000平方メートル）。",
            "ko": "사업 또는 산업단지의 토지 면적으로 헥타르 단위입니다(1헥타르 = 10,000㎡).",
            "zh-hans": "项目或工业区的土地面积，以公顷计（1公顷＝10,000平方米）。",
        },
    },
    {
        "key": "industrial-zone",
        "ui_labels": "Industrial zone\nindustrial zone",
        "term": {
            "vi": "Khu công nghiệp",
            "en": "Industrial zone",
            "ja": "工業団地",
            "ko": "산업단지",
            "zh-hans": "工业区",
        },
        "definition": {
            "vi": "Khu vực có ranh giới xác định, chuyên sản xuất công nghiệp, do Ban quản lý các khu công nghiệp của tỉnh quản lý.",
            "en": "A bounded area for industrial production, managed by the province's Industrial Zones Management Board.",
            "ja": "工業生産専用の境界が定められた区域で、省の工業団地管理委員会が管理します。",
            "ko": "산업 생산을 위한 경계가 정해진 구역으로, 성 산업단지관리위원회가 관리합니다.",
            "zh-hans": "边界明确、专门用于工业生产的区域，由省工业区管理委员会管理。",
        },
    },
    {
        "key": "ppp",
        "ui_labels": "Public-private partnership (PPP)",
        "term": {"vi": "PPP", "en": "PPP", "ja": "PPP", "ko": "PPP", "zh-hans": "PPP"},
        "definition": {
            "vi": "Đầu tư theo phương thức đối tác công tư: Nhà nước và nhà đầu tư tư nhân cùng thực hiện dự án theo hợp đồng.",
            "en": "Public-private partnership: the State and a private investor carry out a project together under a contract.",
            "ja": "官民連携：国と民間投資家が契約に基づき共同で案件を実施する方式。",
            "ko": "민관협력: 국가와 민간 투자자가 계약에 따라 함께 사업을 수행하는 방식.",
            "zh-hans": "政府和社会资本合作：国家与私人投资者根据合同共同实施项目。",
        },
    },
    {
        "key": "bcc",
        "ui_labels": "Business cooperation contract (BCC)",
        "term": {
            "vi": "Hợp đồng hợp tác kinh doanh",
            "en": "Business cooperation contract",
            "ja": "事業協力契約",
            "ko": "사업협력계약",
            "zh-hans": "合作经营合同",
        },
        "definition": {
            "vi": "Hợp đồng hợp tác kinh doanh giữa các nhà đầu tư để phân chia lợi nhuận mà không thành lập tổ chức kinh tế mới.",
            "en": "A contract between investors to share profits from a business without setting up a new legal entity.",
            "ja": "新たな法人を設立せずに、投資家間で事業の利益を分配する契約。",
            "ko": "새로운 법인을 설립하지 않고 투자자 간에 사업 이익을 나누는 계약.",
            "zh-hans": "投资者之间在不设立新经济组织的情况下分配经营利润的合同。",
        },
    },
    {
        "key": "land-clearance",
        "ui_labels": "Land clearance",
        "term": {
            "vi": "Giải phóng mặt bằng",
            "en": "Land clearance",
            "ja": "用地確保",
            "ko": "부지 정리",
            "zh-hans": "征地拆迁",
        },
        "definition": {
            "vi": "Việc thu hồi, bồi thường và bàn giao đất sạch cho dự án.",
            "en": "Recovering the land, compensating its users and handing the cleared site to the project.",
            "ja": "土地の収用、補償及び整地済み用地の引渡し。",
            "ko": "토지 회수, 보상 및 정리된 부지의 인도.",
            "zh-hans": "收回土地、给予补偿并向项目交付净地。",
        },
    },
    {
        "key": "investment-policy-approval",
        "ui_labels": "",
        "term": {
            "vi": "Chấp thuận chủ trương đầu tư",
            "en": "In-principle investment approval",
            "ja": "投資方針承認",
            "ko": "투자 방침 승인",
            "zh-hans": "投资主张批准",
        },
        "definition": {
            "vi": "Quyết định của cơ quan có thẩm quyền chấp thuận mục tiêu, địa điểm, quy mô, tiến độ của dự án.",
            "en": "The competent authority's decision approving a project's objectives, location, size and schedule.",
            "ja": "管轄機関が案件の目的、所在地、規模及び工程を承認する決定。",
            "ko": "관할 기관이 사업의 목표, 위치, 규모, 일정을 승인하는 결정.",
            "zh-hans": "主管机关批准项目目标、地点、规模和进度的决定。",
        },
    },
    {
        "key": "commune",
        "ui_labels": "Commune",
        "term": {"vi": "Xã", "en": "Commune", "ja": "社", "ko": "사", "zh-hans": "社"},
        "definition": {
            "vi": "Đơn vị hành chính cấp cơ sở ở nông thôn; từ 1/7/2025 trực thuộc tỉnh.",
            "en": "The basic rural administrative unit; since 1 July 2025 directly under the province.",
            "ja": "農村部の基礎行政単位。2025年7月1日から省の直轄。",
            "ko": "농촌 지역의 기초 행정 단위로, 2025년 7월 1일부터 성 직할입니다.",
            "zh-hans": "农村基层行政单位；自2025年7月1日起直属于省。",
        },
    },
    {
        "key": "ward",
        "ui_labels": "Ward",
        "term": {"vi": "Phường", "en": "Ward", "ja": "坊", "ko": "방", "zh-hans": "坊"},
        "definition": {
            "vi": "Đơn vị hành chính cấp cơ sở ở đô thị; từ 1/7/2025 trực thuộc tỉnh.",
            "en": "The basic urban administrative unit; since 1 July 2025 directly under the province.",
            "ja": "都市部の基礎行政単位。2025年7月1日から省の直轄。",
            "ko": "도시 지역의 기초 행정 단위로, 2025년 7월 1일부터 성 직할입니다.",
            "zh-hans": "城市基层行政单位；自2025年7月1日起直属于省。",
        },
    },
    {
        "key": "peoples-committee",
        "ui_labels": "",
        "term": {
            "vi": "Ủy ban nhân dân",
            "en": "People's Committee",
            "ja": "人民委員会",
            "ko": "인민위원회",
            "zh-hans": "人民委员会",
        },
        "definition": {
            "vi": "Cơ quan hành chính nhà nước ở địa phương; cấp tỉnh quyết định danh mục dự án kêu gọi đầu tư.",
            "en": "The local state administration; at province level it decides the list of projects calling for investment.",
            "ja": "地方の国家行政機関。省レベルで投資募集案件リストを決定します。",
            "ko": "지방 국가행정기관으로, 성급에서 투자 유치 사업 목록을 결정합니다.",
            "zh-hans": "地方国家行政机关；省级人民委员会决定招商项目目录。",
        },
    },
]
