#!/bin/bash
# Hands khabar's exports to real consumers and checks they read them back
# as the same graph. One check per run, so each is its own ctest entry:
#
#   roundtrip.sh CHECK SHARED_DIR [--needs FILE] [--text FILE] -- PRODUCER [ARG...]
#
# PRODUCER ARG... is called with "-o DIR/out.EXT" appended for each format
# the check needs (khabar build ..., or khabar_export_fixture). SHARED_DIR is
# ../shared (for the GraphML and GEXF XML Schemas). --text FILE is the
# article the producer reads (the mentions check slices it). Exit 0 pass,
# 1 fail, 77 skip (a missing sample, schema directory, node or npm package:
# said on stdout, never silent).
#
# Checks: rapper-nt rapper-ttl rapper-nq rapper-trig rapper-rdf rdfxml-nt
#         graphml-schema graphml-load gexf-schema gexf-load jsonld-rdflib
#         jsonld-pyld turtle-rdflib datasets neo4j neo4j-zip mentions deterministic
#         shacl shacl-catches sparql
# shacl, shacl-catches and sparql run node with the npm packages of
# tests/roundtrip/package.json (npm ci --prefix tests/roundtrip, or
# $KHABAR_NODE_MODULES).
set -u
check=${1:?usage: roundtrip.sh CHECK SHARED_DIR [--needs FILE] [--text FILE] -- PRODUCER [ARG...]}
shared=${2:?missing SHARED_DIR}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
ontology="$here/../../ontology"
text=
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    --needs)
      if [ ! -e "$2" ]; then echo "SKIP: $2 not found"; exit 77; fi
      shift 2 ;;
    --text) text=$2; shift 2 ;;
    *) echo "roundtrip.sh: unknown option $1" >&2; exit 1 ;;
  esac
done
[ "${1:-}" = "--" ] || { echo "roundtrip.sh: missing -- PRODUCER" >&2; exit 1; }
shift
[ $# -gt 0 ] || { echo "roundtrip.sh: missing PRODUCER" >&2; exit 1; }

PY=${KHABAR_PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || PY=python3

case $check in
  rapper-nt) exts="nt" ;;
  rapper-ttl) exts="ttl" ;;
  rapper-nq) exts="nq" ;;
  rapper-trig) exts="trig" ;;
  rapper-rdf) exts="rdf" ;;
  rdfxml-nt) exts="nt rdf" ;;
  graphml-schema|graphml-load) exts="graphml" ;;
  gexf-schema|gexf-load) exts="gexf" ;;
  jsonld-rdflib|jsonld-pyld) exts="nt jsonld" ;;
  turtle-rdflib) exts="nt ttl" ;;
  datasets) exts="nt nq trig" ;;
  neo4j) exts="neo4j.tar" ;;
  neo4j-zip) exts="neo4j.zip neo4j neo4j.tar" ;;
  mentions) exts="mentions.jsonl" ;;
  deterministic) exts="ttl nt nq trig rdf jsonld graphml gexf neo4j.tar neo4j.zip mentions.jsonl" ;;
  shacl|sparql) exts="ttl" ;;
  shacl-catches) exts="" ;;
  *) echo "roundtrip.sh: unknown check $check" >&2; exit 1 ;;
esac

need_schema() {  # relative path under schemas/
  if [ ! -f "$shared/schemas/$1" ]; then
    echo "SKIP: ../shared/schemas not found (looked for $shared/schemas/$1)"
    exit 77
  fi
}
case $check in
  graphml-schema) need_schema graphml/graphml.xsd ;;
  gexf-schema) need_schema gexf-1.3/gexf.xsd ;;
  shacl|shacl-catches|sparql)
    command -v node >/dev/null 2>&1 || { echo "SKIP: node not installed (apt install nodejs npm)"; exit 77; } ;;
esac

