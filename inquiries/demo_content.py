# ruff: noqa: E501  (data tables: one translated entry per line reads better than wrapped strings)
"""The demo officers (with what their profile tells investors) and the demo reply templates: business-case
answers in five languages, built from translated parts.

Each answer makes the case a benchmarking mystery shopper looks for: it thanks the investor and names the
officer who will follow the inquiry; gives the facts of the project, zone or opportunity; quotes the costs
that matter for the sector (each with its source and date); lists the incentives with their legal basis;
links the fact sheet, the guides and the cost page; and proposes next steps with a direct phone and e-mail.
The e-mail adds the officer's full signature (name, title, direct phone, e-mail, agency address).

Templates: one per sector group for projects (the most specific wins), one for projects of any sector,
one for industrial zones, one for agricultural opportunities, one for general questions and one for
partnership offers without a page. Illustrative sample content, like the rest of the demo.
"""

from investment.demo.cost_content import ITEMS as COST_ITEMS

LANGUAGES = ("vi", "en", "ja", "ko", "zh-hans")
COST_LABELS = {key: label for key, *_rest, label in COST_ITEMS}

# The demo officers: (username, agency slug, first name, last name, direct phone, name per language,
# job title per language). Illustrative people and numbers. Vietnamese names are written family name first,
# so the whole name is the account's first name (the admin shows "first last").
OFFICERS = [
    ("officer-itpc", "itpc", "Trần Minh Anh", "", "+84 277 3851 011",
     {"vi": "Trần Minh Anh", "en": "Trần Minh Anh", "ja": "チャン・ミン・アイン", "ko": "쩐민아인", "zh-hans": "陈明英"},
     {"vi": "Chuyên viên xúc tiến đầu tư", "en": "Investment promotion officer", "ja": "投資促進担当官", "ko": "투자진흥 담당관", "zh-hans": "投资促进专员"}),
    ("officer-itpc-2", "itpc", "Lê Thu Hà", "", "+84 277 3851 012",
     {"vi": "Lê Thu Hà", "en": "Lê Thu Hà", "ja": "レ・トゥ・ハー", "ko": "레투하", "zh-hans": "黎秋霞"},
     {"vi": "Chuyên viên xúc tiến đầu tư", "en": "Investment promotion officer", "ja": "投資促進担当官", "ko": "투자진흥 담당관", "zh-hans": "投资促进专员"}),
    ("officer-finance", "finance", "Phạm Quốc Bảo", "", "+84 277 3851 013",
     {"vi": "Phạm Quốc Bảo", "en": "Phạm Quốc Bảo", "ja": "ファム・クオック・バオ", "ko": "팜꾸옥바오", "zh-hans": "范国宝"},
     {"vi": "Chuyên viên đầu tư, Sở Tài chính", "en": "Investment officer, Department of Finance", "ja": "財政局 投資担当官", "ko": "재정국 투자 담당관", "zh-hans": "财政厅投资专员"}),
    ("officer-agriculture", "agriculture", "Võ Thị Mai", "", "+84 277 3851 014",
     {"vi": "Võ Thị Mai", "en": "Võ Thị Mai", "ja": "ヴォー・ティ・マイ", "ko": "보티마이", "zh-hans": "武氏梅"},
     {"vi": "Chuyên viên phát triển kinh doanh nông nghiệp", "en": "Agribusiness development officer", "ja": "農業ビジネス開発担当官", "ko": "농업비즈니스 개발 담당관", "zh-hans": "农业商务发展专员"}),
    ("officer-industrial-zones", "industrial-zones", "Đặng Văn Khoa", "", "+84 277 3851 015",
     {"vi": "Đặng Văn Khoa", "en": "Đặng Văn Khoa", "ja": "ダン・ヴァン・コア", "ko": "당반코아", "zh-hans": "邓文科"},
     {"vi": "Chuyên viên hỗ trợ nhà đầu tư", "en": "Investor services officer", "ja": "投資家サービス担当官", "ko": "투자자 지원 담당관", "zh-hans": "投资者服务专员"}),
]  # fmt: skip

