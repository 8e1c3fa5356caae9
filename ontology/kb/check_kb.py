#!/usr/bin/env python3
"""Checks the khabar knowledge base files (python3, standard library only).

Usage: check_kb.py [ONTOLOGY_DIR]   (default: the folder above this script)

Checks: exact header lines, column counts, key syntax, keys unique and sorted
in entities.tsv, classes, Wikidata/GeoNames id syntax, no Q-id used twice,
facts syntax and targets, every lexicon key present in entities.tsv, lexicon
kinds, exactly one English and one Arabic `name` for every non-country entity
(at most one per language for countries), nationality keys are countries, no
duplicated (surface, key) lines, surfaces NFC, trimmed and free of control
characters.  Prints counts per class and per file; exit status 1 on any error.
Classes: the fixed list below, plus kh:Document and every class khabar.ttl
declares under it (Agreement, Declaration, Plan ...), for `doc/` entities.
"""
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

CLASSES = {
    'Country', 'City', 'Region', 'Person', 'GovernmentBody', 'Ministry',
    'Legislature', 'PoliticalParty', 'PartyBody',
    'IntergovernmentalOrganization', 'CooperationMechanism', 'Fund',
    'Company', 'NewsAgency', 'StateNewsAgency', 'Initiative', 'Venue',
    'Organization',
}
# kh:Document and its subclasses are read from khabar.ttl (document_classes)
DOCUMENT_ROOT = 'Document'
FACTS = {'country', 'partOf', 'capital'}
KEY_RE = re.compile(r'^[a-z]+(/[a-z0-9]+(-[a-z0-9]+)*)+$')
QID_RE = re.compile(r'^Q[0-9]+$')
GEO_RE = re.compile(r'^[0-9]+$')
LANGS = ('en', 'ar')
LEX_KINDS = {'names.tsv': {'name', 'alias', 'acronym', 'dateline'},
             'nationalities.tsv': {'adjective'}}

errors = []
warnings = []


def err(path, lineno, msg):
    errors.append(f'{path}:{lineno}: {msg}')