d=$(mktemp -d "${TMPDIR:-/tmp}/khabar-roundtrip.XXXXXX")
trap 'rm -rf "$d"' EXIT
produce() {  # DIR: runs the producer with every output of the check in DIR
  local args=()
  for e in $exts; do args+=(-o "$1/out.$e"); done
  [ ${#args[@]} -gt 0 ] || return 0
  if ! "${producer[@]}" "${args[@]}" >"$1/log" 2>&1; then
    echo "FAIL: producer failed: ${producer[*]} ${args[*]}"
    tail -5 "$1/log"
    exit 1
  fi
}
producer=("$@")
produce "$d"

need_tool() {
  command -v "$1" >/dev/null 2>&1 || { echo "FAIL: $1 not installed ($2)"; exit 1; }
}

run_rapper() {  # syntax file
  need_tool rapper raptor2-utils
  if rapper -q -i "$1" -c "$2" >"$d/rapper.log" 2>&1; then
    echo "ok: rapper -i $1 reads $(basename "$2")"
  else
    echo "FAIL: rapper -i $1 rejects $(basename "$2")"
    head -5 "$d/rapper.log"
    exit 1
  fi
}

case $check in
  rapper-nt) run_rapper ntriples "$d/out.nt" ;;
  rapper-ttl) run_rapper turtle "$d/out.ttl" ;;
  rapper-nq) run_rapper nquads "$d/out.nq" ;;
  rapper-trig) run_rapper trig "$d/out.trig" ;;
  rapper-rdf) run_rapper rdfxml "$d/out.rdf" ;;
  rdfxml-nt)
    need_tool rapper raptor2-utils
    rapper -q -i rdfxml -o ntriples "$d/out.rdf" 2>"$d/rapper.log" | LC_ALL=C sort >"$d/rdf.sorted" \
      || { echo "FAIL: rapper -i rdfxml rejects out.rdf"; head -5 "$d/rapper.log"; exit 1; }
    rapper -q -i ntriples -o ntriples "$d/out.nt" | LC_ALL=C sort >"$d/nt.sorted"
    if cmp -s "$d/rdf.sorted" "$d/nt.sorted"; then
      echo "ok: out.rdf gives the same $(wc -l <"$d/nt.sorted") triples as out.nt (rapper)"
    else
      echo "FAIL: out.rdf and out.nt differ (rapper):"
      diff "$d/nt.sorted" "$d/rdf.sorted" | head -6
      exit 1
    fi ;;
  gexf-schema)
    need_tool xmllint libxml2-utils
    if xmllint --nonet --noout --schema "$shared/schemas/gexf-1.3/gexf.xsd" \
        "$d/out.gexf" >"$d/xmllint.log" 2>&1; then
      echo "ok: out.gexf validates against gexf.xsd (GEXF 1.3)"
    else
      echo "FAIL: out.gexf is not valid GEXF 1.3"
      head -5 "$d/xmllint.log"
      exit 1
    fi ;;
  deterministic)
    mkdir "$d/again"
    produce "$d/again"
    for e in $exts; do
      if ! cmp -s "$d/out.$e" "$d/again/out.$e"; then
        echo "FAIL: out.$e differs between two runs"
        exit 1
      fi
    done
    echo "ok: two runs give byte-identical $exts" ;;
  shacl)
    node "$here/shacl.mjs" "$ontology/shapes.ttl" "$d/out.ttl" "$ontology/khabar.ttl" ;;
  shacl-catches)
    node "$here/shacl.mjs" "$ontology/shapes.ttl" "$here/shacl_bad.ttl" "$ontology/khabar.ttl" \
      >"$d/shacl.log"
    rc=$?
    [ $rc -eq 77 ] && { cat "$d/shacl.log"; exit 77; }
    if [ $rc -eq 1 ] && grep -q "^FAIL: 12 SHACL violations" "$d/shacl.log"; then
      echo "ok: the shapes catch the 12 violations of shacl_bad.ttl"
    else
      echo "FAIL: expected 12 SHACL violations in shacl_bad.ttl"
      head -20 "$d/shacl.log"
      exit 1
    fi ;;
  sparql)
    node "$here/sparql.mjs" "$d/out.ttl" "$ontology/khabar.ttl" ;;
  graphml-schema)
    need_tool xmllint libxml2-utils
    if xmllint --nonet --noout --schema "$shared/schemas/graphml/graphml.xsd" \
        "$d/out.graphml" >"$d/xmllint.log" 2>&1; then
      echo "ok: out.graphml validates against graphml.xsd"
    else
      echo "FAIL: out.graphml is not valid GraphML"
      head -5 "$d/xmllint.log"
      exit 1
    fi ;;
  *)
    "$PY" - "$check" "$d" "$text" <<'PY'
