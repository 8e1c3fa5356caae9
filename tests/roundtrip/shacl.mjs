// node shacl.mjs SHAPES.ttl DATA [MORE_DATA...]
// Validates the union of the DATA files (an export plus ontology/khabar.ttl)
// against SHACL shapes with rdf-validate-shacl. Exit 0 conforms, 1 not
// (the first violations are printed), 77 a package is missing.
import { load, parse_files } from './node_tools.mjs';

const [shapes_file, ...data_files] = process.argv.slice(2);
if (!shapes_file || data_files.length === 0) {
  console.error('usage: node shacl.mjs SHAPES DATA...');
  process.exit(2);
}
const { default: SHACLValidator } = await load('rdf-validate-shacl');
const { default: factory } = await load('rdf-validate-shacl/src/defaultEnv.js');

const shapes = factory.dataset(await parse_files([shapes_file]));
const data = factory.dataset(await parse_files(data_files));
const validator = new SHACLValidator(shapes, { factory });
const report = await validator.validate(data);
if (report.conforms) {
  console.log(`ok: ${data_files.join(' + ')} (${data.size} triples) conforms to ${shapes_file}`);
  process.exit(0);
}
console.log(`FAIL: ${report.results.length} SHACL violations`);
for (const r of report.results.slice(0, 20)) {
  const message = r.message.map((m) => m.value).join('; ');
  console.log(`  ${r.focusNode?.value} ${r.path?.value ?? ''}: ${message || r.sourceConstraintComponent?.value}`);
}
process.exit(1);
