"""Investor guides of the demo site, in five languages.

Illustrative sample content for the Đồng Tháp investment-promotion portal (Mekong Delta; merged with Tiền Giang on
1 July 2025). Loosely based on Vietnam's Law on Investment 2020 and written as general guidance: it is not legal advice
and not official information. Exact procedures, time limits and incentives depend on each project.
"""

INCENTIVES_GUIDE = {
    "slug": {
        "vi": "uu-dai-dau-tu",
        "en": "investment-incentives",
        "ja": "toushi-yuuguu",
        "ko": "tuja-hyetaek",
        "zh-hans": "touzi-youhui",
    },
    "title": {
        "vi": "Tổng quan về ưu đãi đầu tư tại Đồng Tháp",
        "en": "Overview of investment incentives in Đồng Tháp",
        "ja": "ドンタップ省の投資優遇措置の概要",
        "ko": "동탑성 투자 인센티브 개요",
        "zh-hans": "同塔省投资优惠概览",
    },
    "summary": {
        "vi": "Giới thiệu chung các ưu đãi về thuế, tiền thuê đất và thuế nhập khẩu mà dự án có thể được hưởng theo "
        "Luật Đầu tư 2020. Nội dung mang tính tham khảo, không phải tư vấn pháp lý.",
        "en": "A general introduction to the tax, land rent and import duty incentives a project may enjoy under the "
        "2020 Law on Investment. For reference only, not legal advice.",
        "ja": "2020年投資法に基づき、プロジェクトが受けられる可能性のある税金・土地賃料・輸入税の優遇措置を概説します。"
        "参考情報であり、法的助言ではありません。",
        "ko": "2020년 투자법에 따라 프로젝트가 받을 수 있는 세금, 토지 임대료, 수입관세 인센티브를 전반적으로 "
        "소개합니다. 참고용이며 법률 자문이 아닙니다.",
        "zh-hans": "概述项目根据2020年《投资法》可能享受的税收、土地租金和进口关税优惠。仅供参考，不构成法律意见。",
    },
    "incentives": {
        "vi": "<p>Mức ưu đãi cụ thể phụ thuộc vào ngành nghề, địa bàn và quy mô dự án.</p><ul><li>Thuế suất thuế thu "
        "nhập doanh nghiệp 10% trong 15 năm đối với ngành nghề hoặc địa bàn ưu đãi</li><li>Miễn thuế 4 năm và giảm 50% "
        "số thuế phải nộp trong 9 năm tiếp theo</li><li>Miễn, giảm tiền thuê đất theo quy định</li><li>Miễn thuế nhập "
        "khẩu đối với hàng hóa tạo tài sản cố định</li></ul>",
        "en": "<p>The exact incentives depend on the sector, location and scale of the project.</p><ul><li>Corporate "
        "income tax at 10% for 15 years in encouraged sectors or areas</li><li>Tax exemption for 4 years and a 50% "
        "reduction for the following 9 years</li><li>Land rent exemption or reduction as provided by law</li>"
        "<li>Import duty exemption for goods forming fixed assets</li></ul>",
        "ja": "<p>具体的な優遇内容は、業種、立地、プロジェクトの規模によって異なります。</p><ul>"
        "<li>奨励業種・地域では法人所得税率10%を15年間適用</li><li>4年間の免税とその後9年間の50%減税</li>"
        "<li>法令に基づく土地賃料の免除・減額</li><li>固定資産を構成する物品の輸入税免除</li></ul>",
        "ko": "<p>구체적인 인센티브는 업종, 지역 및 프로젝트 규모에 따라 다릅니다.</p><ul><li>장려 업종 또는 지역에 "
        "대해 15년간 법인세율 10% 적용</li><li>4년간 면세 및 이후 9년간 50% 감면</li><li>법령에 따른 토지 임대료 면제 "
        "또는 감면</li><li>고정자산을 구성하는 물품의 수입관세 면제</li></ul>",
        "zh-hans": "<p>具体优惠取决于项目的行业、地点和规模。</p><ul><li>鼓励类行业或地区适用10%企业所得税税率，"
        "为期15年</li><li>免税4年，随后9年减半征收</li><li>依法免除或减少土地租金</li>"
        "<li>用于形成固定资产的货物免征进口关税</li></ul>",
    },
    "total_time": {
        "vi": "khoảng 15 ngày, cùng với thủ tục cấp IRC",
        "en": "about 15 days, alongside the IRC application",
        "ja": "約15日（IRC申請と同時に進行）",
        "ko": "약 15일(IRC 신청과 병행)",
        "zh-hans": "约15天（与IRC申请同步进行）",
    },
    "steps": [
        {
            "title": {
                "vi": "Xác định điều kiện hưởng ưu đãi",
                "en": "Check eligibility",
                "ja": "優遇対象の確認",
                "ko": "인센티브 자격 확인",
                "zh-hans": "确认优惠资格",
            },
            "description": {
                "vi": "<p>Đối chiếu ngành nghề và địa bàn thực hiện dự án với danh mục ngành nghề ưu đãi đầu tư và địa "
                "bàn ưu đãi đầu tư.</p>",
                "en": "<p>Compare the project's sector and location with the lists of incentivised sectors and "
                "areas.</p>",
                "ja": "<p>プロジェクトの業種と所在地を、投資優遇業種・優遇地域のリストと照合します。</p>",
                "ko": "<p>프로젝트의 업종과 소재지를 투자 우대 업종 및 지역 목록과 대조합니다.</p>",
                "zh-hans": "<p>将项目的行业和地点与投资优惠行业及地区目录进行对照。</p>",
            },
            "documents": [
                {
                    "vi": "Đề xuất dự án đầu tư",
                    "en": "Investment project proposal",
                    "ja": "投資プロジェクト提案書",
                    "ko": "투자 프로젝트 제안서",
                    "zh-hans": "投资项目建议书",
                },
                {
                    "vi": "Thông tin về địa điểm và ngành nghề dự án",
                    "en": "Information on the project's location and sector",
                    "ja": "プロジェクトの所在地および業種に関する情報",
                    "ko": "프로젝트 소재지 및 업종 정보",
                    "zh-hans": "项目地点及行业信息",
                },
            ],
            "time_needed": {
                "vi": "khoảng 3–5 ngày làm việc",
                "en": "about 3–5 working days",
                "ja": "約3～5営業日",
                "ko": "약 3~5 영업일",
                "zh-hans": "约3至5个工作日",
            },
            "authority": {
                "vi": "Sở Tài chính tỉnh Đồng Tháp",
                "en": "Đồng Tháp Department of Finance",
                "ja": "ドンタップ省財政局",
                "ko": "동탑성 재정국",
                "zh-hans": "同塔省财政厅",
            },
        },
        {
            "title": {
                "vi": "Ghi nhận ưu đãi trong hồ sơ đầu tư",
                "en": "Record the incentives in the investment file",
                "ja": "投資書類への優遇措置の記載",
                "ko": "투자 서류에 인센티브 기재",
                "zh-hans": "在投资文件中载明优惠",
            },
            "description": {
                "vi": "<p>Nội dung ưu đãi được ghi trong Giấy chứng nhận đăng ký đầu tư hoặc văn bản chấp thuận chủ "
                "trương đầu tư, nếu có.</p>",
                "en": "<p>The applicable incentives are stated in the IRC or in the investment policy decision, where "
                "one is issued.</p>",
                "ja": "<p>適用される優遇措置は、投資登録証明書（IRC）または投資方針承認文書（該当する場合）"
                "に記載されます。</p>",
                "ko": "<p>적용되는 인센티브는 투자등록증(IRC) 또는 투자방침 승인 문서(해당 시)에 기재됩니다.</p>",
                "zh-hans": "<p>适用的优惠内容载明于投资登记证（IRC）或投资主张批准文件（如有）中。</p>",
            },
            "documents": [
                {
                    "vi": "Hồ sơ đề nghị cấp Giấy chứng nhận đăng ký đầu tư",
                    "en": "IRC application file",
                    "ja": "投資登録証明書の申請書類",
                    "ko": "투자등록증 신청 서류",
                    "zh-hans": "投资登记证申请材料",
                },
            ],
            "time_needed": {
                "vi": "khoảng 15 ngày",
                "en": "about 15 days",
                "ja": "約15日",
                "ko": "약 15일",
                "zh-hans": "约15天",
            },
            "authority": {
                "vi": "Sở Tài chính hoặc Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp",
                "en": "Department of Finance or the Đồng Tháp Industrial Zones Management Board",
                "ja": "財政局またはドンタップ省工業団地管理委員会",
                "ko": "재정국 또는 동탑성 산업단지관리위원회",
                "zh-hans": "财政厅或同塔省工业园区管理委员会",
            },
        },
        {
            "title": {
                "vi": "Tự xác định và kê khai ưu đãi thuế",
                "en": "Self-assess and declare tax incentives",
                "ja": "税優遇の自己判定と申告",
                "ko": "세금 인센티브 자체 판단 및 신고",
                "zh-hans": "自行确定并申报税收优惠",
            },
            "description": {
                "vi": "<p>Doanh nghiệp tự xác định ưu đãi thuế thu nhập doanh nghiệp và kê khai khi quyết toán thuế "
                "hằng năm.</p>",
                "en": "<p>The company self-assesses its corporate income tax incentives and declares them in its "
                "annual tax finalisation.</p>",
                "ja": "<p>企業は法人所得税の優遇を自ら判断し、年次の税務確定申告で申告します。</p>",
                "ko": "<p>기업은 법인세 인센티브를 스스로 판단하여 연간 세무 정산 시 신고합니다.</p>",
                "zh-hans": "<p>企业自行确定企业所得税优惠，并在年度汇算清缴时申报。</p>",
            },
            "documents": [
                {
                    "vi": "Tờ khai quyết toán thuế thu nhập doanh nghiệp",
                    "en": "Corporate income tax finalisation return",
                    "ja": "法人所得税確定申告書",
                    "ko": "법인세 정산 신고서",
                    "zh-hans": "企业所得税汇算清缴申报表",
                },
                {
                    "vi": "Báo cáo tài chính năm",
                    "en": "Annual financial statements",
                    "ja": "年次財務諸表",
                    "ko": "연간 재무제표",
                    "zh-hans": "年度财务报表",
                },
            ],
            "time_needed": {
                "vi": "theo kỳ quyết toán thuế hằng năm",
                "en": "with each annual tax finalisation",
                "ja": "毎年の確定申告時",
                "ko": "매년 세무 정산 시",
                "zh-hans": "每年汇算清缴时",
            },
            "authority": {
                "vi": "Cơ quan thuế tỉnh Đồng Tháp",
                "en": "Đồng Tháp provincial tax authority",
                "ja": "ドンタップ省税務当局",
                "ko": "동탑성 세무 당국",
                "zh-hans": "同塔省税务机关",
            },
        },
        {
            "title": {
                "vi": "Đăng ký miễn thuế nhập khẩu",
                "en": "Register the import duty exemption",
                "ja": "輸入税免除の登録",
                "ko": "수입관세 면제 등록",
                "zh-hans": "办理进口关税免税登记",
            },
            "description": {
                "vi": "<p>Thông báo danh mục hàng hóa nhập khẩu tạo tài sản cố định với cơ quan hải quan trước khi "
                "nhập khẩu.</p>",
                "en": "<p>Notify the customs authority of the list of imported goods forming fixed assets before "
                "importing them.</p>",
                "ja": "<p>固定資産を構成する輸入物品のリストを、輸入前に税関へ通知します。</p>",
                "ko": "<p>고정자산을 구성하는 수입 물품 목록을 수입 전에 세관에 통보합니다.</p>",
                "zh-hans": "<p>在进口前向海关通报用于形成固定资产的进口货物清单。</p>",
            },
            "documents": [
                {
                    "vi": "Danh mục hàng hóa miễn thuế nhập khẩu",
                    "en": "List of duty-exempt imported goods",
                    "ja": "輸入税免除物品リスト",
                    "ko": "수입관세 면제 물품 목록",
                    "zh-hans": "免征进口关税货物清单",
                },
                {
                    "vi": "Giấy chứng nhận đăng ký đầu tư",
                    "en": "Investment registration certificate (IRC)",
                    "ja": "投資登録証明書（IRC）",
                    "ko": "투자등록증(IRC)",
                    "zh-hans": "投资登记证（IRC）",
                },
            ],
            "time_needed": {
                "vi": "khoảng 3 ngày làm việc",
                "en": "about 3 working days",
                "ja": "約3営業日",
                "ko": "약 3 영업일",
                "zh-hans": "约3个工作日",
            },
            "authority": {
                "vi": "Cơ quan hải quan quản lý khu vực",
                "en": "Regional customs authority",
                "ja": "管轄の地域税関",
                "ko": "관할 지역 세관",
                "zh-hans": "辖区海关",
            },
        },
    ],
}

