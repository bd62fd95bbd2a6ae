"""Illustrative sample news and events for the demo site, in five languages.

Invented but plausible content for demonstration only: none of it is official information.
"""

NEWS = [
    {
        "slug": {
            "vi": "hoi-nghi-dau-tu-chuoi-gia-tri-sen-2026",
            "en": "lotus-value-chain-investment-conference-2026",
            "ja": "hasu-bariuchein-toshi-kaigi-2026",
            "ko": "yeonkkot-gachisasul-tuja-hoeui-2026",
            "zh-hans": "lianhua-jiazhilian-touzi-huiyi-2026",
        },
        "kind": "event",
        "date": "2026-12-03",
        "event_end": "2026-12-04",
        "event_location": {
            "vi": "Cao Lãnh, Đồng Tháp",
            "en": "Cao Lãnh, Đồng Tháp",
            "ja": "ドンタップ省カオラン",
            "ko": "동탑성 까오라인",
            "zh-hans": "同塔省高岭",
        },
        "title": {
            "vi": "Hội nghị xúc tiến đầu tư chuỗi giá trị sen",
            "en": "Lotus value-chain investment conference",
            "ja": "ハス・バリューチェーン投資促進会議",
            "ko": "연꽃 가치사슬 투자 촉진 회의",
            "zh-hans": "莲花价值链投资促进会议",
        },
        "summary": {
            "vi": "Hội nghị giới thiệu cơ hội đầu tư vào trồng, chế biến và du lịch gắn với cây sen Đồng Tháp.",
            "en": "The conference presents investment opportunities in growing, processing and tourism "
            "linked to the Đồng Tháp lotus.",
            "ja": "ドンタップのハスに関わる栽培、加工、観光分野の投資機会を紹介する会議です。",
            "ko": "동탑 연꽃과 관련된 재배, 가공, 관광 분야의 투자 기회를 소개하는 회의입니다.",
            "zh-hans": "会议将介绍与同塔莲花相关的种植、加工和旅游投资机会。",
        },
        "paragraphs": [
            {
                "vi": "<p>Hội nghị dự kiến quy tụ nhà đầu tư, hợp tác xã và doanh nghiệp chế biến để thảo luận về "
                "vùng nguyên liệu sen, sản phẩm từ hạt sen, ngó sen và trà sen.</p>",
                "en": "<p>The conference is expected to bring together investors, cooperatives and processors "
                "to discuss lotus growing areas and products made from lotus seeds, roots and tea.</p>",
                "ja": "<p>会議には投資家、協同組合、加工企業が集まり、ハスの原料産地や、ハスの実、レンコン、"
                "ハス茶などの製品について意見交換を行う予定です。</p>",
                "ko": "<p>이번 회의에는 투자자, 협동조합, 가공 기업이 모여 연꽃 원료 재배 지역과 연씨, 연근, "
                "연꽃차 등 제품에 대해 논의할 예정입니다.</p>",
                "zh-hans": "<p>会议预计将汇聚投资者、合作社和加工企业，共同探讨莲花原料种植区以及莲子、莲藕、"
                "莲花茶等产品。</p>",
            },
            {
                "vi": "<p>Bên lề hội nghị có tham quan thực địa các đầm sen và cơ sở chế biến, cùng các buổi gặp gỡ "
                "song phương giữa nhà đầu tư và địa phương.</p>",
                "en": "<p>Side activities include field visits to lotus ponds and processing facilities, as well as "
                "bilateral meetings between investors and local authorities.</p>",
                "ja": "<p>会議に合わせて、ハス池や加工施設の現地視察、投資家と地方当局との個別面談も行われます。</p>",
                "ko": "<p>회의와 함께 연꽃 연못과 가공 시설 현장 방문, 투자자와 지방 당국 간 양자 면담도 "
                "진행됩니다.</p>",
                "zh-hans": "<p>会议期间还将安排莲塘和加工厂实地考察，以及投资者与地方政府的双边洽谈。</p>",
            },
        ],
    },
    {
        "slug": {
            "vi": "xoai-cao-lanh-xuat-khau-nhat-ban-han-quoc",
            "en": "cao-lanh-mango-shipments-japan-korea",
            "ja": "kaoran-mango-nihon-kankoku-yushutsu",
            "ko": "kkaolain-manggo-ilbon-hanguk-suchul",
            "zh-hans": "gaoling-mangguo-chukou-riben-hanguo",
        },
        "kind": "news",
        "date": "2026-06-16",
        "event_end": None,
        "event_location": None,
        "title": {
            "vi": "Xoài Cao Lãnh tiếp tục xuất khẩu sang Nhật Bản và Hàn Quốc",
            "en": "Cao Lãnh mangoes continue shipping to Japan and Korea",
            "ja": "カオラン産マンゴー、日本と韓国への輸出を継続",
            "ko": "까오라인 망고, 일본·한국 수출 이어가",
            "zh-hans": "高岭芒果继续出口日本和韩国",
        },
        "summary": {
            "vi": "Các lô xoài đạt tiêu chuẩn kiểm dịch được đóng gói tại địa phương "
            "và vận chuyển sang hai thị trường khó tính.",
            "en": "Mango lots meeting quarantine standards were packed locally and shipped to two demanding markets.",
            "ja": "検疫基準を満たしたマンゴーが地元で梱包され、品質要求の高い二つの市場へ出荷されました。",
            "ko": "검역 기준을 충족한 망고가 현지에서 포장되어 까다로운 두 시장으로 수출되었습니다.",
            "zh-hans": "符合检疫标准的芒果在当地完成包装，运往两个要求严格的市场。",
        },
        "paragraphs": [
            {
                "vi": "<p>Vùng trồng xoài được cấp mã số và áp dụng quy trình canh tác theo hướng VietGAP nhằm "
                "đáp ứng yêu cầu truy xuất nguồn gốc của nhà nhập khẩu.</p>",
                "en": "<p>Mango growing areas hold registered codes and follow VietGAP-oriented practices to meet "
                "importers' traceability requirements.</p>",
                "ja": "<p>マンゴー産地は栽培地コードを取得し、輸入業者のトレーサビリティ要件に応えるため、"
                "VietGAPに沿った栽培を行っています。</p>",
                "ko": "<p>망고 재배 지역은 재배지 코드를 부여받고, 수입업체의 이력 추적 요건을 충족하기 위해 "
                "VietGAP 기준에 따른 재배 방식을 적용하고 있습니다.</p>",
                "zh-hans": "<p>芒果种植区已获得种植区编码，并按照VietGAP标准进行种植，以满足进口商的溯源要求。</p>",
            },
            {
                "vi": "<p>Doanh nghiệp quan tâm có thể tìm hiểu cơ hội đầu tư vào kho lạnh, cơ sở xử lý hơi nước "
                "nóng và đóng gói phục vụ xuất khẩu trái cây.</p>",
                "en": "<p>Interested companies can explore investment opportunities in cold storage, vapour heat "
                "treatment and packing facilities for fruit exports.</p>",
                "ja": "<p>関心のある企業は、果物輸出向けの冷蔵倉庫、蒸熱処理施設、梱包施設への投資機会を"
                "検討できます。</p>",
                "ko": "<p>관심 있는 기업은 과일 수출을 위한 냉장 창고, 증열 처리 시설, 포장 시설에 대한 투자 "
                "기회를 검토할 수 있습니다.</p>",
                "zh-hans": "<p>有意向的企业可了解水果出口所需的冷库、蒸热处理和包装设施等投资机会。</p>",
            },
        ],
    },
    {
        "slug": {
            "vi": "doan-xuc-tien-dau-tu-tai-han-quoc-2026",
            "en": "investment-promotion-delegation-korea-2026",
            "ja": "kankoku-toshi-sokushin-shisetsudan-2026",
            "ko": "hanguk-tuja-yuchi-sajeoldan-2026",
            "zh-hans": "hanguo-touzi-cujin-daibiaotuan-2026",
        },
        "kind": "event",
        "date": "2026-10-20",
        "event_end": "2026-10-23",
        "event_location": {
            "vi": "Seoul, Hàn Quốc",
            "en": "Seoul, South Korea",
            "ja": "韓国・ソウル",
            "ko": "대한민국 서울",
            "zh-hans": "韩国首尔",
        },
        "title": {
            "vi": "Đoàn xúc tiến đầu tư Đồng Tháp tại Hàn Quốc",
            "en": "Đồng Tháp investment promotion delegation to Korea",
            "ja": "ドンタップ省投資促進ミッション、韓国を訪問",
            "ko": "동탑성 투자 유치 사절단 한국 방문",
            "zh-hans": "同塔省投资促进代表团赴韩国",
        },
        "summary": {
            "vi": "Đoàn dự kiến gặp gỡ doanh nghiệp Hàn Quốc trong các lĩnh vực chế biến nông sản, "
            "logistics và năng lượng tái tạo.",
            "en": "The delegation plans to meet Korean companies in agro-processing, logistics and renewable energy.",
            "ja": "ミッションは農産物加工、物流、再生可能エネルギー分野の韓国企業との面談を予定しています。",
            "ko": "사절단은 농산물 가공, 물류, 재생에너지 분야의 한국 기업들과 만날 예정입니다.",
            "zh-hans": "代表团计划与农产品加工、物流和可再生能源领域的韩国企业会面。",
        },
        "paragraphs": [
            {
                "vi": "<p>Chương trình gồm hội thảo giới thiệu môi trường đầu tư của tỉnh, các buổi làm việc với "
                "hiệp hội doanh nghiệp và tham quan một số khu công nghiệp tại Hàn Quốc.</p>",
                "en": "<p>The programme includes a seminar on the province's investment environment, meetings with "
                "business associations and visits to industrial parks in Korea.</p>",
                "ja": "<p>プログラムには、省の投資環境を紹介するセミナー、経済団体との会合、韓国の工業団地の"
                "視察が含まれます。</p>",
                "ko": "<p>프로그램에는 성의 투자 환경을 소개하는 세미나, 경제 단체와의 간담회, 한국 산업단지 "
                "시찰이 포함됩니다.</p>",
                "zh-hans": "<p>活动内容包括省投资环境推介会、与商业协会座谈以及参观韩国工业园区。</p>",
            },
            {
                "vi": "<p>Doanh nghiệp Hàn Quốc muốn đăng ký gặp song phương với đoàn có thể liên hệ trước qua "
                "trung tâm xúc tiến đầu tư của tỉnh.</p>",
                "en": "<p>Korean companies wishing to book a bilateral meeting with the delegation can contact the "
                "provincial investment promotion centre in advance.</p>",
                "ja": "<p>ミッションとの個別面談を希望する韓国企業は、事前に省の投資促進センターまでお問い合わせ"
                "ください。</p>",
                "ko": "<p>사절단과의 양자 면담을 원하는 한국 기업은 성 투자촉진센터에 사전에 문의하시기 바랍니다.</p>",
                "zh-hans": "<p>希望与代表团进行双边洽谈的韩国企业，可提前联系省投资促进中心。</p>",
            },
        ],
    },
    {
        "slug": {
            "vi": "quy-hoach-trung-tam-logistics-ven-song-tien",
            "en": "new-logistics-centre-planned-tien-river",
            "ja": "tien-gawa-butsuryu-center-keikaku",
            "ko": "tien-gang-mulryu-senteo-gyehoek",
            "zh-hans": "qianjiang-wuliu-zhongxin-guihua",
        },
        "kind": "news",
        "date": "2026-08-11",
        "event_end": None,
        "event_location": None,
        "title": {
            "vi": "Dự kiến xây dựng trung tâm logistics mới ven sông Tiền",
            "en": "New logistics centre planned by the Tiền river",
            "ja": "ティエン川沿いに新たな物流センターを計画",
            "ko": "띠엔강 유역에 새 물류센터 건립 계획",
            "zh-hans": "前江沿岸拟建新物流中心",
        },
        "summary": {
            "vi": "Trung tâm được đề xuất kết nối cảng sông, kho lạnh và đường bộ để giảm chi phí vận chuyển nông sản.",
            "en": "The proposed centre would link river ports, cold storage and roads "
            "to cut transport costs for farm produce.",
            "ja": "計画中のセンターは河川港、冷蔵倉庫、道路を結び、農産物の輸送コスト削減を目指します。",
            "ko": "제안된 센터는 하천 항만, 냉장 창고, 도로를 연결해 농산물 운송 비용 절감을 목표로 합니다.",
            "zh-hans": "拟建中心将连接内河港口、冷库和公路，以降低农产品运输成本。",
        },
        "paragraphs": [
            {
                "vi": "<p>Theo phương án sơ bộ, trung tâm gồm bến thủy nội địa, khu kho bãi, kho lạnh và khu "
                "dịch vụ hải quan phục vụ hàng hóa đi các cảng biển lớn.</p>",
                "en": "<p>Under a preliminary plan, the centre would include an inland waterway terminal, "
                "warehousing, cold storage and customs services for cargo bound for major seaports.</p>",
                "ja": "<p>概略案によると、センターには内陸水運ターミナル、倉庫、冷蔵倉庫のほか、主要港湾へ向かう"
                "貨物のための通関サービス施設が設けられる予定です。</p>",
                "ko": "<p>기본 계획안에 따르면 센터에는 내륙 수운 터미널, 창고, 냉장 창고와 주요 항만으로 향하는 "
                "화물을 위한 통관 서비스 시설이 들어설 예정입니다.</p>",
                "zh-hans": "<p>根据初步方案，该中心将包括内河码头、仓储区、冷库以及为发往主要海港货物提供的"
                "海关服务区。</p>",
            },
            {
                "vi": "<p>Tỉnh mong muốn thu hút nhà đầu tư có kinh nghiệm khai thác cảng và logistics theo hình "
                "thức đầu tư tư nhân hoặc hợp tác công tư.</p>",
                "en": "<p>The province hopes to attract investors experienced in port and logistics operations, "
                "through private investment or public-private partnership.</p>",
                "ja": "<p>省は、民間投資または官民連携の形で、港湾・物流運営の経験を持つ投資家の誘致を"
                "目指しています。</p>",
                "ko": "<p>성은 민간 투자 또는 민관 협력 방식으로 항만 및 물류 운영 경험이 있는 투자자를 유치하고자 "
                "합니다.</p>",
                "zh-hans": "<p>该省希望以私人投资或政府和社会资本合作的方式，吸引具有港口和物流运营经验的投资者。</p>",
            },
        ],
    },
    {
        "slug": {
            "vi": "hoan-thanh-sap-xep-chinh-quyen-dia-phuong-hai-cap",
            "en": "province-completes-two-tier-local-government-reorganisation",
            "ja": "nikaisou-chihou-seifu-saihen-kanryou",
            "ko": "ijung-jibang-jeongbu-gaepyeon-wallyo",
            "zh-hans": "liangji-difang-zhengfu-tiaozheng-wancheng",
        },
        "kind": "news",
        "date": "2026-07-02",
        "event_end": None,
        "event_location": None,
        "title": {
            "vi": "Tỉnh hoàn thành sắp xếp chính quyền địa phương hai cấp",
            "en": "Province completes its two-tier local government reorganisation",
            "ja": "省、二層制地方行政への再編を完了",
            "ko": "성, 2단계 지방정부 체계 개편 완료",
            "zh-hans": "本省完成两级地方政府架构调整",
        },
        "summary": {
            "vi": "Sau hợp nhất với Tiền Giang từ ngày 1/7/2025, tỉnh Đồng Tháp vận hành "
            "mô hình chính quyền hai cấp gồm tỉnh và xã, phường.",
            "en": "Following the merger with Tiền Giang on 1 July 2025, Đồng Tháp operates "
            "a two-tier model of province and communes or wards.",
            "ja": "2025年7月1日のティエンザン省との統合後、ドンタップ省は省と社・坊からなる二層制で運営されています。",
            "ko": "2025년 7월 1일 띠엔장성과 통합된 이후 동탑성은 "
            "성과 사·방으로 구성된 2단계 체계로 운영되고 있습니다.",
            "zh-hans": "自2025年7月1日与前江省合并以来，同塔省实行由省和社、坊组成的两级地方政府模式。",
        },
        "paragraphs": [
            {
                "vi": "<p>Việc sắp xếp bao gồm điều chỉnh địa giới hành chính cấp xã, kiện toàn bộ máy và chuyển "
                "giao hồ sơ, thủ tục từ cấp huyện trước đây.</p>",
                "en": "<p>The reorganisation covered commune-level boundary adjustments, the restructuring of "
                "local offices and the transfer of records and procedures from the former district level.</p>",
                "ja": "<p>再編では、社級の行政区画の調整、組織体制の整備、旧県級からの書類と手続きの移管が"
                "行われました。</p>",
                "ko": "<p>개편에는 사 단위 행정 구역 조정, 조직 정비, 이전 현 단위의 서류와 행정 절차 이관이 "
                "포함되었습니다.</p>",
                "zh-hans": "<p>此次调整包括社级行政区划调整、机构完善，以及原县级档案和手续的移交。</p>",
            },
            {
                "vi": "<p>Nhà đầu tư nên kiểm tra tên đơn vị hành chính mới khi chuẩn bị hồ sơ dự án và có thể "
                "liên hệ trung tâm xúc tiến đầu tư để được hướng dẫn.</p>",
                "en": "<p>Investors should check the new administrative unit names when preparing project files "
                "and may contact the investment promotion centre for guidance.</p>",
                "ja": "<p>投資家はプロジェクト書類の作成時に新しい行政単位の名称を確認し、必要に応じて投資促進"
                "センターに相談することができます。</p>",
                "ko": "<p>투자자는 사업 서류를 준비할 때 새 행정 단위 명칭을 확인해야 하며, 안내가 필요하면 "
                "투자촉진센터에 문의할 수 있습니다.</p>",
                "zh-hans": "<p>投资者在准备项目材料时应核对新的行政单位名称，如需指导可联系投资促进中心。</p>",
            },
        ],
    },
    {
        "slug": {
            "vi": "moi-goi-dau-tu-dien-mat-troi-mai-nha-va-noi",
            "en": "call-for-investors-rooftop-floating-solar",
            "ja": "okujou-suijou-taiyoukou-toshika-boshuu",
            "ko": "jibung-sumyeon-taeyanggwang-tujaja-mojip",
            "zh-hans": "wuding-shuimian-guangfu-zhaoshang",
        },
        "kind": "news",
        "date": "2026-11-05",
        "event_end": None,
        "event_location": None,
        "title": {
            "vi": "Mời gọi nhà đầu tư điện mặt trời mái nhà và điện mặt trời nổi",
            "en": "Call for investors in rooftop and floating solar",
            "ja": "屋根置き・水上太陽光発電への投資家を募集",
            "ko": "지붕형·수상 태양광 투자자 모집",
            "zh-hans": "屋顶及水面漂浮光伏项目招商",
        },
        "summary": {
            "vi": "Tỉnh giới thiệu danh mục địa điểm tiềm năng cho điện mặt trời trên mái nhà xưởng và trên mặt nước.",
            "en": "The province presents a list of potential sites for solar on factory rooftops and water surfaces.",
            "ja": "省は、工場屋根や水面を活用した太陽光発電の候補地リストを紹介しています。",
            "ko": "성은 공장 지붕과 수면을 활용한 태양광 발전 후보지 목록을 소개합니다.",
            "zh-hans": "本省推出厂房屋顶和水面光伏发电的潜在选址清单。",
        },
        "paragraphs": [
            {
                "vi": "<p>Danh mục gồm mái nhà xưởng trong các khu, cụm công nghiệp và một số hồ chứa, ao nuôi "
                "trồng thủy sản có thể kết hợp lắp đặt tấm pin nổi.</p>",
                "en": "<p>The list includes factory roofs in industrial parks and clusters, as well as reservoirs "
                "and aquaculture ponds suitable for floating panels.</p>",
                "ja": "<p>リストには、工業団地や工業クラスター内の工場屋根のほか、浮体式パネルの設置に適した"
                "貯水池や養殖池が含まれています。</p>",
                "ko": "<p>목록에는 산업단지와 산업클러스터 내 공장 지붕, 그리고 수상 패널 설치에 적합한 저수지와 "
                "양식장이 포함되어 있습니다.</p>",
                "zh-hans": "<p>清单涵盖工业园区和工业集群内的厂房屋顶，"
                "以及适合安装漂浮光伏板的水库和水产养殖池塘。</p>",
            },
            {
                "vi": "<p>Nhà đầu tư quan tâm có thể gửi đề xuất sơ bộ, nêu rõ quy mô dự kiến, phương án đấu nối "
                "và kinh nghiệm triển khai các dự án tương tự.</p>",
                "en": "<p>Interested investors may submit a preliminary proposal stating the planned capacity, "
                "grid connection approach and experience with similar projects.</p>",
                "ja": "<p>関心のある投資家は、計画規模、系統連系の方法、同様のプロジェクトの実績を記載した"
                "事前提案書を提出できます。</p>",
                "ko": "<p>관심 있는 투자자는 계획 규모, 계통 연계 방안, 유사 사업 경험을 명시한 예비 제안서를 "
                "제출할 수 있습니다.</p>",
                "zh-hans": "<p>有意向的投资者可提交初步方案，说明计划装机规模、并网方式以及类似项目的经验。</p>",
            },
        ],
    },
]
