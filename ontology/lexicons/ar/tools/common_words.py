#!/usr/bin/env python3
"""Propose Arabic common words (never part of a person's name) from a corpus.

What it does: reads news articles (JSON lines with a "text" field, .gz or
plain), folds every word the way khabar does (ontology/normalization/ar.tsv)
and expands it into the readings the matcher looks up (clitics.tsv: و ف ب ل
ك ال لل stripped, the accusative alef dropped). For every reading of at least
3 letters it counts how often it occurs and how name-like it is:

  * it is a reading of a word of a known person (names.tsv rows person/...),
    of a given name (given_names.tsv), of a name particle, or of a word in
    tools/name_like.txt (frequent given/family names and foreign name
    syllables the lexicons do not list)        -> never proposed;
  * it is often the first word after a title (titles.tsv, skipping a
    nationality adjective) or right after a known given name;
  * it is often right next to a name-like word.

A reading that is never name-like is proposed when it belongs to a safe
class: a noun/adjective (mostly written with the article: an indefinite
noun may continue a document's topic phrase, which a listed word ends), a verb (two or
more other inflections of the same stem occur: يعبر تعبر نعبر يعبرون ...),
or a very frequent word (function word, adverb). Each proposal is written
as the bare form the matcher looks up (the article dropped), spelled as it is
most often written, with its class and the figures behind it.

How to run (from the repository root):
  python3 ontology/lexicons/ar/tools/common_words.py \
      /work/shared/corpus/ar-news-world.jsonl.gz > /tmp/common_words.proposed.tsv
Options: --min-freq N (default 40), --limit N (default 3000 entries),
--lexicon (print only `surface<TAB>class` lines, for common_words.tsv).
The output still needs reading by a person before it replaces
ontology/lexicons/ar/common_words.tsv.
"""

import argparse
import collections
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AR = os.path.dirname(HERE)                       # ontology/lexicons/ar
ONTO = os.path.dirname(os.path.dirname(AR))      # ontology

WORD = re.compile(r"[\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3\u0640]+")
MIN_LETTERS = 3


