"""Per-language stop words of queries: words that say how or where to look, not what to find.

They are dropped from a query's clauses (the words that must match), never from the index, and a query
made of stop words only keeps them. Proximity words ("near", "gần", 근처, 附近) are here too: no page
says "near the port", it gives a distance, so the word can only make a good match fail.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = {
    "en": _words(
        """a an the and or of for to in on at by with from into about as is are was be been can could would
        should will do does did i we you me my our your us it its this that these those there here what which
        where who whom how when why any some all more most other such than then so if not no nor only own same
        too very just also get gets getting find finding look looking want wanting need needs needed like
        near nearby close around please show tell list give best good possible"""
    ),
    "vi": _words(
        """và của cho các những là có được ở tại trong với để về một này đó kia thì mà nào gì đâu không hay
        hoặc như theo khi tôi chúng ta bạn muốn cần gần ra vào lên bị sẽ đã đang rất nhiều nên phải làm sao
        thế cũng vẫn còn nữa xin hãy giúp ai"""
    ),
}
# Typed without tones, a word may be another one ("cho" or "chợ", "co" or "cỏ"): a query without any
# diacritics drops only these, which have no other meaning worth finding.
VI_PLAIN_SAFE_STOP = _words("va cua nhung duoc trong voi khong hoac nhu theo")

# Japanese: a run is cut at its particles (kana between words, see ``JA_PARTICLES``) and at a few words
# that only say where or for whom (日本向け → 日本); parts that still only say where or how are dropped.
JA_PARTICLES = (
    "として", "から", "まで", "より", "する", "して", "です", "ます", "たい", "ない",
    "の", "は", "が", "を", "に", "で", "と", "へ", "や", "も", "か",
)  # fmt: skip
JA_STOP_PARTS = _words("近く 近 付近 周辺 等 方法 場所 情報 何 事 ため 探")
JA_STOP_WORDS = ("について", "における", "のため", "向け", "向き", "付近", "周辺", "近く")  # cut out of a run

# Korean: whole words that carry no subject, and the particles and endings taken off the end of a word
# (longest first).
KO_STOP = _words(
    """근처 주변 있습니다 있는 있나요 있을까요 합니다 하는 하고 싶습니다 싶어요 찾고 찾는 찾습니다 원합니다 원하는
    어디 어디에 어디서 무엇 어떻게 어떤 위한 위해 대한 관련 및 등 좀 수 있다"""
)
KO_PARTICLES = (
    "에서는", "으로는", "에서", "으로", "에게", "까지", "부터", "하는", "하고", "이나", "에는",
    "을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "도", "로", "만",
)  # fmt: skip

# Simplified Chinese: function words a query run is cut at (longest first; none of them is part of a
# domain word: 有 is not here because of 有机, organic).
CJK_STOP = (
    "请问", "我们", "可以", "如何", "怎么", "怎样", "什么", "哪里", "哪儿", "哪些", "附近", "周边", "需要", "关于",
    "的", "了", "吗", "呢", "吧", "在", "和", "与", "及", "或", "我", "想", "要",
)  # fmt: skip
