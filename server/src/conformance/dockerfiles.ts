import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskFiles, lint } from '../engine/lint';
import { corpusDir, Section, walk } from './corpus';

/** The official-image Dockerfiles build in real life: any error-severity finding on them is a false positive. */
export function runOfficialDockerfiles(): Section {
  const root = path.join(corpusDir(), 'dockerfiles');
  const files = walk(root, (p) => /Dockerfile/.test(path.basename(p)));
  const notes: string[] = [];
  const bySeverity = { error: 0, warning: 0, info: 0, hint: 0 };
  let filesWithErrors = 0;
  for (const file of files) {
    const res = lint({ text: fs.readFileSync(file, 'utf8'), language: 'dockerfile', path: file, files: diskFiles });
    for (const c of res.crashes) notes.push(`CRASH ${path.relative(root, file)}: ${c.rule}: ${c.error.split('\n')[0]}`);
    let errors = 0;
    for (const f of res.findings) {
      bySeverity[f.severity]++;
      if (f.severity === 'error') {
        errors++;
        notes.push(`error ${path.relative(root, file)}:${f.range.start.line + 1}: ${f.message} [${f.rule}]`);
      }
    }
    if (errors) filesWithErrors++;
  }
  return {
    title: `Official-image Dockerfiles (${files.length} files)`,
    rows: [
      ['files', 'with errors', 'errors', 'warnings', 'info', 'hints'],
      [String(files.length), String(filesWithErrors), String(bySeverity.error), String(bySeverity.warning), String(bySeverity.info), String(bySeverity.hint)],
    ],
    notes,
    scores: { dockerfileErrors: bySeverity.error },
  };
}
