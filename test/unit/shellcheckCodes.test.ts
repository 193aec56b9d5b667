import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { MarkupKind } from 'vscode-languageserver-types';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { dockerfileHover } from '../../server/src/dockerfile/features/hover';
import { allRules } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import { findingsAt, withFindingHover } from '../../server/src/engine/findingHover';
import { isShellcheckCode, shellcheckCode, SHELLCHECK_CODES, shellcheckWikiUrl } from '../../server/src/scripts/shellcheckCodes';

// Scripts that make ShellCheck report every bundled code (one dialect each), to compare the data with the tool.
const BASH = [
  'v=$1', 'echo $v', 'rm $(ls)', 'cd /tmp', 'export x=$(date)', 'unused=1', 'echo "$undefined_thing"',
  "for f in $(find . -name '*.c'); do echo \"$f\"; done", 'for f in $(ls *.c); do echo "$f"; done', 'cat file | grep foo',
  'echo `date`', "echo '$HOME'", 'echo "a\\nb"', 'source "$v"', '. ./lib.sh', 'a=( "$@" ); echo $@',
  'echo a >> log', 'echo b >> log', 'echo c >> log', 'mycmd; if [ $? -ne 0 ]; then echo f; fi', 'arr=( $v )', 'arr2=( $(ls) )',
  'which ls', '[ ! -z "$v" ] && echo n', 'grep foo file | wc -l', 'ls | grep foo', 'for l in $(cat file); do echo "$l"; done',
  'if [ "$(grep -c foo file)" ]; then :; fi', 'if [ $(ps aux | grep -c x) -gt 0 ]; then :; fi', 'read name',
  '[ "$v" = a -a "$v" = b ] && echo y', 'echo $(echo hi)', "y=$(echo \"$v\" | sed 's/a/b/')", 'printf "$v\\n"', 'trap "echo $v" EXIT',
  'rm -rf "$stuff/"*', 'echo "a"$v"b"', 'echo "args: $@"', 'echo "$USERNAME_X"', 'USERNAME_Y=1', 'mkdir -p -m 700 /a/b',
  'let x=1', 'egrep foo file', 'fgrep foo file', 'find . -name "*.o" | xargs rm', 'ls *.o | xargs rm', 'for f in /etc/passwd; do echo "$f"; done',
  'cp a b && mv c d || true', 'echo "$((1 + $x))"', 'echo {', 'echo "a"b"c"', '> out.txt', 'sudo echo a > /root/x', 'var = 1',
  'ls -l | awk "{print}"', 'exit', 'echo unreachable',
].join('\n');
const SH = [
  'set -o pipefail', 'v=$1', '[[ -f /x ]] && echo a', '[ "$v" == a ] && echo b', 'echo -e "a"', 'ls &> /dev/null', 'echo {a,b}',
  'f() { local y=1; echo "$y"; }', 'f', 'source ./x.sh', 'echo "${v/a/b}"', 'function g { :; }',
].join('\n');

/** Code → { level, messages } as the installed ShellCheck reports them on the samples. */
function reported(): Map<string, { level: string; messages: Set<string> }> {
  const out = new Map<string, { level: string; messages: Set<string> }>();
  for (const [shell, text] of [['bash', BASH], ['sh', SH]]) {
    const r = spawnSync('shellcheck', ['-f', 'json1', '-s', shell, '--enable=deprecate-which', '-'], { input: text, encoding: 'utf8' });
    assert.equal(r.error, undefined, 'shellcheck must be installed (apt-get install shellcheck)');
    for (const c of JSON.parse(r.stdout).comments as { code: number; level: string; message: string }[]) {
      const code = `SC${c.code}`;
      const e = out.get(code) ?? { level: c.level, messages: new Set<string>() };
      assert.equal(e.level, c.level, code);
      e.messages.add(c.message);
      out.set(code, e);
    }
  }
  return out;
}

/** Codes whose message names the script's own words: their title is a sentence of ours. */
const OWN_WORDS = new Set(['SC1083', 'SC1091', 'SC2034', 'SC2115', 'SC2153', 'SC2154']);

const finding = (rule: string, message: string, line: number, from: number, to: number, severity: Finding['severity'] = 'info'): Finding => ({
  rule,
  message,
  severity,
  range: { start: { line, character: from }, end: { line, character: to } },
});