import json, re, sys

check, d, text_file = sys.argv[1], sys.argv[2], sys.argv[3]

def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)

if check == "neo4j":
    import csv, datetime, io, re, tarfile
    with tarfile.open(d + "/out.neo4j.tar") as tar:
        names = tar.getnames()
        if names != ["nodes.csv", "relationships.csv", "load.cypher"]:
            fail(f"out.neo4j.tar holds {names}")
        files = {n: tar.extractfile(n).read().decode("utf-8") for n in names}
    node_header = ("id:ID,:LABEL,name,type,class,kind,wikidata,date:date,first_seen:date,"
                   "last_seen:date,articles:int,url,lang")
    rel_header = (":START_ID,:END_ID,:TYPE,weight:int,evidence,rule,confidence:float,article,"
                  "sentence:int,char_start:int,char_end:int,evidence_count:int")
    first = files["nodes.csv"].split("\n", 1)[0]
    if not first.startswith(node_header) or not re.fullmatch(
            re.escape(node_header) + r"(,label_[a-z][a-z0-9-]*)*", first):
        fail("nodes.csv header: " + first)
    if files["relationships.csv"].split("\n", 1)[0] != rel_header:
        fail("relationships.csv header: " + files["relationships.csv"].split("\n", 1)[0])
    def rows(name):
        text = files[name]
        if "\r" in text:
            fail(name + " has a carriage return")
        if any(len(line) and line.count('"') % 2 for line in text.split("\n")):
            fail(name + ": a line with an odd number of quotes (a field spans lines)")
        return list(csv.reader(io.StringIO(text), strict=True))
    def check_typed(name, header, row):
        for col, value in zip(header, row):
            if value == "":
                continue
            kind = col.rsplit(":", 1)[1] if ":" in col and not col.startswith(":") else ""
            try:
                if kind == "int": int(value)
                elif kind == "float": float(value)
                elif kind == "date": datetime.date.fromisoformat(value)
            except ValueError:
                fail(f"{name}: {col} = {value!r} is not a {kind}")
    nodes = rows("nodes.csv")
    ids = set()
    ident = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
    for row in nodes[1:]:
        if len(row) != len(nodes[0]):
            fail(f"nodes.csv: a row of {len(row)} fields, header {len(nodes[0])}")
        if row[0] in ids:
            fail("nodes.csv: duplicate id " + row[0])
        ids.add(row[0])
        if not all(ident.fullmatch(l) for l in row[1].split(";")):
            fail("nodes.csv: label not an identifier: " + row[1])
        check_typed("nodes.csv", nodes[0], row)
    rels = rows("relationships.csv")
    for row in rels[1:]:
        if len(row) != len(rels[0]):
            fail(f"relationships.csv: a row of {len(row)} fields, header {len(rels[0])}")
        for end in row[:2]:
            if end not in ids:
                fail("relationships.csv: unknown node id " + end)
        if not ident.fullmatch(row[2]):
            fail("relationships.csv: type not an identifier: " + row[2])
        check_typed("relationships.csv", rels[0], row)
    cypher = files["load.cypher"]
    for word in ("DETACH", "DELETE"):
        if word in cypher:
            fail("load.cypher contains " + word)
    print(f"ok: neo4j CSVs: exact headers, {len(nodes) - 1} unique node ids, "
          f"every :START_ID/:END_ID of {len(rels) - 1} relationships resolves")
    sys.exit(0)