GREETING = {
    "vi": "Kính gửi Ông/Bà {name},",
    "en": "Dear {name},",
    "ja": "[[{organisation}\n]]{name} 様",
    "ko": "[[{organisation}\n]]{name} 님께",
    "zh-hans": "尊敬的{name}：",
}
THANKS_PAGE = {
    "vi": "Cảm ơn Ông/Bà đã quan tâm đến {page_title} (mã hồ sơ {reference}). Tôi là {officer}, {officer_title}, và sẽ là đầu mối liên hệ của Ông/Bà trong suốt quá trình tìm hiểu và đầu tư.",
    "en": "Thank you for your interest in {page_title} (reference {reference}). I am {officer}, {officer_title}, and I will be your contact throughout your assessment and investment.",
    "ja": "このたびは「{page_title}」にご関心をお寄せいただき、誠にありがとうございます（照会番号 {reference}）。{officer_title}の{officer}と申します。ご検討から投資の実行まで、私が担当窓口を務めます。",
    "ko": "{page_title}에 관심을 가져 주셔서 감사합니다(참조 번호 {reference}). 저는 {officer_title} {officer}이며, 검토부터 투자 실행까지 귀하의 담당 창구를 맡겠습니다.",
    "zh-hans": "感谢您关注{page_title}（编号 {reference}）。我是{officer_title}{officer}，将在您考察和投资的全过程中担任您的联络人。",
}
THANKS_GENERAL = {
    "vi": "Cảm ơn Ông/Bà đã liên hệ với {agency} (mã hồ sơ {reference}). Tôi là {officer}, {officer_title}, và sẽ là đầu mối liên hệ của Ông/Bà.",
    "en": "Thank you for writing to {agency} (reference {reference}). I am {officer}, {officer_title}, and I will be your contact.",
    "ja": "{agency}にお問い合わせいただき、誠にありがとうございます（照会番号 {reference}）。{officer_title}の{officer}と申します。私が担当窓口を務めます。",
    "ko": "{agency}에 문의해 주셔서 감사합니다(참조 번호 {reference}). 저는 {officer_title} {officer}이며, 귀하의 담당 창구를 맡겠습니다.",
    "zh-hans": "感谢您联系{agency}（编号 {reference}）。我是{officer_title}{officer}，将担任您的联络人。",
}
PROJECT_FACTS = {
    "vi": "Thông tin chính của dự án (số liệu xác minh ngày {last_verified}):\n• Địa điểm: {place}\n• Tổng vốn đầu tư: {capital}\n• Diện tích: {area}\n• Đất đai: {land_status}\n[[• Tiền thuê đất: {land_price}\n]]• Mức độ sẵn sàng: {readiness}\n[[• Cơ sở pháp lý: {legal_basis}\n]]• Hình thức đầu tư: {investment_forms}\n\nKhoảng cách:\n{distances}",
    "en": "Key facts of the project (data verified on {last_verified}):\n• Location: {place}\n• Total capital: {capital}\n• Area: {area}\n• Land: {land_status}\n[[• Land rent: {land_price}\n]]• Readiness: {readiness}\n[[• Legal basis: {legal_basis}\n]]• Investment forms: {investment_forms}\n\nDistances:\n{distances}",
    "ja": "案件の概要（データ確認日：{last_verified}）\n• 所在地：{place}\n• 総投資額：{capital}\n• 面積：{area}\n• 土地：{land_status}\n[[• 土地賃料：{land_price}\n]]• 準備状況：{readiness}\n[[• 法的根拠：{legal_basis}\n]]• 投資形態：{investment_forms}\n\nアクセス：\n{distances}",
    "ko": "사업 개요 (자료 확인일: {last_verified})\n• 위치: {place}\n• 총 투자액: {capital}\n• 면적: {area}\n• 토지: {land_status}\n[[• 토지 임대료: {land_price}\n]]• 준비 상태: {readiness}\n[[• 법적 근거: {legal_basis}\n]]• 투자 형태: {investment_forms}\n\n거리:\n{distances}",
    "zh-hans": "项目概况（数据核实日期：{last_verified}）\n• 地点：{place}\n• 总投资：{capital}\n• 面积：{area}\n• 土地：{land_status}\n[[• 土地租金：{land_price}\n]]• 准备情况：{readiness}\n[[• 法律依据：{legal_basis}\n]]• 投资形式：{investment_forms}\n\n距离：\n{distances}",
}
ZONE_FACTS = {
    "vi": "Thông tin chính của khu công nghiệp (số liệu xác minh ngày {last_verified}):\n• Địa điểm: {place}\n• Diện tích: {area}, tỷ lệ lấp đầy {occupancy}\n• Giá thuê đất: {lease_price}\n[[• Điều kiện thuê: {lease_terms}\n]][[• Phí quản lý hạ tầng: {management_fee}\n]]• Cảng gần nhất: {distances}\n\n[[Các lô đất còn trống ({available_area}):\n{free_plots}\n\n]]Hạ tầng và giá dịch vụ:\n{utilities}",
    "en": "Key facts of the zone (data verified on {last_verified}):\n• Location: {place}\n• Total area: {area}, {occupancy} occupied\n• Land lease: {lease_price}\n[[• Lease terms: {lease_terms}\n]][[• Infrastructure management fee: {management_fee}\n]]• Nearest port: {distances}\n\n[[Plots available now ({available_area}):\n{free_plots}\n\n]]Utilities and their tariffs:\n{utilities}",
    "ja": "工業団地の概要（データ確認日：{last_verified}）\n• 所在地：{place}\n• 総面積：{area}、入居率 {occupancy}\n• 土地賃料：{lease_price}\n[[• 賃貸条件：{lease_terms}\n]][[• インフラ管理費：{management_fee}\n]]• 最寄り港：{distances}\n\n[[現在の空き区画（計 {available_area}）：\n{free_plots}\n\n]]ユーティリティと料金：\n{utilities}",
    "ko": "산업단지 개요 (자료 확인일: {last_verified})\n• 위치: {place}\n• 총면적: {area}, 입주율 {occupancy}\n• 토지 임대료: {lease_price}\n[[• 임대 조건: {lease_terms}\n]][[• 기반시설 관리비: {management_fee}\n]]• 가장 가까운 항만: {distances}\n\n[[현재 입주 가능한 부지 (합계 {available_area}):\n{free_plots}\n\n]]유틸리티 및 요금:\n{utilities}",
    "zh-hans": "园区概况（数据核实日期：{last_verified}）\n• 地点：{place}\n• 总面积：{area}，入驻率{occupancy}\n• 土地租金：{lease_price}\n[[• 租赁条件：{lease_terms}\n]][[• 基础设施管理费：{management_fee}\n]]• 最近港口：{distances}\n\n[[目前可用地块（共{available_area}）：\n{free_plots}\n\n]]公用设施及收费：\n{utilities}",
}
OPPORTUNITY_FACTS = {
    "vi": "Thông tin chính (xác minh ngày {last_verified}):\n• Sản phẩm: {commodity}\n• Sản lượng: {volume}\n• Mùa thu hoạch: {harvest_calendar}\n[[• Chứng nhận: {certifications}\n]]• Đối tác cần tìm: {partners_sought}\n• Khâu trong chuỗi giá trị: {value_chain}\n[[• Thị trường mục tiêu: {target_markets}\n]][[• Vốn cần huy động: {capital}\n]]• Địa điểm: {place}",
    "en": "Key facts (verified on {last_verified}):\n• Commodity: {commodity}\n• Volume: {volume}\n• Harvest months: {harvest_calendar}\n[[• Certifications: {certifications}\n]]• Partners sought: {partners_sought}\n• Value-chain stages: {value_chain}\n[[• Target markets: {target_markets}\n]][[• Capital sought: {capital}\n]]• Location: {place}",
    "ja": "概要（確認日：{last_verified}）\n• 品目：{commodity}\n• 供給量：{volume}\n• 収穫期：{harvest_calendar}\n[[• 認証：{certifications}\n]]• 求めるパートナー：{partners_sought}\n• バリューチェーン：{value_chain}\n[[• 対象市場：{target_markets}\n]][[• 必要資金：{capital}\n]]• 所在地：{place}",
    "ko": "개요 (확인일: {last_verified})\n• 품목: {commodity}\n• 공급량: {volume}\n• 수확기: {harvest_calendar}\n[[• 인증: {certifications}\n]]• 찾는 파트너: {partners_sought}\n• 가치사슬 단계: {value_chain}\n[[• 목표 시장: {target_markets}\n]][[• 필요 자금: {capital}\n]]• 위치: {place}",
    "zh-hans": "概况（核实日期：{last_verified}）\n• 产品：{commodity}\n• 供应量：{volume}\n• 收获月份：{harvest_calendar}\n[[• 认证：{certifications}\n]]• 寻求的合作伙伴：{partners_sought}\n• 价值链环节：{value_chain}\n[[• 目标市场：{target_markets}\n]][[• 所需资金：{capital}\n]]• 地点：{place}",
}
COSTS_INTRO = {
    "vi": "Chi phí hoạt động tại đây (mỗi số liệu kèm nguồn và ngày xác minh):",
    "en": "What it costs to operate here (each figure with its source and the date it was verified):",
    "ja": "当地での主なコスト（各数値に出典と確認日を付記）：",
    "ko": "현지 운영 비용 (각 수치에 출처와 확인일 표기):",
    "zh-hans": "在本地经营的主要成本（每项数据均注明来源和核实日期）：",
}
COSTS_LINK = {
    "vi": "Toàn bộ số liệu chi phí kinh doanh: {cost_page_url}",
    "en": "All cost-of-doing-business figures: {cost_page_url}",
    "ja": "事業コストの全データ：{cost_page_url}",
    "ko": "전체 사업 비용 자료: {cost_page_url}",
    "zh-hans": "全部营商成本数据：{cost_page_url}",
}
INCENTIVES = {
    "vi": "Ưu đãi đầu tư áp dụng, kèm cơ sở pháp lý:\n{incentives}",
    "en": "Incentives that apply, with their legal basis:\n{incentives}",
    "ja": "適用される優遇措置と法的根拠：\n{incentives}",
    "ko": "적용되는 인센티브와 법적 근거:\n{incentives}",
    "zh-hans": "适用的投资优惠及其法律依据：\n{incentives}",
}
PROJECT_LINKS = {
    "vi": "Tóm tắt dự án (bản in): {fact_sheet_url}\nTrang dự án: {page_url}\n[[Hướng dẫn thủ tục:\n{guides}]]",
    "en": "Project fact sheet (printable): {fact_sheet_url}\nProject page: {page_url}\n[[Guides to the procedures:\n{guides}]]",
    "ja": "案件ファクトシート（印刷用）：{fact_sheet_url}\n案件ページ：{page_url}\n[[手続きガイド：\n{guides}]]",
    "ko": "사업 요약서 (인쇄용): {fact_sheet_url}\n사업 페이지: {page_url}\n[[절차 안내:\n{guides}]]",
    "zh-hans": "项目简介（可打印）：{fact_sheet_url}\n项目页面：{page_url}\n[[办事指南：\n{guides}]]",
}
PAGE_LINKS = {
    "vi": "Trang thông tin: {page_url}\n[[Hướng dẫn thủ tục:\n{guides}]]",
    "en": "Page with all the details: {page_url}\n[[Guides to the procedures:\n{guides}]]",
    "ja": "詳細ページ：{page_url}\n[[手続きガイド：\n{guides}]]",
    "ko": "상세 페이지: {page_url}\n[[절차 안내:\n{guides}]]",
    "zh-hans": "详细信息页面：{page_url}\n[[办事指南：\n{guides}]]",
}
GUIDES = {
    "vi": "[[Hướng dẫn thủ tục:\n{guides}]]",
    "en": "[[Guides to the procedures:\n{guides}]]",
    "ja": "[[手続きガイド：\n{guides}]]",
    "ko": "[[절차 안내:\n{guides}]]",
    "zh-hans": "[[办事指南：\n{guides}]]",
}
NEXT_STEPS = {
    "vi": "Bước tiếp theo: xin Ông/Bà cho biết quy mô dự kiến và tiến độ mong muốn; trong vòng năm ngày làm việc, tôi sẽ sắp xếp một cuộc họp trực tuyến với các cơ quan liên quan và, nếu Ông/Bà muốn, một chuyến khảo sát thực địa kèm buổi làm việc với UBND tỉnh. Ông/Bà có thể liên hệ trực tiếp với tôi qua số {officer_phone} hoặc {officer_email}.",
    "en": "Next steps: tell me the size of the operation you have in mind and your timetable, and within five working days I will arrange a video call with the agencies concerned and, if you wish, a site visit with a meeting at the Provincial People's Committee. You can reach me directly on {officer_phone} or at {officer_email}.",
    "ja": "今後の進め方：ご想定の事業規模とスケジュールをお知らせいただければ、5営業日以内に関係機関とのオンライン面談を手配し、ご希望に応じて現地視察と省人民委員会との面談も設定いたします。直通電話 {officer_phone}、メール {officer_email} までお気軽にご連絡ください。",
    "ko": "다음 단계: 구상하시는 사업 규모와 일정을 알려 주시면 5영업일 이내에 관계 기관과의 화상 회의를 마련하고, 원하시면 현장 방문과 성 인민위원회 면담도 준비하겠습니다. 직통 전화 {officer_phone} 또는 이메일 {officer_email}로 언제든 연락 주십시오.",
    "zh-hans": "下一步：请告知您设想的项目规模和时间安排，我将在五个工作日内安排与相关部门的视频会议，如您愿意，还可安排实地考察并与省人民委员会会谈。您可直接拨打{officer_phone}或发送邮件至{officer_email}与我联系。",
}
PARTNER_NEXT_STEPS = {
    "vi": "Bước tiếp theo: xin Ông/Bà cho biết khối lượng, quy cách sản phẩm và thời điểm mong muốn; trong vòng năm ngày làm việc, tôi sẽ giới thiệu Ông/Bà với các hợp tác xã và doanh nghiệp phù hợp và sắp xếp buổi làm việc trực tuyến hoặc tham quan vùng nguyên liệu. Ông/Bà có thể liên hệ trực tiếp với tôi qua số {officer_phone} hoặc {officer_email}.",
    "en": "Next steps: tell me the volumes, specifications and timing you need, and within five working days I will introduce you to the cooperatives and firms that fit and arrange a video call or a visit to the growing areas. You can reach me directly on {officer_phone} or at {officer_email}.",
    "ja": "今後の進め方：必要な数量、規格、時期をお知らせいただければ、5営業日以内に条件に合う協同組合・企業をご紹介し、オンライン面談または産地視察を手配いたします。直通電話 {officer_phone}、メール {officer_email} までお気軽にご連絡ください。",
    "ko": "다음 단계: 필요하신 물량, 규격, 시기를 알려 주시면 5영업일 이내에 적합한 협동조합과 기업을 소개하고 화상 회의 또는 산지 방문을 준비하겠습니다. 직통 전화 {officer_phone} 또는 이메일 {officer_email}로 언제든 연락 주십시오.",
    "zh-hans": "下一步：请告知您需要的数量、规格和时间，我将在五个工作日内为您介绍合适的合作社和企业，并安排视频会议或产区考察。您可直接拨打{officer_phone}或发送邮件至{officer_email}与我联系。",
}
CLOSING = {
    "vi": "Trân trọng,",
    "en": "Kind regards,",
    "ja": "何卒よろしくお願い申し上げます。",
    "ko": "감사합니다.",
    "zh-hans": "顺颂商祺！",
}
GENERAL_INTRO = {
    "vi": "Các nhà đầu tư thường hỏi trước tiên về chi phí và ưu đãi. Dưới đây là các số liệu chính, mỗi số liệu kèm nguồn và ngày xác minh:",
    "en": "Investors usually ask first about costs and incentives. Here are the main figures, each with its source and the date it was verified:",
    "ja": "投資家の皆様からは、まずコストと優遇措置についてのご質問を多くいただきます。主な数値を出典と確認日とともにご案内します：",
    "ko": "투자자분들은 대개 비용과 인센티브를 먼저 문의하십니다. 주요 수치를 출처 및 확인일과 함께 안내해 드립니다:",
    "zh-hans": "投资者通常首先关心成本和优惠政策。以下是主要数据，均注明来源和核实日期：",
}
GENERAL_INCENTIVES = {
    "vi": "Về ưu đãi: dự án thuộc lĩnh vực được khuyến khích được áp dụng thuế suất thuế thu nhập doanh nghiệp ưu đãi, miễn thuế nhập khẩu hàng hóa tạo tài sản cố định và miễn, giảm tiền thuê đất; các hướng dẫn dưới đây nêu rõ điều kiện và cơ sở pháp lý.",
    "en": "On incentives: projects in encouraged sectors pay a reduced corporate income tax rate, import the goods forming their fixed assets free of duty and are exempted from land rent for a time; the guides below give the conditions and the legal basis.",
    "ja": "優遇措置について：奨励分野の案件には、法人所得税の優遇税率、固定資産となる輸入品の輸入税免除、一定期間の土地賃料の免除・減額が適用されます。条件と法的根拠は以下のガイドをご覧ください。",
    "ko": "인센티브: 장려 분야 사업에는 법인소득세 우대세율, 고정자산 수입품 관세 면제, 일정 기간 토지 임대료 면제·감면이 적용됩니다. 조건과 법적 근거는 아래 안내를 참고해 주십시오.",
    "zh-hans": "关于优惠政策：鼓励类项目可享受企业所得税优惠税率、构成固定资产的进口货物免征进口税以及一定期限的土地租金减免；具体条件和法律依据请参阅以下指南。",
}
GENERAL_NEXT_STEPS = {
    "vi": "Bước tiếp theo: xin Ông/Bà cho biết lĩnh vực, quy mô và tiến độ của dự án; tôi sẽ gửi các dự án, khu công nghiệp và ưu đãi phù hợp, và sắp xếp một cuộc họp trực tuyến trong vòng năm ngày làm việc. Ông/Bà có thể liên hệ trực tiếp với tôi qua số {officer_phone} hoặc {officer_email}.",
    "en": "Next steps: tell me the sector, size and timetable of your project, and I will send you the projects, industrial zones and incentives that fit, and arrange a video call within five working days. You can reach me directly on {officer_phone} or at {officer_email}.",
    "ja": "今後の進め方：ご計画の分野、規模、スケジュールをお知らせいただければ、条件に合う案件・工業団地・優遇措置をご案内し、5営業日以内にオンライン面談を手配いたします。直通電話 {officer_phone}、メール {officer_email} までお気軽にご連絡ください。",
    "ko": "다음 단계: 사업 분야, 규모, 일정을 알려 주시면 적합한 사업, 산업단지, 인센티브를 안내해 드리고 5영업일 이내에 화상 회의를 마련하겠습니다. 직통 전화 {officer_phone} 또는 이메일 {officer_email}로 언제든 연락 주십시오.",
    "zh-hans": "下一步：请告知您项目的领域、规模和时间安排，我将为您推荐合适的项目、工业园区和优惠政策，并在五个工作日内安排视频会议。您可直接拨打{officer_phone}或发送邮件至{officer_email}与我联系。",
}
PARTNERSHIP_OFFER = {
    "vi": "Để giới thiệu đề nghị hợp tác của Ông/Bà tới các nhà đầu tư và nhà nhập khẩu liên hệ với chúng tôi, xin gửi thêm: sản phẩm và sản lượng hằng năm, mùa vụ, các chứng nhận (VietGAP, GlobalG.A.P., hữu cơ…) và loại đối tác cần tìm. Chúng tôi sẽ đăng đề nghị trong danh mục cơ hội của tỉnh và kết nối Ông/Bà với các đối tác quan tâm.",
    "en": "To present your offer to the investors and buyers who contact us, please send: your products and yearly volumes, the harvest or production months, your certifications (VietGAP, GlobalG.A.P., organic…) and the kind of partner you are looking for. We will publish it among the province's opportunities and introduce you to interested partners.",
    "ja": "貴社のご提案を当センターに問い合わせる投資家やバイヤーにご紹介するため、製品と年間供給量、収穫・生産時期、認証（VietGAP、GlobalG.A.P.、有機など）、求めるパートナーの種類をお知らせください。省の投資機会一覧に掲載し、関心のあるパートナーをご紹介いたします。",
    "ko": "귀사의 제안을 저희에게 문의하는 투자자와 바이어에게 소개할 수 있도록 제품과 연간 공급량, 수확·생산 시기, 인증(VietGAP, GlobalG.A.P., 유기농 등), 찾으시는 파트너 유형을 보내 주십시오. 성의 투자 기회 목록에 게재하고 관심 있는 파트너를 연결해 드리겠습니다.",
    "zh-hans": "为了向联系我们的投资者和采购商介绍您的合作意向，请补充：产品及年供应量、收获或生产月份、认证情况（VietGAP、GlobalG.A.P.、有机等）以及所寻求的合作伙伴类型。我们将把您的意向发布在本省投资机会目录中，并为您对接感兴趣的合作伙伴。",
}
ZONE_PITCH = {
    "vi": "Các lô đất dưới đây đã san lấp và có thể bàn giao ngay; Ban Quản lý hỗ trợ trọn gói thủ tục cấp Giấy chứng nhận đăng ký đầu tư, giấy phép xây dựng và môi trường tại một đầu mối.",
    "en": "The plots below are levelled and can be handed over now; the Management Board handles the investment registration certificate, the construction and environmental permits for you at one desk.",
    "ja": "以下の区画は造成済みで、すぐにお引き渡しが可能です。投資登録証明書、建設許可、環境許可の手続きは管理委員会がワンストップで支援します。",
    "ko": "아래 부지는 조성이 끝나 즉시 인도할 수 있으며, 투자등록증명서, 건축 허가, 환경 허가 절차는 관리위원회가 원스톱으로 지원합니다.",
    "zh-hans": "以下地块已完成平整，可立即交付；管理委员会在一个窗口为您办理投资登记证、建设许可和环境许可等手续。",
}
OPPORTUNITY_PITCH = {
    "vi": "Các hợp tác xã và doanh nghiệp đứng sau cơ hội này đã sẵn sàng làm việc với Ông/Bà; chúng tôi có thể tổ chức lấy mẫu và kiểm tra chất lượng trước khi ký hợp đồng.",
    "en": "The cooperatives and firms behind this opportunity are ready to work with you; we can arrange samples and quality checks before any contract is signed.",
    "ja": "この案件の協同組合・企業は貴社との取引に前向きです。契約前のサンプル提供や品質検査も手配いたします。",
    "ko": "이 기회의 협동조합과 기업은 귀사와 협력할 준비가 되어 있으며, 계약 전에 샘플 제공과 품질 검사를 주선해 드릴 수 있습니다.",
    "zh-hans": "该机会背后的合作社和企业已准备好与您合作；签约前我们可以安排提供样品和质量检验。",
}

