#!/usr/bin/env python3
"""Regenerates src/main/resources/zoeken/samenstellingen.txt, the word list of the compound
decompounder (Lucene's DictionaryCompoundWordTokenFilter, see NederlandsAnalyzer): the words
by which a Dutch compound in the content can be found, e.g. "vaardigheden" and "sollicitatie"
in "sollicitatievaardigheden".

    python3 scripts/samenstellingen.py              # rewrites the list, summary on stderr
    python3 scripts/samenstellingen.py --rapport    # also: dropped and doubtful parts
    python3 scripts/samenstellingen.py --controle arbeidsmarkt werkgever ...
                                                    # the parts the filter finds in these words

Standard library only. Needs Debian's Dutch word list (apt-get install wdutch, which gives
/usr/share/dict/dutch).

How a word gets on the list:
 1. Words are read from content/**/*.md (front matter values and body; front matter keys are
    field names and are skipped), lowercased, diacritics folded (NFKD, combining marks dropped:
    cliënt -> client), split on everything that is not a letter a-z.
 2. Candidate parts: words of at least 4 letters (the filter's smallest part) that occur in the
    content as a word on their own and are in the Debian list (folded), plus ALTIJD below;
    minus Lucene's Dutch stop words (FUNCTIEWOORDEN), separable-verb particles and adverbs
    (PARTICLES) and the stoplist RUIS.
 3. Every occurrence of a candidate inside a longer content word where the filter would add
    it (the longest listed word starting there, or that word less a linking s/e/en) is judged:
    - compound: what stands before it is empty or one or more Dutch words, what follows it
      is empty or (a linking s/e/en and) one or more Dutch words, and at least one side is
      not empty; "arbeid" in arbeids|markt, "werk" in vrijwilligers|werk;
    - neutral: the part plus an inflection or derivation (trajecten, verplichting), a
      separable-verb particle before it (aan|komen), or a split whose other words only Debian
      knows (knel|punt): no wrong meaning, but no evidence either;
    - noise: anything else (taal in kapi|taal, ding in begelei|ding, mogen in ver|mogen).
    "Dutch words": words of the content (3 letters or more, no stop words), stop words of 4
    letters or more (voor|beeld) and Debian words of 5 letters or more; other Debian words of
    4 letters only make a neutral split.
 4. A part is kept if it makes at least one compound and, counted over all occurrences in the
    content, its compounds outnumber its noise: the filter matches a listed word anywhere
    inside a longer word, in the index and in the query, so noise means false hits. Words in
    ALTIJD are kept without these tests, if they occur in the content at all.
 5. A kept word that is itself made of kept words (schuldhulp = schuld + hulp) is dropped:
    the filter adds only the longest match at each position, so it would hide its first part.
"""

import argparse
import collections
import functools
import pathlib
import re
import subprocess
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
OUTPUT = ROOT / "src/main/resources/zoeken/samenstellingen.txt"
DEBIAN_LIST = pathlib.Path("/usr/share/dict/dutch")
DEBIAN_COPYRIGHT = pathlib.Path("/usr/share/doc/wdutch/copyright")

# Same limits as ZoekAnalyse: smallest and largest part, smallest word that is split.
SMALLEST_PART = 4
LARGEST_PART = 30
SMALLEST_COMPOUND = 8

# Field terms judged necessary: kept without the tests below whenever the content has them,
# alone or inside a longer word.
ALTIJD = {
    "arbeid",         # arbeids|markt, arbeids|participatie; never alone in the content
    "hulpverlening",  # schuld|hulpverlening; never alone in the content
    "taal",           # taal|vrijwilliger, taal|cursus: noise from kapi|taal, be|taal|d accepted
    "werkervaring",   # werkervaring|s|plaats: kept although made of werk + ervaring
    "dagbesteding",   # for queries such as dagbestedings|plek; no longer content word has it yet
}

# Lucene's Dutch stop words (DutchAnalyzer.getDefaultStopSet()): never a part, since the
# analyzer's StopFilter removes them after decompounding anyway, and never one of the
# 3-letter words that may make up the rest of a compound (van, met, een).
FUNCTIEWOORDEN = set("""
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog
    nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor
    want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
""".split())

