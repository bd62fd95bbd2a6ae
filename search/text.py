"""Text helpers shared by the index, the database fallback and the highlighter.

The Elasticsearch build used in tests has no ``asciifolding`` and no CJK bigram filter, so both are
done here, in Python, before the text reaches any backend:

* ``fold``: removes diacritics (Vietnamese tones and vowel marks) and maps đ/Đ to d/D, one output
  character per input character, so offsets in the folded text are offsets in the original;
* ``cjk_grams``: the unigrams and bigrams of every Chinese/Japanese/Korean run, so that a query
  typed without spaces matches text written without spaces.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape  # django.utils.html.escape's own, without its lazy-string wrapper (each hit calls it)

# Han, Hiragana, Katakana (incl. half-width), Hangul syllables and jamo, CJK compatibility ideographs.
CJK_CHARS = (
    "\u1100-\u11ff\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
# A "word" for query parsing: letters and digits, CJK runs excluded (they are handled as grams).
WORD = re.compile(r"[^\W_]+", re.UNICODE)
LATIN_WORD = re.compile(r"^[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff]+$")

# Two private-use characters mark highlights inside Elasticsearch's answer; they are removed from
# every indexed text so that they can only come from the highlighter.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    if CJK_CHAR.match(char):
        return char  # kana voicing marks and Hangul jamo are not diacritics
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(part for part in decomposed if not unicodedata.combining(part))
    return base if len(base) == 1 else char


def clean(text: str | None) -> str:
    """NFC-normalised text without control characters or our highlight markers."""
    if not text:
        return ""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", str(text)))


class _FoldTable(dict):
    """``str.translate``'s table for ``fold``, filled on first sight of each character (one C-level
    pass over the text instead of a Python call per character)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """``Đồng Tháp`` → ``Dong Thap``: same length as ``clean(text)``, character for character."""
    return clean(text).translate(_FOLD_TABLE)


def fold_lower(text: str | None) -> str:
    """Folded and lower-cased, for substring matching in the database."""
    return fold(text).lower()


class _LowerTable(dict):
    """``str.translate``'s table for ``_lower_keep_length``: each character lower-cased where that gives one
    character (İ stays İ), filled on first sight (one C-level pass, as ``fold``)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = char.lower()
        self[code] = kept = lowered if len(lowered) == 1 else char
        return kept


_LOWER_TABLE = _LowerTable()


def _lower_keep_length(text: str) -> str:
    """Lower-cased, character for character (offsets stay those of ``text``)."""
    return text.translate(_LOWER_TABLE)


def cjk_runs(text: str | None) -> list[str]:
    return CJK_RUN.findall(clean(text))


def cjk_grams(text: str | None) -> str:
    """Space-separated unigrams and bigrams of the CJK runs of ``text`` (indexed with the
    ``simple`` analyzer, which keeps each gram as one token)."""
    grams: list[str] = []
    for run in cjk_runs(text):
        grams.extend(run)
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def cjk_query_grams(run: str) -> list[str]:
    """The grams a query run must match: its bigrams, or the character itself when alone."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def words(text: str | None) -> list[str]:
    """The non-CJK words of ``text`` (letters and digits), in order."""
    return WORD.findall(CJK_RUN.sub(" ", clean(text)))


def is_latin(word_list: list[str]) -> bool:
    return bool(word_list) and all(LATIN_WORD.match(word) for word in word_list)


def has_diacritics(text: str) -> bool:
    cleaned = clean(text)
    return fold(cleaned) != cleaned


def terms_spans(text: str, terms: list[str], cjk: list[str]) -> list[tuple[int, int]]:
    """Where the (folded, lower-case) ``terms`` start words of ``text``, and where the CJK runs occur."""
    folded = _lower_keep_length(fold(text))
    spans = []
    for term in terms:
        if not term:
            continue
        for match in re.finditer(rf"(?<![^\W_]){re.escape(term)}[^\W_]*", folded):
            spans.append((match.start(), match.end()))
    for run in cjk:
        start = folded.find(run)
        while start != -1:
            spans.append((start, start + len(run)))
            start = folded.find(run, start + len(run))
    return spans


_MARKS = re.compile(f"[{MARK_OPEN}{MARK_CLOSE}]")


def spans_from_marked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text and highlighted spans from a string with ``MARK_OPEN``/``MARK_CLOSE`` markers (a close without an
    open, or an open never closed, marks nothing). Read marker by marker, not character by character: every
    search answer reads a fragment per highlighted field of each hit."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = None
    length = cursor = 0
    for match in _MARKS.finditer(marked):
        chunk = marked[cursor : match.start()]
        plain.append(chunk)
        length += len(chunk)
        if match.group() == MARK_OPEN:
            start = length
        else:
            if start is not None:
                spans.append((start, length))
            start = None
        cursor = match.end()
    plain.append(marked[cursor:])
    return "".join(plain), spans


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def excerpt_html(text: str, spans: list[tuple[int, int]], *, width: int = 220) -> str | None:
    """An HTML excerpt of ``text`` around its first highlighted span, everything escaped except
    the ``<mark>`` tags we add. ``None`` when nothing is highlighted."""
    spans = merge_spans([(s, e) for s, e in spans if 0 <= s < e <= len(text)])
    if not spans:
        return None
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if space != -1 and space - end < 20 else end
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    parts.append("…" if end < len(text) else "")
    return "".join(parts)
