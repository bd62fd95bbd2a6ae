"""Illustrative success stories for the demo, in five languages. The companies, people and figures are
invented for demonstration (each name says "example"): none of it is official information."""

STORIES_INDEX = {
    "slug": {
        "vi": "cau-chuyen-thanh-cong",
        "en": "success-stories",
        "ja": "seiko-jirei",
        "ko": "seonggong-sarye",
        "zh-hans": "chenggong-anli",
    },
    "title": {
        "vi": "Câu chuyện thành công",
        "en": "Success stories",
        "ja": "成功事例",
        "ko": "성공 사례",
        "zh-hans": "成功案例",
    },
    "introduction": {
        "vi": "Các nhà đầu tư đã chọn Đồng Tháp kể về dự án, số vốn, việc làm tạo ra và kinh nghiệm của họ.",
        "en": "Investors who chose Đồng Tháp tell about their projects, the capital invested, the jobs created "
        "and what they learned.",
        "ja": "ドンタップ省を選んだ投資家が、事業内容、投資額、生み出した雇用、そして経験を語ります。",
        "ko": "동탑성을 선택한 투자자들이 사업 내용, 투자 금액, 창출한 일자리와 경험을 이야기합니다.",
        "zh-hans": "选择同塔省的投资者讲述他们的项目、投资金额、创造的就业岗位以及经验。",
    },
}

