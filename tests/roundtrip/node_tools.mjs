// Loads the npm packages of tests/roundtrip/package.json for the round-trip
// checks. They are found in $KHABAR_NODE_MODULES, else in node_modules/
// beside this file (npm ci --prefix tests/roundtrip). When one is missing,
// the caller says so and exits 77 (ctest: skipped).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.KHABAR_NODE_MODULES || join(here, 'node_modules');
const require = createRequire(join(base, 'noop.js'));

export const SKIP = 77;

/// The module `name`, or exits 77 with the reason.
export async function load(name) {
  let path;
  try {
    path = require.resolve(name);
  } catch {
    console.log(`SKIP: npm package ${name} not installed in ${base} ` +
                `(npm ci --prefix tests/roundtrip)`);
    process.exit(SKIP);
  }
  return import(pathToFileURL(path).href);
}

/// Parses RDF files (Turtle, TriG, N-Triples, N-Quads by extension) with n3
/// into one array of quads.
export async function parse_files(files) {
  const n3 = await load('n3');
  const quads = [];
  for (const file of files) {
    const format = file.endsWith('.nq') ? 'N-Quads' : file.endsWith('.nt') ? 'N-Triples'
                 : file.endsWith('.trig') ? 'TriG' : 'Turtle';
    const parser = new n3.Parser({ format, baseIRI: pathToFileURL(file).href });
    quads.push(...parser.parse(readFileSync(file, 'utf8')));
  }
  return quads;
}
