// Copies the Compose specification's JSON schema (compose-spec/compose-spec, Apache-2.0) as vendored by
// dclint (MIT, a pinned devDependency) into server/src/compose/data/, so the esbuild bundles and the tsc test
// build both see it offline. Run after upgrading the package: `node scripts/gen-compose-schema.mjs`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.join(root, 'node_modules/dclint');
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const schema = JSON.parse(fs.readFileSync(path.join(pkgDir, 'schemas/compose.schema.json'), 'utf8'));
const out = {
  source: `Compose specification schema (compose-spec/compose-spec, Apache-2.0), from dclint@${version} schemas/compose.schema.json`,
  ...schema,
};
const outDir = path.join(root, 'server/src/compose/data');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'compose-spec.json'), JSON.stringify(out, null, 1) + '\n');
