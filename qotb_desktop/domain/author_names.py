"""A faculty member's name as publication exports write it: «Karimi A.», «Karimi, Ali»,
«کریمی، علی», «Hosseini M.» for «حسینی». Used to propose the corresponding-author flag
(Scopus's correspondence address, Web of Science's «RP») and to say when the member is
not among a record's authors. A proposal only: the clerk confirms.

The match is by the surname's consonants (Persian letters as their usual Latin spellings,
long vowels dropped), and its ending in «ی»/«-i»: it does not tell «Hosseini» from
«Hassani»; a Latin form the clerk gives is matched exactly too."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from qotb_desktop.domain.text import normalize_text, search_key

# Persian letters as their Latin spellings' consonants; long vowels and ع dropped.
_FA_SKELETON = str.maketrans(
    {
        "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "c",
        "ح": "h", "ه": "h", "خ": "x", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r",
        "ژ": "j", "ش": "c", "غ": "q", "ق": "q", "ف": "f", "ک": "k", "گ": "g", "ل": "l", "م": "m",
        "ن": "n", "و": "", "ی": "", "ا": "", "ع": "", "ء": "", "ة": "h",
    }
)  # fmt: skip
_LATIN_DIGRAPHS = (("kh", "x"), ("gh", "q"), ("sh", "c"), ("ch", "c"), ("zh", "j"), ("ph", "f"))
_LATIN_SINGLE = str.maketrans({"w": "", "v": "", "y": "", "c": "k", "g": "g", "q": "q", "x": "x"})


@lru_cache(maxsize=65536)  # a file names the same people again and again
def _skeleton(name: str) -> str:
    """A surname's consonants, the same for «کریمی» and «Karimi», «حسینی» and «Hosseini»."""
    text = search_key(name)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z\u0600-\u06ff]", "", text)
    if re.search(r"[\u0600-\u06ff]", text):
        first_vav = "v" if text.startswith("و") else ""
        ending = "-i" if text.endswith("ی") else ""  # «...ی» is «...i»: Hosseini, not Hassan
        text = first_vav + text.translate(_FA_SKELETON)
    else:
        first_v = "v" if text[:1] in ("v", "w") else ""
        ending = "-i" if text.endswith(("i", "y", "ee")) else ""
        for pair, mark in _LATIN_DIGRAPHS:
            text = text.replace(pair, mark.upper())  # upper: kept apart from the single letters
        text = first_v + re.sub(r"[aeiou]", "", text).translate(_LATIN_SINGLE).lower()
    return re.sub(r"(.)\1+", r"\1", text) + ending


@dataclass(frozen=True)
class MemberName:
    """The member's names: the registry's Persian one, and Latin forms the clerk gives."""

    first: str
    last: str
    latin: tuple[str, ...] = ()  # «Karimi, Ali», «A. Karimi»


@lru_cache(maxsize=256)
def _surnames(name: MemberName) -> frozenset[str]:
    found = {_skeleton(name.last)}
    for latin in name.latin:
        text = latin.split(",")[0] if "," in latin else (latin.split() or [""])[-1]
        found.add(_skeleton(text))
    return frozenset(s for s in found if len(s.removesuffix("-i")) >= 2)


def names_member(text: str, name: MemberName) -> bool:
    """Does this author or correspondence text name the member? Any word (or, in Persian,
    the run of words) whose consonants are the surname's, in Persian or Latin form."""
    if not text:
        return False
    wanted = _surnames(name)
    exact = {search_key(name.last)} | {search_key(x.split(",")[0]) for x in name.latin if "," in x}
    words = re.split(r"[\s,;.()]+", normalize_text(text, single_line=True))
    for i, word in enumerate(words):
        if search_key(word) in exact:
            return True
        for pair in (word, "".join(words[i : i + 2])):  # «حسینی نژاد» written with a space
            if _skeleton(pair) in wanted:
                return True
    return False