if check == "neo4j-zip":
    import os, shutil, subprocess, tarfile, zipfile
    names = ["nodes.csv", "relationships.csv", "load.cypher"]
    path = d + "/out.neo4j.zip"
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        fail(f"out.neo4j.zip: Python's zipfile cannot read it: {e}")
    with z:
        bad = z.testzip()
        if bad is not None:
            fail(f"out.neo4j.zip: bad CRC or header for {bad}")
        if z.namelist() != names:
            fail(f"out.neo4j.zip holds {z.namelist()}")
        members = {n: z.read(n) for n in names}
        dates = {i.date_time for i in z.infolist()}
    with tarfile.open(d + "/out.neo4j.tar") as tar:
        in_tar = {n: tar.extractfile(n).read() for n in names}
    for n in names:
        folder = open(os.path.join(d, "out.neo4j", n), "rb").read()
        if members[n] != folder:
            fail(f"out.neo4j.zip: {n} differs from the folder export's")
        if members[n] != in_tar[n]:
            fail(f"out.neo4j.zip: {n} differs from out.neo4j.tar's")
    if len(dates) != 1:
        fail(f"out.neo4j.zip: members with different dates {sorted(dates)}")
    if shutil.which("unzip"):
        r = subprocess.run(["unzip", "-t", path], capture_output=True, text=True)
        if r.returncode != 0 or "No errors detected" not in r.stdout:
            fail("unzip -t rejects out.neo4j.zip: " + (r.stdout + r.stderr).strip().splitlines()[-1])
        how = "zipfile and unzip -t"
    else:
        how = "zipfile (unzip not installed: apt install unzip to test with it too)"
    print(f"ok: out.neo4j.zip reads with {how}; its {len(names)} files equal the folder "
          "and tar exports")
    sys.exit(0)
if check == "mentions":
    text = open(text_file, encoding="utf-8", newline="").read() if text_file else None
    n = 0
    for line in open(d + "/out.mentions.jsonl", encoding="utf-8"):
        obj = json.loads(line)
        if set(obj) != {"id", "mentions"}:
            fail("mentions: keys " + str(sorted(obj)))
        last = 0
        for m in obj["mentions"]:
            n += 1
            keys = set(m) - {"wikidata"}
            if keys != {"start", "end", "text", "type", "entity"}:
                fail("mentions: mention keys " + str(sorted(m)))
            if not (0 <= m["start"] < m["end"]) or m["start"] < last:
                fail(f"mentions: bad or unsorted span {m}")
            last = m["start"]
            if m["type"] not in ("Person", "Place", "Organization", "Event", "Document",
                                 "Initiative"):
                fail("mentions: type " + m["type"])
            if "wikidata" in m and not re.fullmatch(r"Q[0-9]+", m["wikidata"]):
                fail("mentions: wikidata " + m["wikidata"])
            if text is not None and text[m["start"]:m["end"]] != m["text"]:
                fail(f"mentions: {m['text']!r} is not text[{m['start']}:{m['end']}] = "
                     f"{text[m['start']:m['end']]!r}")
    if text is not None and n == 0:
        fail("mentions: no mention of the sample article")
    print(f"ok: {n} mentions" + (", each the code-point slice of the article text" if text else ""))
    sys.exit(0)
if check == "gexf-load":
    try:
        import networkx as nx
    except ImportError as e:
        fail(f"{e} (apt install python3-networkx)")
    # networkx reads GEXF 1.1draft and 1.2draft only: read the 1.3 file as
    # 1.2draft (same structure, attribute types and spells).
    xml = open(d + "/out.gexf", encoding="utf-8").read()
    xml = xml.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"', 1)
    xml = xml.replace('version="1.3"', 'version="1.2"', 1)
    open(d + "/out12.gexf", "w", encoding="utf-8").write(xml)
    g = nx.read_gexf(d + "/out12.gexf")
    for n, data in g.nodes(data=True):
        for k in ("label", "type", "kind", "iri"):
            if k not in data:
                fail(f"networkx: node {n} has no {k}")
        if data["kind"] == "entity" and not isinstance(data.get("articles"), int):
            fail(f"networkx: node {n} has articles {data.get('articles')!r}")
    for u, v, data in g.edges(data=True):
        for k in ("relation", "weight"):
            if k not in data:
                fail(f"networkx: edge {u}->{v} has no {k}")
        if "confidence" in data and not isinstance(data["confidence"], float):
            fail(f"networkx: edge {u}->{v} confidence {data['confidence']!r}")
    print(f"ok: networkx reads {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
          "with their attributes")
    sys.exit(0)

try:
    import rdflib
    from rdflib.compare import isomorphic, graph_diff
except ImportError as e:
    fail(f"{e} (apt install python3-rdflib)")

def nt():
    return rdflib.Graph().parse(d + "/out.nt", format="nt")

