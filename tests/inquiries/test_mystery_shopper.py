"""The mystery shopper of the World Bank's investment-promotion benchmarking, played end to end in Chromium
against a real portal server, a real task worker and a real SMTP server on loopback.

Two investors write through the public forms in their own language: a Japanese tourism investor about an
eco-tourism project, a Korean mango processor about a mango-processing opportunity. The officers answer
with the suggested reply, unchanged. What the benchmark scores is checked in the e-mails the investors
receive: acknowledged at once, in their language; kept informed (a request for information, a hand-over,
the closing); replied with a business case (the subject's facts, a cost figure with its source, an
incentive with its legal basis), signed by a named officer with title, direct phone, e-mail and the agency's
address; and a rating link that works. Every link starts with the address the portal is served on.
"""

import json
import re
import urllib.parse
import urllib.request
from decimal import Decimal

import pytest
from django.utils import translation

from cms.demo.legal_content import LEGAL_DOCUMENTS
from inquiries.demo_content import OFFICERS
from investment import reply_facts as rf
from investment.demo.agency_content import AGENCIES

from .conftest import SMTPServer, wait_for
from .test_journey_browser import OFFICER_PASSWORD, portal_with_worker
from .test_journey_browser import body_text as raw_body

pytestmark = [pytest.mark.browser, pytest.mark.smtp]
OFFICER_CONTACTS = {username: (names, titles, phone) for username, _slug, _f, _l, phone, names, titles in OFFICERS}
AGENCY_ADDRESSES = {agency["slug"]: agency["address"] for agency in AGENCIES}
LEGAL_NUMBERS = [document["number"] for document in LEGAL_DOCUMENTS]
# Words of the English e-mail text that must not show through a Japanese or Korean reply.
ENGLISH_LEAKS = ("source:", "verified", "legal basis", "per month", "Dear", "Kind regards", "Reference:")


def body_text(message) -> str:
    """The plain-text body as written (SMTP carries CRLF line ends)."""
    return raw_body(message).replace("\r\n", "\n")


def api(base: str, path: str, **query) -> dict:
    with urllib.request.urlopen(f"{base}{path}?{urllib.parse.urlencode(query)}", timeout=20) as response:
        return json.loads(response.read())


def messages_to(smtp, address: str) -> list:
    return [message for message in smtp.handler.messages if address in str(message["To"])]


def next_message(smtp, address: str, seen: int, what: str):
    """The e-mail to ``address`` after the ``seen`` first ones."""
    return wait_for(
        lambda: messages_to(smtp, address)[seen] if len(messages_to(smtp, address)) > seen else None,
        timeout=120,
        message=what,
    )


def link_in(message, base: str, pattern: str) -> str:
    found = re.search(re.escape(base) + pattern, body_text(message))
    assert found, (pattern, body_text(message))
    return found.group(0)


def send_inquiry(page, url: str, *, name: str, email: str, organisation: str, country: str, message: str):
    page.goto(url)
    form = page.locator("form[data-inquiry-form]")
    form.locator("[name=name]").fill(name)
    form.locator("[name=email]").fill(email)
    form.locator("[name=organisation]").fill(organisation)
    form.locator("[name=country]").select_option(country)
    form.locator("[name=message]").fill(message)
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/inquiries/status/.*"))
    return re.search(r"DT-\d{4}-\d{6}", page.locator("h1").inner_text()).group(0)


def rate(page, link: str, stars: int) -> None:
    """The investor follows the rating link from the e-mail (a new tab, as a mail program opens it) and rates."""
    tab = page.context.new_page()
    tab.goto(link)
    tab.locator(f"form.inquiry-rating input[name=rating][value='{stars}']").check()
    tab.click("form.inquiry-rating button[type=submit]")
    tab.wait_for_load_state()
    assert tab.locator(".inquiry-rated").count() == 1
    tab.close()


def officer_session(browser, base: str, username: str):
    """An officer signed in to the admin, in a browser set to Vietnamese (the admin follows it)."""
    context = browser.new_context(locale="vi-VN")
    officer = context.new_page()
    officer.goto(f"{base}/admin/login/")
    officer.fill("input[name=username]", username)
    officer.fill("input[name=password]", OFFICER_PASSWORD)
    officer.click("button[type=submit]")
    officer.wait_for_url(re.compile(r".*/admin/$"))
    return officer


def agency_notice(smtp, reference: str, recipient: str):
    """The first e-mail about ``reference`` to an agency address containing ``recipient``."""
    return wait_for(
        lambda: next(
            (m for m in smtp.handler.messages if reference in str(m["Subject"]) and recipient in str(m["To"])), None
        ),
        timeout=120,
        message=f"the notice to {recipient}",
    )


