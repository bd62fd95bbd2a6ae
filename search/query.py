"""What a query string means once parsed: its words (as typed and folded) and its CJK runs."""

from dataclasses import dataclass

from .text import cjk_runs, fold, has_diacritics, is_latin, words

MAX_QUERY_WORDS = 24
MAX_CJK_RUNS = 8


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # the words as typed (lower-case), CJK removed
    folded: str  # the same words without diacritics
    words: tuple[str, ...]
    folded_words: tuple[str, ...]
    cjk: tuple[str, ...]  # CJK runs, each searched as grams
    latin: bool  # every word is Latin script: typo tolerance applies
    diacritics: bool  # typed with diacritics: exact-diacritic matches rank first

    @property
    def empty(self) -> bool:
        return not self.words and not self.cjk


def parse_query(q: str) -> ParsedQuery:
    """Long, odd or hostile input is reduced to words and CJK runs: no syntax survives, so
    nothing reaches a query parser."""
    word_list = [word.lower() for word in words(q)][:MAX_QUERY_WORDS]
    folded_list = [fold(word) for word in word_list]
    runs = tuple(run[:40] for run in cjk_runs(q)[:MAX_CJK_RUNS])
    return ParsedQuery(
        text=" ".join(word_list),
        folded=" ".join(folded_list),
        words=tuple(word_list),
        folded_words=tuple(folded_list),
        cjk=runs,
        latin=is_latin(word_list),
        diacritics=any(has_diacritics(word) for word in word_list),
    )