# Parts that pass the automatic test but split words whose meaning does not contain them.
RUIS = {
    "heden",     # vaardig|heden, mogelijk|heden: the suffix -heden, not "nowadays"
    "aard",      # vaardig, waarde, gelijkwaardig: a fragment far more often than "nature"
    "eren",      # the verb ending of controleren, waarderen and jong|eren, kind|eren
    "genoten",   # buurt|genoten, lot|genoten are companions; alone it means "enjoyed"
    "deel",      # deel|nemer, onder|deel, ge|deelde: "part" would find every participant
    "vrij",      # vrij|williger, vrij|blijvend, vrij|dag: volunteering is not "free"
    "stand",     # bij|stand beside af|stand, weer|stand, om|stand|igheden: unrelated
    "maat",      # maat|schappelijk (nearly all its hits), maat|regel: not size nor buddy
    "kerk",      # Heems|kerk, a place name, would make church a topic
    "rijk",      # belang|rijk, kans|rijk: "rich" or "state" in neither
    "houd",      # status|houd|er, huis|houd|en: the stem of houden would find them
    "name",      # deel|name: participation; the word alone is "met name" (notably)
    "kent",      # be|te|kent: "knows" is not in "means"
    "stelling",  # belang|stelling, teleur|stelling, in|stelling: unrelated to "thesis"
    "goed",      # goed|eren, ver|goed|ing: goods and allowances are not "good"
    "hoge",      # hoge|school: a university of applied sciences is not "high"
    "best",      # dag|best|eding, aan|best|eding, best|aande: spending, existing; not "best"
    "lage",      # tegens|lage|n, toes|lage|n: in the plurals of slag, not "low"
    "lagen",     # tegen|s|lagen, toe|s|lagen: the same, not "layers"
}

LINKING = ("", "s", "e", "en")
# What may follow a part in an inflected form of it: traject|en, coach|es, plek|je.
INFLECTIONS = {"", "s", "e", "en", "n", "er", "ers", "es", "r", "re", "d", "t", "de", "den",
               "te", "ten", "st", "ste", "je", "jes", "tje", "tjes", "pje", "etje", "etjes"}
# Derivational suffixes: verplicht|ing, persoon|lijk, kracht|ig are related in meaning.
DERIVATIONS = {"ing", "ingen", "heid", "heden", "lijk", "lijke", "lijker", "lijkheid", "baar",
               "bare", "baarheid", "ig", "ige", "iger", "igheid", "ief", "ieve", "iever", "isch",
               "ische", "ster", "loos", "loze", "schap", "schappen", "achtig", "achtige"}
# Debian words that, at the end of a longer word, are nearly always a suffix: begelei|ding
# is not a thing, mogelijk|heden not a present.
SUFFIX_WORDS = {"ding", "dingen", "heid", "heden", "lijk", "lijke", "baar", "bare", "schap",
                "zaam", "zame", "ling", "lingen", "loos", "loze"}
# Separable-verb particles and adverbs: before a part they make a verb or an adverb
# (aan|komen, terug|vallen), not a compound; they are never parts themselves either.
PARTICLES = {"aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over",
             "tegen", "terug", "toe", "uit", "voor", "weg", "samen", "vast", "neer", "rond",
             "los", "binnen", "buiten", "achter", "voort", "vooruit", "daar", "hier", "waar",
             "eraan", "eraf", "erbij", "erdoor", "erin", "ermee", "erna", "erom", "erop",
             "erover", "ertoe", "eruit", "ervoor", "heen", "mede", "mis", "langs", "stil",
             "kwijt", "terecht", "tegenover", "voorop", "boven", "achterover", "achteruit",
             "vanzelf", "alleen"}
# Verb prefixes: a part after one of these alone is a derivation, not a compound (ver|mogen).
PREFIXES = {"be", "ge", "ver", "ont", "her", "er", "on", "mis"}

FRONT_MATTER_KEY = re.compile(r"^(\s*-?\s*)[A-Za-z][\w-]*:(?=\s|$)", re.MULTILINE)