# Sector groups (top-level VSIC sections of the demo): the case for the sector, and the costs it quotes.
SECTOR_PITCH = {
    "A": {
        "vi": "Đồng Tháp là một trong những địa phương sản xuất lúa gạo, xoài, sen và cá tra lớn nhất Đồng bằng sông Cửu Long, với các hợp tác xã đã đạt chứng nhận VietGAP, GlobalG.A.P. và các khu nông nghiệp công nghệ cao đang mở rộng.",
        "en": "Đồng Tháp is one of the Mekong Delta's largest producers of rice, mango, lotus and pangasius, with cooperatives already certified to VietGAP and GlobalG.A.P. and growing high-tech agriculture zones.",
        "ja": "ドンタップ省はメコンデルタ有数の米・マンゴー・蓮・パンガシウスの産地で、VietGAPやGlobalG.A.P.認証を取得済みの協同組合と拡大中のハイテク農業区があります。",
        "ko": "동탑성은 메콩델타 최대의 쌀·망고·연꽃·팡가시우스 산지 중 하나로, VietGAP·GlobalG.A.P. 인증을 받은 협동조합과 확장 중인 첨단 농업 단지를 갖추고 있습니다.",
        "zh-hans": "同塔省是湄公河三角洲最大的大米、芒果、莲花和巴沙鱼产区之一，拥有已获得VietGAP和GlobalG.A.P.认证的合作社以及不断扩大的高科技农业区。",
    },
    "C": {
        "vi": "Các nhà máy chế biến tại đây thu mua gạo, xoài, sen, dừa và cá tra trực tiếp từ vùng nguyên liệu quanh nhà máy, và xuất hàng qua các cảng sông kết nối với cảng nước sâu Cái Mép – Thị Vải.",
        "en": "Processors here buy rice, mango, lotus, coconut and pangasius straight from the growing areas around the plant, and ship through river ports linked to the Cái Mép – Thị Vải deep-sea port.",
        "ja": "当地の加工工場は、米・マンゴー・蓮・ココナッツ・パンガシウスを工場周辺の産地から直接調達し、カイメップ・ティバイ深水港と結ばれた河川港から出荷しています。",
        "ko": "이곳의 가공 공장은 쌀·망고·연꽃·코코넛·팡가시우스를 공장 주변 산지에서 직접 구매하고, 까이멥-티바이 심해항과 연결된 하천 항만을 통해 출하합니다.",
        "zh-hans": "本地加工企业直接从工厂周边产区采购大米、芒果、莲花、椰子和巴沙鱼，并经与盖梅–市威深水港相连的内河港口发货。",
    },
    "D": {
        "vi": "Tỉnh có số giờ nắng cao, lưới điện 110 kV đến các khu công nghiệp và nguồn trấu dồi dào từ các nhà máy xay xát cho điện sinh khối; quy hoạch phát triển điện của tỉnh ưu tiên năng lượng tái tạo.",
        "en": "The province has long sunshine hours, a 110 kV grid reaching its industrial zones and plenty of rice husk from its mills for biomass power, and its power development plan favours renewable energy.",
        "ja": "当省は日照時間が長く、工業団地まで110kV送電網が整備され、精米所から出る籾殻がバイオマス発電に豊富に利用できます。省の電力開発計画は再生可能エネルギーを優先しています。",
        "ko": "성은 일조 시간이 길고 110kV 전력망이 산업단지까지 연결되어 있으며, 도정공장에서 나오는 왕겨가 바이오매스 발전에 풍부합니다. 성의 전력 개발 계획은 재생에너지를 우선합니다.",
        "zh-hans": "本省日照时间长，110千伏电网通达各工业园区，碾米厂的稻壳可充足供应生物质发电，全省电力发展规划优先支持可再生能源。",
    },
    "H": {
        "vi": "Tỉnh nằm trên sông Tiền, sông Hậu và tuyến cao tốc TP. Hồ Chí Minh – Trung Lương – Mỹ Thuận, giữa vùng nguyên liệu của Đồng bằng sông Cửu Long và các cảng của TP. Hồ Chí Minh và Cái Mép.",
        "en": "The province lies on the Tiền and Hậu rivers and the Hồ Chí Minh City – Trung Lương – Mỹ Thuận expressway, between the delta's farms and the ports of Hồ Chí Minh City and Cái Mép.",
        "ja": "当省は前江・後江とホーチミン市〜チュンルオン〜ミートゥアン高速道路沿いに位置し、メコンデルタの産地とホーチミン市・カイメップの港湾を結ぶ要衝です。",
        "ko": "성은 띠엔강·허우강과 호찌민시-쭝르엉-미투언 고속도로 위에 있어 메콩델타의 산지와 호찌민시·까이멥 항만 사이를 잇습니다.",
        "zh-hans": "本省位于前江、后江以及胡志明市–中良–美顺高速公路沿线，连接湄公河三角洲产区与胡志明市和盖梅的港口。",
    },
    "I": {
        "vi": "Vườn quốc gia Tràm Chim, đồng sen Tháp Mười, làng hoa Sa Đéc và các cù lao trên sông Tiền thu hút lượng khách tăng hằng năm, chỉ cách TP. Hồ Chí Minh khoảng hai giờ xe.",
        "en": "Tràm Chim National Park, the lotus fields of Tháp Mười, the Sa Đéc flower village and the islands of the Tiền river draw more visitors every year, about two hours' drive from Hồ Chí Minh City.",
        "ja": "チャムチム国立公園、タップムオイの蓮田、サデックの花卉村、前江の中州は年々観光客が増えており、ホーチミン市から車で約2時間です。",
        "ko": "짬찜 국립공원, 탑므어이의 연꽃 들판, 사덱 꽃마을, 띠엔강의 섬들은 해마다 방문객이 늘고 있으며, 호찌민시에서 차로 약 2시간 거리입니다.",
        "zh-hans": "鸟园国家公园、塔梅莲田、沙沥花卉村和前江上的江心岛游客逐年增加，距胡志明市仅约两小时车程。",
    },
    "L": {
        "vi": "Các đô thị của tỉnh sau sáp nhập đang phát triển quanh Mỹ Tho, Cao Lãnh và Sa Đéc, với đường giao thông mới và các khu dân cư, thương mại, ven sông đã được quy hoạch.",
        "en": "The merged province's towns are growing around Mỹ Tho, Cao Lãnh and Sa Đéc, with new roads and planned residential, commercial and riverside districts.",
        "ja": "合併後の当省では、ミトー、カオラン、サデックを中心に都市が拡大しており、新しい道路や計画済みの住宅・商業・リバーサイド地区があります。",
        "ko": "합병된 성의 도시들은 미토, 까오란, 사덱을 중심으로 성장하고 있으며, 새 도로와 계획된 주거·상업·강변 지구가 있습니다.",
        "zh-hans": "合并后的本省城市正围绕美荻、高岭和沙沥发展，新建道路并规划了住宅、商业和滨江片区。",
    },
    "Q": {
        "vi": "Các bệnh viện của tỉnh phục vụ hơn ba triệu người dân cùng chuyên gia nước ngoài làm việc tại các khu công nghiệp; tỉnh khuyến khích y tế tư nhân và quốc tế.",
        "en": "The province's hospitals serve more than three million people and the foreign experts working in its industrial zones, and the province welcomes private and international health care.",
        "ja": "省内の病院は300万人以上の住民と工業団地で働く外国人専門家にサービスを提供しており、省は民間・国際医療の進出を歓迎しています。",
        "ko": "성의 병원들은 300만 명 이상의 주민과 산업단지에서 일하는 외국인 전문가에게 의료를 제공하며, 성은 민간·국제 의료 투자를 환영합니다.",
        "zh-hans": "本省医院服务三百多万居民和在工业园区工作的外国专家，本省欢迎民营和国际医疗机构投资。",
    },
    "P": {
        "vi": "Doanh nghiệp trong các khu công nghiệp cần kỹ thuật viên và kỹ sư, còn các gia đình cần trường song ngữ; tỉnh hỗ trợ trường tư thục, trường quốc tế và trường nghề.",
        "en": "Employers in the industrial zones need technicians and engineers, and families ask for bilingual schools; the province supports private and international schools and vocational colleges.",
        "ja": "工業団地の企業は技術者やエンジニアを必要とし、家庭はバイリンガル校を求めています。省は私立・国際学校と職業訓練校を支援しています。",
        "ko": "산업단지 기업은 기술자와 엔지니어가 필요하고 가정에서는 이중 언어 학교를 원합니다. 성은 사립·국제학교와 직업훈련학교를 지원합니다.",
        "zh-hans": "工业园区企业需要技术员和工程师，家庭需要双语学校；本省支持民办学校、国际学校和职业院校。",
    },
    "J": {
        "vi": "Chương trình chuyển đổi số của tỉnh, các trường đại học và chi phí văn phòng, sinh hoạt thấp hơn TP. Hồ Chí Minh giúp tỉnh trở thành nơi đặt cơ sở phần mềm, dữ liệu và dịch vụ số.",
        "en": "The province's digital transformation programme, its universities and office and living costs well below Hồ Chí Minh City's make it a base for software, data and digital services.",
        "ja": "省のデジタル変革プログラム、大学、そしてホーチミン市を大きく下回るオフィス・生活コストにより、当省はソフトウェア、データ、デジタルサービスの拠点に適しています。",
        "ko": "성의 디지털 전환 프로그램, 대학, 그리고 호찌민시보다 훨씬 낮은 사무실·생활 비용 덕분에 소프트웨어, 데이터, 디지털 서비스 거점으로 적합합니다.",
        "zh-hans": "本省的数字化转型计划、高校资源以及远低于胡志明市的办公和生活成本，使其成为软件、数据和数字服务的理想基地。",
    },
}
SECTOR_COSTS = {
    "A": ["wage_worker", "electricity_production", "land_rent_outside", "reefer_cat_lai", "tax_cit_incentive"],
    "C": [
        "wage_worker",
        "wage_technician",
        "electricity_production",
        "water_industrial",
        "reefer_cat_lai",
        "barge_cai_mep",
    ],
    "D": ["electricity_production", "wage_engineer", "land_rent_outside", "tax_cit_incentive"],
    "H": ["truck_cat_lai", "barge_cai_mep", "truck_tan_son_nhat", "factory_rent", "wage_worker"],
    "I": ["wage_worker", "electricity_business", "water_industrial", "land_rent_outside", "tax_cit_incentive"],
    "L": ["land_rent_outside", "office_rent", "wage_engineer", "tax_vat"],
    "Q": ["wage_technician", "wage_engineer", "electricity_business", "office_rent", "tax_cit_incentive"],
    "P": ["wage_engineer", "office_rent", "electricity_business", "tax_cit_incentive"],
    "J": ["wage_engineer", "office_rent", "electricity_business", "tax_cit_incentive"],
}
SECTOR_TITLES_EN = {
    "A": "Agriculture and aquaculture", "C": "Manufacturing and food processing", "D": "Energy",
    "H": "Logistics and ports", "I": "Tourism", "L": "Urban development", "Q": "Health",
    "P": "Education", "J": "Information technology",
}  # fmt: skip
SECTOR_TITLES_JA = {
    "A": "農業・水産業", "C": "製造業・食品加工", "D": "エネルギー", "H": "物流・港湾", "I": "観光",
    "L": "都市開発", "Q": "医療", "P": "教育", "J": "情報技術",
}  # fmt: skip
SECTOR_TITLES_KO = {
    "A": "농업 및 수산업", "C": "제조업 및 식품가공", "D": "에너지", "H": "물류 및 항만", "I": "관광",
    "L": "도시개발", "Q": "보건의료", "P": "교육", "J": "정보기술",
}  # fmt: skip
SECTOR_TITLES_ZH = {
    "A": "农业和水产养殖", "C": "制造业和食品加工", "D": "能源", "H": "物流和港口", "I": "旅游",
    "L": "城市发展", "Q": "医疗卫生", "P": "教育", "J": "信息技术",
}  # fmt: skip
SECTOR_TITLES = {
    "A": "Nông nghiệp và thủy sản", "C": "Công nghiệp chế biến, chế tạo", "D": "Năng lượng",
    "H": "Logistics và cảng", "I": "Du lịch", "L": "Phát triển đô thị", "Q": "Y tế",
    "P": "Giáo dục", "J": "Công nghệ thông tin",
}  # fmt: skip
DEFAULT_PROJECT_COSTS = [
    "wage_worker",
    "electricity_production",
    "land_rent_outside",
    "truck_cat_lai",
    "tax_cit_incentive",
]
ZONE_COSTS = ["wage_worker", "wage_technician", "electricity_production", "truck_cat_lai", "tax_cit_incentive"]
OPPORTUNITY_COSTS = ["reefer_cat_lai", "barge_cai_mep", "truck_tan_son_nhat", "wage_worker"]
GENERAL_COSTS = [
    "wage_worker",
    "wage_engineer",
    "electricity_production",
    "land_lease_zone",
    "office_rent",
    "truck_cat_lai",
    "tax_cit",
    "tax_cit_incentive",
]
PARTNERSHIP_COSTS = ["reefer_cat_lai", "barge_cai_mep", "truck_tan_son_nhat"]

