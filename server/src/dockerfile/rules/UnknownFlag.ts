import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import {
  FLAG_TABLE,
  FLAGS_IGNORED,
  LABS_FLAGS,
  NETWORK_MODES,
  SECURITY_MODES,
  isInstruction,
  logicalRange,
  parseInstruction,
  usesLabs,
} from '../syntax';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';

function owners(flag: string, except: string): string[] {
  return Object.keys(FLAG_TABLE).filter((k) => k !== except && flag in FLAG_TABLE[k] && !LABS_FLAGS[k]?.has(flag));
}

const rule: Rule<DockerfileModel> = {
  id: 'UnknownFlag',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean, or a value for a flag, is a guess; removing a flag the instruction ignores is applied by `--fix` (safe).' },
  docs: {
    summary: 'An instruction has a `--flag` it does not accept, or a flag value the builder rejects.',
    why:
      'Each instruction accepts a fixed set of flags (`COPY --from --chown --chmod --link --parents --exclude`, ' +
      '`RUN --mount --network --security`, …). A misspelt flag, a flag of another instruction, a string flag ' +
      'without `=value` or an unknown `--network` mode stops `docker build` with `unknown flag`.',
    bad: 'FROM python:3.12-slim\nCOPY --chmown=app:app . /app\nRUN --network=off pip install -r /app/requirements.txt\n',
    good: 'FROM python:3.12-slim\nCOPY --chown=app:app . /app\nRUN --network=none pip install -r /app/requirements.txt\n',
  },
  check({ model, report }) {
    let labs: boolean | undefined;
    for (const ins of model.instructions) {
      const kw = ins.keyword;
      if (!isInstruction(kw)) continue;
      const p = parseInstruction(model, ins);
      if (!p.flags.length) continue;
      const table = FLAG_TABLE[kw] ?? {};
      const healthNone = kw === 'HEALTHCHECK' && p.words[0]?.raw.toUpperCase() === 'NONE';
      for (let i = 0; i < p.flags.length; i++) {
        const f = p.flags[i];
        const range = logicalRange(model, p.line, f.start, f.end);
        const nameRange = logicalRange(model, p.line, f.start + 2, f.nameEnd);
        if (FLAGS_IGNORED.has(kw) || healthNone) {
          report({
            message: `--${f.name} is ignored: ${healthNone ? 'HEALTHCHECK NONE' : kw} takes no flags`,
            range,
            severity: 'warning',
            fixes: [
              {
                title: `Remove --${f.name}`,
                safety: 'safe',
                edits: [{ range: logicalRange(model, p.line, f.start, p.flags[i + 1]?.start ?? p.restStart), newText: '' }],
              },
            ],
          });
          continue;
        }
        const type = table[f.name];
        if (!type) {
          const guess = closest(f.name, Object.keys(table));
          const others = owners(f.name, kw);
          let message = `Unknown flag --${f.name} for ${kw}`;
          if (guess) message += didYouMean(`--${guess}`, 'dockerfile');
          else if (others.length) message += `; --${f.name} belongs to ${others.join(', ')}`;
          else if (!Object.keys(table).length) message += `: ${kw} takes no flags`;
          report({ message, range: nameRange, fixes: suggestionFix(nameRange, guess, { shown: `--${guess}` }) });
          continue;
        }
        if (LABS_FLAGS[kw]?.has(f.name)) {
          labs ??= usesLabs(model);
          if (!labs) {
            report({ message: `${kw} --${f.name} needs the labs frontend: add \`# syntax=docker/dockerfile:1-labs\``, range: nameRange });
            continue;
          }
        }
        const v = f.value;
        if (type !== 'bool' && v === undefined) {
          // `--chown user` (space instead of `=`): join the next word when that keeps the instruction valid.
          const next = p.words[0];
          const fixes: Fix[] = [];
          const enough = kw === 'COPY' || kw === 'ADD' ? p.words.length >= 3 : p.words.length >= 2;
          if (next && f === p.flags[p.flags.length - 1] && enough && p.contiguous) {
            fixes.push({
              title: `Write --${f.name}=${next.raw}`,
              preferred: true,
              edits: [{ range: logicalRange(model, p.line, f.end, next.start), newText: '=' }],
            });
          }
          report({ message: `Missing a value on flag --${f.name}: write --${f.name}=<value>`, range, fixes: fixes.length ? fixes : undefined });
          continue;
        }
        if (v === undefined || v.includes('$')) continue;
        if (type === 'bool' && v !== '' && !/^(true|false)$/i.test(v)) {
          report({ message: `--${f.name} expects true or false, not \`${v}\``, range });
        } else if (type === 'bool' && v === '') {
          report({ message: `Missing a value on flag --${f.name}=`, range });
        } else if (kw === 'RUN' && (f.name === 'network' || f.name === 'security')) {
          const allowed = f.name === 'network' ? NETWORK_MODES : SECURITY_MODES;
          if (!allowed.includes(v)) {
            const guess = closest(v, allowed);
            const valueRange = logicalRange(model, p.line, f.nameEnd + 1, f.end);
            report({
              message: `Unknown --${f.name} value \`${v}\`: use ${allowed.join(', ')}${didYouMean(guess, 'dockerfile')}`,
              range: valueRange,
              fixes: p.contiguous ? suggestionFix(valueRange, guess) : undefined,
            });
          }
        }
      }
    }
  },
  tests: [
    {
      name: 'misspelt COPY flag',
      input: 'FROM alpine\nCOPY --chmown=1:1 a /a\n',
      expect: [{ line: 2, col: 8, message: 'Unknown flag --chmown for COPY (did you mean --chown?)' }],
      fixed: 'FROM alpine\nCOPY --chown=1:1 a /a\n',
    },
    { name: 'flag of another instruction', input: 'FROM alpine\nADD --from=build /a /b\n', expect: [{ line: 2, col: 7, message: 'Unknown flag --from for ADD; --from belongs to COPY' }] },
    { name: 'flag on an instruction without flags', input: 'FROM alpine\nENV --foo=1 A=1\n', expect: [{ line: 2, col: 7, message: 'Unknown flag --foo for ENV: ENV takes no flags' }] },
    { name: 'FROM platform misspelt', input: 'FROM --platfrom=linux/amd64 alpine\n', expect: [{ line: 1, col: 8, message: 'Unknown flag --platfrom for FROM (did you mean --platform?)' }], fixed: 'FROM --platform=linux/amd64 alpine\n' },
    { name: 'case matters', input: 'FROM alpine\nCOPY --Link a /a\n', expect: [{ line: 2, col: 8, message: 'Unknown flag --Link for COPY (did you mean --link?)' }], fixed: 'FROM alpine\nCOPY --link a /a\n' },
    {
      name: 'string flag without value',
      input: 'FROM alpine\nCOPY --chmod 755 run.sh /usr/local/bin/\n',
      expect: [{ line: 2, col: 6, message: 'Missing a value on flag --chmod: write --chmod=<value>' }],
      fixed: 'FROM alpine\nCOPY --chmod=755 run.sh /usr/local/bin/\n',
    },
    { name: 'bool with bad value', input: 'FROM alpine\nCOPY --link=yes a /a\n', expect: [{ line: 2, col: 6, message: '--link expects true or false, not `yes`' }] },
    { name: 'bool forms', input: 'FROM alpine\nCOPY --link a /a\nCOPY --link=false --parents=TRUE a /a\n', expect: [] },
    {
      name: 'network value',
      input: 'FROM alpine\nRUN --network=nonee wget x\n',
      expect: [{ line: 2, col: 15, message: 'Unknown --network value `nonee`: use default, none, host (did you mean none?)' }],
      fixed: 'FROM alpine\nRUN --network=none wget x\n',
    },
    { name: 'security value', input: 'FROM alpine\nRUN --security=privileged id\n', expect: [{ line: 2, col: 16, message: 'Unknown --security value `privileged`: use sandbox, insecure' }] },
    {
      name: 'all known flags',
      input:
        'FROM --platform=$BUILDPLATFORM alpine AS b\n' +
        'RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=x --network=host --security=insecure echo\n' +
        'COPY --from=b --chown=1:1 --chmod=0755 --link --parents --exclude=*.md --exclude=*.txt a /a\n' +
        'ADD --chown=1 --chmod=644 --link --checksum=sha256:abc --keep-git-dir=true --unpack --exclude=x https://e.x/a.tgz /a\n' +
        'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD ["true"]\n',
      expect: [],
    },
    { name: 'variables in values', input: 'FROM alpine\nARG NET=none\nRUN --network=$NET echo\n', expect: [] },
    { name: 'labs flag without labs', input: 'FROM alpine\nRUN --device=name=gpu echo\n', expect: [{ line: 2, col: 7, message: 'RUN --device needs the labs frontend: add `# syntax=docker/dockerfile:1-labs`' }] },
    { name: 'labs flag with labs', input: '# syntax=docker/dockerfile:1-labs\nFROM alpine\nRUN --device=name=gpu echo\n', expect: [] },
    {
      name: 'ARG flags are ignored',
      input: 'FROM alpine\nARG --x=1 A\n',
      expect: [{ line: 2, col: 5, message: '--x is ignored: ARG takes no flags', severity: 'warning' }],
      fixed: 'FROM alpine\nARG A\n',
    },
    { name: 'HEALTHCHECK NONE ignores flags', input: 'FROM alpine\nHEALTHCHECK --interval=5s NONE\n', expect: [{ line: 2, col: 13, message: '--interval is ignored: HEALTHCHECK NONE takes no flags', severity: 'warning' }] },
    { name: 'double dash ends flags', input: 'FROM alpine\nCMD -- --help\n', expect: [] },
    { name: 'dashes in the command are not flags', input: 'FROM alpine\nRUN ls --all\nCMD ["--help"]\n', expect: [] },
    { name: 'CMD starting with --', input: 'FROM alpine\nCMD --help\n', expect: [{ line: 2, col: 7, message: 'Unknown flag --help for CMD: CMD takes no flags' }] },
    { name: 'flags over continuation', input: 'FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk \\\n    --network=none \\\n    apk add curl\n', expect: [] },
    { name: 'heredoc after flags', input: 'FROM alpine\nRUN --mount=type=cache,target=/x <<EOF\n--not-a-flag\nEOF\n', expect: [] },
    { name: 'quoted flag values', input: 'FROM alpine\nCOPY --chown="app:app" --exclude=\'*.md\' a /a\n', expect: [] },
  ],
};

export default rule;