describe('ShellCheck codes', () => {
  it('are unique SC codes, in order, with a level and a one-line title', () => {
    const codes = SHELLCHECK_CODES.map((c) => c.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual([...codes].sort(), codes);
    assert.ok(codes.length >= 50);
    for (const c of SHELLCHECK_CODES) {
      assert.ok(isShellcheckCode(c.code), c.code);
      assert.ok(['error', 'warning', 'info', 'style'].includes(c.level), c.code);
      assert.match(c.title, /^\S[^\n]*$/, c.code);
    }
    assert.equal(isShellcheckCode('ShellCheck'), false);
    assert.equal(isShellcheckCode('SC20861'), false);
    assert.equal(shellcheckCode('sc2086')?.level, 'info');
    assert.equal(shellcheckCode('SC9999'), undefined);
    assert.equal(shellcheckWikiUrl('SC2086'), 'https://www.shellcheck.net/wiki/SC2086');
  });

  it("have the installed ShellCheck's level, and its message as title unless it names the script's words", () => {
    const seen = reported();
    assert.deepEqual(SHELLCHECK_CODES.filter((c) => !seen.has(c.code)).map((c) => c.code), []);
    for (const c of SHELLCHECK_CODES) {
      const r = seen.get(c.code);
      assert.ok(r, `${c.code} is not reported on the samples`);
      assert.equal(c.level, r.level, c.code);
      if (OWN_WORDS.has(c.code)) assert.ok(!r.messages.has(c.title), c.code);
      else assert.ok(r.messages.has(c.title), `${c.code}: ${[...r.messages].join(' / ')}`);
    }
  });
});

describe('ShellCheck hover', () => {
  const text = 'FROM debian\nARG V\nRUN echo $V && cd /x && frob $V\n';
  const model = new DockerfileModel(text);
  const sc2086 = finding('SC2086', 'Double quote to prevent globbing and word splitting.', 2, 9, 11);
  const sc2164 = finding('SC2164', "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", 2, 15, 19, 'warning');
  const unknown = finding('SC2999', 'Something ShellCheck says about frob.', 2, 23, 27, 'warning');

  it('in a Dockerfile: the code, its bundled title and the wiki link, after the symbol hover', () => {
    const h = dockerfileHover(model, { line: 2, character: 10 }, [sc2086, sc2164], allRules())!;
    assert.equal((h.contents as { kind: string }).kind, MarkupKind.Markdown);
    const value = (h.contents as { value: string }).value;
    const parts = value.split('\n\n---\n\n');
    assert.equal(parts.length, 2);
    assert.match(parts[0], /^\*\*V\*\* \(build arg\)/);
    assert.equal(parts[1], '**SC2086** (ShellCheck): Double quote to prevent globbing and word splitting.\n\n[ShellCheck wiki: SC2086](https://www.shellcheck.net/wiki/SC2086)');
  });

  it("a code not in the list shows ShellCheck's message; a position outside every finding shows none", () => {
    const h = dockerfileHover(model, { line: 2, character: 25 }, [sc2086, unknown], allRules())!;
    assert.equal((h.contents as { value: string }).value, '**SC2999** (ShellCheck): Something ShellCheck says about frob.\n\n[ShellCheck wiki: SC2999](https://www.shellcheck.net/wiki/SC2999)');
    assert.deepEqual(h.range, unknown.range);
    assert.equal(dockerfileHover(model, { line: 2, character: 21 }, [sc2086, sc2164, unknown], allRules()), null);
  });

  it("other languages: finding sections (ShellCheck, rules) are added to the language's own hover, or stand alone", () => {
    const dl3003 = finding('DL3003', 'Use WORKDIR to switch to a directory', 2, 15, 19);
    const finds = [sc2164, dl3003, { ...sc2164, range: { start: { line: 2, character: 17 }, end: { line: 2, character: 19 } } }];
    assert.deepEqual(findingsAt(finds, { line: 2, character: 19 }), [sc2164, dl3003]);
    assert.deepEqual(findingsAt(finds, { line: 2, character: 14 }), []);
    const alone = withFindingHover(null, finds, { line: 2, character: 16 }, allRules())!;
    const sc = "**SC2164** (ShellCheck): Use 'cd ... || exit' or 'cd ... || return' in case cd fails.\n\n[ShellCheck wiki: SC2164](https://www.shellcheck.net/wiki/SC2164)";
    const rule = allRules().find((r) => r.id === 'DL3003')!;
    const dl = `**DL3003**: ${rule.docs.summary}\n\n${rule.docs.why}\n\n[Rule documentation](https://github.com/slipway-dev/slipway/blob/main/docs/rules/DL3003.md)`;
    assert.deepEqual(alone, { contents: { kind: MarkupKind.Markdown, value: `${sc}\n\n---\n\n${dl}` }, range: sc2164.range });
    const own = { contents: { kind: MarkupKind.Markdown, value: '**run**' }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } };
    const both = withFindingHover(own, finds, { line: 2, character: 16 }, allRules())!;
    assert.equal((both.contents as { value: string }).value, `**run**\n\n---\n\n${(alone.contents as { value: string }).value}`);
    assert.deepEqual(both.range, own.range);
    assert.equal(withFindingHover(own, finds, { line: 0, character: 0 }, allRules()), own);
    assert.equal(withFindingHover(null, [], { line: 2, character: 16 }, allRules()), null);
    // A rule its peers call otherwise shows their name: hadolint's id bare, other tools' with the tool.
    const unknownKey = finding('unknown-key', 'unexpected key "foo"', 2, 0, 3, 'error');
    assert.match((withFindingHover(null, [unknownKey], { line: 2, character: 1 }, allRules())!.contents as { value: string }).value, /^\*\*unknown-key\*\* \(actionlint: syntax-check\): /);
  });

  it('pyflakes findings: a section with its message and the rule page, each message once', () => {
    const undefinedName = finding('pyflakes', "undefined name 'sha'", 8, 24, 27);
    const finds = [undefinedName, { ...undefinedName }, finding('pyflakes', "'os' imported but unused", 7, 10, 19)];
    const h = withFindingHover(null, finds, { line: 8, character: 25 }, allRules())!;
    assert.deepEqual(h, {
      contents: {
        kind: MarkupKind.Markdown,
        value: "**pyflakes**: undefined name 'sha'\n\npyflakes checked the Python of this `shell: python` step. [Rule documentation](https://github.com/slipway-dev/slipway/blob/main/docs/rules/pyflakes.md)",
      },
      range: undefinedName.range,
    });
    assert.equal(withFindingHover(null, finds, { line: 8, character: 10 }, allRules()), null);
  });
});