def cost_figures(base: str, language: str) -> dict:
    listing = api(base, "/api/v2/pages/", type="investment.CostOfDoingBusinessPage", lang=language, fields="items")
    return {item["key"]: item for item in listing["items"][0]["items"]}


def officer_of(notice) -> str:
    return re.search(r"(officer-[a-z0-9-]+)@", str(notice["To"])).group(1)


def assert_business_case(reply, *, language: str, facts: list[str], cost: str, officer: str, agency: str):
    """The reply makes the business case in the investor's language, signed with the officer's full contact."""
    body = body_text(reply)
    for fact in facts:
        assert fact in body, fact
    assert cost in body  # a cost figure, with its source and the date it was verified
    # an incentive with its legal basis: the legal text's number and the address of the article it rests on
    assert any(number in body for number in LEGAL_NUMBERS) and "#article-" in body
    names, titles, phone = OFFICER_CONTACTS[officer]
    for detail in (names[language], titles[language], phone, f"{officer}@dongthap.example"):
        assert detail in body, detail  # the named contact with full details
    assert AGENCY_ADDRESSES[agency][language] in body
    assert not [word for word in ENGLISH_LEAKS if word in body], body
    assert "{" not in body and "[[" not in body  # nothing sent empty or half-filled


def test_the_mystery_shopper_gets_a_business_case_in_their_language(tmp_path, page, browser):
    smtp = SMTPServer().start()
    try:
        with portal_with_worker(tmp_path, smtp.url, db_name="portal_live_mystery") as base:
            # -- The Japanese tourism investor, on an eco-tourism project ---------------------------------
            projects = api(base, "/api/v2/pages/", type="investment.ProjectPage", sector="55", lang="ja",
                           fields="_,html_url,title,capital_vnd,agency", limit=50)["items"]  # fmt: skip
            project = next(item for item in projects if "エコツーリズム" in item["title"])
            assert project["meta"]["html_url"].startswith(base + "/ja/")  # the API's links: the served address
            aiko = "aiko.tanaka@example.jp"
            reference = send_inquiry(
                page, project["meta"]["html_url"], name="田中 愛子", email=aiko, organisation="Example Resorts KK",
                country="JP", message="エコリゾート投資を検討中です。土地条件、コスト、優遇措置を教えてください。",
            )  # fmt: skip
            assert "確認メールを送信中です" in page.content()  # honest: the e-mail is on its way, not "sent"
            acknowledgement = next_message(smtp, aiko, 0, "the Japanese acknowledgement")
            # (the acknowledgement repeats nothing the sender typed, not even the name: it may go to a stranger)
            assert reference in str(acknowledgement["Subject"]) and "田中" not in body_text(acknowledgement)
            private_page = link_in(acknowledgement, base, r"/ja/inquiries/status/\S+/")
            assert "までにお届けする予定です" in body_text(acknowledgement)  # the expected reply date
            notice = agency_notice(smtp, reference, "officer-")
            officer = officer_of(notice)
            detail = link_in(notice, base, r"/admin/inquiries/\d+/")

            itpc = officer_session(browser, base, officer)
            itpc.goto(detail)
            # The agency needs one fact first: the investor is asked, in Japanese, and answers on their page.
            itpc.fill("form.inquiry-information-form textarea[name=text]", "客室数とご予定の着工時期を教えてください。")
            itpc.click("form.inquiry-information-form button[type=submit]")
            itpc.wait_for_load_state()
            request = next_message(smtp, aiko, 1, "the request for information")
            assert (
                "客室数" in body_text(request) and link_in(request, base, r"/ja/inquiries/status/\S+/") == private_page
            )
            page.goto(private_page)
            page.fill("textarea[name=message]", "客室は60室、着工は2027年春を予定しています。")
            page.click("form.inquiry-form button[type=submit]")
            page.wait_for_load_state()
            assert page.locator(".inquiry-reply-due").count() == 1  # a new expected reply date

            # The officer sends the suggested reply as it is.
            itpc.goto(detail)
            suggestion = itpc.locator(".inquiry-suggestion")
            assert suggestion.get_attribute("data-ready") == "true"  # every placeholder has a value
            assert itpc.locator(".inquiry-reply-preview .inquiry-preview-text").get_attribute("lang") == "vi"
            suggested = itpc.locator("form.inquiry-reply-form textarea[name=text]").input_value()
            itpc.click("form.inquiry-reply-form button[type=submit]")
            itpc.wait_for_load_state()
            reply = next_message(smtp, aiko, 2, "the Japanese reply")
            assert suggested.replace("\r\n", "\n").strip() + "\n" in body_text(reply)  # sent unchanged
            costs = cost_figures(base, "ja")
            with translation.override("ja"):
                capital = rf.capital(Decimal(project["capital_vnd"]))
            assert_business_case(
                reply, language="ja", officer=officer, agency="itpc",
                facts=[f"「{project['title']}」", capital, link_in(reply, base, r"/ja/\S+/fact-sheet/")],
                cost=costs["wage_worker"]["text"] + "（出典：" + costs["wage_worker"]["source"],
            )  # fmt: skip

            # Closed: the closing e-mail with the rating link, which works.
            itpc.goto(detail)
            itpc.select_option("form.inquiry-status-form select[name=status]", "closed")
            itpc.click("form.inquiry-status-form button[type=submit]")
            itpc.wait_for_load_state()
            closure = next_message(smtp, aiko, 3, "the Japanese closing e-mail")
            rate(page, link_in(closure, base, r"/ja/inquiries/status/\S+/#rating"), 5)

            # -- The Korean mango processor, on a mango-processing opportunity ---------------------------
            opportunities = api(base, "/api/v2/pages/", type="investment.OpportunityPage", lang="ko",
                                fields="_,html_url,title,commodity,partners_sought,volume_tonnes_per_year,agency",
                                limit=50)["items"]  # fmt: skip
            mango = next(item for item in opportunities
                         if item["commodity"] == "mango" and "processor" in item["partners_sought"])  # fmt: skip
            jiwoo = "jiwoo.park@example.kr"
            reference = send_inquiry(
                page, mango["meta"]["html_url"], name="박지우", email=jiwoo, organisation="Example Mango Co.",
                country="KR", message="망고 퓌레 가공 공장의 파트너를 찾습니다. 물량과 수확 시기를 알려 주십시오.",
            )  # fmt: skip
            acknowledgement = next_message(smtp, jiwoo, 0, "the Korean acknowledgement")
            private_page = link_in(acknowledgement, base, r"/ko/inquiries/status/\S+/")
            notice = agency_notice(smtp, reference, "officer-")
            detail = link_in(notice, base, r"/admin/inquiries/\d+/")

            # Handed over to the Department of Agriculture: the investor is told, in Korean, with the contact.
            itpc = officer_session(browser, base, officer_of(notice))
            itpc.goto(detail)
            agriculture = itpc.locator("form.inquiry-hand-over-form select[name=agency] option", has_text="Nông nghiệp")
            itpc.select_option(
                "form.inquiry-hand-over-form select[name=agency]", agriculture.first.get_attribute("value")
            )
            itpc.fill("form.inquiry-hand-over-form input[name=reason]", "Chuỗi giá trị nông sản")
            itpc.click("form.inquiry-hand-over-form button[type=submit]")
            itpc.wait_for_load_state()
            handed = next_message(smtp, jiwoo, 1, "the Korean hand-over e-mail")
            assert "동탑성 농업환경국" in str(handed["Subject"]) and "까지 답변을" in body_text(handed)
            assert (
                "보티마이" in body_text(handed) and link_in(handed, base, r"/ko/inquiries/status/\S+/") == private_page
            )

            # The agriculture officer answers with the suggested reply, closing the inquiry.
            handed_notice = agency_notice(smtp, reference, "officer-agriculture")
            officer = officer_of(handed_notice)
            agri = officer_session(browser, base, officer)
            agri.goto(link_in(handed_notice, base, r"/admin/inquiries/\d+/"))
            assert agri.locator(".inquiry-suggestion").get_attribute("data-ready") == "true"
            agri.check("form.inquiry-reply-form input[name=close]")
            agri.click("form.inquiry-reply-form button[type=submit]")
            agri.wait_for_load_state()
            reply = next_message(smtp, jiwoo, 2, "the Korean reply")
            costs = cost_figures(base, "ko")
            with translation.override("ko"):
                volume = rf.number(Decimal(str(mango["volume_tonnes_per_year"])), 1)
            assert_business_case(
                reply, language="ko", officer=officer, agency="agriculture",
                facts=[mango["title"], f"연간 {volume}톤", "망고", "수확기:"],
                cost=costs["reefer_cat_lai"]["text"] + " (출처: " + costs["reefer_cat_lai"]["source"],
            )  # fmt: skip
            rate(page, link_in(reply, base, r"/ko/inquiries/status/\S+/#rating"), 4)  # closed with the reply
            subjects = [str(m["Subject"]).strip() for m in messages_to(smtp, jiwoo)]
            assert len(subjects) == 3 and all(subject.startswith(f"[{reference}] ") for subject in subjects)

            console = [e for e in page.console_errors if "ERR_NAME_NOT_RESOLVED" not in e]
            assert not console, console
    except Exception:
        print("SMTP received:", [(str(m["To"]), str(m["Subject"])) for m in smtp.handler.messages])
        print("Investor's page:", page.url, page.content()[-6000:])
        print((tmp_path / "server.log").read_text()[-4000:])
        raise
    finally:
        smtp.stop()
