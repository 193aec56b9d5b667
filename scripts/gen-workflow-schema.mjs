// Copies GitHub's workflow and action metadata schemas from @actions/workflow-parser (MIT, a pinned
// devDependency) into server/src/workflow/data/, so both the esbuild bundles and the tsc test build see them.
// Run after upgrading the package: `node scripts/gen-workflow-schema.mjs`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.join(root, 'node_modules/@actions/workflow-parser');
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const outDir = path.join(root, 'server/src/workflow/data');
fs.mkdirSync(outDir, { recursive: true });
for (const name of ['workflow-v1.0', 'action-v1.0']) {
  const schema = JSON.parse(fs.readFileSync(path.join(pkgDir, `dist/${name}.min.json`), 'utf8'));
  const out = { source: `@actions/workflow-parser@${version} dist/${name}.min.json (MIT)`, ...schema };
  fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(out) + '\n');
}
