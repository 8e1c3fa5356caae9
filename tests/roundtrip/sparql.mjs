// node sparql.mjs EXPORT.ttl ONTOLOGY.ttl
// Loads khabar's Turtle export of the reference article (with the ontology,
// for rdfs:subClassOf) into Oxigraph, a SPARQL 1.1 store, and asks what a
// user would ask. Exit 0 all answers right, 1 not, 77 Oxigraph missing.
import { readFileSync } from 'node:fs';
import { load } from './node_tools.mjs';

const [data_file, ontology_file] = process.argv.slice(2);
if (!data_file || !ontology_file) {
  console.error('usage: node sparql.mjs EXPORT.ttl ONTOLOGY.ttl');
  process.exit(2);
}
const oxigraph = await load('oxigraph');
const store = new oxigraph.Store();
for (const file of [data_file, ontology_file]) {
  store.load(readFileSync(file, 'utf8'), { format: 'text/turtle' });
}

const PREFIXES = `
PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
`;

let failed = 0;
function answers(query) {
  const out = [];
  for (const b of store.query(PREFIXES + query)) out.push(b.get('answer').value);
  return out.sort();
}
function expect(question, query, expected, exact) {
  const got = answers(query);
  const missing = expected.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !expected.includes(x));
  if (missing.length || (exact && extra.length)) {
    failed++;
    console.log(`FAIL: ${question}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
  } else {
    console.log(`ok: ${question} ${JSON.stringify(got)}`);
  }
}

// The meeting, found by what a user knows: an event (of any subclass) whose
// English label names the LMC foreign ministers' meeting.
const MEETING = `
  ?meeting rdf:type/rdfs:subClassOf* kh:Event ; rdfs:label ?ml .
  FILTER(LANG(?ml) = "en" && CONTAINS(LCASE(?ml), "foreign ministers")
         && CONTAINS(?ml, "Lancang-Mekong"))`;

expect('who co-chaired the 9th LMC foreign ministers\' meeting?', `
  SELECT DISTINCT ?answer WHERE { ${MEETING}
    ?person kh:coChaired ?meeting ; rdfs:label ?answer . FILTER(LANG(?answer) = "en") }`,
  ['Wang Yi'], false);

expect('which countries are members of the Lancang-Mekong Cooperation?', `
  SELECT DISTINCT ?answer WHERE {
    ?lmc rdfs:label "Lancang-Mekong Cooperation"@en .
    ?country kh:memberOf ?lmc ; rdf:type/rdfs:subClassOf* kh:Country ; rdfs:label ?answer .
    FILTER(LANG(?answer) = "en") }`,
  ['Cambodia', 'China', 'Laos', 'Myanmar', 'Thailand', 'Vietnam'], true);

expect('where was the meeting held?', `
  SELECT DISTINCT ?answer WHERE { ${MEETING}
    ?meeting kh:hostedIn ?place . ?place rdfs:label ?answer . FILTER(LANG(?answer) = "en") }`,
  ['Chiang Mai'], false);

expect('on what date was the meeting?', `
  SELECT DISTINCT ?answer WHERE { ${MEETING} ?meeting schema:startDate ?answer }`,
  ['2024-08-16'], true);

expect('which article says Wang Yi co-chaired it?', `
  SELECT DISTINCT ?answer WHERE { ${MEETING}
    ?person rdfs:label "Wang Yi"@en .
    ?st rdf:subject ?person ; rdf:predicate kh:coChaired ; rdf:object ?meeting ;
        prov:wasDerivedFrom ?article ; kh:confidence ?c ; kh:evidenceText ?text ; kh:rule ?rule .
    ?article schema:identifier ?id .
    FILTER(?c > 0 && ?c <= 1 && CONTAINS(?text, "وانغ"))
    BIND(?id AS ?answer) }`,
  ['ar-lmc-chiang-mai'], true);

expect('which entity is Wikidata item Q148?', `
  SELECT DISTINCT ?answer WHERE {
    ?x owl:sameAs <http://www.wikidata.org/entity/Q148> ; rdfs:label ?answer .
    FILTER(LANG(?answer) = "en") }`,
  ['China'], true);

if (failed) process.exit(1);
console.log(`ok: Oxigraph answers 6 questions over ${store.size} triples`);