def read_lexicon(path):
    """Rows of a khabar lexicon file (after the magic line and header)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    header_seen = False
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows


class Folder:
    """Folding of ontology/normalization/ar.tsv (code point -> target)."""

    def __init__(self, path):
        self.table = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                src = "".join(chr(int(h, 16)) for h in parts[0].split())
                dst = "".join(chr(int(h, 16)) for h in parts[1].split()) if len(parts) > 1 else ""
                if len(src) == 1:
                    self.table[ord(src)] = dst

    def key(self, word):
        return word.translate(self.table)


class Clitics:
    """The readings `Clitics::candidates` gives (src/lexicon/clitics.cpp)."""

    def __init__(self, path, fold):
        self.conj, self.preps, self.articles, self.suffixes = [], [], [], []
        self.not_article = []
        for row in read_lexicon(path):
            text, cls = row[0], row[1]
            if cls == "conj":
                self.conj.append(fold(text))
            elif cls in ("prep-b", "prep-l", "prep-k"):
                self.preps.append((fold(text), False))
            elif cls == "prep-l+article":
                self.preps.append((fold(text), True))
            elif cls == "article":
                self.articles.append(fold(text))
            elif cls == "suffix-accusative":
                self.suffixes.append(fold(text))
            elif cls == "not-article":
                self.not_article.append(text)
        self.cache = {}

    def dictionary_stem(self, key):
        for a in self.articles:
            if key.startswith(a) and len(key) - len(a) >= 2:
                return key[len(a):]
        return key

    def candidates(self, key):
        """{stem: has_article} for every reading of a folded word."""
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        out = {key: False}

        def push(stem, art):
            if len(stem) >= 2 and stem not in out:
                out[stem] = art

        def with_conj(at):
            rest = key[at:]
            for a in self.articles:
                if rest.startswith(a):
                    push(key[at + len(a):], True)
            for p, p_art in self.preps:
                if not rest.startswith(p):
                    continue
                after = at + len(p)
                push(key[after:], p_art)
                if p_art:
                    continue
                for a in self.articles:
                    if key[after:].startswith(a):
                        push(key[after + len(a):], True)

        with_conj(0)
        for c in self.conj:
            if key.startswith(c):
                push(key[len(c):], False)
                with_conj(len(c))
        for stem, art in list(out.items()):
            for s in self.suffixes:
                if stem.endswith(s) and len(stem) > 3:
                    out.setdefault(stem[: -len(s)], art)
        self.cache[key] = out
        return out


def articles(path):
    with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line).get("text", "")


def sentences(text):
    # punctuation and line ends break the runs of words
    return re.split(r"[\n.!?؟،,؛;:\"«»()\[\]]+", text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--min-freq", type=int, default=20)
    ap.add_argument("--min-function-freq", type=int, default=300)
    ap.add_argument("--max-after-title", type=float, default=0.02)
    ap.add_argument("--max-after-given", type=float, default=0.02)
    ap.add_argument("--max-near", type=float, default=0.15)
    ap.add_argument("--min-noun-article", type=float, default=0.6)
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--lexicon", action="store_true")
    ap.add_argument("--dump", help="write every reading's figures and verdict to this file")
    args = ap.parse_args()

    folder = Folder(os.path.join(ONTO, "normalization", "ar.tsv"))
    fold = folder.key
    cl = Clitics(os.path.join(AR, "clitics.tsv"), fold)

    titles = collections.defaultdict(list)  # first stem -> [stems]
    for row in read_lexicon(os.path.join(AR, "titles.tsv")):
        stems = [cl.dictionary_stem(fold(w)) for w in WORD.findall(row[0])]
        if stems:
            titles[stems[0]].append(stems)
    nationality = set()
    for row in read_lexicon(os.path.join(AR, "nationalities.tsv")):
        for w in WORD.findall(row[0]):
            nationality.add(cl.dictionary_stem(fold(w)))
    # --- name evidence from the lexicons -------------------------------
    # (a title or a function word inside a label is no name word: the alias
    # الرئيس عبد الفتاح السيسي, and على folds like علي)
    not_name = set(titles) | nationality
    for f in ("function.tsv", "stopwords.tsv", "dates.tsv"):
        for row in read_lexicon(os.path.join(AR, f)):
            for w in WORD.findall(row[0]):
                not_name.add(cl.dictionary_stem(fold(w)))
    name_words = set()     # folded words of known names (strict, as written)
    given = set()          # given names and first words of known people
    for row in read_lexicon(os.path.join(AR, "names.tsv")):
        if len(row) > 1 and row[1].startswith("person/"):
            words = [fold(w) for w in WORD.findall(row[0])]
            words = [w for w in words if cl.dictionary_stem(w) not in not_name]
            name_words.update(words)
            if words:
                given.add(words[0])
    for f in ("given_names.tsv", "name_particles.tsv"):
        for row in read_lexicon(os.path.join(AR, f)):
            words = [fold(w) for w in WORD.findall(row[0])]
            name_words.update(words)
            if f == "given_names.tsv":
                given.update(words)
    name_readings = set()  # every reading of a name word: never a stop word
    for w in name_words:
        name_readings.update(cl.candidates(w))
        name_readings.add(cl.dictionary_stem(w))
    # name_like.txt only excludes words: many of its syllables (هو "he",
    # كان "was") are no evidence of a name next to them
    extra = os.path.join(HERE, "name_like.txt")
    if os.path.exists(extra):
        with open(extra, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#")[0].strip()
                if line:
                    name_readings.update(cl.candidates(fold(line)))
    # context evidence counts only words that are names and nothing else
    name_words -= not_name
    given -= not_name

    # words some list already stops a name at (one-word entries), and the
    # words of knowledge-base labels but organisations' (a known name stops
    # a run already)
    known = set()
    for f in ("stopwords.tsv", "titles.tsv", "triggers.tsv", "function.tsv", "events.tsv", "documents.tsv",
              "organizations.tsv", "ordinals.tsv", "participants.tsv", "dates.tsv", "initiatives.tsv"):
        for row in read_lexicon(os.path.join(AR, f)):
            words = WORD.findall(row[0])
            if len(words) == 1:
                known.add(cl.dictionary_stem(fold(words[0])))
    for row in read_lexicon(os.path.join(AR, "names.tsv")):
        words = WORD.findall(row[0])
        # organisations' names are made of common words (أطباء بلا حدود)
        if len(words) == 1 or not row[1].startswith("org/"):
            known.update(cl.dictionary_stem(fold(w)) for w in words)

    # --- corpus counts ----------------------------------------------------
    freq = collections.Counter()       # reading -> tokens with it
    direct = collections.Counter()     # reading -> tokens written as it (with the article at most)
    with_article = collections.Counter()
    spelling = collections.defaultdict(collections.Counter)  # reading -> bare spellings
    after_title = collections.Counter()
    after_given = collections.Counter()
    next_to_name = collections.Counter()
    word_freq = collections.Counter()  # folded word as written

    n_articles = 0
    for text in articles(args.corpus):
        n_articles += 1
        for sent in sentences(text):
            raw = WORD.findall(sent)
            if not raw:
                continue
            keys = [fold(w) for w in raw]
            cands = [cl.candidates(k) for k in keys]
            is_name = [any(c in name_words for c in cs) for cs in cands]
            is_given = [any(c in given for c in cs) for cs in cands]
            # the first word after a title (and a nationality adjective)
            first_after = set()
            for i, cs in enumerate(cands):
                for c in cs:
                    for t in titles.get(c, ()):
                        j, ok = i + 1, True
                        for w in t[1:]:
                            if j >= len(cands) or w not in cands[j]:
                                ok = False
                                break
                            j += 1
                        if not ok:
                            continue
                        while j < len(cands) and any(x in nationality for x in cands[j]):
                            j += 1
                        if j < len(cands):
                            first_after.add(j)
            for i, (k, cs) in enumerate(zip(keys, cands)):
                word_freq[k] += 1
                near = (i > 0 and is_name[i - 1]) or (i + 1 < len(keys) and is_name[i + 1])
                for c, art in cs.items():
                    if len(c) < MIN_LETTERS:
                        continue
                    freq[c] += 1
                    if art:
                        with_article[c] += 1
                    if c == k or c == cl.dictionary_stem(k):
                        direct[c] += 1
                    if (c == k or c == cl.dictionary_stem(k)) and len(raw[i]) == len(k):
                        # the bare spelling as written (article dropped)
                        spelling[c][raw[i][len(raw[i]) - len(c):] if art else raw[i]] += 1
                    if i in first_after:
                        after_title[c] += 1
                    if i > 0 and is_given[i - 1]:
                        after_given[c] += 1
                    if near:
                        next_to_name[c] += 1

    # --- classes ------------------------------------------------------------
    def count(w):
        return word_freq.get(w, 0)

    def verb_forms(w):
        """Other inflections of w seen at least 3 times (a verb's paradigm)."""
        forms = set()
        if len(w) >= 4 and w[0] in "يتنا":
            stem = w[1:]
            for p in "يتن":
                forms.update({p + stem, p + stem + "ون", p + stem + "ان"})
            forms.update({"ي" + stem + "ون", "ت" + stem + "ين"})
        if len(w) >= 3:
            for s in ("ت", "وا", "نا", "تم"):
                forms.add(w + s)
            for s in ("ت", "وا"):
                if w.endswith(s) and len(w) - len(s) >= 3:
                    base = w[: -len(s)]
                    forms.update({base, base + "ت", base + "وا"})
        forms.discard(w)
        return [f for f in forms if count(f) >= 3]

    def verdict(w, n):
        """(class or None, reason) for reading w seen n times."""
        if len(w) < MIN_LETTERS:
            return None, "short"
        if w in name_readings:
            return None, "name-word"
        if w in known:
            return None, "listed"
        if cl.dictionary_stem(w) != w:
            return None, "article-form"  # الاعتراف is listed as اعتراف
        if w in nationality or w in titles:
            return None, "listed"
        if not spelling[w] or direct[w] < 0.3 * n:
            return None, "reading-of-longer"  # بير in كبير
        if any(r != w and direct[r] >= 0.5 * direct[w] for r in cl.candidates(w) if not w.startswith(r)):
            return None, "clitic-form"  # بالسجن: سجن, وفي: في
        if after_title[w] / n > args.max_after_title:
            return None, "after-title"
        if after_given[w] / n > args.max_after_given:
            return None, "after-given"
        if next_to_name[w] / n > args.max_near:
            return None, "near-name"
        art = with_article[w] / n
        # nouns and adjectives: only those mostly written with the article.
        # An indefinite noun (منخفضة، ومسارات) may continue a document's or
        # event's topic phrase, which a listed word ends.
        if art >= args.min_noun_article:
            if w.endswith("ي") and count(w + "ه") + count("ال" + w + "ه") >= 3:
                return "adjective", ""
            return "noun", ""
        if art >= 0.2:
            return None, "indefinite-noun"
        if art < 0.02 and len(verb_forms(w)) >= 2:
            return "verb", ""
        if n >= args.min_function_freq and art < 0.05:
            return ("adverb" if w.endswith("ا") else "function"), ""
        return None, "no-class"

    rows = []
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for w, n in freq.items():
        if n < args.min_freq:
            continue
        cls, why = verdict(w, n)
        figures = (n, direct[w], with_article[w] / n, len(verb_forms(w)), after_title[w] / n,
                   after_given[w] / n, next_to_name[w] / n)
        if dump:
            sp = spelling[w].most_common(1)[0][0] if spelling[w] else w
            dump.write("%s\t%s\t%s\t%d\t%d\t%.2f\t%d\t%.3f\t%.3f\t%.3f\n" % ((sp, cls or "-", why or "ok") + figures))
        if cls:
            rows.append((n, w, cls) + figures[2:])
    if dump:
        dump.close()

    rows.sort(key=lambda r: (-r[0], r[1]))
    rows = rows[: args.limit]
    print("# %d articles; reading, class, freq, article share, verb forms, after-title, after-given, "
          "next-to-name" % n_articles, file=sys.stderr)
    for n, w, cls, art, nv, rt, rg, rn in rows:
        surface = spelling[w].most_common(1)[0][0]
        if args.lexicon:
            print("%s\t%s" % (surface, cls))
        else:
            print("%s\t%s\t%d\t%.2f\t%d\t%.3f\t%.3f\t%.3f" % (surface, cls, n, art, nv, rt, rg, rn))


if __name__ == "__main__":
    main()