def read_table(path, magic, header, ncols):
    """Yields (lineno, fields) of the data lines; checks the two header lines."""
    rows = []
    try:
        with open(path, encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
    except (OSError, UnicodeDecodeError) as e:
        err(path, 0, f'cannot read: {e}')
        return rows
    if lines and lines[-1] == '':
        lines.pop()
    if len(lines) < 2 or lines[0] != magic:
        err(path, 1, f'first line must be exactly {magic!r}')
    if len(lines) < 2 or lines[1] != header:
        err(path, 2, f'second line must be exactly {header!r}')
    for i, line in enumerate(lines[2:], start=3):
        if line.endswith('\r'):
            err(path, i, 'CR line ending')
            line = line[:-1]
        if not line.strip() or line.startswith('#'):
            continue
        fields = line.split('\t')
        if len(fields) != ncols:
            err(path, i, f'{len(fields)} columns, expected {ncols}')
            continue
        rows.append((i, fields))
    return rows


def check_surface(path, lineno, s):
    if not s:
        err(path, lineno, 'empty surface')
        return
    if s != s.strip() or '  ' in s:
        err(path, lineno, f'surface has stray spaces: {s!r}')
    if unicodedata.normalize('NFC', s) != s:
        err(path, lineno, f'surface not NFC: {s!r}')
    if any(unicodedata.category(c) in ('Cc', 'Cf') and c not in '\u200c\u200d'
           for c in s):
        err(path, lineno, f'control/format character in surface: {s!r}')


def document_classes(ttl):
    """kh:Document and the classes khabar.ttl declares under it, at any depth
    (`kh:X a owl:Class ; rdfs:subClassOf kh:Y`)."""
    parents = defaultdict(set)
    try:
        with open(ttl, encoding='utf-8') as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        err(ttl, 0, f'cannot read: {e}')
        return set()
    # one subject block per `kh:X a owl:Class ... .` (literals hold no ' .\n')
    for m in re.finditer(r'^kh:(\w+) a owl:Class\b(.*?)\s\.\s*$', text, re.M | re.S):
        for objs in re.findall(r'rdfs:subClassOf\s+([^;]+?)\s*(?:;|$)', m.group(2)):
            for parent in re.findall(r'kh:(\w+)', objs):
                parents[m.group(1)].add(parent)
    found = {DOCUMENT_ROOT}
    changed = True
    while changed:
        changed = False
        for cls, ps in parents.items():
            if cls not in found and ps & found:
                found.add(cls)
                changed = True
    return found


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    kb = os.path.join(root, 'kb', 'entities.tsv')
    classes = CLASSES | document_classes(os.path.join(root, 'khabar.ttl'))

    entities = {}
    prev = None
    qids = defaultdict(list)
    rows = read_table(kb, '#khabar-kb 1', 'key\tclass\twikidata\tgeonames\tfacts', 5)
    for lineno, (key, cls, qid, geo, facts) in rows:
        if not KEY_RE.match(key):
            err(kb, lineno, f'bad key {key!r}')
        if key in entities:
            err(kb, lineno, f'duplicate key {key}')
        if prev is not None and key <= prev:
            err(kb, lineno, f'keys not sorted: {key} after {prev}')
        prev = key
        if cls not in classes:
            err(kb, lineno, f'unknown class {cls!r}')
        if qid:
            if not QID_RE.match(qid):
                err(kb, lineno, f'bad wikidata id {qid!r}')
            qids[qid].append(key)
        if geo and not GEO_RE.match(geo):
            err(kb, lineno, f'bad geonames id {geo!r}')
        if key.startswith('country/'):
            if not re.match(r'^country/[a-z]{2}$', key):
                err(kb, lineno, f'country key must be country/<alpha-2>: {key}')
            if cls not in ('Country', 'Region'):
                err(kb, lineno, f'{key} must be Country or Region')
        parsed = []
        if facts:
            for pair in facts.split(';'):
                name, eq, target = pair.partition('=')
                if not eq or name not in FACTS or not target:
                    err(kb, lineno, f'bad fact {pair!r}')
                else:
                    parsed.append((name, target))
        entities[key] = (lineno, cls, parsed)

    for qid, keys in qids.items():
        if len(keys) > 1:
            err(kb, 0, f'wikidata id {qid} used by {", ".join(keys)}')
    for key, (lineno, cls, facts) in entities.items():
        for name, target in facts:
            if target not in entities:
                err(kb, lineno, f'{key}: fact target {target} not in entities')
            elif name == 'country' and not target.startswith('country/'):
                err(kb, lineno, f'{key}: country= must point to a country/ key')
            elif name == 'capital' and not (target.startswith('city/') and key.startswith('country/')):
                err(kb, lineno, f'{key}: capital= belongs to a country and must point to a city/ key')
            elif target == key:
                err(kb, lineno, f'{key}: fact points to itself')

    # Prepositions and particles (function.tsv, not pronouns) of each
    # language: no person's name starts with one unless given_names.tsv
    # lists it (في موراليدهاران would read في وقت سابق as a name).
    def first_column(path, skip_class=None):
        words = set()
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                for line in f.read().split('\n')[2:]:
                    cols = line.split('\t')
                    if line and not line.startswith('#') and (len(cols) < 2 or cols[1] != skip_class):
                        words.add(cols[0])
        return words
    function_words = {}
    for lang in LANGS:
        words = first_column(os.path.join(root, 'lexicons', lang, 'function.tsv'), skip_class='pronoun')
        given = first_column(os.path.join(root, 'lexicons', lang, 'given_names.tsv'))
        function_words[lang] = {w for w in words if ' ' not in w} - given

    lex_counts = {}
    names_per = {lang: Counter() for lang in LANGS}
    surfaces = {lang: defaultdict(set) for lang in LANGS}
    for lang in LANGS:
        for fname, kinds in LEX_KINDS.items():
            path = os.path.join(root, 'lexicons', lang, fname)
            rows = read_table(path, '#khabar-lexicon 1', 'surface\tkey\tkind', 3)
            seen = {}
            kind_count = Counter()
            for lineno, (surface, key, kind) in rows:
                check_surface(path, lineno, surface)
                if key not in entities:
                    err(path, lineno, f'key {key} not in entities.tsv')
                if kind not in kinds:
                    err(path, lineno, f'kind {kind!r} not allowed here')
                if (surface, key) in seen:
                    err(path, lineno, f'duplicate ({surface}, {key}), first at line {seen[(surface, key)]}')
                seen[(surface, key)] = lineno
                kind_count[kind] += 1
                if fname == 'nationalities.tsv' and not key.startswith('country/'):
                    err(path, lineno, f'adjective must point to a country key: {key}')
                if kind == 'name':
                    names_per[lang][key] += 1
                if fname == 'names.tsv':
                    surfaces[lang][surface].add(key)
                    if key.startswith('person/') and surface.split()[0] in function_words[lang]:
                        err(path, lineno, f'{key}: a name may not start with the function word {surface.split()[0]!r}')
                    # (a one-word Arabic name of two letters after the article
                    # is read inside words with a clitic: اللد in ولد)
                    stem = surface[2:] if surface.startswith('ال') else surface
                    if (lang == 'ar' and ' ' not in surface and kind != 'acronym' and kind != 'dateline'
                            and len(stem) <= 2):
                        err(path, lineno, f'{key}: one-word name {surface!r} is too short (clitics + it are common words)')
            lex_counts[f'{lang}/{fname}'] = (len(rows), dict(kind_count))

    for key in entities:
        for lang in LANGS:
            n = names_per[lang][key]
            if key.startswith('country/'):
                if n > 1:
                    err(f'lexicons/{lang}/names.tsv', 0, f'{key}: {n} names (at most one)')
            elif n != 1:
                err(f'lexicons/{lang}/names.tsv', 0, f'{key}: {n} names (exactly one needed)')

    for lang in LANGS:
        for surface, keys in sorted(surfaces[lang].items()):
            if len(keys) > 1:
                warnings.append(f'{lang}: surface {surface!r} is shared by {", ".join(sorted(keys))}')

    by_class = Counter(cls for _, cls, _ in entities.values())
    print(f'entities.tsv: {len(entities)} entities, {len(qids)} with a Wikidata id')
    for cls in sorted(by_class):
        print(f'  {cls:30} {by_class[cls]}')
    for name, (n, kinds) in sorted(lex_counts.items()):
        detail = ', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))
        print(f'{name}: {n} lines ({detail})')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