def same(name, a, b):
    if isomorphic(a, b):
        print(f"ok: {name} gives the same {len(a)} triples as out.nt")
        return
    _, only_a, only_b = graph_diff(a, b)
    lines = [f"FAIL: {name}: {len(a)} vs {len(b)} triples"]
    lines += ["  only in out.nt: " + " ".join(t.n3() for t in tr) for tr in list(only_a)[:5]]
    lines += ["  only in " + name + ": " + " ".join(t.n3() for t in tr) for tr in list(only_b)[:5]]
    print("\n".join(lines))
    sys.exit(1)

if check == "graphml-load":
    try:
        import networkx as nx
        import igraph
    except ImportError as e:
        fail(f"{e} (apt install python3-networkx python3-igraph)")
    g = nx.read_graphml(d + "/out.graphml")
    for n, data in g.nodes(data=True):
        if "label" not in data:
            fail(f"networkx: node {n} has no label")
        for k in ("type", "kind", "r", "g", "b"):
            if k not in data:
                fail(f"networkx: node {n} has no {k}")
    for u, v, data in g.edges(data=True):
        for k in ("relation", "label", "weight"):
            if k not in data:
                fail(f"networkx: edge {u}->{v} has no {k}")
        if not isinstance(data["weight"], float) or data["weight"] < 1:
            fail(f"networkx: edge {u}->{v} has weight {data['weight']!r}")
    if not g.is_directed():
        fail("networkx: graph is not directed")
    ig = igraph.Graph.Read_GraphML(d + "/out.graphml")
    if ig.vcount() != g.number_of_nodes() or ig.ecount() != g.number_of_edges():
        fail(f"igraph reads {ig.vcount()} nodes / {ig.ecount()} edges, "
             f"networkx {g.number_of_nodes()} / {g.number_of_edges()}")
    if ig.vcount() and "label" not in ig.vs.attributes():
        fail("igraph: no label attribute")
    # Both readers see the same label text (escaping and newlines preserved).
    for v in ig.vs:
        if v["label"] != g.nodes[v["id"]]["label"]:
            fail(f"igraph and networkx read node {v['id']} label differently")
    print(f"ok: networkx and igraph read {ig.vcount()} nodes, {ig.ecount()} edges with labels")
elif check == "jsonld-rdflib":
    doc = json.load(open(d + "/out.jsonld", encoding="utf-8"))
    if "@context" not in doc or "@graph" not in doc:
        fail("out.jsonld has no @context or no @graph")
    same("out.jsonld (rdflib)", nt(), rdflib.Graph().parse(d + "/out.jsonld", format="json-ld"))
elif check == "jsonld-pyld":
    try:
        from pyld import jsonld
    except ImportError as e:
        fail(f"{e} (apt install python3-pyld)")
    doc = json.load(open(d + "/out.jsonld", encoding="utf-8"))
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    same("out.jsonld (pyld)", nt(), rdflib.Graph().parse(data=nq, format="nt"))
elif check == "turtle-rdflib":
    same("out.ttl (rdflib)", nt(), rdflib.Graph().parse(d + "/out.ttl", format="turtle"))
elif check == "datasets":
    ref = nt()
    articles = set(ref.subjects(rdflib.RDF.type, rdflib.URIRef("http://schema.org/NewsArticle")))
    graphs = {}
    for fmt, name in (("nquads", "out.nq"), ("trig", "out.trig")):
        ds = rdflib.Dataset()
        ds.parse(d + "/" + name, format=fmt)
        union = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        same(name + " (union of its graphs)", ref, union)
        # rdflib files default-graph statements under the file's own URI.
        named = {}
        for ctx in ds.contexts():
            gid = str(ctx.identifier)
            if gid.startswith("file:") or gid == "urn:x-rdflib:default" or not len(ctx):
                continue
            if ctx.identifier not in articles:
                fail(f"{name}: named graph {gid} is not an article")
            named[gid] = set(ctx)
        graphs[name] = named
    if graphs["out.nq"] != graphs["out.trig"]:
        fail("out.nq and out.trig name different graphs or hold different triples in them")
    print(f"ok: out.nq and out.trig hold the same {len(graphs['out.nq'])} article graphs")
else:
    fail("unknown check " + check)
PY
    ;;
esac
