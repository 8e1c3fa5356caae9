#!/bin/bash
# Hands khabar's exports to real consumers and checks they read them back
# as the same graph. One check per run, so each is its own ctest entry:
#
#   roundtrip.sh CHECK SHARED_DIR [--needs FILE] -- PRODUCER [ARG...]
#
# PRODUCER ARG... is called with "-o DIR/out.EXT" appended for each format
# the check needs (khabar build ..., or khabar_export_fixture). SHARED_DIR is
# ../shared (for the GraphML XML Schema). Exit 0 pass, 1 fail, 77 skip
# (a missing sample or schema directory: said on stdout, never silent).
#
# Checks: rapper-nt rapper-ttl rapper-nq rapper-trig graphml-schema
#         graphml-load jsonld-rdflib jsonld-pyld turtle-rdflib datasets
set -u
check=${1:?usage: roundtrip.sh CHECK SHARED_DIR [--needs FILE] -- PRODUCER [ARG...]}
shared=${2:?missing SHARED_DIR}
shift 2
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case $1 in
    --needs)
      if [ ! -e "$2" ]; then echo "SKIP: $2 not found"; exit 77; fi
      shift 2 ;;
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
  graphml-schema|graphml-load) exts="graphml" ;;
  jsonld-rdflib|jsonld-pyld) exts="nt jsonld" ;;
  turtle-rdflib) exts="nt ttl" ;;
  datasets) exts="nt nq trig" ;;
  *) echo "roundtrip.sh: unknown check $check" >&2; exit 1 ;;
esac

if [ "$check" = graphml-schema ] && [ ! -f "$shared/schemas/graphml/graphml.xsd" ]; then
  echo "SKIP: ../shared/schemas not found (looked for $shared/schemas/graphml/graphml.xsd)"
  exit 77
fi

d=$(mktemp -d "${TMPDIR:-/tmp}/khabar-roundtrip.XXXXXX")
trap 'rm -rf "$d"' EXIT
args=()
for e in $exts; do args+=(-o "$d/out.$e"); done
if ! "$@" "${args[@]}" >"$d/log" 2>&1; then
  echo "FAIL: producer failed: $* ${args[*]}"
  tail -5 "$d/log"
  exit 1
fi

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
    exec "$PY" - "$check" "$d" <<'PY'
import json, sys

check, d = sys.argv[1], sys.argv[2]

def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)

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