# (slug, investor, country, sector codes, place key, capital in billion VND, jobs, since, palette, texts)
STORIES = [
    {
        "slug": "nha-may-che-bien-sen-nhat-ban",
        "investor": "Example Lotus Foods KK",
        "country": "JP",
        "sectors": ["10", "01"],
        "place": "thap_muoi",
        "capital_bn": 420,
        "jobs": 260,
        "since": 2019,
        "palette": "lotus",
        "title": {
            "vi": "Nhà máy chế biến hạt sen của một doanh nghiệp Nhật Bản (ví dụ)",
            "en": "A Japanese lotus-seed processing plant (example)",
            "ja": "日本企業によるハスの実加工工場（事例）",
            "ko": "일본 기업의 연씨 가공 공장 (예시)",
            "zh-hans": "日本企业的莲子加工厂（示例）",
        },
        "summary": {
            "vi": "Từ năm 2019, nhà máy thu mua hạt sen của hơn 300 hộ nông dân Tháp Mười và xuất khẩu "
            "sản phẩm sấy khô sang Nhật Bản.",
            "en": "Since 2019 the plant has bought lotus seeds from more than 300 farming households in Tháp Mười "
            "and exports dried products to Japan.",
            "ja": "2019年から、タップムオイの300戸以上の農家からハスの実を買い取り、乾燥製品を日本へ輸出しています。",
            "ko": "2019년부터 탑므어이의 300여 농가로부터 연씨를 매입해 건조 제품을 일본으로 수출하고 있습니다.",
            "zh-hans": "自2019年起，该工厂向塔梅县300多户农户收购莲子，并将干制产品出口到日本。",
        },
        "quote": {
            "vi": "Vùng nguyên liệu ổn định và sự hỗ trợ nhanh của trung tâm xúc tiến giúp chúng tôi đi vào "
            "hoạt động chỉ sau 14 tháng.",
            "en": "A stable supply of raw material and quick support from the promotion centre let us start "
            "production after only 14 months.",
            "ja": "安定した原料供給と投資促進センターの迅速な支援のおかげで、わずか14か月で操業を開始できました。",
            "ko": "안정적인 원료 공급과 투자촉진센터의 신속한 지원 덕분에 단 14개월 만에 생산을 시작할 수 있었습니다.",
            "zh-hans": "稳定的原料供应和促进中心的快速支持，使我们仅用14个月就投入生产。",
        },
        "quote_author": {
            "vi": "Tanaka Hiroshi, Tổng giám đốc (nhân vật minh họa)",
            "en": "Hiroshi Tanaka, General Director (illustrative person)",
            "ja": "田中 浩 代表取締役（架空の人物）",
            "ko": "다나카 히로시 대표이사 (가상 인물)",
            "zh-hans": "田中浩，总经理（虚构人物）",
        },
        "body": {
            "vi": "Doanh nghiệp ký hợp đồng bao tiêu với các hợp tác xã, hướng dẫn kỹ thuật canh tác theo tiêu "
            "chuẩn VietGAP và đầu tư dây chuyền sấy lạnh. Phần lớn lao động là người địa phương, được đào tạo tại chỗ.",
            "en": "The company signed purchase contracts with cooperatives, trained farmers in VietGAP growing "
            "practices and installed a cold-drying line. Most of its staff are local people trained on site.",
            "ja": "同社は協同組合と買い取り契約を結び、VietGAP基準の栽培技術を指導し、低温乾燥ラインを導入しました。"
            "従業員の大半は地元出身で、現場で研修を受けています。",
            "ko": "회사는 협동조합과 구매 계약을 맺고 VietGAP 기준의 재배 기술을 지도했으며 저온 건조 라인을 "
            "도입했습니다. 직원 대부분은 현지에서 교육받은 지역 주민입니다.",
            "zh-hans": "该企业与合作社签订收购合同，指导农户按照VietGAP标准种植，并引进冷风干燥生产线。"
            "大部分员工是在当地接受培训的本地居民。",
        },
    },
    {
        "slug": "kho-lanh-logistics-han-quoc",
        "investor": "Example Cold Chain Co., Ltd.",
        "country": "KR",
        "sectors": ["H"],
        "place": "cai_be",
        "capital_bn": 650,
        "jobs": 140,
        "since": 2021,
        "palette": "port",
        "title": {
            "vi": "Trung tâm kho lạnh của một nhà đầu tư Hàn Quốc (ví dụ)",
            "en": "A Korean investor's cold-storage hub (example)",
            "ja": "韓国企業の冷蔵物流拠点（事例）",
            "ko": "한국 투자자의 냉장 물류 허브 (예시)",
            "zh-hans": "韩国投资者的冷链物流中心（示例）",
        },
        "summary": {
            "vi": "Trung tâm kho lạnh 12.000 tấn gần Quốc lộ 1 phục vụ trái cây và thủy sản xuất khẩu qua "
            "cảng Cát Lái và cảng Cần Thơ.",
            "en": "A 12,000-tonne cold-storage hub near National Road 1 serves fruit and seafood exporters "
            "shipping through Cát Lái and Cần Thơ ports.",
            "ja": "国道1号線近くの1万2千トン規模の冷蔵拠点で、カットライ港とカントー港から輸出される果物と水産物を"
            "取り扱っています。",
            "ko": "국도 1호선 인근의 1만 2천 톤 규모 냉장 허브로, 깟라이 항과 껀터 항을 통해 수출되는 과일과 "
            "수산물을 처리합니다.",
            "zh-hans": "该冷链中心靠近1号国道，库容1.2万吨，为经吉莱港和芹苴港出口的水果和水产品提供服务。",
        },
        "quote": {
            "vi": "Thủ tục đất đai được giải quyết tại một cửa, nên chúng tôi có thể tập trung vào khách hàng.",
            "en": "The land procedures were handled at a single window, so we could concentrate on our customers.",
            "ja": "土地の手続きはワンストップ窓口で処理されたので、私たちは顧客に集中できました。",
            "ko": "토지 절차가 원스톱 창구에서 처리되어 고객에게 집중할 수 있었습니다.",
            "zh-hans": "土地手续在一站式窗口办理，因此我们能够专注于客户。",
        },
        "quote_author": {
            "vi": "Kim Soo-jin, Giám đốc dự án (nhân vật minh họa)",
            "en": "Soo-jin Kim, Project Director (illustrative person)",
            "ja": "キム・スジン プロジェクト責任者（架空の人物）",
            "ko": "김수진 프로젝트 디렉터 (가상 인물)",
            "zh-hans": "金秀珍，项目总监（虚构人物）",
        },
        "body": {
            "vi": "Dự án thuê 6 ha trong cụm công nghiệp, đầu tư điện mặt trời áp mái để giảm chi phí làm lạnh "
            "và liên kết với các doanh nghiệp xuất khẩu xoài.",
            "en": "The project leases 6 ha in an industrial cluster, runs rooftop solar to cut cooling costs and "
            "works with mango exporters.",
            "ja": "工業団地内の6ヘクタールを賃借し、屋上太陽光発電で冷却コストを削減し、マンゴー輸出企業と"
            "連携しています。",
            "ko": "산업단지 내 6헥타르를 임차해 옥상 태양광으로 냉각 비용을 줄이고 망고 수출 기업과 협력하고 있습니다.",
            "zh-hans": "项目在工业集群租用6公顷土地，利用屋顶太阳能降低制冷成本，并与芒果出口企业合作。",
        },
    },
    {
        "slug": "trang-trai-dien-mat-troi-singapore",
        "investor": "Example Green Power Pte. Ltd.",
        "country": "SG",
        "sectors": ["35"],
        "place": "sa_dec",
        "capital_bn": 1150,
        "jobs": 45,
        "since": 2020,
        "palette": "solar",
        "title": {
            "vi": "Điện mặt trời kết hợp nuôi trồng của một quỹ Singapore (ví dụ)",
            "en": "Solar power above fish ponds by a Singapore fund (example)",
            "ja": "シンガポールのファンドによる養殖池上の太陽光発電（事例）",
            "ko": "싱가포르 펀드의 양식장 위 태양광 발전 (예시)",
            "zh-hans": "新加坡基金投资的渔光互补电站（示例）",
        },
        "summary": {
            "vi": "Hệ thống 40 MWp lắp trên ao nuôi cá giúp nông dân vừa bán điện vừa tiếp tục nuôi trồng.",
            "en": "A 40 MWp system built over fish ponds lets farmers sell power and keep farming underneath.",
            "ja": "養殖池の上に設置された40MWpの設備により、農家は発電しながら養殖を続けています。",
            "ko": "양식장 위에 설치된 40MWp 설비 덕분에 농가는 전력을 팔면서 양식도 계속합니다.",
            "zh-hans": "建在鱼塘上的40兆瓦峰值光伏系统，让农户在发电的同时继续养殖。",
        },
        "quote": {
            "vi": "Số liệu về lưới điện và đất đai được cung cấp rõ ràng ngay từ đầu, đó là điều nhà đầu tư cần.",
            "en": "Clear figures on the grid and the land from the very start: that is what an investor needs.",
            "ja": "送電網と土地に関する明確なデータが最初から提供されました。それこそ投資家が必要とするものです。",
            "ko": "처음부터 전력망과 토지에 관한 명확한 수치를 받았습니다. 투자자에게 필요한 것이 바로 그것입니다.",
            "zh-hans": "从一开始就提供了清晰的电网和土地数据，这正是投资者需要的。",
        },
        "quote_author": {
            "vi": "Daniel Lim, Giám đốc đầu tư (nhân vật minh họa)",
            "en": "Daniel Lim, Investment Director (illustrative person)",
            "ja": "ダニエル・リム 投資担当ディレクター（架空の人物）",
            "ko": "대니얼 림 투자 이사 (가상 인물)",
            "zh-hans": "林丹尼，投资总监（虚构人物）",
        },
        "body": {
            "vi": "Dự án đấu nối vào trạm biến áp 110 kV gần nhất và chia sẻ một phần doanh thu với hợp tác xã "
            "nuôi cá địa phương.",
            "en": "The project connects to the nearest 110 kV substation and shares part of its revenue with the "
            "local fish-farming cooperative.",
            "ja": "最寄りの110kV変電所に接続し、収益の一部を地元の養殖協同組合と分配しています。",
            "ko": "가장 가까운 110kV 변전소에 연결되어 있으며 수익의 일부를 지역 양식 협동조합과 나눕니다.",
            "zh-hans": "项目接入最近的110千伏变电站，并与当地养鱼合作社分享部分收益。",
        },
    },
]

PHOTO_CAPTION = {
    "vi": "Ảnh minh họa",
    "en": "Illustrative photo",
    "ja": "イメージ写真",
    "ko": "예시 사진",
    "zh-hans": "示意图片",
}