IRC_GUIDE = {
    "slug": {
        "vi": "chu-truong-dau-tu-va-irc",
        "en": "investment-policy-and-irc",
        "ja": "toushi-houshin-irc",
        "ko": "tuja-bangchim-irc",
        "zh-hans": "touzi-zhuzhang-irc",
    },
    "title": {
        "vi": "Chấp thuận chủ trương đầu tư và cấp Giấy chứng nhận đăng ký đầu tư",
        "en": "Investment policy approval and investment registration certificate (IRC)",
        "ja": "投資方針承認と投資登録証明書（IRC）",
        "ko": "투자방침 승인 및 투자등록증(IRC)",
        "zh-hans": "投资主张批准与投资登记证（IRC）",
    },
    "summary": {
        "vi": "Các bước chính để dự án có vốn đầu tư nước ngoài được chấp thuận chủ trương đầu tư (nếu thuộc diện phải "
        "chấp thuận) và được cấp Giấy chứng nhận đăng ký đầu tư.",
        "en": "The main steps for a foreign-invested project to obtain investment policy approval, where required, and "
        "an investment registration certificate.",
        "ja": "外資プロジェクトが投資方針承認（必要な場合）を取得し、投資登録証明書の発給を受けるまでの主な手順です。",
        "ko": "외국인 투자 프로젝트가 투자방침 승인(필요한 경우)을 받고 투자등록증을 발급받기까지의 주요 절차입니다.",
        "zh-hans": "外商投资项目获得投资主张批准（如需）并取得投资登记证的主要步骤。",
    },
    "incentives": {
        "vi": "<p>Quy trình được hỗ trợ bởi bộ phận một cửa của tỉnh.</p><ul><li>Hướng dẫn miễn phí trước khi nộp hồ "
        "sơ</li><li>Nộp hồ sơ trực tuyến qua Hệ thống thông tin quốc gia về đầu tư</li><li>Cấp IRC trong khoảng 15 "
        "ngày nếu không phải chấp thuận chủ trương đầu tư</li></ul>",
        "en": "<p>The procedure is supported by the province's one-stop desk.</p><ul><li>Free guidance before "
        "filing</li><li>Online filing through the National Investment Information System</li><li>IRC issued within "
        "about 15 days when no investment policy approval is needed</li></ul>",
        "ja": "<p>手続きは省のワンストップ窓口がサポートします。</p><ul><li>申請前の無料相談</li>"
        "<li>国家投資情報システムを通じたオンライン申請</li><li>投資方針承認が不要な場合、約15日でIRCを発給</li></ul>",
        "ko": "<p>절차는 성의 원스톱 창구에서 지원합니다.</p><ul><li>신청 전 무료 상담</li><li>국가투자정보시스템을 "
        "통한 온라인 신청</li><li>투자방침 승인이 필요 없는 경우 약 15일 내 IRC 발급</li></ul>",
        "zh-hans": "<p>该程序由省级一站式窗口提供支持。</p><ul><li>提交前免费咨询指导</li>"
        "<li>可通过国家投资信息系统在线提交</li><li>无需投资主张批准的项目约15天内颁发IRC</li></ul>",
    },
    "total_time": {
        "vi": "khoảng 15 ngày đến 3 tháng, tùy dự án",
        "en": "about 15 days to 3 months, depending on the project",
        "ja": "プロジェクトにより約15日～3か月",
        "ko": "프로젝트에 따라 약 15일~3개월",
        "zh-hans": "视项目而定，约15天至3个月",
    },
    "steps": [
        {
            "title": {
                "vi": "Tư vấn trước đầu tư và khảo sát địa điểm",
                "en": "Pre-investment consultation and site survey",
                "ja": "投資前相談と候補地調査",
                "ko": "투자 전 상담 및 부지 조사",
                "zh-hans": "投资前咨询与选址考察",
            },
            "description": {
                "vi": "<p>Nhà đầu tư trao đổi với cơ quan xúc tiến đầu tư để xác định địa điểm, ngành nghề và thủ tục "
                "áp dụng.</p>",
                "en": "<p>The investor meets the investment promotion agency to confirm the site, sector and "
                "applicable procedure.</p>",
                "ja": "<p>投資家は投資促進機関と面談し、立地、業種、適用される手続きを確認します。</p>",
                "ko": "<p>투자자는 투자진흥기관과 협의하여 부지, 업종 및 적용 절차를 확인합니다.</p>",
                "zh-hans": "<p>投资者与投资促进机构沟通，确认项目地点、行业及适用程序。</p>",
            },
            "documents": [
                {
                    "vi": "Thư bày tỏ quan tâm và hồ sơ giới thiệu nhà đầu tư",
                    "en": "Letter of interest and investor profile",
                    "ja": "投資意向書および投資家概要",
                    "ko": "투자 의향서 및 투자자 소개서",
                    "zh-hans": "投资意向书及投资者简介",
                },
            ],
            "time_needed": {
                "vi": "khoảng 5 ngày làm việc",
                "en": "about 5 working days",
                "ja": "約5営業日",
                "ko": "약 5 영업일",
                "zh-hans": "约5个工作日",
            },
            "authority": {
                "vi": "Trung tâm Xúc tiến Đầu tư tỉnh Đồng Tháp",
                "en": "Đồng Tháp Investment Promotion Centre",
                "ja": "ドンタップ省投資促進センター",
                "ko": "동탑성 투자진흥센터",
                "zh-hans": "同塔省投资促进中心",
            },
        },
        {
            "title": {
                "vi": "Chấp thuận chủ trương đầu tư (nếu thuộc diện)",
                "en": "Investment policy approval (if required)",
                "ja": "投資方針承認（該当する場合）",
                "ko": "투자방침 승인(해당 시)",
                "zh-hans": "投资主张批准（如需）",
            },
            "description": {
                "vi": "<p>Dự án đề nghị Nhà nước giao đất, cho thuê đất hoặc có quy mô lớn có thể phải được Ủy ban "
                "nhân dân tỉnh chấp thuận chủ trương đầu tư trước.</p>",
                "en": "<p>Projects seeking land allocated or leased by the State, or of a large scale, may first need "
                "an investment policy approval from the Provincial People's Committee.</p>",
                "ja": "<p>国からの土地の割当・賃貸を求めるプロジェクトや大規模プロジェクトは、"
                "先に省人民委員会の投資方針承認が必要となる場合があります。</p>",
                "ko": "<p>국가로부터 토지 배정·임대를 요청하거나 대규모인 프로젝트는 먼저 성 인민위원회의 투자방침 "
                "승인을 받아야 할 수 있습니다.</p>",
                "zh-hans": "<p>申请国家划拨或出租土地的项目或大型项目，可能须先获得省人民委员会的投资主张批准。</p>",
            },
            "documents": [
                {
                    "vi": "Văn bản đề nghị thực hiện dự án đầu tư",
                    "en": "Application for implementation of the investment project",
                    "ja": "投資プロジェクト実施申請書",
                    "ko": "투자 프로젝트 실시 신청서",
                    "zh-hans": "投资项目实施申请书",
                },
                {
                    "vi": "Đề xuất dự án đầu tư",
                    "en": "Investment project proposal",
                    "ja": "投資プロジェクト提案書",
                    "ko": "투자 프로젝트 제안서",
                    "zh-hans": "投资项目建议书",
                },
                {
                    "vi": "Báo cáo tài chính 2 năm gần nhất hoặc cam kết hỗ trợ tài chính",
                    "en": "Financial statements for the last 2 years or a financial support commitment",
                    "ja": "直近2年間の財務諸表または資金支援確約書",
                    "ko": "최근 2년간 재무제표 또는 재정 지원 확약서",
                    "zh-hans": "最近两年的财务报表或资金支持承诺书",
                },
                {
                    "vi": "Giấy tờ pháp lý của nhà đầu tư",
                    "en": "Legal documents of the investor",
                    "ja": "投資家の法的書類",
                    "ko": "투자자의 법적 서류",
                    "zh-hans": "投资者的法律文件",
                },
            ],
            "time_needed": {
                "vi": "khoảng 35 ngày",
                "en": "about 35 days",
                "ja": "約35日",
                "ko": "약 35일",
                "zh-hans": "约35天",
            },
            "authority": {
                "vi": "Ủy ban nhân dân tỉnh Đồng Tháp",
                "en": "Đồng Tháp Provincial People's Committee",
                "ja": "ドンタップ省人民委員会",
                "ko": "동탑성 인민위원회",
                "zh-hans": "同塔省人民委员会",
            },
        },
        {
            "title": {
                "vi": "Nộp hồ sơ đề nghị cấp IRC",
                "en": "File the IRC application",
                "ja": "IRC申請書類の提出",
                "ko": "IRC 신청 서류 제출",
                "zh-hans": "提交IRC申请",
            },
            "description": {
                "vi": "<p>Nhà đầu tư kê khai trực tuyến trên Hệ thống thông tin quốc gia về đầu tư và nộp hồ sơ giấy "
                "tại bộ phận một cửa.</p>",
                "en": "<p>The investor declares online on the National Investment Information System and submits the "
                "paper file at the one-stop desk.</p>",
                "ja": "<p>投資家は国家投資情報システムでオンライン申告を行い、ワンストップ窓口に紙の書類を提出します。"
                "</p>",
                "ko": "<p>투자자는 국가투자정보시스템에 온라인으로 신고하고 원스톱 창구에 서면 서류를 제출합니다.</p>",
                "zh-hans": "<p>投资者在国家投资信息系统上进行在线申报，并在一站式窗口提交纸质材料。</p>",
            },
            "documents": [
                {
                    "vi": "Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư",
                    "en": "Application for an investment registration certificate",
                    "ja": "投資登録証明書発給申請書",
                    "ko": "투자등록증 발급 신청서",
                    "zh-hans": "投资登记证申请书",
                },
                {
                    "vi": "Hộ chiếu hoặc giấy chứng nhận thành lập của nhà đầu tư",
                    "en": "Investor's passport or certificate of incorporation",
                    "ja": "投資家のパスポートまたは設立証明書",
                    "ko": "투자자의 여권 또는 법인설립증명서",
                    "zh-hans": "投资者护照或公司注册证书",
                },
                {
                    "vi": "Tài liệu về quyền sử dụng địa điểm thực hiện dự án",
                    "en": "Document on the right to use the project site",
                    "ja": "事業用地の使用権に関する書類",
                    "ko": "프로젝트 부지 사용권 관련 서류",
                    "zh-hans": "项目场地使用权相关文件",
                },
            ],
            "time_needed": {
                "vi": "1–2 ngày làm việc",
                "en": "1–2 working days",
                "ja": "1～2営業日",
                "ko": "1~2 영업일",
                "zh-hans": "1至2个工作日",
            },
            "authority": {
                "vi": "Sở Tài chính hoặc Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp",
                "en": "Department of Finance or the Đồng Tháp Industrial Zones Management Board",
                "ja": "財政局またはドンタップ省工業団地管理委員会",
                "ko": "재정국 또는 동탑성 산업단지관리위원회",
                "zh-hans": "财政厅或同塔省工业园区管理委员会",
            },
        },
        {
            "title": {
                "vi": "Nhận Giấy chứng nhận đăng ký đầu tư",
                "en": "Receive the IRC",
                "ja": "投資登録証明書の受領",
                "ko": "투자등록증 수령",
                "zh-hans": "领取投资登记证",
            },
            "description": {
                "vi": "<p>Nếu hồ sơ hợp lệ, IRC thường được cấp trong khoảng 15 ngày; với dự án đã được chấp thuận chủ "
                "trương đầu tư, thời hạn ngắn hơn.</p>",
                "en": "<p>If the file is complete, the IRC is usually issued within about 15 days; for projects with a "
                "policy approval, the period is shorter.</p>",
                "ja": "<p>書類に不備がなければ、IRCは通常約15日以内に発給されます。"
                "投資方針承認を受けたプロジェクトの場合はさらに短くなります。</p>",
                "ko": "<p>서류가 완비되면 IRC는 보통 약 15일 이내에 발급되며, 투자방침 승인을 받은 프로젝트는 기간이 "
                "더 짧습니다.</p>",
                "zh-hans": "<p>材料齐全的，IRC通常在约15天内颁发；已获投资主张批准的项目，办理时间更短。</p>",
            },
            "documents": [
                {
                    "vi": "Giấy biên nhận hồ sơ",
                    "en": "Filing receipt",
                    "ja": "書類受付票",
                    "ko": "서류 접수증",
                    "zh-hans": "材料受理回执",
                },
            ],
            "time_needed": {
                "vi": "khoảng 15 ngày",
                "en": "about 15 days",
                "ja": "約15日",
                "ko": "약 15일",
                "zh-hans": "约15天",
            },
            "authority": {
                "vi": "Sở Tài chính hoặc Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp",
                "en": "Department of Finance or the Đồng Tháp Industrial Zones Management Board",
                "ja": "財政局またはドンタップ省工業団地管理委員会",
                "ko": "재정국 또는 동탑성 산업단지관리위원회",
                "zh-hans": "财政厅或同塔省工业园区管理委员会",
            },
        },
    ],
}

