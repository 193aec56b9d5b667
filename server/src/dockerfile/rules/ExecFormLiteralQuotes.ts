import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { execFormOf, logicalRange, parseInstruction } from '../syntax';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'fish', 'busybox', 'powershell', 'pwsh', 'cmd']);
const SCRIPT_FLAGS = new Set(['-c', '/c', '/s', '-command', '-encodedcommand', '-e', '--eval', '-x']);

/** The value with its literal quotes removed, when it is quoted as a whole or as `--opt='value'`. */
export function unquoted(v: string): string | undefined {
  if (v.length >= 2 && (v[0] === "'" || v[0] === '"') && v[v.length - 1] === v[0] && !v.slice(1, -1).includes(v[0])) return v.slice(1, -1);
  const m = /^(-{1,2}[A-Za-z0-9][\w.-]*=)(['"])([^'"]*)\2$/.exec(v);
  return m ? m[1] + m[3] : undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'ExecFormLiteralQuotes',
  language: 'dockerfile',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'It changes the arguments the program receives (that is its point): only you know the quotes are not wanted.' },
  docs: {
    summary: 'An exec-form argument contains quotes that are passed to the program literally.',
    why:
      'In the JSON form no shell removes quotes: `["gunicorn", "--bind=\'0.0.0.0:8000\'"]` hands gunicorn the address ' +
      "`'0.0.0.0:8000'` with the quote characters, which it cannot parse. Each array element is already one argument.",
    bad: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind=\'0.0.0.0:8000\'", "app:app"]\n',
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const kw = ins.keyword;
      if (kw !== 'CMD' && kw !== 'ENTRYPOINT' && kw !== 'RUN' && kw !== 'HEALTHCHECK') continue;
      const exec = execFormOf(model, ins);
      if (exec.kind !== 'json' || !exec.elements.length) continue;
      const program = exec.elements[0].value.replace(/^.*[\\/]/, '').toLowerCase().replace(/\.exe$/, '');
      if (SHELLS.has(program)) continue; // quotes inside a script argument belong to the shell
      const p = parseInstruction(model, ins);
      for (const el of exec.elements) {
        if (SCRIPT_FLAGS.has(el.value.toLowerCase())) break;
        const fixedValue = unquoted(el.value);
        if (fixedValue === undefined) continue;
        const range = logicalRange(model, p.line, el.start, el.end);
        report({
          message: `The quotes in ${JSON.stringify(el.value)} are passed literally: exec form does not remove quotes`,
          range,
          fixes: [{ title: 'Remove the inner quotes', preferred: true, edits: [{ range, newText: JSON.stringify(fixedValue) }] }],
        });
      }
    }
  },
  tests: [
    {
      name: 'quoted option value',
      input: 'FROM python:3.12\nCMD ["gunicorn", "--bind=\'0.0.0.0:8000\'", "app:app"]\n',
      expect: [{ line: 2, col: 18, message: 'The quotes in "--bind=\'0.0.0.0:8000\'" are passed literally: exec form does not remove quotes' }],
      fixed: 'FROM python:3.12\nCMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: 'escaped double quotes',
      input: 'FROM alpine\nENTRYPOINT ["jq", "\\".name\\""]\n',
      expect: [{ line: 2, col: 19, message: 'The quotes in "\\".name\\"" are passed literally: exec form does not remove quotes' }],
      fixed: 'FROM alpine\nENTRYPOINT ["jq", ".name"]\n',
    },
    { name: 'single-quoted word', input: "FROM alpine\nRUN [\"echo\", \"'hello'\"]\n", expect: [{ line: 2, col: 14, message: 'The quotes in "\'hello\'" are passed literally: exec form does not remove quotes' }] },
    { name: 'HEALTHCHECK', input: "FROM alpine\nHEALTHCHECK CMD [\"curl\", \"-f\", \"'http://localhost/'\"]\n", expect: [{ line: 2, col: 32, message: 'The quotes in "\'http://localhost/\'" are passed literally: exec form does not remove quotes' }] },
    {
      name: 'shell scripts keep their quotes',
      input:
        'FROM alpine\nCMD ["sh", "-c", "\'echo\' hi"]\nRUN ["/bin/bash", "-c", "echo \'x\'"]\n' +
        'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nCMD ["python", "-c", "\'x\'"]\n',
      expect: [],
    },
    { name: 'inner quotes not around the whole value', input: 'FROM alpine\nCMD ["python", "-m", "x", "--name=it\'s"]\nCMD ["echo", "a \'b\' c"]\n', expect: [] },
    { name: 'shell form untouched', input: "FROM alpine\nCMD gunicorn --bind='0.0.0.0:8000' app:app\n", expect: [] },
  ],
};

export default rule;
