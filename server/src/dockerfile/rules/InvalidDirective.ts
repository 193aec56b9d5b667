import type { Fix, Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import { rangeOfLine } from '../../engine/text';
import type { DockerfileModel } from '../model';
import { KNOWN_DIRECTIVES, directivesOf, matchDirective } from '../syntax';

const domainPart = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `${domainPart}(?:\\.${domainPart})*(?::[0-9]+)?`;
const pathPart = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** An image reference as the frontend resolves `# syntax=` (docker/distribution reference grammar). */
const REFERENCE = new RegExp(
  `^(?:${domain}/)?${pathPart}(?:/${pathPart})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

export function isImageReference(s: string): boolean {
  return REFERENCE.test(s);
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidDirective',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'Which of two directives to keep, or which escape character was meant, is a choice.' },
  docs: {
    summary: 'A parser directive (`# syntax=`, `# escape=`, `# check=`) is invalid, repeated, or in a place where it is ignored.',
    why:
      '`# syntax=` and `# escape=` are read only from the very first lines, before any blank line, comment or instruction; ' +
      'later they are plain comments and silently do nothing. `escape` accepts only `\\` or a backtick, each directive may appear once, ' +
      'and `syntax` must be an image reference or the build cannot start.',
    bad: '# escape=^\n# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim\n',
    good: '# syntax=docker/dockerfile:1\n# escape=`\nFROM python:3.12-slim\n',
  },
  check({ model, report }) {
    const block = directivesOf(model);
    const seen = new Set<string>();
    for (const d of block) {
      const valueRange = rangeOfLine(d.line, d.valueStart, d.valueEnd);
      if (seen.has(d.name)) {
        const lineRange = { start: { line: d.line, character: 0 }, end: { line: d.line + 1, character: 0 } };
        report({
          message: `Only one ${d.name} parser directive can be used`,
          range: rangeOfLine(d.line, 0, d.valueEnd),
          fixes: [{ title: `Remove the repeated ${d.name} directive`, edits: [{ range: lineRange, newText: '' }] }],
        });
        continue;
      }
      seen.add(d.name);
      if (d.name === 'escape' && d.value !== '\\' && d.value !== '`') {
        const fixes: Fix[] = [
          { title: 'Use a backtick', preferred: d.value.includes('`'), edits: [{ range: valueRange, newText: '`' }] },
          { title: 'Use a backslash', edits: [{ range: valueRange, newText: '\\' }] },
        ];
        if (!d.value.includes('`')) fixes.reverse();
        report({ message: `Invalid escape token \`${d.value}\`: the escape character must be \\ or \``, range: valueRange, fixes });
      } else if (d.name === 'syntax' && !isImageReference(d.value)) {
        const lower = d.value.trim().toLowerCase();
        const fixes: Fix[] | undefined = isImageReference(lower)
          ? [replaceFix(valueRange, lower)]
          : undefined;
        report({ message: `# syntax= must name a frontend image such as docker/dockerfile:1, not \`${d.value}\``, range: valueRange, fixes });
      }
    }
    // Known directives after the block are ordinary comments: the builder ignores them.
    const blockEnd = block.length ? block[block.length - 1].line : -1;
    // dockerfile-ast may itself read a late line as a directive, so look at its directives as well as comments.
    const lines = new Set<number>();
    for (const c of model.comments) lines.add(c.getRange().start.line);
    for (const d of model.directives) lines.add(d.getRange().start.line);
    for (const line of [...lines].sort((a, b) => a - b)) {
      if (line <= blockEnd) continue;
      const text = model.lines.lineText(line);
      const m = matchDirective(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      // `# check=` before an instruction is honoured anywhere (it scopes to that instruction); the others are not.
      if (!m || !KNOWN_DIRECTIVES.has(m.name) || m.name === 'check') continue;
      report({
        message:
          `This \`# ${m.name}=\` is an ordinary comment and is ignored: parser directives must come first in the file, ` +
          'before any blank line, other comment or instruction',
        range: rangeOfLine(line, 0, text.length),
        severity: 'warning',
      });
    }
  },
  tests: [
    {
      name: 'invalid escape',
      input: '# escape=^\nFROM alpine\n',
      expect: [{ line: 1, col: 10, message: 'Invalid escape token `^`: the escape character must be \\ or `' }],
      fixed: '# escape=\\\nFROM alpine\n',
    },
    {
      name: 'duplicate directive',
      input: '# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM alpine\n',
      expect: [{ line: 2, col: 1, message: 'Only one syntax parser directive can be used' }],
      fixed: '# syntax=docker/dockerfile:1\nFROM alpine\n',
    },
    {
      name: 'duplicate in other case',
      input: '# escape=`\n# ESCAPE=`\nFROM alpine\n',
      expect: [{ line: 2, col: 1, message: 'Only one escape parser directive can be used' }],
    },
    {
      name: 'syntax not a reference',
      input: '# syntax=Docker/Dockerfile:1\nFROM alpine\n',
      expect: [{ line: 1, col: 10, message: '# syntax= must name a frontend image such as docker/dockerfile:1, not `Docker/Dockerfile:1`' }],
      fixed: '# syntax=docker/dockerfile:1\nFROM alpine\n',
    },
    { name: 'syntax with spaces', input: '# syntax=docker dockerfile\nFROM alpine\n', expect: [{ line: 1, col: 10, message: '# syntax= must name a frontend image such as docker/dockerfile:1, not `docker dockerfile`' }] },
    {
      name: 'misplaced after a comment',
      input: '# My image\n# syntax=docker/dockerfile:1\nFROM alpine\n',
      expect: [{ line: 2, col: 1, message: 'This `# syntax=` is an ordinary comment and is ignored: parser directives must come first in the file, before any blank line, other comment or instruction', severity: 'warning' }],
    },
    { name: 'misplaced after a blank line', input: '\n# escape=`\nFROM alpine\n', expect: [{ line: 2, col: 1, message: 'This `# escape=` is an ordinary comment and is ignored: parser directives must come first in the file, before any blank line, other comment or instruction', severity: 'warning' }] },
    { name: 'misplaced after FROM', input: 'FROM alpine\n# syntax=docker/dockerfile:1\n', expect: [{ line: 2, col: 1, message: 'This `# syntax=` is an ordinary comment and is ignored: parser directives must come first in the file, before any blank line, other comment or instruction', severity: 'warning' }] },
    { name: 'check before an instruction is honoured', input: '\nFROM alpine\n# check=skip=JSONArgsRecommended\nCMD echo\n', expect: [] },
    {
      name: 'valid directives',
      input:
        '# syntax=docker.io/docker/dockerfile:1.7-labs@sha256:38387523653efa0039f8e1c89bb74a30504e76ee9f565e25c9a09841f9427b05\n' +
        '#escape=\\\n#  check = skip=JSONArgsRecommended;error=true\nFROM alpine\n',
      expect: [],
    },
    { name: 'registry with port', input: '# syntax=localhost:5000/my/frontend:latest\nFROM alpine\n', expect: [] },
    { name: 'plain key=value comments are comments', input: '# foo=bar\n# escape=`\nFROM alpine\n# version=1.2\n', expect: [{ line: 2, col: 1, message: 'This `# escape=` is an ordinary comment and is ignored: parser directives must come first in the file, before any blank line, other comment or instruction', severity: 'warning' }] },
    { name: 'ordinary comments', input: '# Build with: docker build -t x .\nFROM alpine\n# key=value in a comment\nRUN echo\n', expect: [] },
    { name: 'BOM', input: '\ufeff# syntax=docker/dockerfile:1\nFROM alpine\n', expect: [] },
    { name: 'CRLF', input: '# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM alpine\r\n', expect: [] },
    { name: 'empty file', input: '', expect: [] },
    { name: 'only comments', input: '# syntax=docker/dockerfile:1\n', expect: [] },
  ],
};

export default rule;