# Guides each template lists ({guides}), by the demo guides' English slugs.
PROJECT_GUIDES = ["investment-policy-and-irc", "investment-incentives"]
ZONE_GUIDES = ["industrial-zone-land-lease", "investment-policy-and-irc"]
OPPORTUNITY_GUIDES = ["enterprise-registration", "investment-incentives"]
GENERAL_GUIDES = ["investment-incentives", "investment-policy-and-irc", "enterprise-registration"]


LABEL_SEPARATOR = {"ja": "：", "zh-hans": "："}


def cost_block(keys: list[str], language: str) -> str:
    separator = LABEL_SEPARATOR.get(language, ": ")
    lines = [f"• {COST_LABELS[key][language]}{separator}{{cost.{key}}}" for key in keys]
    return "\n".join([COSTS_INTRO[language], *lines, COSTS_LINK[language]])


def _body(language: str, *parts) -> str:
    return "\n\n".join(part[language] if isinstance(part, dict) else part(language) for part in parts)


def _costs(keys):
    return lambda language: cost_block(keys, language)


def demo_templates() -> list[dict]:
    """``{"title" {language}, "legacy_title" (the single title of loads before titles per language), "kinds",
    "page_kinds", "sectors" (VSIC codes), "guides" (slugs), "body" {language}}``."""
    templates = []
    for code, pitch in SECTOR_PITCH.items():
        templates.append(
            {
                "title": {
                    "vi": f"Dự án · {SECTOR_TITLES[code]}",
                    "en": f"Project · {SECTOR_TITLES_EN[code]}",
                    "ja": f"プロジェクト · {SECTOR_TITLES_JA[code]}",
                    "ko": f"프로젝트 · {SECTOR_TITLES_KO[code]}",
                    "zh-hans": f"项目 · {SECTOR_TITLES_ZH[code]}",
                },
                "legacy_title": f"Dự án · {SECTOR_TITLES[code]} / Project · {SECTOR_TITLES_EN[code]}",
                "kinds": ["investment"],
                "page_kinds": ["project"],
                "sectors": [code],
                "guides": PROJECT_GUIDES,
                "body": {
                    language: _body(
                        language,
                        GREETING,
                        THANKS_PAGE,
                        pitch,
                        PROJECT_FACTS,
                        _costs(SECTOR_COSTS[code]),
                        INCENTIVES,
                        PROJECT_LINKS,
                        NEXT_STEPS,
                        CLOSING,
                    )  # fmt: skip
                    for language in LANGUAGES
                },
            }
        )
    templates += [
        {
            "title": {
                "vi": "Dự án · mọi lĩnh vực",
                "en": "Project · any sector",
                "ja": "プロジェクト · 全分野",
                "ko": "프로젝트 · 전 분야",
                "zh-hans": "项目 · 所有行业",
            },
            "legacy_title": "Dự án · mọi lĩnh vực / Project · any sector",
            "kinds": [],
            "page_kinds": ["project"],
            "sectors": [],
            "guides": PROJECT_GUIDES,
            "body": {
                language: _body(
                    language,
                    GREETING,
                    THANKS_PAGE,
                    PROJECT_FACTS,
                    _costs(DEFAULT_PROJECT_COSTS),
                    INCENTIVES,
                    PROJECT_LINKS,
                    NEXT_STEPS,
                    CLOSING,
                )  # fmt: skip
                for language in LANGUAGES
            },
        },
        {
            "title": {
                "vi": "Khu công nghiệp: đất, lô trống, hạ tầng, giá",
                "en": "Industrial zone: land, plots, utilities, tariffs",
                "ja": "工業団地：用地、空き区画、インフラ、料金",
                "ko": "산업단지: 부지, 잔여 필지, 기반시설, 요금",
                "zh-hans": "工业园区：土地、空置地块、基础设施、价格",
            },
            "legacy_title": "Khu công nghiệp: đất, lô trống, hạ tầng, giá / Industrial zone: land, plots, utilities, tariffs",
            "kinds": [],
            "page_kinds": ["zone"],
            "sectors": [],
            "guides": ZONE_GUIDES,
            "body": {
                language: _body(
                    language,
                    GREETING,
                    THANKS_PAGE,
                    ZONE_PITCH,
                    ZONE_FACTS,
                    _costs(ZONE_COSTS),
                    INCENTIVES,
                    PAGE_LINKS,
                    NEXT_STEPS,
                    CLOSING,
                )  # fmt: skip
                for language in LANGUAGES
            },
        },
        {
            "title": {
                "vi": "Cơ hội nông nghiệp: sản lượng, mùa vụ, chứng nhận",
                "en": "Agricultural opportunity: volumes, seasons, certifications",
                "ja": "農業機会：生産量、収穫期、認証",
                "ko": "농업 기회: 생산량, 수확기, 인증",
                "zh-hans": "农业机会：产量、季节、认证",
            },
            "legacy_title": "Cơ hội nông nghiệp: sản lượng, mùa vụ, chứng nhận / Agricultural opportunity",
            "kinds": [],
            "page_kinds": ["opportunity"],
            "sectors": [],
            "guides": OPPORTUNITY_GUIDES,
            "body": {
                language: _body(
                    language,
                    GREETING,
                    THANKS_PAGE,
                    OPPORTUNITY_PITCH,
                    OPPORTUNITY_FACTS,
                    _costs(OPPORTUNITY_COSTS),
                    INCENTIVES,
                    PAGE_LINKS,
                    PARTNER_NEXT_STEPS,
                    CLOSING,
                )  # fmt: skip
                for language in LANGUAGES
            },
        },
        {
            "title": {
                "vi": "Câu hỏi chung: chi phí, ưu đãi, hướng dẫn",
                "en": "General question: costs, incentives, guides",
                "ja": "一般的なご質問：コスト、優遇措置、ガイド",
                "ko": "일반 문의: 비용, 인센티브, 안내",
                "zh-hans": "一般咨询：成本、优惠政策、指南",
            },
            "legacy_title": "Câu hỏi chung: chi phí, ưu đãi, hướng dẫn / General question",
            "kinds": ["general", "investment"],
            "page_kinds": ["none"],
            "sectors": [],
            "guides": GENERAL_GUIDES,
            "body": {
                language: _body(
                    language,
                    GREETING,
                    THANKS_GENERAL,
                    GENERAL_INTRO,
                    _costs(GENERAL_COSTS),
                    GENERAL_INCENTIVES,
                    GUIDES,
                    GENERAL_NEXT_STEPS,
                    CLOSING,
                )  # fmt: skip
                for language in LANGUAGES
            },
        },
        {
            "title": {
                "vi": "Đề nghị hợp tác: thông tin cần bổ sung",
                "en": "Partnership offer: information still needed",
                "ja": "提携のお申し出：追加で必要な情報",
                "ko": "협력 제안: 추가로 필요한 정보",
                "zh-hans": "合作提议：需补充的信息",
            },
            "legacy_title": "Đề nghị hợp tác: thông tin cần bổ sung / Partnership offer",
            "kinds": ["partnership"],
            "page_kinds": ["none"],
            "sectors": [],
            "guides": OPPORTUNITY_GUIDES,
            "body": {
                language: _body(
                    language,
                    GREETING,
                    THANKS_GENERAL,
                    PARTNERSHIP_OFFER,
                    _costs(PARTNERSHIP_COSTS),
                    GUIDES,
                    PARTNER_NEXT_STEPS,
                    CLOSING,
                )  # fmt: skip
                for language in LANGUAGES
            },
        },
    ]
    return templates