ERC_GUIDE = {
    "slug": {
        "vi": "dang-ky-doanh-nghiep",
        "en": "enterprise-registration",
        "ja": "kigyou-touroku",
        "ko": "gieop-deungnok",
        "zh-hans": "qiye-dengji",
    },
    "title": {
        "vi": "Đăng ký doanh nghiệp cho công ty có vốn đầu tư nước ngoài",
        "en": "Enterprise registration (ERC) for a foreign-invested company",
        "ja": "外資系企業の企業登録（ERC）",
        "ko": "외국인 투자 기업의 기업 등록(ERC)",
        "zh-hans": "外商投资企业的企业登记（ERC）",
    },
    "summary": {
        "vi": "Sau khi có IRC, nhà đầu tư thành lập doanh nghiệp và được cấp Giấy chứng nhận đăng ký doanh nghiệp, "
        "thường trong khoảng 3 ngày làm việc.",
        "en": "Once the IRC is issued, the investor sets up the company and obtains an enterprise registration "
        "certificate, usually within about 3 working days.",
        "ja": "IRCの発給後、投資家は会社を設立し、通常約3営業日で企業登録証明書を取得します。",
        "ko": "IRC 발급 후 투자자는 회사를 설립하고 보통 약 3 영업일 내에 기업등록증을 받습니다.",
        "zh-hans": "取得IRC后，投资者设立公司并领取企业登记证，通常约需3个工作日。",
    },
    "incentives": {
        "vi": "<p>Thủ tục đăng ký doanh nghiệp đã được đơn giản hóa và số hóa.</p><ul><li>Nộp hồ sơ trực tuyến qua "
        "Cổng thông tin quốc gia về đăng ký doanh nghiệp</li><li>Mã số doanh nghiệp đồng thời là mã số thuế</li>"
        "<li>Hướng dẫn hoàn thiện hồ sơ tại bộ phận một cửa</li></ul>",
        "en": "<p>Enterprise registration has been simplified and digitised.</p><ul><li>Online filing via the National "
        "Business Registration Portal</li><li>The enterprise code also serves as the tax code</li><li>Filing guidance "
        "available at the one-stop desk</li></ul>",
        "ja": "<p>企業登録手続きは簡素化・デジタル化されています。</p><ul>"
        "<li>国家企業登録ポータルを通じたオンライン申請</li><li>企業コードが税コードを兼ねる</li>"
        "<li>ワンストップ窓口での書類作成ガイダンス</li></ul>",
        "ko": "<p>기업 등록 절차는 간소화·디지털화되어 있습니다.</p><ul><li>국가기업등록포털을 통한 온라인 신청</li>"
        "<li>기업 코드가 세금 코드를 겸함</li><li>원스톱 창구에서 서류 작성 안내 제공</li></ul>",
        "zh-hans": "<p>企业登记程序已简化并实现数字化。</p><ul><li>可通过国家企业登记门户网站在线提交</li>"
        "<li>企业代码同时作为税号</li><li>一站式窗口提供材料填写指导</li></ul>",
    },
    "total_time": {
        "vi": "khoảng 10–15 ngày làm việc",
        "en": "about 10–15 working days",
        "ja": "約10～15営業日",
        "ko": "약 10~15 영업일",
        "zh-hans": "约10至15个工作日",
    },
    "steps": [
        {
            "title": {
                "vi": "Chuẩn bị hồ sơ đăng ký doanh nghiệp",
                "en": "Prepare the registration file",
                "ja": "登録書類の準備",
                "ko": "등록 서류 준비",
                "zh-hans": "准备登记材料",
            },
            "description": {
                "vi": "<p>Chọn loại hình doanh nghiệp (thường là công ty TNHH), tên công ty, trụ sở và vốn điều lệ phù "
                "hợp với IRC.</p>",
                "en": "<p>Choose the company type (usually a limited liability company), name, head office and charter "
                "capital consistent with the IRC.</p>",
                "ja": "<p>IRCの内容に沿って、会社形態（通常は有限責任会社）、社名、本社所在地、定款資本金を決定します。"
                "</p>",
                "ko": "<p>IRC 내용에 맞게 회사 형태(보통 유한책임회사), 회사명, 본사 소재지 및 정관자본금을 "
                "정합니다.</p>",
                "zh-hans": "<p>根据IRC确定企业类型（通常为有限责任公司）、公司名称、总部地址和注册资本。</p>",
            },
            "documents": [
                {
                    "vi": "Giấy đề nghị đăng ký doanh nghiệp",
                    "en": "Enterprise registration application form",
                    "ja": "企業登録申請書",
                    "ko": "기업 등록 신청서",
                    "zh-hans": "企业登记申请书",
                },
                {
                    "vi": "Điều lệ công ty",
                    "en": "Company charter",
                    "ja": "会社定款",
                    "ko": "회사 정관",
                    "zh-hans": "公司章程",
                },
                {
                    "vi": "Danh sách thành viên hoặc cổ đông",
                    "en": "List of members or shareholders",
                    "ja": "社員または株主の名簿",
                    "ko": "사원 또는 주주 명부",
                    "zh-hans": "成员或股东名单",
                },
                {
                    "vi": "Bản sao Giấy chứng nhận đăng ký đầu tư",
                    "en": "Copy of the IRC",
                    "ja": "IRCの写し",
                    "ko": "IRC 사본",
                    "zh-hans": "IRC复印件",
                },
            ],
            "time_needed": {
                "vi": "khoảng 3–5 ngày làm việc",
                "en": "about 3–5 working days",
                "ja": "約3～5営業日",
                "ko": "약 3~5 영업일",
                "zh-hans": "约3至5个工作日",
            },
            "authority": {
                "vi": "Nhà đầu tư (có thể nhờ đơn vị tư vấn)",
                "en": "The investor (optionally with a consultant)",
                "ja": "投資家（コンサルタントの利用も可）",
                "ko": "투자자(컨설턴트 활용 가능)",
                "zh-hans": "投资者（可委托咨询机构）",
            },
        },
        {
            "title": {
                "vi": "Nộp hồ sơ và nhận ERC",
                "en": "File and receive the ERC",
                "ja": "申請とERCの受領",
                "ko": "신청 및 ERC 수령",
                "zh-hans": "提交申请并领取ERC",
            },
            "description": {
                "vi": "<p>Hồ sơ được nộp trực tuyến hoặc trực tiếp; nếu hợp lệ, ERC được cấp trong khoảng 3 ngày làm "
                "việc.</p>",
                "en": "<p>The file is submitted online or in person; if complete, the ERC is issued within about 3 "
                "working days.</p>",
                "ja": "<p>書類はオンラインまたは窓口で提出し、不備がなければ約3営業日でERCが発給されます。</p>",
                "ko": "<p>서류는 온라인 또는 방문 제출하며, 완비된 경우 약 3 영업일 내에 ERC가 발급됩니다.</p>",
                "zh-hans": "<p>可在线或现场提交材料；材料齐全的，约3个工作日内颁发ERC。</p>",
            },
            "documents": [
                {
                    "vi": "Bộ hồ sơ đăng ký doanh nghiệp đầy đủ",
                    "en": "Complete enterprise registration file",
                    "ja": "企業登録申請書類一式",
                    "ko": "기업 등록 서류 일체",
                    "zh-hans": "完整的企业登记材料",
                },
                {
                    "vi": "Giấy ủy quyền cho người nộp hồ sơ (nếu có)",
                    "en": "Power of attorney for the filer (if any)",
                    "ja": "提出者への委任状（該当する場合）",
                    "ko": "제출자 위임장(해당 시)",
                    "zh-hans": "递交人授权委托书（如有）",
                },
            ],
            "time_needed": {
                "vi": "khoảng 3 ngày làm việc",
                "en": "about 3 working days",
                "ja": "約3営業日",
                "ko": "약 3 영업일",
                "zh-hans": "约3个工作日",
            },
            "authority": {
                "vi": "Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Đồng Tháp",
                "en": "Business Registration Office, Đồng Tháp Department of Finance",
                "ja": "ドンタップ省財政局 事業登録室",
                "ko": "동탑성 재정국 사업등록과",
                "zh-hans": "同塔省财政厅企业登记处",
            },
        },
        {
            "title": {
                "vi": "Làm con dấu, mở tài khoản và góp vốn",
                "en": "Company seal, bank account and capital contribution",
                "ja": "社印作成・口座開設・資本金の払込み",
                "ko": "인감 제작, 계좌 개설 및 자본금 납입",
                "zh-hans": "刻制印章、开立账户及出资",
            },
            "description": {
                "vi": "<p>Doanh nghiệp làm con dấu, mở tài khoản vốn đầu tư trực tiếp tại ngân hàng và góp đủ vốn điều "
                "lệ trong 90 ngày kể từ ngày được cấp ERC.</p>",
                "en": "<p>The company makes its seal, opens a direct investment capital account at a bank and "
                "contributes the charter capital in full within 90 days of the ERC.</p>",
                "ja": "<p>会社は社印を作成し、銀行で直接投資資本勘定を開設し、"
                "ERC発給日から90日以内に定款資本金を全額払い込みます。</p>",
                "ko": "<p>회사는 인감을 제작하고 은행에 직접투자자본계좌를 개설하며, ERC 발급일로부터 90일 이내에 "
                "정관자본금을 전액 납입합니다.</p>",
                "zh-hans": "<p>公司刻制印章，在银行开立直接投资资本账户，并自ERC颁发之日起90日内缴足注册资本。</p>",
            },
            "documents": [
                {
                    "vi": "Giấy chứng nhận đăng ký doanh nghiệp",
                    "en": "Enterprise registration certificate (ERC)",
                    "ja": "企業登録証明書（ERC）",
                    "ko": "기업등록증(ERC)",
                    "zh-hans": "企业登记证（ERC）",
                },
                {
                    "vi": "Hồ sơ mở tài khoản ngân hàng",
                    "en": "Bank account opening documents",
                    "ja": "銀行口座開設書類",
                    "ko": "은행 계좌 개설 서류",
                    "zh-hans": "银行开户材料",
                },
            ],
            "time_needed": {
                "vi": "trong vòng 90 ngày",
                "en": "within 90 days",
                "ja": "90日以内",
                "ko": "90일 이내",
                "zh-hans": "90天内",
            },
            "authority": {
                "vi": "Ngân hàng thương mại được cấp phép",
                "en": "Licensed commercial bank",
                "ja": "認可を受けた商業銀行",
                "ko": "인가받은 상업은행",
                "zh-hans": "持牌商业银行",
            },
        },
        {
            "title": {
                "vi": "Đăng ký thuế và hóa đơn điện tử",
                "en": "Tax registration and e-invoices",
                "ja": "税務登録と電子インボイス",
                "ko": "세무 등록 및 전자세금계산서",
                "zh-hans": "税务登记与电子发票",
            },
            "description": {
                "vi": "<p>Doanh nghiệp kê khai thông tin thuế ban đầu, đăng ký chữ ký số và hóa đơn điện tử trước khi "
                "bắt đầu hoạt động.</p>",
                "en": "<p>The company completes its initial tax filings and registers a digital signature and "
                "e-invoices before starting operations.</p>",
                "ja": "<p>会社は事業開始前に初回の税務申告を行い、電子署名と電子インボイスを登録します。</p>",
                "ko": "<p>회사는 영업 개시 전에 최초 세무 신고를 하고 전자서명 및 전자세금계산서를 등록합니다.</p>",
                "zh-hans": "<p>公司在开业前完成首次税务申报，并办理数字签名和电子发票登记。</p>",
            },
            "documents": [
                {
                    "vi": "Tờ khai đăng ký sử dụng hóa đơn điện tử",
                    "en": "E-invoice registration form",
                    "ja": "電子インボイス利用登録申請書",
                    "ko": "전자세금계산서 사용 등록 신청서",
                    "zh-hans": "电子发票使用登记表",
                },
                {
                    "vi": "Chứng thư chữ ký số",
                    "en": "Digital signature certificate",
                    "ja": "電子署名証明書",
                    "ko": "전자서명 인증서",
                    "zh-hans": "数字签名证书",
                },
            ],
            "time_needed": {
                "vi": "khoảng 2–5 ngày làm việc",
                "en": "about 2–5 working days",
                "ja": "約2～5営業日",
                "ko": "약 2~5 영업일",
                "zh-hans": "约2至5个工作日",
            },
            "authority": {
                "vi": "Cơ quan thuế tỉnh Đồng Tháp",
                "en": "Đồng Tháp provincial tax authority",
                "ja": "ドンタップ省税務当局",
                "ko": "동탑성 세무 당국",
                "zh-hans": "同塔省税务机关",
            },
        },
    ],
}