def fold(text):
    """Lowercase without diacritics, as the analyzer's LowerCase and ASCIIFolding filters."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    return [w for w in re.split(r"[^a-z]+", fold(text)) if w]


def read_content():
    counts = collections.Counter()
    files = sorted(CONTENT.glob("**/*.md"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end > 0:
                text = FRONT_MATTER_KEY.sub(r"\1", text[:end]) + text[end:]
        counts.update(words(text))
    return counts, len(files)


def read_debian():
    if not DEBIAN_LIST.is_file():
        sys.exit(f"{DEBIAN_LIST} is missing: apt-get install wdutch")
    result = set()
    for line in DEBIAN_LIST.read_text(encoding="utf-8").splitlines():
        word = fold(line.strip())
        if word.isascii() and word.isalpha():
            result.add(word)
    return result


def debian_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wdutch"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def debian_licence():
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8") if DEBIAN_COPYRIGHT.is_file() else ""
    if "BSD" not in text or "Attribution 3.0" not in text:
        print(f"warning: {DEBIAN_COPYRIGHT} no longer names BSD and CC BY 3.0; check the header",
              file=sys.stderr)
    return ("OpenTaal word list, (c) OpenTaal, Simon Brouwer e.a., Nederlandstalige TeX "
            "Gebruikersgroep; BSD (revised) or CC BY 3.0, at the user's choice")


class Judge:
    """Decides whether an occurrence of a part inside a longer word is a compound boundary."""

    def __init__(self, counts, debian):
        self.counts = counts
        self.debian = debian
        self.wordish = functools.lru_cache(maxsize=None)(self._wordish)

    def piece(self, x):
        """How surely x is a Dutch word: 2 sure, 1 perhaps (a short word only Debian knows,
        such as knel or verge), 0 not."""
        if x not in self.debian or x in PREFIXES or x in SUFFIX_WORDS:
            return 0
        if x in FUNCTIEWOORDEN:
            return 2 if len(x) >= 4 else 0
        if (len(x) >= 3 and x in self.counts) or len(x) >= 5 or x in ALTIJD:
            return 2
        return 1 if len(x) >= 4 else 0

    def _wordish(self, x):
        """Whether x is one or more Dutch words, each but the last optionally followed by
        s/e/en: the surest split's least sure word, as piece()."""
        best = self.piece(x)
        for k in range(3, len(x) - 2):
            if best == 2:
                break
            first = self.piece(x[:k])
            if first > best:
                rest = x[k:]
                for link in LINKING:
                    if rest.startswith(link):
                        best = max(best, min(first, self.wordish(rest[len(link):])))
        return best

    def left_word(self, left):
        return max(self.wordish(left[:len(left) - len(link)]) if link else self.wordish(left)
                   for link in LINKING if left.endswith(link) and len(left) > len(link))

    def right_word(self, right):
        return max((self.wordish(right[len(link):]) for link in LINKING
                    if right.startswith(link) and len(right) > len(link)), default=0)

    @staticmethod
    def inflection(part, right):
        """An inflection or derivation of part: no compound, but the meaning stays."""
        if right in INFLECTIONS or right in DERIVATIONS:
            return True
        # doubled final consonant: stap|pen, klus|sen, plek|ken
        return (len(right) >= 3 and right[0] == part[-1] and right[0] not in "aeiou"
                and right[1:] in ("en", "er", "ers", "etje", "etjes"))

    def judge(self, word, i, part):
        """'compound', 'neutral' or 'noise' for part at word[i:]. A split whose other words
        only Debian knows (knel|punt, in|ge|kocht) counts as neutral."""
        left, right = word[:i], word[i + len(part):]
        if left in PREFIXES:
            return "noise"
        sure = []
        if left and left not in PARTICLES:
            sure.append(self.left_word(left))
        if not self.inflection(part, right):
            sure.append(self.right_word(right))
        if 0 in sure:
            return "noise"
        return "compound" if sure and min(sure) == 2 else "neutral"


def judge_all(counts, candidates, dictionary, judge):
    """Weights and host words per kind for every candidate, counting only the occurrences where
    the filter would add it: the longest word of dictionary (plus the candidate) starting there."""
    weight = {kind: collections.Counter() for kind in ("compound", "neutral", "noise")}
    hosts = collections.defaultdict(lambda: collections.defaultdict(set))
    for word in counts:
        if len(word) < SMALLEST_COMPOUND:
            continue
        for i in range(len(word) - SMALLEST_PART + 1):
            matches = [word[i:i + j] for j in range(SMALLEST_PART, min(LARGEST_PART, len(word) - i) + 1)
                       if word[i:i + j] in candidates]
            longest = None
            for part in reversed(matches):  # longest first
                # a longer listed word hides this one, unless it is this one plus a linking
                # s/e/en: werkgever counts in werkgevers|loket, where the filter adds werkgevers
                hidden = longest is not None and longest[len(part):] not in LINKING
                if not hidden and part != word:
                    kind = judge.judge(word, i, part)
                    weight[kind][part] += counts[word]
                    hosts[part][kind].add(word)
                if longest is None and part in dictionary:
                    longest = part
    return weight, hosts


