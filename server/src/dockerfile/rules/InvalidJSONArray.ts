import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { execFormOf, logicalRange, parseInstruction } from '../syntax';

const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);
const TO_LIST = new Set(['COPY', 'ADD', 'VOLUME']);

function isStringArray(s: string): boolean {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}

/**
 * Whether text starting with `[` was meant as a JSON array rather than a shell command such as `[ -f x ] && …`:
 * its first element is quoted and followed by a comma, the closing bracket, or another quoted element.
 */
function meantAsJson(s: string): boolean {
  return /^\[\s*(?:"(?:\\.|[^"\\])*"|'[^']*'|"[^"]*$)\s*(?:[,\]"']|$)/.test(s);
}

/** Repairs common mistakes: single quotes, lone backslashes (Windows paths), a missing `]`, a trailing comma. */
export function repairJsonArray(s: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return undefined;
      const body = s.slice(i + 1, j);
      // One escape JSON does not know (`C:\app`) means the backslashes were meant literally: double all of them
      // except those escaping a quote or a backslash.
      const invalid = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(body.replace(/\\\\/g, ''));
      out += '"' + (invalid ? body.replace(/\\(["\\])|\\/g, (m, q) => (q ? m : '\\\\')) : body) + '"';
      i = j + 1;
      continue;
    }
    if (c === "'") {
      const j = s.indexOf("'", i + 1);
      if (j < 0) return undefined;
      out += JSON.stringify(s.slice(i + 1, j));
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  const trimmed = out.trimEnd();
  for (const cand of [out, trimmed + ']', trimmed.replace(/,\s*\]$/, ']'), trimmed.replace(/,\s*$/, '') + ']']) {
    if (isStringArray(cand)) return cand;
  }
  return undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidJSONArray',
  language: 'dockerfile',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'The builder runs the malformed array as a shell command today; the repair makes it exec form, which runs differently.' },
  docs: {
    summary: 'An exec-form (JSON array) argument is not valid JSON, so the builder silently treats it as shell form.',
    why:
      'Only a valid JSON array of double-quoted strings is the exec form. `CMD [\'gunicorn\', \'app:app\']`, a missing `]` or ' +
      'an unescaped Windows path (`"C:\\app"`) make the builder run `/bin/sh -c "[\'gunicorn\', …"` instead, which fails ' +
      'when the container starts. SHELL has no fallback and the build fails; an array of non-strings is always rejected.',
    bad: "FROM python:3.12-slim\nCMD ['gunicorn', '--bind', '0.0.0.0:8000', 'app:app']\n",
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (!JSON_CAPABLE.has(ins.keyword)) continue;
      const exec = execFormOf(model, ins);
      if (exec.kind === 'shell' || exec.kind === 'json') continue;
      const p = parseInstruction(model, ins);
      const range = logicalRange(model, p.line, exec.start, exec.end);
      if (exec.kind === 'notStrings') {
        report({ message: 'When using JSON array syntax, arrays must be comprised of strings only', range, severity: 'error' });
        continue;
      }
      const src = p.line.text.slice(exec.start, exec.end);
      if (!meantAsJson(src)) continue; // e.g. `RUN [ -f /etc/os-release ] && …` is a shell test
      const repaired = repairJsonArray(src);
      const fixes: Fix[] | undefined =
        repaired && p.contiguous ? [{ title: 'Make it a valid JSON array', preferred: true, edits: [{ range, newText: repaired }] }] : undefined;
      const reason = src.includes("'") ? 'JSON strings need double quotes' : exec.error.replace(/ in JSON at position \d+.*$/, '');
      let message: string;
      if (ins.keyword === 'SHELL') message = `SHELL requires a valid JSON array (${reason})`;
      else if (TO_LIST.has(ins.keyword)) message = `Not a valid JSON array (${reason}): ${ins.keyword} splits it on whitespace instead`;
      else message = `Not a valid JSON array (${reason}): ${ins.keyword} runs it as a shell command instead`;
      report({ message, range, fixes, severity: ins.keyword === 'SHELL' ? 'error' : undefined });
    }
  },
  // The reason in parentheses is V8's JSON.parse message when the rule has none of its own; it changes between Node
  // versions, so those cases match it with a pattern.
  tests: [
    {
      name: 'single quotes',
      input: "FROM python:3.12\nCMD ['python', 'app.py']\n",
      expect: [{ line: 2, col: 5, message: 'Not a valid JSON array (JSON strings need double quotes): CMD runs it as a shell command instead' }],
      fixed: 'FROM python:3.12\nCMD ["python", "app.py"]\n',
    },
    {
      name: 'unterminated',
      input: 'FROM alpine\nENTRYPOINT ["sh", "-c"\n',
      expect: [{ line: 2, col: 12, message: /^Not a valid JSON array \(.+\): ENTRYPOINT runs it as a shell command instead$/ }],
      fixed: 'FROM alpine\nENTRYPOINT ["sh", "-c"]\n',
    },
    {
      name: 'trailing comma',
      input: 'FROM alpine\nRUN ["echo", "hi",]\n',
      expect: [{ line: 2, col: 5, message: /^Not a valid JSON array \(.+\): RUN runs it as a shell command instead$/ }],
      fixed: 'FROM alpine\nRUN ["echo", "hi"]\n',
    },
    {
      name: 'Windows path',
      input: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["C:\\app\\run.exe"]\n',
      expect: [{ line: 3, col: 5, message: /^Not a valid JSON array \(.+\): CMD runs it as a shell command instead$/ }],
      fixed: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["C:\\\\app\\\\run.exe"]\n',
    },
    {
      name: 'SHELL single quotes is an error',
      input: "FROM alpine\nSHELL ['/bin/bash', '-c']\n",
      expect: [{ line: 2, col: 7, message: 'SHELL requires a valid JSON array (JSON strings need double quotes)', severity: 'error' }],
      fixed: 'FROM alpine\nSHELL ["/bin/bash", "-c"]\n',
    },
    { name: 'COPY split', input: "FROM alpine\nCOPY ['a b', '/c/']\n", expect: [{ line: 2, col: 6, message: 'Not a valid JSON array (JSON strings need double quotes): COPY splits it on whitespace instead' }] },
    { name: 'HEALTHCHECK CMD', input: "FROM alpine\nHEALTHCHECK CMD ['curl', '-f', 'x']\n", expect: [{ line: 2, col: 17, message: 'Not a valid JSON array (JSON strings need double quotes): HEALTHCHECK runs it as a shell command instead' }] },
    { name: 'non-strings', input: 'FROM alpine\nCMD ["sleep", 10]\n', expect: [{ line: 2, col: 5, message: 'When using JSON array syntax, arrays must be comprised of strings only', severity: 'error' }] },
    { name: 'missing comma', input: 'FROM alpine\nCMD ["a" "b"]\n', expect: [{ line: 2, col: 5, message: /^Not a valid JSON array \(.+\): CMD runs it as a shell command instead$/ }] },
    { name: 'shell test bracket', input: 'FROM alpine\nRUN [ -f /etc/os-release ] && cat /etc/os-release\nRUN [ "$A" = "b" ] || exit 1\n', expect: [] },
    { name: 'valid forms', input: 'FROM alpine\nCMD ["a", "b"]\nENTRYPOINT []\nRUN [ "echo" , "x" ]\nVOLUME ["/data"]\nSHELL ["sh", "-c"]\n', expect: [] },
    { name: 'JSON over continuation', input: 'FROM alpine\nCMD ["a", \\\n     "b"]\n', expect: [] },
    { name: 'unterminated over continuation has no fix', input: "FROM alpine\nCMD ['a', \\\n     'b']\n", expect: [{ line: 2, col: 5, message: 'Not a valid JSON array (JSON strings need double quotes): CMD runs it as a shell command instead' }], fixed: "FROM alpine\nCMD ['a', \\\n     'b']\n" },
    { name: 'shell form', input: 'FROM alpine\nCMD echo [x]\n', expect: [] },
    { name: 'heredoc', input: 'FROM alpine\nRUN <<EOF\n["not", json\nEOF\n', expect: [] },
  ],
};

export default rule;
