// The RUN shell parser: commands, words (values and document ranges), operators, Dockerfile continuations,
// heredocs, exec form, SHELL handling.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { allRuns, hasFlag, parseRun, positionals, shellStateAt, type ParsedRun, type ShellWord } from '../../server/src/dockerfile/shell';
import { imageRefs, splitReference } from '../../server/src/dockerfile/image';

function runs(text: string): ParsedRun[] {
  return allRuns(new DockerfileModel(text));
}

/** `value@line:col-line:col` (1-based lines and columns, end exclusive). */
function w(x: ShellWord): string {
  const r = x.range;
  return `${x.value}@${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function summary(run: ParsedRun): string[] {
  return run.commands.map((c) => `${c.before || '^'} ${c.name}${c.args.length ? ' ' + c.args.map((a) => a.value).join(' ') : ''}`);
}

describe('shell parser', () => {
  it('splits on && || ; | & and newlines, with words and ranges', () => {
    const [r] = runs('FROM x\nRUN a 1 && b || c; d | e & f\n');
    assert.deepEqual(summary(r), ['^ a 1', '&& b', '|| c', '; d', '| e', '& f']);
    assert.deepEqual(r.commands[0].words.map(w), ['a@2:5-2:6', '1@2:7-2:8']);
    assert.equal(r.commands[3].piped, true);
    assert.equal(r.commands[4].piped, true);
    assert.equal(r.commands[5].piped, false);
    assert.equal(r.pipes.length, 1);
    assert.equal(r.pipes[0].offset, 'FROM x\nRUN a 1 && b || c; d '.length);
  });

  it('removes quotes and keeps expansions as written', () => {
    const [r] = runs(`FROM x\nRUN echo 'a b' "c \\"d\\" $HOME" e\\ f $(date) \${X:-y} \`id\`\n`);
    const c = r.commands.find((x) => x.name === 'echo')!;
    assert.deepEqual(
      c.args.map((a) => [a.value, a.quoted, a.dynamic]),
      [
        ['a b', true, false],
        ['c "d" $HOME', true, true],
        ['e f', true, false],
        ['$(date)', false, true],
        ['${X:-y}', false, true],
        ['`id`', false, true],
      ],
    );
    assert.deepEqual(c.args.map(w).slice(0, 3), ['a b@2:10-2:15', 'c "d" $HOME@2:16-2:31', 'e f@2:32-2:36']);
    // Commands inside substitutions are parsed too, marked nested.
    const nested = r.commands.filter((x) => x.nested).map((x) => [x.name, x.substitution]);
    assert.deepEqual(nested, [['date', true], ['id', true]]);
  });

  it('joins Dockerfile continuations and skips comment and blank lines inside them', () => {
    const text = 'FROM x\nRUN apt-get update && \\\n    # comment\n\n    apt-get install -y \\\n      curl \\ \n      git\n';
    const [r] = runs(text);
    assert.deepEqual(summary(r), ['^ apt-get update', '&& apt-get install -y curl git']);
    const install = r.commands[1];
    assert.deepEqual(install.args.map(w), ['install@5:13-5:20', '-y@5:21-5:23', 'curl@6:7-6:11', 'git@7:7-7:10']);
  });

  it('uses the escape directive', () => {
    const [r] = runs('# escape=`\nFROM x\nRUN echo a `\n    && echo C:\\dir\n');
    assert.deepEqual(summary(r), ['^ echo a', '&& echo C:dir']);
  });

  it('reads env prefixes and looks through wrappers', () => {
    const [r] = runs('FROM x\nRUN DEBIAN_FRONTEND=noninteractive sudo -E -u root env A=1 /usr/bin/apt-get install -y x\n');
    const c = r.commands[0];
    assert.equal(c.name, 'apt-get');
    assert.deepEqual(c.assignments.map((a) => a.value), ['DEBIAN_FRONTEND=noninteractive']);
    assert.deepEqual(c.wrappers.map((a) => a.value), ['sudo', 'env']);
    assert.deepEqual(c.args.map((a) => a.value), ['install', '-y', 'x']);
    assert.equal(w(c.nameWord), '/usr/bin/apt-get@2:60-2:76');
  });

  it('handles xargs, command -v and assignments alone', () => {
    const [r] = runs('FROM x\nRUN find . | xargs -r -n1 rm -f; command -v git; A=$(id -u)\n');
    assert.deepEqual(r.commands[1].wrappers.map((x) => x.value), ['xargs']);
    assert.deepEqual(r.commands.map((c) => c.name), ['find', 'rm', 'command', 'id']);
  });

  it('skips keywords of if/for/while/case and subshell grouping', () => {
    const [r] = runs(
      'FROM x\nRUN if [ -f a ]; then cd /x; else echo no; fi; for f in a b; do rm $f; done; ' +
        'case "$A" in x) echo x ;; *) exit 1 ;; esac; (cd /y && make); { echo a; echo b; }\n',
    );
    assert.deepEqual(
      r.commands.map((c) => `${c.name}${c.subshell ? '(sub)' : ''}`),
      ['[', 'cd', 'echo', 'rm', 'echo', 'exit', 'cd(sub)', 'make(sub)', 'echo', 'echo'],
    );
  });

  it('skips redirections and here-documents', () => {
    const [r] = runs('FROM x\nRUN cat <<EOF > /etc/x && echo done 2>&1 >/dev/null\nnot a command\nEOF\n');
    assert.deepEqual(summary(r), ['^ cat', '&& echo done']);
    assert.deepEqual(r.commands[1].redirects.map((x) => [x.op, x.target?.value]), [['>&', '1'], ['>', '/dev/null']]);
  });

  it('parses the body of RUN <<EOF as the script', () => {
    const [r] = runs('FROM x\nRUN <<EOF\nset -e\napt-get install \\\n  curl\nEOF\n');
    assert.equal(r.form, 'heredoc');
    assert.deepEqual(summary(r), ['^ set -e', '\n apt-get install curl']);
    assert.deepEqual(r.commands[1].args.map(w), ['install@4:9-4:16', 'curl@5:3-5:7']);
  });

  it('does not parse heredoc bodies in other languages', () => {
    const [r] = runs('FROM x\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nEOF\n');
    assert.equal(r.opaque, true);
    assert.deepEqual(r.commands, []);
  });

  it('turns exec form into one command and parses sh -c scripts', () => {
    const [a, b] = runs('FROM x\nRUN ["apt-get", "install", "-y", "a b"]\nRUN ["/bin/sh", "-c", "make && make install"]\n');
    assert.equal(a.form, 'exec');
    assert.deepEqual(a.commands[0].words.map(w), ['apt-get@2:6-2:15', 'install@2:17-2:26', '-y@2:28-2:32', 'a b@2:34-2:39']);
    assert.deepEqual(summary(b), ['^ sh -c make && make install', '^ make', '&& make install']);
    assert.equal(w(b.commands[2].nameWord), 'make@3:32-3:36');
  });

  it('parses bash -c with pipefail', () => {
    const [r] = runs("FROM x\nRUN bash -o pipefail -c 'a | b' && c | d\n");
    assert.deepEqual(r.pipes.map((p) => p.pipefail), [true, false]);
  });

  it('notices set -o pipefail', () => {
    const [r] = runs('FROM x\nRUN a | b; set -euxo pipefail; c | d\n');
    assert.deepEqual(r.pipes.map((p) => p.pipefail), [false, true]);
  });

  it('marks a trailing comment', () => {
    assert.equal(runs('FROM x\nRUN make # build\n')[0].endsWithComment, true);
    assert.equal(runs('FROM x\nRUN echo a#b\n')[0].endsWithComment, false);
  });

  it('gives nothing for PowerShell and cmd stages, and follows stage inheritance', () => {
    const m = new DockerfileModel(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS w\nRUN echo a\nSHELL ["powershell", "-Command"]\nRUN echo b\n' +
        'FROM w\nRUN echo c\nFROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo d\n',
    );
    assert.deepEqual(allRuns(m).map((r) => r.commands[0].args[0].value), ['d']);
    const d = m.instructions[m.instructions.length - 1];
    assert.equal(shellStateAt(m, d).pipefail, true);
    assert.equal(parseRun(m, m.instructions[1]), undefined);
  });

  it('memoizes per instruction', () => {
    const m = new DockerfileModel('FROM x\nRUN a\n');
    assert.equal(parseRun(m, m.instructions[1]), parseRun(m, m.instructions[1]));
  });

  it('finds options and positionals', () => {
    const [r] = runs('FROM x\nRUN apt-get -o Dpkg::Options::=--force-confold -qy install -t bookworm-backports --no-install-recommends curl -- -x\n');
    const c = r.commands[0];
    assert.equal(hasFlag(c, ['y']), true);
    assert.equal(hasFlag(c, [], ['no-install-recommends']), true);
    assert.equal(hasFlag(c, ['x']), false);
    assert.deepEqual(positionals(c, ['o', 't']).map((p) => p.value), ['install', 'curl', '-x']);
  });
});

describe('image references', () => {
  it('splits references', () => {
    assert.deepEqual(splitReference('python:3.12'), { registry: undefined, path: 'python', tag: '3.12', digest: undefined });
    assert.deepEqual(splitReference('localhost:5000/a/b'), { registry: 'localhost:5000', path: 'a/b', tag: undefined, digest: undefined });
    assert.deepEqual(splitReference('ghcr.io/o/a:1@sha256:ab'), { registry: 'ghcr.io', path: 'o/a', tag: '1', digest: 'sha256:ab' });
  });

  it('resolves global ARGs and build args and recognises stages', () => {
    const m = new DockerfileModel('ARG BASE=debian\nARG TAG\nFROM ${BASE}:${TAG:-12} AS a\nFROM a\nFROM $UNKNOWN\nFROM scratch\n');
    const refs = imageRefs(m);
    assert.deepEqual(refs.map((r) => r.resolved), ['debian:12', 'a', undefined, 'scratch']);
    assert.equal(refs[1].stageRef?.name, 'a');
    assert.equal(refs[3].scratch, true);
    assert.equal(imageRefs(m, { TAG: '11', BASE: 'ubuntu' })[0].resolved, 'ubuntu:11');
  });
});
