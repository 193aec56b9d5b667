// BuildKit's check options, from the `# check=` directive, a `# check=` comment above an instruction, or the
// BUILDKIT_DOCKERFILE_CHECK build arg (which replaces the directive): one reader for all three.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { emptyConfig } from '../../server/src/engine/config';
import { DockerfileModel, parseCheckValue } from '../../server/src/dockerfile/model';

/** Severities of the JSONArgsRecommended findings (a BuildKit check) of `text`. */
function severities(text: string, buildArgs?: Record<string, string>): string[] {
  const config = emptyConfig();
  if (buildArgs) config.options = { ...config.options, buildArgs };
  return lint({ language: 'dockerfile', text, config })
    .findings.filter((f) => f.rule === 'JSONArgsRecommended')
    .map((f) => f.severity);
}

describe('check options', () => {
  it('reads skip, error and experimental, names as written and `all` in any case', () => {
    const o = parseCheckValue('skip=JSONArgsRecommended, StageNameCasing;error=TRUE;experimental=All;unknown=x');
    assert.deepEqual([...o.skip], ['JSONArgsRecommended', 'StageNameCasing']);
    assert.equal(o.skipAll, false);
    assert.equal(o.error, true);
    assert.equal(o.experimentalAll, true);
    assert.deepEqual([...o.experimental], []);
    assert.equal(parseCheckValue('error=1').error, true);
    assert.equal(parseCheckValue('error=false').error, false);
    assert.equal(parseCheckValue('skip=all').skipAll, true);
  });

  it('keeps the directive and its line on the model', () => {
    const m = new DockerfileModel('# syntax=docker/dockerfile:1\n# check=skip=A;error=true\nFROM alpine\n');
    assert.equal(m.checkDirective?.range.start.line, 1);
    assert.deepEqual([...m.checkDirective!.skip], ['A']);
    assert.equal(m.checkDirective!.error, true);
    assert.equal(new DockerfileModel('FROM alpine\n# check=error=true\n').checkDirective, undefined);
  });

  it('makes BuildKit checks errors, skips them by any casing of their name, and yields to the build arg', () => {
    const body = 'FROM alpine\nCMD echo hi\n';
    assert.deepEqual(severities(body), ['warning']);
    assert.deepEqual(severities('# check=error=true\n' + body), ['error']);
    assert.deepEqual(severities('# check=error=1\n' + body), ['error']);
    assert.deepEqual(severities('# check=error=false\n' + body), ['warning']);
    assert.deepEqual(severities('# check=skip=jsonargsrecommended\n' + body), []);
    assert.deepEqual(severities('# check=skip=all\n' + body), []);
    assert.deepEqual(severities('# check=skip=JSONArgsRecommended\n' + body, { BUILDKIT_DOCKERFILE_CHECK: 'error=true' }), ['error']);
    assert.deepEqual(severities('FROM alpine\n# check=skip=JSONArgsRecommended\nCMD echo hi\n'), []);
  });
});
