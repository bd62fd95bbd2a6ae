"""The demo privacy notice, in five languages: what the portal does with the personal data of inquiries,
event registrations and investor accounts (the account section matches PORTAL_ACCOUNT_CONSENT_VERSION 2026-11).
Illustrative: a real deployment has its lawyers write its own."""

PRIVACY = {
    "slug": {
        "vi": "chinh-sach-bao-ve-du-lieu-ca-nhan",
        "en": "privacy-notice",
        "ja": "puraibashi-porishi",
        "ko": "gaein-jeongbo-cheori-bangchim",
        "zh-hans": "yinsi-shengming",
    },
    "title": {
        "vi": "Thông báo về xử lý dữ liệu cá nhân",
        "en": "Privacy notice",
        "ja": "個人情報の取り扱いについて",
        "ko": "개인정보 처리방침",
        "zh-hans": "隐私声明",
    },
    "introduction": {
        "vi": "Trang này cho biết cổng thông tin thu thập dữ liệu cá nhân nào khi bạn gửi câu hỏi hoặc đăng ký sự "
        "kiện, dùng vào việc gì, lưu trong bao lâu và bạn có những quyền gì.",
        "en": "This page explains which personal data the portal collects when you send an inquiry or register "
        "for an event, what it is used for, how long it is kept and what your rights are.",
        "ja": "このページでは、お問い合わせやイベント登録の際に当ポータルが収集する個人情報、その利用目的、"
        "保存期間、そしてお客様の権利について説明します。",
        "ko": "이 페이지는 문의를 보내거나 행사에 등록할 때 포털이 수집하는 개인정보, 그 이용 목적, 보관 기간과 "
        "귀하의 권리를 설명합니다.",
        "zh-hans": "本页说明您提交咨询或报名活动时本门户收集哪些个人数据、用于何种目的、保存多久以及您享有哪些权利。",
    },
    "controller": {
        "vi": "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Đồng Tháp (ví dụ), "
        "số 12 Đường 30/4, Cao Lãnh. Yêu cầu về dữ liệu cá nhân: privacy@dongthap.example",
        "en": "Đồng Tháp Investment, Trade and Tourism Promotion Centre (example), "
        "12 30/4 Street, Cao Lãnh. Requests about personal data: privacy@dongthap.example",
        "ja": "ドンタップ省投資・貿易・観光促進センター（例）、カオラン市 4月30日通り12番地。"
        "個人情報に関するお問い合わせ：privacy@dongthap.example",
        "ko": "동탑성 투자·무역·관광 촉진센터 (예시), 까오라인 4월30일로 12번지. "
        "개인정보 관련 요청: privacy@dongthap.example",
        "zh-hans": "同塔省投资、贸易与旅游促进中心（示例），高岭市4月30日路12号。"
        "个人数据相关请求：privacy@dongthap.example",
    },
    "sections": [
        {
            "vi": "<h2>Chúng tôi thu thập gì</h2><p>Họ tên, địa chỉ e-mail, tổ chức, quốc gia, số điện thoại "
            "(nếu bạn cung cấp) và nội dung bạn gửi. Để chống lạm dụng, chúng tôi chỉ lưu một mã băm của địa chỉ IP, "
            "không lưu chính địa chỉ đó.</p>",
            "en": "<h2>What we collect</h2><p>Your name, e-mail address, organisation, country, phone number "
            "(if you give one) and what you write. To prevent abuse we keep only a keyed hash of your IP address, "
            "never the address itself.</p>",
            "ja": "<h2>収集する情報</h2><p>氏名、メールアドレス、所属組織、国、電話番号（ご記入の場合）と"
            "お送りいただいた内容です。不正利用を防ぐため、IPアドレスそのものではなく、その鍵付きハッシュ値のみを"
            "保存します。</p>",
            "ko": "<h2>수집하는 정보</h2><p>이름, 이메일 주소, 소속 기관, 국가, 전화번호(입력한 경우)와 보내신 "
            "내용입니다. 남용을 막기 위해 IP 주소 자체가 아니라 키를 사용한 해시값만 보관합니다.</p>",
            "zh-hans": "<h2>我们收集什么</h2><p>您的姓名、电子邮箱、所属机构、国家、电话号码（如您提供）以及"
            "您填写的内容。为防止滥用，我们只保存IP地址的加密散列值，从不保存地址本身。</p>",
        },
        {
            "vi": "<h2>Dùng vào việc gì và ai được xem</h2><p>Chỉ để trả lời câu hỏi của bạn, sắp xếp chuyến khảo "
            "sát hoặc cuộc họp, quản lý việc đăng ký sự kiện và thống kê thời gian phản hồi. Chỉ cán bộ của cơ quan "
            "xử lý yêu cầu của bạn mới xem được dữ liệu; chúng tôi không bán hay chia sẻ dữ liệu cho bên thứ ba.</p>",
            "en": "<h2>What it is used for and who sees it</h2><p>Only to answer your inquiry, arrange a site visit "
            "or meeting, manage event registrations and measure how quickly the agencies reply. Only the officers of "
            "the agency handling your request can see your data; we never sell it or pass it to third parties.</p>",
            "ja": "<h2>利用目的と閲覧者</h2><p>お問い合わせへの回答、現地視察や面談の手配、イベント登録の管理、"
            "回答までの時間の統計にのみ利用します。閲覧できるのは、ご依頼を担当する機関の職員だけです。"
            "第三者への販売や提供は一切行いません。</p>",
            "ko": "<h2>이용 목적과 열람자</h2><p>문의 답변, 현장 방문이나 회의 준비, 행사 등록 관리, 답변 소요 "
            "시간 통계에만 이용합니다. 요청을 처리하는 기관의 담당자만 열람할 수 있으며, 제3자에게 판매하거나 "
            "제공하지 않습니다.</p>",
            "zh-hans": "<h2>用途和查看者</h2><p>仅用于答复您的咨询、安排实地考察或会谈、管理活动报名以及统计答复时间。"
            "只有处理您请求的机构工作人员可以查看您的数据；我们绝不出售或向第三方提供。</p>",
        },
        {
            "vi": "<h2>Lưu trong bao lâu</h2><p>Câu hỏi được ẩn danh hóa sau ba năm; đăng ký sự kiện được ẩn danh "
            "hóa 180 ngày sau khi sự kiện kết thúc. Số liệu thống kê vẫn được giữ nhưng không còn gắn với bạn. Các từ "
            "khóa tìm kiếm được ghi lại không kèm dữ liệu cá nhân và bị xóa sau 180 ngày.</p>",
            "en": "<h2>How long it is kept</h2><p>Inquiries are anonymised after three years; event registrations "
            "180 days after the event ends. The statistics remain, but no longer point to you. The words typed into "
            "the search are noted without any personal data and deleted after 180 days.</p>",
            "ja": "<h2>保存期間</h2><p>お問い合わせは3年後に、イベント登録はイベント終了から180日後に匿名化されます。"
            "統計は残りますが、お客様個人とは結び付かなくなります。"
            "検索語は個人情報を含まない形で記録され、180日後に削除されます。</p>",
            "ko": "<h2>보관 기간</h2><p>문의는 3년 후, 행사 등록은 행사 종료 180일 후에 익명 처리됩니다. 통계는 "
            "남지만 더 이상 귀하와 연결되지 않습니다. 검색어는 개인정보 없이 기록되며 180일 후 삭제됩니다.</p>",
            "zh-hans": "<h2>保存期限</h2><p>咨询在三年后匿名化；活动报名在活动结束180天后匿名化。统计数据会保留，"
            "但不再与您本人关联。搜索词的记录不含任何个人数据，并在180天后删除。</p>",
        },
        {
            "vi": "<h2>Tài khoản nhà đầu tư</h2><p>Nếu bạn tạo tài khoản, chúng tôi lưu địa chỉ e-mail (chỉ dùng "
            "sau khi bạn xác minh bằng mã gửi qua e-mail), mật khẩu dưới dạng băm, các khóa truy cập "
            "(passkey) và phương thức xác thực hai bước bạn thêm (không bao giờ lưu khóa riêng), liên kết "
            "đăng nhập một lần với cổng định danh của tỉnh nếu bạn dùng, và bản ghi về sự đồng ý của bạn (nội"
            " dung, thời điểm, phiên bản thông báo này). Các câu hỏi đã gửi từ địa chỉ e-mail đã xác minh "
            "được hiển thị trong tài khoản; không có dữ liệu nào được sao chép. Tại trang «Dữ liệu cá nhân "
            "của bạn» trong tài khoản, bạn có thể tải xuống toàn bộ dữ liệu (JSON) và xóa tài khoản bất cứ "
            "lúc nào: tài khoản bị xóa ngay, còn các câu hỏi của bạn được ẩn danh hóa theo cùng quy tắc lưu "
            "trữ như trên và vẫn được cơ quan giữ lại cho thống kê. Bản ghi đồng ý được giữ lại làm bằng "
            "chứng, chỉ kèm mã băm của địa chỉ e-mail.</p>",
            "en": "<h2>Investor accounts</h2><p>If you create an account, we keep your e-mail address (used only once "
            "you have verified it with a code sent by e-mail), your password as a hash, the passkeys and two-step "
            "sign-in methods you add (never their private keys), the link to the province's identity service if you "
            "sign in through it, and a record of your consent (what, when, and which version of this notice). The "
            "inquiries sent from your verified address are shown in your account; nothing is copied. On the page "
            "“Your personal data” in your account you can download everything we hold (JSON) and delete the account at "
            "any time: the account goes at once, and your inquiries are anonymised by the same retention rule as above "
            "and stay with the agencies for their statistics. Consent records are kept as proof, with only a keyed "
            "hash of your address.</p>",
            "ja": "<h2>投資家アカウント</h2><p>アカウントを作成された場合、メールアドレス（メールで送る"
            "コードで確認された後にのみ使用）、ハッシュ化したパスワード、追加されたパスキーと2段階サインインの方法（秘密鍵は保存しません）、"
            "省のID連携サービスでサインインした場合はその連携、そして同意の記録（内容、日時、本通知の版）を保管します。"
            "確認済みのアドレスから送られたお問い合わせはアカウントに表示されますが、データの複製は行いません。"
            "アカウントの「あなたの個人情報」ページから、保有するすべてのデータをダウンロード（JSON）し、いつでも"
            "アカウントを削除できます。アカウントは直ちに削除され、お問い合わせは上記と同じ保存規則で匿名化されたうえで、"
            "統計のため機関に残ります。同意の記録は証跡として、アドレスの鍵付きハッシュのみとともに保管します。</p>",
            "ko": "<h2>투자자 계정</h2><p>계정을 만드시면 이메일 주소(이메일로 보낸 코드로 인증한 후에만 사용), "
            "해시 처리된 비밀번호, 추가하신 패스키와 2단계 로그인 수단(개인 키는 저장하지 않음), 성(省) 통합 인증 "
            "서비스로 로그인하신 경우 그 연결, 동의 기록(내용, 일시, 본 방침의 버전)을 보관합니다. 인증된 주소에서 "
            "보낸 문의는 계정에 표시되며 데이터를 복사하지 않습니다. 계정의 ‘내 개인정보’ 페이지에서 보관 중인 모든 "
            "데이터를 내려받고(JSON) 언제든 계정을 삭제할 수 있습니다. 계정은 즉시 삭제되며, 문의는 위와 같은 보관 "
            "규칙에 따라 익명 처리되어 통계를 위해 기관에 남습니다. 동의 기록은 주소의 키 해시만 포함한 채 증빙으로 "
            "보관합니다.</p>",
            "zh-hans": "<h2>投资者账户</h2><p>如果您创建账户，我们会保存您的电子邮箱（仅在您通过邮件验证码"
            "验证后使用）、经散列处理的密码、您添加的通行密钥和两步登录方式（从不保存私钥）、您通过本省身份认证服务登录时的关联，以及"
            "您的同意记录（内容、时间和本声明的版本）。从已验证邮箱发送的咨询会显示在您的账户中，不复制任何数据。在账户的"
            "“您的个人数据”页面，您可以随时下载我们保存的全部数据（JSON）并删除账户：账户立即删除，您的咨询按上述相同"
            "保存规则匿名化，并为统计目的保留在相关机构。同意记录仅附带您邮箱的密钥散列值，作为证明予以保留。</p>",
        },
        {
            "vi": "<h2>Quyền của bạn</h2><p>Bạn có thể yêu cầu xem, sửa hoặc xóa dữ liệu của mình bằng cách viết "
            "cho địa chỉ ở trên, kèm mã câu hỏi nếu có. Chúng tôi trả lời trong vòng 30 ngày.</p>",
            "en": "<h2>Your rights</h2><p>You can ask to see, correct or delete your data by writing to the address "
            "above, with your inquiry reference if you have one. We answer within 30 days.</p>",
            "ja": "<h2>お客様の権利</h2><p>上記の連絡先に、お持ちであれば照会番号を添えてご連絡いただければ、"
            "ご自身のデータの開示、訂正、削除を請求できます。30日以内に回答いたします。</p>",
            "ko": "<h2>귀하의 권리</h2><p>위 연락처로 문의 참조 번호(있는 경우)와 함께 연락하시면 본인 데이터의 "
            "열람, 정정, 삭제를 요청할 수 있습니다. 30일 이내에 답변드립니다.</p>",
            "zh-hans": "<h2>您的权利</h2><p>您可以写信至上述地址（如有请附上咨询编号），要求查看、更正或删除您的"
            "数据。我们将在30天内答复。</p>",
        },
    ],
}
