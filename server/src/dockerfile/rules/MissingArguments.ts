import type { Fix, Range, Report, Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { execFormOf, hasWord, jsonArray, logicalRange, parseInstruction, simpleShellWords } from '../syntax';

const JSON_LIST = new Set(['COPY', 'ADD', 'VOLUME']);

function check(model: DockerfileModel, ins: DfInstruction, report: (r: Report) => void): void {
  const p = parseInstruction(model, ins);
  // A RUN's words (its whole script) are not split: whether it has one is all that is asked.
  const line = p.line;
  const wordRange = (i: number, j = i): Range => logicalRange(model, line, p.words[i].start, p.words[j].end);
  const at = ins.keywordRange;
  const kw = ins.keyword;
  const need = (what: string) => report({ message: `${kw} requires ${what}`, range: at });
  switch (kw) {
    case 'FROM': {
      const n = p.words.length;
      if (n === 0) return need('a base image: `FROM image [AS name]`');
      if (n === 1) return;
      const isAs = p.words[1].raw.toLowerCase() === 'as';
      if (n === 2 && isAs) {
        report({ message: 'FROM … AS requires a stage name', range: wordRange(1) });
      } else if (n === 3 && !isAs) {
        report({ message: `FROM: the second argument must be AS, not \`${p.words[1].raw}\``, range: wordRange(1) });
      } else if (n !== 3) {
        report({
          message: 'FROM requires either one or three arguments: `FROM image [AS name]`',
          range: wordRange(isAs ? 3 : 1, n - 1),
        });
      }
      return;
    }
    case 'COPY':
    case 'ADD': {
      const exec = execFormOf(model, ins);
      if (exec.kind === 'notStrings') return;
      const n = exec.kind === 'json' ? exec.elements.length : p.words.length;
      if (n < 2) {
        report({
          message: `${kw} requires at least two arguments: one or more sources and a destination`,
          range: n === 1 && exec.kind !== 'json' ? wordRange(0) : at,
        });
      }
      return;
    }
    case 'VOLUME': {
      const exec = execFormOf(model, ins);
      if (exec.kind === 'notStrings') return;
      if (exec.kind === 'json') {
        if (exec.elements.length === 0) need('at least one argument');
        for (const el of exec.elements) {
          if (!el.value.trim()) report({ message: 'VOLUME path can not be an empty string', range: logicalRange(model, line, el.start, el.end) });
        }
      } else if (p.words.length === 0) need('at least one argument');
      return;
    }
    case 'ARG':
      if (p.words.length === 0) return need('at least one argument: `ARG NAME[=default]`');
      for (let i = 0; i < p.words.length; i++) {
        if (p.words[i].raw.startsWith('=')) report({ message: 'ARG names can not be blank', range: wordRange(i) });
      }
      return;
    case 'ENV':
    case 'LABEL': {
      if (p.words.length === 0) return need('at least one argument: `' + kw + ' key=value`');
      if (!p.words[0].raw.includes('=')) {
        if (p.words.length < 2) {
          const fixes: Fix[] = [
            { title: `Give ${p.words[0].raw} an empty value`, edits: [{ range: wordRange(0), newText: `${p.words[0].raw}=""` }] },
          ];
          report({ message: `${kw} ${p.words[0].raw} has no value: use \`${kw} ${p.words[0].raw}=value\``, range: wordRange(0), fixes });
        }
        return;
      }
      for (let i = 0; i < p.words.length; i++) {
        const w = p.words[i].raw;
        if (!w.includes('=')) {
          report({ message: `${kw}: can't find = in \`${w}\`; every word must be name=value`, range: wordRange(i) });
        } else if (w.startsWith('=')) {
          report({ message: `${kw} names can not be blank`, range: wordRange(i) });
        }
      }
      return;
    }
    case 'MAINTAINER':
    case 'EXPOSE':
    case 'ONBUILD':
      if (p.words.length === 0) need('at least one argument');
      return;
    case 'STOPSIGNAL':
      if (p.words.length === 0) return need('exactly one argument: a signal such as SIGTERM');
      if (p.words.length > 1) report({ message: 'STOPSIGNAL requires exactly one argument', range: wordRange(1, p.words.length - 1) });
      return;
    case 'USER':
    case 'WORKDIR':
      if (p.words.length === 0) return need(kw === 'USER' ? 'a user name or UID' : 'a path');
      if (p.words.length > 1) {
        report({
          message:
            kw === 'USER'
              ? `USER takes one argument (user[:group]); the whole \`${p.rest}\` is used as the user name`
              : `WORKDIR takes one path; the whole \`${p.rest}\` (with spaces) is used as the directory`,
          range: wordRange(1, p.words.length - 1),
          severity: 'warning',
        });
      }
      return;
    case 'SHELL': {
      const exec = execFormOf(model, ins);
      if (exec.kind === 'json') {
        if (exec.elements.length === 0) need('at least one argument');
      } else if (exec.kind === 'shell') {
        if (!p.rest) return need('a JSON array: `SHELL ["executable", "parameters"]`');
        const simple = simpleShellWords(p.rest);
        const argRange = logicalRange(model, line, p.words[0].start, p.words[p.words.length - 1].end);
        report({
          message: 'SHELL requires the arguments to be in JSON form: `SHELL ["executable", "parameters"]`',
          range: argRange,
          fixes: simple && p.contiguous ? [{ title: 'Write SHELL as a JSON array', preferred: true, safety: 'safe', edits: [{ range: argRange, newText: jsonArray(simple) }] }] : undefined,
        });
      }
      return;
    }
    case 'HEALTHCHECK': {
      if (p.words.length === 0) return need('an argument: `HEALTHCHECK [options] CMD command` or `HEALTHCHECK NONE`');
      const type = p.words[0].raw.toUpperCase();
      if (type === 'NONE') {
        if (p.words.length > 1) report({ message: 'HEALTHCHECK NONE takes no arguments', range: wordRange(1, p.words.length - 1) });
      } else if (type === 'CMD') {
        const exec = execFormOf(model, ins);
        if ((exec.kind === 'json' && exec.elements.length === 0) || p.words.length === 1) {
          report({ message: 'Missing command after HEALTHCHECK CMD', range: wordRange(0) });
        }
      } else {
        const start = wordRange(0).start;
        report({
          message: `Unknown type \`${p.words[0].raw}\` in HEALTHCHECK (try CMD)`,
          range: wordRange(0),
          fixes: [{ title: 'Insert CMD', preferred: true, edits: [{ range: { start, end: start }, newText: 'CMD ' }] }],
        });
      }
      return;
    }
    case 'RUN': {
      const exec = execFormOf(model, ins);
      if (!hasWord(p.line.text, p.restStart) || (exec.kind === 'json' && exec.elements.length === 0)) {
        report({ message: 'RUN has no command', range: at, severity: 'warning' });
      }
      return;
    }
  }
}

const rule: Rule<DockerfileModel> = {
  id: 'MissingArguments',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'Most repairs supply something missing (a value, a CMD), which is a guess; writing a non-JSON SHELL as the JSON array of its words is applied by `--fix` (safe).' },
  docs: {
    summary: 'An instruction has missing, extra or malformed arguments that `docker build` rejects.',
    why:
      'The builder checks argument counts before running anything: `COPY app.py` has no destination, ' +
      '`FROM python AS` no stage name, `ENV DEBUG` no value and `SHELL pwsh` is not JSON. The build stops at that line.',
    bad: 'FROM python:3.12-slim AS\nCOPY app.py\nENV DEBUG\n',
    good: 'FROM python:3.12-slim AS app\nCOPY app.py /app/\nENV DEBUG=1\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) check(model, ins, report);
  },
  tests: [
    { name: 'FROM without image', input: 'FROM\n', expect: [{ line: 1, col: 1, message: 'FROM requires a base image: `FROM image [AS name]`' }] },
    { name: 'FROM AS without name', input: 'FROM alpine AS\n', expect: [{ line: 1, col: 13, message: 'FROM … AS requires a stage name' }] },
    { name: 'FROM two words', input: 'FROM alpine latest\n', expect: [{ line: 1, col: 13, message: 'FROM requires either one or three arguments: `FROM image [AS name]`' }] },
    { name: 'FROM second word not AS', input: 'FROM alpine IS base\n', expect: [{ line: 1, col: 13, message: 'FROM: the second argument must be AS, not `IS`' }] },
    { name: 'FROM too many words', input: 'FROM alpine AS my stage\n', expect: [{ line: 1, col: 19, message: 'FROM requires either one or three arguments: `FROM image [AS name]`' }] },
    { name: 'FROM with platform and stage', input: 'FROM --platform=$BUILDPLATFORM golang:1.22 as build\n', expect: [] },
    { name: 'COPY without destination', input: 'FROM alpine\nCOPY app.py\n', expect: [{ line: 2, col: 6, message: 'COPY requires at least two arguments: one or more sources and a destination' }] },
    { name: 'COPY with only flags', input: 'FROM alpine\nCOPY --chown=1:1\n', expect: [{ line: 2, col: 1, message: 'COPY requires at least two arguments: one or more sources and a destination' }] },
    { name: 'ADD JSON with one element', input: 'FROM alpine\nADD ["a.tar"]\n', expect: [{ line: 2, col: 1, message: 'ADD requires at least two arguments: one or more sources and a destination' }] },
    { name: 'COPY JSON form', input: 'FROM alpine\nCOPY ["a b.txt", "/dst/"]\n', expect: [] },
    { name: 'COPY heredoc with destination', input: 'FROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF\n', expect: [] },
    { name: 'COPY two heredocs', input: 'FROM alpine\nCOPY <<A <<B /dst/\na\nA\nb\nB\n', expect: [] },
    { name: 'COPY heredoc without destination', input: 'FROM alpine\nCOPY <<EOF\nhello\nEOF\n', expect: [{ line: 2, col: 6, message: 'COPY requires at least two arguments: one or more sources and a destination' }] },
    { name: 'COPY continued', input: 'FROM alpine\nCOPY a \\\n  b \\\n  /dst/\n', expect: [] },
    { name: 'ARG without name', input: 'ARG\nFROM alpine\n', expect: [{ line: 1, col: 1, message: 'ARG requires at least one argument: `ARG NAME[=default]`' }] },
    { name: 'ARG blank name', input: 'FROM alpine\nARG =1\n', expect: [{ line: 2, col: 5, message: 'ARG names can not be blank' }] },
    { name: 'ARG several', input: 'ARG A B=2 C=\nFROM alpine\n', expect: [] },
    {
      name: 'ENV without value',
      input: 'FROM alpine\nENV DEBUG\n',
      expect: [{ line: 2, col: 5, message: 'ENV DEBUG has no value: use `ENV DEBUG=value`' }],
      fixed: 'FROM alpine\nENV DEBUG=""\n',
    },
    { name: 'ENV mixed forms', input: 'FROM alpine\nENV A=1 B\n', expect: [{ line: 2, col: 9, message: "ENV: can't find = in `B`; every word must be name=value" }] },
    { name: 'ENV legacy form with spaces', input: 'FROM alpine\nENV GREETING hello world\n', expect: [] },
    { name: 'ENV quoted values', input: 'FROM alpine\nENV A="x y" B=\'z w\' C=a\\ b\n', expect: [] },
    { name: 'ENV continued', input: 'FROM alpine\nENV A=1 \\\n    B=2\n', expect: [] },
    { name: 'LABEL blank key', input: 'FROM alpine\nLABEL =x\n', expect: [{ line: 2, col: 7, message: 'LABEL names can not be blank' }] },
    { name: 'LABEL empty', input: 'FROM alpine\nLABEL\n', expect: [{ line: 2, col: 1, message: 'LABEL requires at least one argument: `LABEL key=value`' }] },
    { name: 'EXPOSE empty', input: 'FROM alpine\nEXPOSE\n', expect: [{ line: 2, col: 1, message: 'EXPOSE requires at least one argument' }] },
    { name: 'VOLUME empty JSON', input: 'FROM alpine\nVOLUME []\n', expect: [{ line: 2, col: 1, message: 'VOLUME requires at least one argument' }] },
    { name: 'VOLUME empty string', input: 'FROM alpine\nVOLUME ["/data", ""]\n', expect: [{ line: 2, col: 18, message: 'VOLUME path can not be an empty string' }] },
    { name: 'STOPSIGNAL extra', input: 'FROM alpine\nSTOPSIGNAL SIGTERM SIGKILL\n', expect: [{ line: 2, col: 20, message: 'STOPSIGNAL requires exactly one argument' }] },
    { name: 'USER with two words', input: 'FROM alpine\nUSER app staff\n', expect: [{ line: 2, col: 10, message: 'USER takes one argument (user[:group]); the whole `app staff` is used as the user name', severity: 'warning' }] },
    { name: 'USER user:group', input: 'FROM alpine\nUSER app:staff\nWORKDIR /srv/app\n', expect: [] },
    { name: 'WORKDIR with space', input: 'FROM alpine\nWORKDIR /my app\n', expect: [{ line: 2, col: 13, message: 'WORKDIR takes one path; the whole `/my app` (with spaces) is used as the directory', severity: 'warning' }] },
    { name: 'WORKDIR quoted space', input: 'FROM alpine\nWORKDIR "/my app"\n', expect: [] },
    {
      name: 'SHELL not JSON',
      input: 'FROM alpine\nSHELL /bin/bash -c\n',
      expect: [{ line: 2, col: 7, message: 'SHELL requires the arguments to be in JSON form: `SHELL ["executable", "parameters"]`' }],
      fixed: 'FROM alpine\nSHELL ["/bin/bash", "-c"]\n',
    },
    { name: 'SHELL empty array', input: 'FROM alpine\nSHELL []\n', expect: [{ line: 2, col: 1, message: 'SHELL requires at least one argument' }] },
    {
      name: 'SHELL PowerShell JSON',
      input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n',
      expect: [],
    },
    { name: 'HEALTHCHECK empty', input: 'FROM alpine\nHEALTHCHECK\n', expect: [{ line: 2, col: 1, message: 'HEALTHCHECK requires an argument: `HEALTHCHECK [options] CMD command` or `HEALTHCHECK NONE`' }] },
    { name: 'HEALTHCHECK NONE with args', input: 'FROM alpine\nHEALTHCHECK NONE curl x\n', expect: [{ line: 2, col: 18, message: 'HEALTHCHECK NONE takes no arguments' }] },
    {
      name: 'HEALTHCHECK without CMD',
      input: 'FROM alpine\nHEALTHCHECK --interval=30s curl -f http://localhost/\n',
      expect: [{ line: 2, col: 28, message: 'Unknown type `curl` in HEALTHCHECK (try CMD)' }],
      fixed: 'FROM alpine\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/\n',
    },
    { name: 'HEALTHCHECK CMD without command', input: 'FROM alpine\nHEALTHCHECK CMD\n', expect: [{ line: 2, col: 13, message: 'Missing command after HEALTHCHECK CMD' }] },
    { name: 'HEALTHCHECK forms', input: 'FROM alpine\nHEALTHCHECK --retries=3 CMD ["curl", "-f", "x"]\nHEALTHCHECK none\nHEALTHCHECK cmd wget -q x\n', expect: [] },
    { name: 'RUN heredoc only', input: 'FROM alpine\nRUN <<EOF\necho hi\nEOF\nRUN <<-"EOT" bash\n\techo\n\tEOT\n', expect: [] },
    { name: 'RUN empty', input: 'FROM alpine\nRUN\n', expect: [{ line: 2, col: 1, message: 'RUN has no command', severity: 'warning' }] },
    { name: 'ONBUILD empty', input: 'FROM alpine\nONBUILD\n', expect: [{ line: 2, col: 1, message: 'ONBUILD requires at least one argument' }] },
    { name: 'MAINTAINER empty', input: 'FROM alpine\nMAINTAINER\n', expect: [{ line: 2, col: 1, message: 'MAINTAINER requires at least one argument' }] },
    { name: 'lone escape at EOF', input: 'FROM alpine\nCOPY a \\', expect: [{ line: 2, col: 6, message: 'COPY requires at least two arguments: one or more sources and a destination' }] },
    { name: 'CRLF', input: 'FROM alpine\r\nCOPY a \\\r\n  b\r\nENV A=1\r\n', expect: [] },
    { name: 'unterminated JSON does not throw', input: 'FROM alpine\nCOPY ["a", "b"\nSHELL ["sh"\n', expect: [] },
    { name: 'escape backtick', input: '# escape=`\nFROM alpine\nCOPY a `\n  C:\\dst\\\nENV A=C:\\x\n', expect: [] },
  ],
};

export default rule;