def build(counts, debian):
    stop = FUNCTIEWOORDEN | PARTICLES | RUIS
    candidates = {w for w in counts if len(w) >= SMALLEST_PART and w in debian and w not in stop}
    candidates |= ALTIJD
    judge = Judge(counts, debian)
    # Which occurrences count depends on the list itself (longest match), so repeat until stable.
    kept = set(candidates)
    for _ in range(10):
        weight, hosts = judge_all(counts, candidates, kept, judge)
        new = {p for p in candidates - ALTIJD
               if hosts[p]["compound"] and weight["compound"][p] > weight["noise"][p]}
        new |= {p for p in ALTIJD if any(p in w for w in counts)}
        if new == kept:
            break
        kept = new
    # The filter keeps only the longest match at each position, so a listed word that is
    # itself made of listed words would hide its first part (schuldhulp would hide schuld in
    # schuldhulpverlening) and add nothing the parts do not already find.
    made_of_parts = {p for p in kept - ALTIJD if split_into(p, kept - {p})}
    kept -= made_of_parts
    dropped = {p: (weight["compound"][p], weight["noise"][p])
               for p in candidates - kept if hosts[p]["compound"]}
    return kept, dropped, weight, hosts, candidates, made_of_parts


def split_into(word, dictionary):
    """Whether word is two or more words of dictionary, each but the last optionally followed
    by a linking s/e/en."""
    for k in range(SMALLEST_PART, len(word) - SMALLEST_PART + 1):
        if word[:k] in dictionary:
            rest = word[k:]
            for link in LINKING:
                tail = rest[len(link):]
                if rest.startswith(link) and (tail in dictionary or split_into(tail, dictionary)):
                    return True
    return False


def decompose(word, dictionary):
    """What DictionaryCompoundWordTokenFilter(onlyLongestMatch=true) adds for word."""
    if len(word) < SMALLEST_COMPOUND:
        return []
    parts = []
    for i in range(len(word) - SMALLEST_PART + 1):
        longest = None
        for j in range(SMALLEST_PART, min(LARGEST_PART, len(word) - i) + 1):
            if word[i:i + j] in dictionary:
                longest = word[i:i + j]
        if longest:
            parts.append(longest)
    return parts


def write(kept, files):
    header = [
        "Word list of the Dutch compound decompounder (DictionaryCompoundWordTokenFilter in",
        "NederlandsAnalyzer): a word in the content that contains one of these words is also",
        "found by it, e.g. sollicitatievaardigheden by vaardigheden and sollicitatie.",
        "One word a line, lowercase, diacritics folded, sorted. Lines starting with # are ignored.",
        "",
        "Generated, do not edit: python3 scripts/samenstellingen.py (rules, allowlist and",
        "stoplist are in that script).",
        f"Sources: the project's content/ ({files} files, {len(kept)} words) and the Debian",
        f"package wdutch {debian_version()} (/usr/share/dict/dutch).",
        f"wdutch licence: {debian_licence()}.",
    ]
    lines = [("# " + h).rstrip() for h in header] + sorted(kept)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rapport", action="store_true", help="print dropped and doubtful parts")
    parser.add_argument("--controle", nargs="+", metavar="WOORD",
                        help="print the listed words in these words; does not rewrite the list")
    args = parser.parse_args()

    counts, files = read_content()
    debian = read_debian()
    kept, dropped, weight, hosts, candidates, made_of_parts = build(counts, debian)

    if args.controle:
        for word in args.controle:
            word = fold(word)
            inside = sorted((w for w in kept if w in word and w != word), key=word.find)
            listed = " (listed itself)" if word in kept else ""
            print(f"{word}{listed}: list words inside: {', '.join(inside) or '-'}; "
                  f"filter adds: {', '.join(decompose(word, kept)) or '-'}")
        return

    write(kept, files)
    print(f"{len(kept)} words written to {OUTPUT.relative_to(ROOT)} "
          f"({len(candidates)} candidates, {len(dropped)} dropped as noise)", file=sys.stderr)
    if args.rapport:
        print(f"\nDropped as made of listed words: {' '.join(sorted(made_of_parts))}", file=sys.stderr)
        print("\nDropped as noise (compound vs noise occurrences):", file=sys.stderr)
        for part, (good, bad) in sorted(dropped.items(), key=lambda kv: -kv[1][1]):
            print(f"  {part} {good}/{bad}: {' '.join(sorted(hosts[part]['noise'])[:6])}",
                  file=sys.stderr)
        print("\nKept with the most noise (compound vs noise occurrences):", file=sys.stderr)
        doubtful = sorted((p for p in kept if weight["noise"][p]), key=lambda p: -weight["noise"][p])
        for part in doubtful[:60]:
            print(f"  {part} {weight['compound'][part]}/{weight['noise'][part]}: "
                  f"+ {' '.join(sorted(hosts[part]['compound'])[:4])} "
                  f"- {' '.join(sorted(hosts[part]['noise'])[:4])}", file=sys.stderr)


if __name__ == "__main__":
    main()
