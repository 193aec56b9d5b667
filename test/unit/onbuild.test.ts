// ONBUILD triggers get the checks of the instruction they hold (RUN, ADD, COPY), at positions inside the trigger,
// and stay out of the state of the stage that declares them.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { allRuns, shellStateAt } from '../../server/src/dockerfile/shell';
import { memoryFiles } from '../helpers/ruleHarness';

/** `line:col rule` of every finding (1-based), sorted. */
function findings(text: string, only?: string[]): string[] {
  return lint({ text, language: 'dockerfile', path: '/project/Dockerfile', files: memoryFiles({}) })
    .findings.filter((f) => !only || only.includes(f.rule))
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}`)
    .sort();
}

describe('ONBUILD triggers', () => {
  it('the model exposes the trigger with document ranges, outside the stage', () => {
    const m = new DockerfileModel('FROM debian:12\nONBUILD  RUN apt-get install python\nUSER app\n');
    assert.equal(m.triggers.length, 1);
    const t = m.triggers[0];
    assert.equal(t.keyword, 'RUN');
    assert.deepEqual(t.keywordRange, { start: { line: 1, character: 9 }, end: { line: 1, character: 12 } });
    assert.equal(t.onbuild, m.instructions[1]);
    assert.equal(t.stage, m.stages[0]);
    assert.equal(t.index, m.instructions.length);
    assert.ok(!m.instructions.includes(t) && !m.stages[0].instructions.includes(t));
    assert.equal(t.rawArgsContent, 'apt-get install python');
  });

  it('leaves out triggers the builder rejects and ONBUILD without a trigger', () => {
    const m = new DockerfileModel('FROM debian\nONBUILD ONBUILD RUN x\nONBUILD FROM x\nONBUILD MAINTAINER me\nONBUILD\n');
    assert.deepEqual(m.triggers, []);
    assert.equal(m.instructionsAndTriggers, m.instructions);
  });

  it('ONBUILD RUN apt-get install gets the apt-get rules at the words of the trigger', () => {
    assert.deepEqual(findings('FROM debian:12\nONBUILD RUN apt-get install python\n', ['DL3008', 'DL3014', 'DL3015']), [
      '2:21 DL3014',
      '2:21 DL3015',
      '2:29 DL3008',
    ]);
  });

  it('the same findings, at the same columns, as the RUN written alone', () => {
    const body = 'RUN cd /src && sudo make | tee log && pip install flask && apk add curl';
    const plain = findings(`FROM debian:12\n${body}\n`).filter((f) => !f.endsWith('DL3059'));
    const trigger = findings(`FROM debian:12\nONBUILD ${body}\n`).map((f) => f.replace(/^2:(\d+)/, (_, c) => `2:${Number(c) - 8}`)).sort();
    assert.deepEqual(trigger, plain);
    assert.ok(plain.some((f) => f.endsWith('DL3003')) && plain.some((f) => f.endsWith('DL3004')) && plain.some((f) => f.endsWith('DL4006')));
  });

  it('a trigger on a continuation line, in exec form, lower-case', () => {
    assert.deepEqual(findings('FROM debian:12\nONBUILD \\\n  run ["apt-get", "install", "-y", "vim"]\n', ['DL3008', 'DL3015']), ['3:19 DL3015', '3:36 DL3008']);
  });

  it('ADD and COPY triggers get DL3020 and DL3021', () => {
    assert.deepEqual(findings('FROM debian:12\nONBUILD ADD app.py /app/\nONBUILD COPY a b /app\n', ['DL3020', 'DL3021']), ['2:9 DL3020', '3:18 DL3021']);
  });

  it('a trigger runs with the SHELL at the end of its stage (the image it is inherited from)', () => {
    const text = 'FROM debian:12\nONBUILD RUN curl -s x | sh\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n';
    assert.deepEqual(findings(text, ['DL4006']), []);
    assert.deepEqual(findings('FROM debian:12\nONBUILD RUN curl -s x | sh\n', ['DL4006']), ['2:23 DL4006']);
    const m = new DockerfileModel('FROM debian:12\nONBUILD RUN apt-get install x\nSHELL ["pwsh", "-c"]\n');
    assert.equal(shellStateAt(m, m.triggers[0]).posix, false);
    assert.deepEqual(allRuns(m), []);
  });

  it('ENV set anywhere in the stage is inherited by the trigger (DL3042)', () => {
    assert.deepEqual(findings('FROM python:3.12\nONBUILD RUN pip install -r r.txt\nENV PIP_NO_CACHE_DIR=1\n', ['DL3042']), []);
    assert.deepEqual(findings('FROM python:3.12\nONBUILD RUN pip install -r r.txt\n', ['DL3042']), ['2:17 DL3042']);
  });

  it('triggers are no part of the stage: consecutive RUNs, last USER, WORKDIR', () => {
    assert.deepEqual(findings('FROM debian:12\nRUN a\nONBUILD RUN b\nONBUILD RUN c\n', ['DL3059']), []);
    assert.deepEqual(findings('FROM debian:12\nUSER app\nONBUILD USER root\n', ['DL3002']), []);
    assert.deepEqual(findings('FROM debian:12\nONBUILD WORKDIR /app\nCOPY a b\n', ['DL3045']), ['3:8 DL3045']);
  });

  it('an ignore comment above the ONBUILD suppresses findings in its trigger', () => {
    assert.deepEqual(findings('FROM debian:12\n# hadolint ignore=DL3008,DL3015\nONBUILD RUN apt-get install -y python\n', ['DL3008', 'DL3015']), []);
  });
});
