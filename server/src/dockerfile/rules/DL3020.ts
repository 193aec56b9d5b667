import { JSONInstruction } from 'dockerfile-ast';
import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';
import { copyArgs } from '../packages';

/** Archives ADD extracts (tar, optionally compressed). `.zip` is not extracted, so COPY is right for it. */
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst|lz|lzma|Z)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ|gz|bz2|xz|lz|lzma|Z)$/i;
const REMOTE = /^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i;
/** ADD options COPY does not have. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

const rule: Rule<DockerfileModel> = {
  id: 'DL3020',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3020' },
  fix: { safety: 'unsafe', why: 'ADD also unpacks a local tar archive whatever its name: only you know the file is not one.' },
  docs: {
    summary: 'Use COPY instead of ADD for files and folders.',
    why:
      'ADD also downloads URLs and unpacks tar archives, so `ADD app.tar.gz /app` does something different from ' +
      'what it looks like. COPY does only what it says. ADD stays right for URLs, git repositories and archives you want extracted.',
    bad: 'FROM python:3.12-slim\nADD requirements.txt /app/\n',
    good: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\n',
  },
  check({ model, report }) {
    // ONBUILD ADD triggers too (`model.triggers`).
    for (const ins of model.instructionsAndTriggers) {
      if (ins.keyword !== 'ADD') continue;
      const a = copyArgs(model, ins);
      if (!a || a.values.length < 2) continue;
      const sources = a.values.slice(0, -1);
      if (sources.some((s) => s.includes('$') || REMOTE.test(s) || ARCHIVE.test(s))) continue;
      const flags = (ins.node as JSONInstruction).getFlags();
      const fixable = !flags.some((f) => ADD_ONLY_FLAGS.has(f.getName().toLowerCase()));
      const newKeyword = ins.written === ins.written.toLowerCase() ? 'copy' : ins.written === 'Add' ? 'Copy' : 'COPY';
      report({
        message: 'Use COPY instead of ADD for files and folders',
        range: ins.keywordRange,
        fixes: fixable ? [replaceFix(ins.keywordRange, newKeyword)] : undefined,
      });
    }
  },
  tests: [
    { name: 'local file', input: 'FROM debian\nADD app.py /app/\n', expect: [{ line: 2, col: 1, message: 'Use COPY instead of ADD for files and folders' }], fixed: 'FROM debian\nCOPY app.py /app/\n' },
    { name: 'lower-case keyword keeps its case', input: 'FROM debian\nadd --chown=app app /app\n', expect: [{ line: 2, col: 1, message: 'Use COPY instead of ADD for files and folders' }], fixed: 'FROM debian\ncopy --chown=app app /app\n' },
    { name: 'JSON form', input: 'FROM debian\nADD ["a b.txt", "/app/"]\n', expect: [{ line: 2, col: 1, message: 'Use COPY instead of ADD for files and folders' }], fixed: 'FROM debian\nCOPY ["a b.txt", "/app/"]\n' },
    { name: 'URL', input: 'FROM debian\nADD https://example.com/x.tgz /tmp/\n', expect: [] },
    { name: 'git repository', input: 'FROM debian\nADD git@github.com:moby/buildkit.git /src\nADD https://github.com/moby/buildkit.git#v0.14.1 /bk\n', expect: [] },
    { name: 'archive to extract', input: 'FROM debian\nADD rootfs.tar.xz /\nADD app.tgz /app\n', expect: [] },
    { name: 'zip is not extracted', input: 'FROM debian\nADD app.zip /app/\n', expect: [{ line: 2, col: 1, message: 'Use COPY instead of ADD for files and folders' }] },
    { name: 'variable source', input: 'FROM debian\nARG SRC\nADD ${SRC} /app/\n', expect: [] },
    { name: 'ONBUILD trigger', input: 'FROM debian\nONBUILD ADD app.py /app/\n', expect: [{ line: 2, col: 9, message: 'Use COPY instead of ADD for files and folders' }], fixed: 'FROM debian\nONBUILD COPY app.py /app/\n' },
    { name: 'COPY', input: 'FROM debian\nCOPY app.py /app/\n', expect: [] },
    {
      name: 'quoted URL and archive (the builder removes the quotes)',
      input: 'FROM debian\nADD "https://example.com/t.tar.gz" /tmp/\nADD "vendor.tar.gz" /opt/\nADD \'app.tgz\' "/app"\n',
      expect: [],
    },
    { name: 'quoted variable source', input: 'FROM debian\nARG SRC\nADD "${SRC}" /app/\n', expect: [] },
    { name: 'quoted local file', input: 'FROM debian\nADD "app.py" /app/\n', expect: [{ line: 2, col: 1, message: 'Use COPY instead of ADD for files and folders' }], fixed: 'FROM debian\nCOPY "app.py" /app/\n' },
  ],
};

export default rule;
