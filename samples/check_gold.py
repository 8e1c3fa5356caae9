#!/usr/bin/python3
"""Check the annotated sample articles and their gold files.

  check_gold.py [FILE.json | DIR ...]

Without arguments every *.json under the folder of this script (samples/,
including samples/heldout/) is checked. Standard library only.

Errors (exit status 1):
  - the JSON does not parse, or a required field is missing or malformed
    (id = file name, lang, date YYYY-MM-DD, source, text_file, entities,
    relations);
  - the text file is missing, not UTF-8, has trailing spaces or empty lines;
  - an entity key is repeated, a type is not one of the six, an entity has
    no "en" label, a "wikidata" id is not of the form Q123;
  - an "ar" label does not occur in the text (diacritics and tatweel removed
    on both sides; "ال..." also matches "لل..." after the preposition li-);
  - a relation names an unknown entity, uses a predicate outside the 13 of
    SCHEMA.md, has subject/object types that SCHEMA.md does not allow, is
    repeated (symmetric ones in either direction), or is required while one
    of its ends is an optional entity;
  - the weekday in "اليوم الاثنين", "أمس الأحد", "غدا السبت" ... does not fit
    the publication date, or the day and month of the dateline differ from it.
Warnings: an "ar" label found only after folding spacing, punctuation,
hamza/ta marbuta spelling and the accusative ending (a citation form such as
بيان صحفي مشترك for بيانا صحفيا مشتركا); size outside the ranges of the brief
(120-350 words, 5-12 sentences, 6-20 entities, 5-20 required relations).
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

TYPES = {"Person", "Place", "Organization", "Event", "Document", "Initiative"}
# predicate -> (allowed subject types, allowed object types)
SIGNATURE = {
    "coChaired": ({"Person"}, {"Event"}),
    "chaired": ({"Person"}, {"Event"}),
    "attended": ({"Person", "Place", "Organization"}, {"Event"}),
    "hostedIn": ({"Event"}, {"Place"}),
    "metWith": ({"Person"}, {"Person"}),
    "spokeWith": ({"Person"}, {"Person"}),
    "visited": ({"Person"}, {"Place"}),
    "memberOf": ({"Person", "Place", "Organization"}, {"Organization"}),
    "officialOf": ({"Person"}, {"Place", "Organization"}),
    "partOf": ({"Organization"}, {"Organization"}),
    "locatedIn": ({"Place"}, {"Place"}),
    "issued": ({"Event", "Person", "Organization", "Place"}, {"Document"}),
    "signed": ({"Person", "Place", "Organization"}, {"Document"}),
}
SYMMETRIC = {"metWith", "spokeWith"}

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

WEEKDAYS = {  # Python weekday(): Monday = 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2,
    "مارس": 3, "آذار": 3,
    "أبريل": 4, "ابريل": 4, "إبريل": 4, "أفريل": 4, "نيسان": 4,
    "مايو": 5, "ماي": 5, "أيار": 5,
    "يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6,
    "يوليو": 7, "يوليه": 7, "جويلية": 7, "تموز": 7,
    "أغسطس": 8, "اغسطس": 8, "أوت": 8, "آب": 8,
    "سبتمبر": 9, "أيلول": 9,
    "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10,
    "نوفمبر": 11, "تشرين الثاني": 11,
    "ديسمبر": 12, "كانون الأول": 12,
}


def strip_marks(s):
    return DIACRITICS.sub("", s)


def occurs(label, text):
    """The label is in the text; a label with the article ال also counts
    when the text has it after the preposition li-, which is written
    لل (الأمم المتحدة in للأمم المتحدة)."""
    if label in text:
        return True
    if not label.startswith("ال"):
        return False
    stem = label[2:]
    # li- + al-X is written للX; when X itself starts with lam, لX (للجنة)
    return ("لل" + stem) in text or (stem.startswith("ل") and ("ل" + stem) in text)


class Report:
    def __init__(self, name):
        self.name = name
        self.errors = []
        self.warnings = []
        self.info = ""

    def error(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                      "ؤ": "و", "ئ": "ي"})


def loose_tokens(s):
    """Tokens with the folding of score.py (no marks, alef/ya/ta marbuta
    folded, punctuation as space, article off long words) and without the
    accusative ending -an (بيانا صحفيا -> بيان صحفي)."""
    s = strip_marks(unicodedata.normalize("NFKC", s)).casefold().translate(FOLD)
    out = []
    for t in re.sub(r"[\W_]+", " ", s).split():
        if len(t) > 4 and t.startswith("ال"):
            t = t[2:]
        if len(t) > 3 and t.endswith("ا"):
            t = t[:-1]
        out.append(t)
    return out


def loose_occurs(label, text_tokens):
    lab = loose_tokens(label)
    n = len(lab)
    return n > 0 and any(text_tokens[i:i + n] == lab for i in range(len(text_tokens) - n + 1))


def check_text(rep, path):
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        rep.error("text file unreadable: %s" % e)
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error("text file is not UTF-8: %s" % e)
        return None
    if text.startswith("\ufeff"):
        rep.error("text file starts with a byte order mark")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            rep.error("line %d has trailing white space" % i)
        if not line.strip():
            rep.error("line %d is empty (one paragraph per line)" % i)
        if "\r" in line:
            rep.error("line %d has a carriage return" % i)
    return text


def check_dates(rep, text, date):
    """Weekday words and the dateline against the publication date."""
    for m in re.finditer(r"(اليوم|أمس|امس|غدا|غداً)\s*\(?\s*(?:يوم\s+)?(ال[^\s)،,.]+)", text):
        word, day = m.group(1), m.group(2)
        if day not in WEEKDAYS:
            continue
        offset = {"اليوم": 0, "أمس": -1, "امس": -1, "غدا": 1, "غداً": 1}[word]
        want = (date + datetime.timedelta(days=offset)).weekday()
        if WEEKDAYS[day] != want:
            rep.error("'%s %s' does not fit the date %s (%s)"
                      % (word, day, date.isoformat(),
                         (date + datetime.timedelta(days=offset)).strftime("%A")))
    first = text.split("\n", 1)[0]
    head = re.split(r"\s[-–]{1,2}\s|/\s*(?:وام|قنا|بنا)\s*/", first, maxsplit=1)[0]
    # numeric dateline of KUNA: "سول - 27 - 5 (كونا) --"
    m = re.search(r"\s(\d{1,2})\s*-\s*(\d{1,2})\s*\(", first[:60])
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        if (d, mo) != (date.day, date.month):
            rep.error("dateline %d-%d does not fit the date %s" % (d, mo, date.isoformat()))
        return
    names = sorted(MONTHS, key=len, reverse=True)
    pat = r"(\d{1,2})\s+(%s)(?:\s+(\d{4}))?" % "|".join(map(re.escape, names))
    for m in re.finditer(pat, head):
        d, mo = int(m.group(1)), MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else None
        if (d, mo) != (date.day, date.month) or (year and year != date.year):
            rep.error("dateline '%s' does not fit the date %s" % (m.group(0), date.isoformat()))
        return


def check_gold(path):
    rep = Report(os.path.relpath(path))
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        rep.error("JSON does not parse: %s" % e)
        return rep
    name = os.path.splitext(os.path.basename(path))[0]
    for field in ("id", "lang", "date", "source", "text_file", "entities", "relations"):
        if field not in gold:
            rep.error("missing field '%s'" % field)
    if rep.errors:
        return rep
    if gold["id"] != name:
        rep.error("id '%s' is not the file name '%s'" % (gold["id"], name))
    if gold["lang"] not in ("ar", "en"):
        rep.error("lang '%s' is not ar or en" % gold["lang"])
    date = None
    try:
        date = datetime.date.fromisoformat(gold["date"])
    except (TypeError, ValueError):
        rep.error("date '%s' is not YYYY-MM-DD" % gold["date"])
    text_path = os.path.join(os.path.dirname(path), gold["text_file"])
    text = check_text(rep, text_path)
    if text is None:
        return rep
    plain = strip_marks(text)
    loose_text = loose_tokens(text)
    if date and gold["lang"] == "ar":
        check_dates(rep, plain, date)

    ents = {}
    for e in gold["entities"]:
        key = e.get("key")
        if not key:
            rep.error("entity without key: %r" % e)
            continue
        if key in ents:
            rep.error("entity key '%s' repeated" % key)
        ents[key] = e
        if e.get("type") not in TYPES:
            rep.error("entity '%s': type '%s' is not one of %s" % (key, e.get("type"), sorted(TYPES)))
        labels = e.get("labels", {})
        if not labels.get("en"):
            rep.error("entity '%s' has no en label" % key)
        if gold["lang"] not in labels or not labels[gold["lang"]]:
            rep.error("entity '%s' has no %s label" % (key, gold["lang"]))
        for lab in labels.get(gold["lang"], []):
            if lab != lab.strip() or not lab:
                rep.error("entity '%s': label %r has surrounding space" % (key, lab))
            if occurs(strip_marks(lab), plain):
                pass
            elif loose_occurs(lab, loose_text):
                rep.warn("entity '%s': label '%s' occurs in the text only with other "
                         "spacing, punctuation or case ending" % (key, lab))
            else:
                rep.error("entity '%s': label '%s' does not occur in the text" % (key, lab))
        wd = e.get("wikidata")
        if wd is not None and not re.fullmatch(r"Q[1-9][0-9]*", str(wd)):
            rep.error("entity '%s': wikidata '%s' is not a Q id" % (key, wd))
        if "optional" in e and not isinstance(e["optional"], bool):
            rep.error("entity '%s': optional is not true/false" % key)

    seen = set()
    used = set()
    nreq = 0
    for r in gold["relations"]:
        s, p, o = r.get("s"), r.get("p"), r.get("o")
        tag = "%s %s %s" % (s, p, o)
        if p not in SIGNATURE:
            rep.error("relation '%s': predicate '%s' is not one of the 13" % (tag, p))
            continue
        if s not in ents or o not in ents:
            rep.error("relation '%s': unknown entity" % tag)
            continue
        if s == o:
            rep.error("relation '%s' links an entity to itself" % tag)
        used.update((s, o))
        subj_types, obj_types = SIGNATURE[p]
        if ents[s].get("type") not in subj_types or ents[o].get("type") not in obj_types:
            rep.error("relation '%s': %s -> %s not allowed for %s"
                      % (tag, ents[s].get("type"), ents[o].get("type"), p))
        k = (s, p, o)
        if k in seen or (p in SYMMETRIC and (o, p, s) in seen):
            rep.error("relation '%s' repeated" % tag)
        seen.add(k)
        if "optional" in r and not isinstance(r["optional"], bool):
            rep.error("relation '%s': optional is not true/false" % tag)
        if not r.get("optional"):
            nreq += 1
            for end in (s, o):
                if ents[end].get("optional"):
                    rep.error("relation '%s' is required but '%s' is optional" % (tag, end))

    words = len(re.findall(r"\S+", text))
    sentences = len(re.findall(r"[.!?؟](?=\s|$)", text.rstrip()))
    n_ent = len(ents)
    n_req_ent = sum(1 for e in ents.values() if not e.get("optional"))
    if not 120 <= words <= 350:
        rep.warn("%d words (brief: 120-350)" % words)
    if not 5 <= sentences <= 12:
        rep.warn("%d sentences (brief: 5-12)" % sentences)
    if not 6 <= n_req_ent or n_ent > 22:
        rep.warn("%d entities, %d required (brief: 6-20)" % (n_ent, n_req_ent))
    if not 5 <= nreq <= 20:
        rep.warn("%d required relations (brief: 5-20)" % nreq)
    rep.info = ("%3d words %2d sentences  entities %2d (+%d optional)  relations %2d (+%d optional)"
                % (words, sentences, n_req_ent, n_ent - n_req_ent, nreq, len(gold["relations"]) - nreq))
    return rep


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    targets = argv[1:] or [here]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(glob.glob(os.path.join(t, "**", "*.json"), recursive=True))
        else:
            files.append(t)
    if not files:
        print("no gold files found")
        return 1
    n_err = n_warn = 0
    for f in files:
        rep = check_gold(f)
        status = "FAIL" if rep.errors else "ok"
        print("%-4s %-55s %s" % (status, rep.name, rep.info))
        for m in rep.errors:
            print("     error: " + m)
        for m in rep.warnings:
            print("     warning: " + m)
        n_err += len(rep.errors)
        n_warn += len(rep.warnings)
    print("%d files, %d errors, %d warnings" % (len(files), n_err, n_warn))
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
