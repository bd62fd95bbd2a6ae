"""Finding Vietnamese where a reader of another language should read their own.

Vietnamese is recognised by its letters (the vowels with a breve, circumflex or horn, đ, and the five
tone marks) and by a few common words that an editor may type without diacritics ("huyen", "tinh",
"minh hoa"). Text that an element declares to be Vietnamese (``lang="vi"``) is not a leak when the
element also says why it is there: ``data-original`` (a legal original beside its translation, a
message a person wrote) or the language switcher's own name of the language. Everything else in the
visible text, in ``title``/``alt``/``aria-label``/``placeholder`` and in the page's description counts.

Proper names keep their Vietnamese spelling where that is the convention: in English, the places and
people of ``ALLOWED_NAMES_EN`` below. Japanese, Korean and Chinese write Vietnamese names in their own
script (ドンタップ, 동탑, 同塔), so they allow no Vietnamese spelling at all.
"""

import re
from collections.abc import Callable
from urllib.parse import urldefrag, urlsplit

from bs4 import BeautifulSoup

VI_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
VI_LETTER = re.compile(f"[{VI_LETTERS}]", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z" + VI_LETTERS + VI_LETTERS.upper() + r"]+")
COMMON_WORDS = re.compile(
    r"\b(huyen|tinh|phuong|thi xa|minh hoa|nghi dinh|quyet dinh|thong tu|uy ban nhan dan|ubnd|cong ty)\b",
    re.IGNORECASE,
)

# English keeps the Vietnamese spelling of these names: the demo's places and landmarks, streets,
# people, a mango variety, and the currency's English name.
ALLOWED_NAMES_EN = (
    # places and landmarks
    "Đồng Tháp", "Tiền Giang", "Tiền", "Mỹ Tho", "Cao Lãnh", "Sa Đéc", "Hồng Ngự", "Gò Công", "Cai Lậy",
    "Tháp Mười", "Lai Vung", "Tân Hồng", "Lấp Vò", "Cái Bè", "Tân Phước", "Tân Hương", "Tam Nông",
    "Chợ Gạo", "Thanh Bình", "Châu Thành", "Tân Sơn Nhất", "Cần Thơ", "Tràm Chim", "Cái Mép", "Thị Vải",
    "Sông Hậu", "Trần Quốc Toản", "Cát Lái",
    # streets
    "Hùng Vương", "Lê Lợi", "Nguyễn Huệ", "30 Tháng 4",
    # people (contacts of the demo projects)
    "Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Phúc", "Phạm Thu Hà", "Võ Thanh Tùng",
    # people (the demo's inquiry officers, as their profiles name them in English)
    "Trần Minh Anh", "Lê Thu Hà", "Phạm Quốc Bảo", "Võ Thị Mai", "Đặng Văn Khoa",
    # a mango variety, the currency
    "Cát Hòa Lộc", "Cát Chu", "Vietnamese đồng",
)  # fmt: skip
ALLOWED = {"en": ALLOWED_NAMES_EN, "ja": (), "ko": (), "zh-hans": ()}

# The number and symbol of a Vietnamese legal text is an identifier, written as issued in every language:
# 61/2020/QH14, 31/2021/NĐ-CP, 1200/QĐ-UBND, 15/2025/NQ-HĐND.
DOCUMENT_NUMBER = re.compile(r"(?<!\d)\d+/(?:\d{4}/)?[A-ZĐ]+\d*(?:-[A-ZĐ]+\d*)*")
TEXT_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")


def declared_original(element, language: str) -> bool:
    """An element that says it holds Vietnamese on purpose (and why)."""
    lang = (element.get("lang") or "").lower()
    if not lang or lang == language.lower():
        return False
    return element.has_attr("data-original") or element.has_attr("hreflang") or element.name == "option"


def visible_texts(html: str, language: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    for mark in soup.find_all("mark"):  # a search highlight splits a name: read it whole
        mark.unwrap()
    soup.smooth()
    for select in soup.find_all("select", attrs={"name": re.compile(r"country$")}):
        select.decompose()  # the world's country names (django-countries), not Vietnamese
    for element in soup.find_all(attrs={"lang": True}):
        if getattr(element, "decomposed", False):  # inside one removed already
            continue
        if element.name != "html" and declared_original(element, language):
            element.decompose()
    texts = list(soup.stripped_strings)
    for element in soup.find_all(True):
        texts.extend(element.get(name) for name in TEXT_ATTRIBUTES if element.get(name))
    description = soup.find("meta", attrs={"name": "description"})
    if description and description.get("content"):
        texts.append(description["content"])
    return texts


def vietnamese_in(text: str, language: str) -> list[str]:
    """The Vietnamese words of ``text`` that are not part of an allowed name."""
    text = DOCUMENT_NUMBER.sub(" ", text)
    for name in ALLOWED.get(language, ()):
        text = text.replace(name, " ")
    found = [word for word in WORD.findall(text) if VI_LETTER.search(word)]
    found += [match.group(0) for match in COMMON_WORDS.finditer(text)]
    return found


def leaks(html: str, language: str) -> list[tuple[str, str]]:
    """``(word, the text it was found in)`` for each Vietnamese word on the page."""
    found = []
    for text in visible_texts(html, language):
        for word in vietnamese_in(text, language):
            found.append((word, text[:160]))
    return found


LINK = re.compile(r'href="([^"]+)"')


def crawl(client, language: str, seeds: list[str], *, follow: Callable[[str], bool], limit: int):
    """Reads ``seeds`` and the links they lead to (paths without a query for which ``follow(path)`` is true), at most
    ``limit`` addresses, each answering 200 (redirects followed). Returns the leaks per address and the addresses
    read, in order."""
    seen: list[str] = []
    queue = list(dict.fromkeys(seeds))
    found: dict[str, list] = {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.append(path)
        response = client.get(path, follow=True)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        if "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        page_leaks = leaks(html, language)
        if page_leaks:
            found[path] = page_leaks
        for href in LINK.findall(html):
            parts = urlsplit(urldefrag(href.replace("&amp;", "&"))[0])
            if not parts.netloc and not parts.query and parts.path not in seen and follow(parts.path):
                queue.append(parts.path)
    return found, seen


def report(found: dict[str, list]) -> str:
    """The first addresses with leaks, their words and an example."""
    return "\n".join(
        f"{path}: {', '.join(sorted({word for word, _text in items}))} — e.g. {items[0][1]!r}"
        for path, items in list(found.items())[:15]
    )