LAND_LEASE_GUIDE = {
    "slug": {
        "vi": "thue-dat-khu-cong-nghiep",
        "en": "industrial-zone-land-lease",
        "ja": "kougyou-danchi-tochi-chintai",
        "ko": "saneop-danji-toji-imdae",
        "zh-hans": "gongyeyuan-tudi-zulin",
    },
    "title": {
        "vi": "Thuê đất và bàn giao mặt bằng trong khu công nghiệp",
        "en": "Land lease and site handover in an industrial zone",
        "ja": "工業団地での土地賃借と用地引き渡し",
        "ko": "산업단지 토지 임대 및 부지 인도",
        "zh-hans": "工业园区土地租赁与场地移交",
    },
    "summary": {
        "vi": "Hướng dẫn chung về thuê lại đất đã có hạ tầng trong khu công nghiệp, từ khảo sát đến nhận bàn giao mặt "
        "bằng để xây dựng nhà xưởng.",
        "en": "General guidance on subleasing serviced land in an industrial zone, from the site visit to the handover "
        "of the plot for factory construction.",
        "ja": "工業団地内のインフラ整備済み用地の転貸借について、現地視察から工場建設用地の引き渡しまでを概説します。",
        "ko": "산업단지 내 기반시설이 갖춰진 토지의 재임대에 대해 현장 방문부터 공장 건설 부지 인도까지 전반적으로 "
        "안내합니다.",
        "zh-hans": "关于租赁工业园区内已建成基础设施土地的一般指南，涵盖从实地考察到移交建厂用地的全过程。",
    },
    "incentives": {
        "vi": "<p>Nhà đầu tư vào khu công nghiệp có thể được hưởng một số lợi thế về đất đai.</p><ul><li>Miễn, giảm "
        "tiền thuê đất đối với ngành nghề và địa bàn ưu đãi</li><li>Hạ tầng điện, nước và xử lý nước thải đã sẵn "
        "sàng</li><li>Thủ tục xây dựng được Ban Quản lý các khu công nghiệp hướng dẫn</li></ul>",
        "en": "<p>Investors in industrial zones may benefit from several land-related advantages.</p><ul><li>Land rent "
        "exemption or reduction for incentivised sectors and areas</li><li>Ready power, water and wastewater treatment "
        "infrastructure</li><li>Construction procedures guided by the Industrial Zones Management Board</li></ul>",
        "ja": "<p>工業団地への投資家は、土地に関するいくつかのメリットを受けられる場合があります。</p><ul>"
        "<li>優遇業種・地域に対する土地賃料の免除・減額</li><li>電力・水道・排水処理インフラが整備済み</li>"
        "<li>工業団地管理委員会による建設手続きの案内</li></ul>",
        "ko": "<p>산업단지 투자자는 토지와 관련한 여러 혜택을 받을 수 있습니다.</p><ul><li>우대 업종 및 지역에 대한 "
        "토지 임대료 면제 또는 감면</li><li>전력, 용수, 폐수처리 기반시설 완비</li><li>산업단지관리위원회의 건설 절차 "
        "안내</li></ul>",
        "zh-hans": "<p>入驻工业园区的投资者可享受多项土地相关便利。</p><ul><li>优惠行业和地区可免除或减少土地租金</li>"
        "<li>电力、供水和污水处理基础设施已就绪</li><li>工业园区管理委员会提供建设手续指导</li></ul>",
    },
    "total_time": {
        "vi": "khoảng 30–45 ngày làm việc",
        "en": "about 30–45 working days",
        "ja": "約30～45営業日",
        "ko": "약 30~45 영업일",
        "zh-hans": "约30至45个工作日",
    },
    "steps": [
        {
            "title": {
                "vi": "Khảo sát và chọn lô đất",
                "en": "Visit and select a plot",
                "ja": "現地視察と区画の選定",
                "ko": "현장 방문 및 부지 선정",
                "zh-hans": "实地考察与选定地块",
            },
            "description": {
                "vi": "<p>Nhà đầu tư khảo sát các khu công nghiệp, so sánh giá thuê, hạ tầng và khả năng kết nối đường "
                "bộ, đường thủy.</p>",
                "en": "<p>The investor visits industrial zones and compares rents, infrastructure and road and "
                "waterway connections.</p>",
                "ja": "<p>投資家は工業団地を視察し、賃料、インフラ、道路・水路のアクセスを比較します。</p>",
                "ko": "<p>투자자는 산업단지를 방문하여 임대료, 기반시설, 도로 및 수로 연결성을 비교합니다.</p>",
                "zh-hans": "<p>投资者实地考察各工业园区，比较租金、基础设施以及公路和水路交通条件。</p>",
            },
            "documents": [
                {
                    "vi": "Nhu cầu sử dụng đất và mô tả dự án",
                    "en": "Land requirements and project description",
                    "ja": "土地需要と事業概要",
                    "ko": "토지 수요 및 프로젝트 개요",
                    "zh-hans": "用地需求及项目说明",
                },
            ],
            "time_needed": {
                "vi": "khoảng 5–10 ngày làm việc",
                "en": "about 5–10 working days",
                "ja": "約5～10営業日",
                "ko": "약 5~10 영업일",
                "zh-hans": "约5至10个工作日",
            },
            "authority": {
                "vi": "Doanh nghiệp phát triển hạ tầng khu công nghiệp",
                "en": "Industrial zone infrastructure developer",
                "ja": "工業団地インフラ開発会社",
                "ko": "산업단지 기반시설 개발사",
                "zh-hans": "工业园区基础设施开发商",
            },
        },
        {
            "title": {
                "vi": "Ký biên bản ghi nhớ và đặt cọc",
                "en": "Sign an MOU and pay a deposit",
                "ja": "覚書の締結と手付金の支払い",
                "ko": "양해각서 체결 및 계약금 납부",
                "zh-hans": "签署备忘录并支付定金",
            },
            "description": {
                "vi": "<p>Hai bên ký biên bản ghi nhớ thuê đất để giữ lô đất, làm cơ sở cho hồ sơ đăng ký đầu tư.</p>",
                "en": "<p>Both parties sign a land lease MOU to reserve the plot, which also supports the investment "
                "registration file.</p>",
                "ja": "<p>双方が土地賃貸借の覚書を締結して区画を確保し、これを投資登録申請の根拠書類とします。</p>",
                "ko": "<p>양측이 토지 임대 양해각서를 체결하여 부지를 확보하며, 이는 투자 등록 서류의 근거가 "
                "됩니다.</p>",
                "zh-hans": "<p>双方签署土地租赁备忘录以预留地块，并作为投资登记材料的依据。</p>",
            },
            "documents": [
                {
                    "vi": "Biên bản ghi nhớ thuê đất",
                    "en": "Land lease MOU",
                    "ja": "土地賃貸借覚書",
                    "ko": "토지 임대 양해각서",
                    "zh-hans": "土地租赁备忘录",
                },
                {
                    "vi": "Chứng từ đặt cọc",
                    "en": "Deposit receipt",
                    "ja": "手付金の領収書",
                    "ko": "계약금 영수증",
                    "zh-hans": "定金收据",
                },
            ],
            "time_needed": {
                "vi": "khoảng 5 ngày làm việc",
                "en": "about 5 working days",
                "ja": "約5営業日",
                "ko": "약 5 영업일",
                "zh-hans": "约5个工作日",
            },
            "authority": {
                "vi": "Doanh nghiệp phát triển hạ tầng khu công nghiệp",
                "en": "Industrial zone infrastructure developer",
                "ja": "工業団地インフラ開発会社",
                "ko": "산업단지 기반시설 개발사",
                "zh-hans": "工业园区基础设施开发商",
            },
        },
        {
            "title": {
                "vi": "Ký hợp đồng thuê lại đất",
                "en": "Sign the land sublease contract",
                "ja": "土地転貸借契約の締結",
                "ko": "토지 재임대 계약 체결",
                "zh-hans": "签订土地转租合同",
            },
            "description": {
                "vi": "<p>Sau khi có IRC, nhà đầu tư ký hợp đồng thuê lại đất và thanh toán tiền thuê theo thỏa thuận, "
                "trả một lần hoặc hằng năm.</p>",
                "en": "<p>After obtaining the IRC, the investor signs the sublease contract and pays rent as agreed, "
                "either as a lump sum or annually.</p>",
                "ja": "<p>IRC取得後、投資家は土地転貸借契約を締結し、"
                "合意に従い一括または年払いで賃料を支払います。</p>",
                "ko": "<p>IRC 취득 후 투자자는 토지 재임대 계약을 체결하고 합의에 따라 일시불 또는 연납으로 임대료를 "
                "납부합니다.</p>",
                "zh-hans": "<p>取得IRC后，投资者签订土地转租合同，并按约定一次性或按年支付租金。</p>",
            },
            "documents": [
                {
                    "vi": "Giấy chứng nhận đăng ký đầu tư",
                    "en": "Investment registration certificate (IRC)",
                    "ja": "投資登録証明書（IRC）",
                    "ko": "투자등록증(IRC)",
                    "zh-hans": "投资登记证（IRC）",
                },
                {
                    "vi": "Hợp đồng thuê lại đất",
                    "en": "Land sublease contract",
                    "ja": "土地転貸借契約書",
                    "ko": "토지 재임대 계약서",
                    "zh-hans": "土地转租合同",
                },
            ],
            "time_needed": {
                "vi": "khoảng 7–10 ngày làm việc",
                "en": "about 7–10 working days",
                "ja": "約7～10営業日",
                "ko": "약 7~10 영업일",
                "zh-hans": "约7至10个工作日",
            },
            "authority": {
                "vi": "Doanh nghiệp phát triển hạ tầng khu công nghiệp",
                "en": "Industrial zone infrastructure developer",
                "ja": "工業団地インフラ開発会社",
                "ko": "산업단지 기반시설 개발사",
                "zh-hans": "工业园区基础设施开发商",
            },
        },
        {
            "title": {
                "vi": "Bàn giao mặt bằng và cắm mốc",
                "en": "Site handover and boundary marking",
                "ja": "用地引き渡しと境界杭の設置",
                "ko": "부지 인도 및 경계 표시",
                "zh-hans": "场地移交与界桩标定",
            },
            "description": {
                "vi": "<p>Doanh nghiệp hạ tầng bàn giao mặt bằng trên thực địa, cắm mốc ranh giới và lập biên bản bàn "
                "giao.</p>",
                "en": "<p>The infrastructure developer hands over the site on the ground, marks the boundaries and "
                "signs a handover record.</p>",
                "ja": "<p>インフラ開発会社が現地で用地を引き渡し、境界杭を設置して引き渡し記録を作成します。</p>",
                "ko": "<p>기반시설 개발사가 현장에서 부지를 인도하고 경계를 표시한 후 인도 확인서를 작성합니다.</p>",
                "zh-hans": "<p>基础设施开发商在现场移交场地、标定边界并签署移交记录。</p>",
            },
            "documents": [
                {
                    "vi": "Biên bản bàn giao mặt bằng",
                    "en": "Site handover record",
                    "ja": "用地引き渡し記録",
                    "ko": "부지 인도 확인서",
                    "zh-hans": "场地移交记录",
                },
                {
                    "vi": "Trích lục bản đồ ranh giới lô đất",
                    "en": "Cadastral extract of the plot boundaries",
                    "ja": "区画境界の地籍図抄本",
                    "ko": "부지 경계 지적도 발췌본",
                    "zh-hans": "地块边界地籍图摘录",
                },
            ],
            "time_needed": {
                "vi": "khoảng 3–5 ngày làm việc",
                "en": "about 3–5 working days",
                "ja": "約3～5営業日",
                "ko": "약 3~5 영업일",
                "zh-hans": "约3至5个工作日",
            },
            "authority": {
                "vi": "Doanh nghiệp hạ tầng và Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp",
                "en": "Infrastructure developer and the Đồng Tháp Industrial Zones Management Board",
                "ja": "インフラ開発会社およびドンタップ省工業団地管理委員会",
                "ko": "기반시설 개발사 및 동탑성 산업단지관리위원회",
                "zh-hans": "基础设施开发商及同塔省工业园区管理委员会",
            },
        },
        {
            "title": {
                "vi": "Thẩm định thiết kế và thủ tục xây dựng",
                "en": "Design appraisal and construction procedures",
                "ja": "設計審査と建設手続き",
                "ko": "설계 심사 및 건축 절차",
                "zh-hans": "设计审查与施工手续",
            },
            "description": {
                "vi": "<p>Nhà đầu tư nộp hồ sơ thiết kế nhà xưởng; nhiều công trình trong khu công nghiệp đã có quy "
                "hoạch chi tiết được miễn giấy phép xây dựng nhưng vẫn phải thông báo khởi công.</p>",
                "en": "<p>The investor submits the factory design; many works in zones with an approved detailed plan "
                "are exempt from a construction permit but must still notify the start of construction.</p>",
                "ja": "<p>投資家は工場の設計書類を提出します。"
                "詳細計画が承認された工業団地内の多くの工事は建設許可が免除されますが、着工の通知は必要です。</p>",
                "ko": "<p>투자자는 공장 설계 서류를 제출합니다. 상세계획이 승인된 산업단지 내 많은 공사는 건축 허가가 "
                "면제되지만 착공 통지는 필요합니다.</p>",
                "zh-hans": "<p>投资者提交厂房设计文件；在已批准详细规划的园区内，许多工程可免办施工许可证，"
                "但仍须通报开工。</p>",
            },
            "documents": [
                {
                    "vi": "Hồ sơ thiết kế cơ sở hoặc thiết kế kỹ thuật",
                    "en": "Basic or technical design documents",
                    "ja": "基本設計または技術設計書類",
                    "ko": "기본 설계 또는 기술 설계 서류",
                    "zh-hans": "基础设计或技术设计文件",
                },
                {
                    "vi": "Thông báo khởi công xây dựng",
                    "en": "Notice of construction commencement",
                    "ja": "着工通知書",
                    "ko": "착공 통지서",
                    "zh-hans": "开工通知书",
                },
                {
                    "vi": "Hồ sơ môi trường theo quy định",
                    "en": "Environmental documents as required",
                    "ja": "規定に基づく環境関連書類",
                    "ko": "규정에 따른 환경 관련 서류",
                    "zh-hans": "按规定提交的环境文件",
                },
            ],
            "time_needed": {
                "vi": "khoảng 15–20 ngày làm việc",
                "en": "about 15–20 working days",
                "ja": "約15～20営業日",
                "ko": "약 15~20 영업일",
                "zh-hans": "约15至20个工作日",
            },
            "authority": {
                "vi": "Ban Quản lý các khu công nghiệp tỉnh Đồng Tháp",
                "en": "Đồng Tháp Industrial Zones Management Board",
                "ja": "ドンタップ省工業団地管理委員会",
                "ko": "동탑성 산업단지관리위원회",
                "zh-hans": "同塔省工业园区管理委员会",
            },
        },
    ],
}

GUIDES = [INCENTIVES_GUIDE, IRC_GUIDE, ERC_GUIDE, LAND_LEASE_GUIDE]
