"""Folding, CJK grams and highlighting helpers (pure functions)."""

import pytest

from search.query import parse_query
from search.text import cjk_grams, excerpt_html, fold, spans_from_marked, terms_spans

pytestmark = pytest.mark.smoke


def test_fold_removes_vietnamese_diacritics_and_d_stroke_keeping_length():
    for text in ["Đồng Tháp", "đường", "dương", "XOÀI Cát Hòa Lộc", "Hồ Chí Minh"]:
        assert len(fold(text)) == len(text)
    assert fold("Đồng Tháp") == "Dong Thap"
    assert fold("đường") == fold("dương") == "duong"
    assert fold("xoài") == "xoai"


def test_fold_leaves_cjk_alone():
    assert fold("ガス 연꽃 莲花") == "ガス 연꽃 莲花"


def test_cjk_grams_unigrams_and_bigrams():
    assert cjk_grams("ハス加工 tour") == "ハ ス 加 工 ハス ス加 加工"
    assert "연꽃" in cjk_grams("탑므어이 연꽃 가공").split()


def test_parse_query_hostile_input_leaves_only_words():
    parsed = parse_query('title:(a OR "b" && c:*) <script>alert(1)</script> 🍋 Đường')
    assert all(word.isalnum() for word in parsed.words)
    assert parsed.diacritics
    assert parse_query("?!*&^%$#@").empty
    assert len(parse_query("word " * 400).words) <= 24


def test_highlight_escapes_everything_but_marks():
    text = "<b>Xoài</b> & đường"
    html = excerpt_html(text, terms_spans(text, ["xoai", "duong"], []))
    assert html == "&lt;b&gt;<mark>Xoài</mark>&lt;/b&gt; &amp; <mark>đường</mark>"
    assert excerpt_html("nothing", []) is None


def test_spans_from_marked():
    plain, spans = spans_from_marked("a \ue000bc\ue001 d")
    assert plain == "a bc d" and spans == [(2, 4)]
    # Several marks, a close without an open, an open never closed, an open again before its close, CJK.
    plain, spans = spans_from_marked("\ue000工業\ue001団地 \ue001x \ue000a\ue000bc\ue001 \ue000end")
    assert plain == "工業団地 x abc end"
    assert spans == [(0, 2), (8, 10)]
    assert spans_from_marked("") == ("", []) and spans_from_marked("plain") == ("plain", [])
