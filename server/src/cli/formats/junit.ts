// JUnit XML for test dashboards: Jenkins (junit step), Azure Pipelines (PublishTestResults@2), GitLab
// (`artifacts: reports: junit`). Valid against the Jenkins xUnit plugin's junit-10.xsd.
//
// One <testsuite> per linted file: every dashboard groups by file, which is what someone opens to fix, and a clean
// file is a suite with one passing test case, so the dashboard shows it was checked. (A suite per rule could not
// show clean files, and would spread one file's problems over many suites.) The test case's classname is the file
// path too: Jenkins shows test cases under their classname, Azure in the test's full name; each finding is a test
// case named by its rule and position, failed with the message; `type` is the severity.
import { ruleDocUrl } from '../../engine/types';
import { FileResult, resultName } from '../format';
import { escapeXmlAttribute } from './checkstyle';
import type { ReportContext } from './index';

/** The name of the passing test case that stands for a clean file. */
export const CLEAN_TEST = 'no problems';

/**
 * Text content escaped as attribute values are (checkstyle.ts): markup as entities, newlines as references so that
 * no line of the report starts with file content (a `::command` in a CI log), characters XML 1.0 cannot carry as
 * U+FFFD. `]]>` cannot end anything: its `>` is `&gt;`.
 */
const text = escapeXmlAttribute;

function attrs(a: [string, string | number][]): string {
  return a.map(([k, v]) => `${k}="${escapeXmlAttribute(String(v))}"`).join(' ');
}

export function formatJunit(results: FileResult[], ctx: ReportContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  /** A suite of test cases, each one string (of one or more lines). */
  const suite = (name: string, cases: string[], f: number, e: number) => {
    tests += cases.length;
    failures += f;
    errors += e;
    suites.push(`  <testsuite ${attrs([['name', name], ['tests', cases.length], ['failures', f], ['errors', e], ['skipped', 0], ['time', 0]])}>`, ...cases, '  </testsuite>');
  };
  const errorCase = (name: string, classname: string, message: string) =>
    `    <testcase ${attrs([['name', name], ['classname', classname], ['time', 0]])}><error ${attrs([['message', message], ['type', 'error']])}/></testcase>`;
  // Paths on the command line that matched nothing: errors of a suite of their own, like tests that could not run.
  if (ctx.errors.length) suite('slipway', ctx.errors.map((e) => errorCase(e, 'slipway', e)), 0, ctx.errors.length);
  for (const r of results) {
    const file = resultName(r, ctx.cwd);
    const cases: string[] = [];
    if (r.error) cases.push(errorCase('read', file, `cannot read: ${r.error}`));
    for (const f of r.findings) {
      const line = f.range.start.line + 1;
      const col = f.range.start.character + 1;
      cases.push(
        [
          `    <testcase ${attrs([['name', `${f.rule} at ${line}:${col}`], ['classname', file], ['time', 0]])}>`,
          `      <failure ${attrs([['message', f.message], ['type', f.severity]])}>${text(`${file}:${line}:${col}: ${f.severity} ${f.message} [${f.rule}]`)}`,
          `${text(ruleDocUrl(f.rule))}</failure>`,
          '    </testcase>',
        ].join('\n'),
      );
    }
    if (!cases.length) cases.push(`    <testcase ${attrs([['name', CLEAN_TEST], ['classname', file], ['time', 0]])}/>`);
    suite(file, cases, r.findings.length, r.error ? 1 : 0);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs([['name', 'Slipway'], ['tests', tests], ['failures', failures], ['errors', errors], ['time', 0]])}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
