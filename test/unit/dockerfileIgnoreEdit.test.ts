// The "Ignore RULE for this instruction" edit (dockerfile/suppress.ts ignoreEdit): where it goes, and that it finds
// the instruction of a finding without a scan from the top of the file (code actions for every finding of a file
// of 200,000 instructions took minutes; they take well under a second).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { parseFor } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/text';
import { ignoreEdit } from '../../server/src/dockerfile/suppress';
import type { DockerfileModel } from '../../server/src/dockerfile/model';
import type { Finding } from '../../server/src/engine/types';

const at = (rule: string, line: number, character = 0): Finding => ({ rule, message: '', severity: 'warning', range: { start: { line, character }, end: { line, character: character + 1 } } });
const model = (text: string) => parseFor('dockerfile', text) as DockerfileModel;

describe('ignoreEdit (Dockerfile "ignore this rule" quick fix)', () => {
  it('inserts an ignore comment above the instruction, with its indentation, from any of its lines', () => {
    const text = 'FROM alpine\nRUN apk add curl \\\n    && echo hi\n  USER root\n';
    const m = model(text);
    assert.equal(applyEdits(text, [ignoreEdit(m, at('DL3018', 2, 8))!]), 'FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl \\\n    && echo hi\n  USER root\n');
    assert.equal(applyEdits(text, [ignoreEdit(m, at('DL3002', 3, 2))!]), 'FROM alpine\nRUN apk add curl \\\n    && echo hi\n  # hadolint ignore=DL3002\n  USER root\n');
  });

  it('adds the rule to an ignore comment already there, once', () => {
    const text = 'FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n';
    const m = model(text);
    assert.equal(applyEdits(text, [ignoreEdit(m, at('DL3019', 2))!]), 'FROM alpine\n# hadolint ignore=DL3018,DL3019\nRUN apk add curl\n');
    assert.equal(ignoreEdit(m, at('DL3018', 2)), undefined);
  });

  it('offers nothing outside instructions', () => {
    const m = model('# a comment\n\nFROM alpine\n');
    assert.equal(ignoreEdit(m, at('X', 0)), undefined);
    assert.equal(ignoreEdit(m, at('X', 1)), undefined);
    assert.equal(ignoreEdit(m, at('X', 9)), undefined);
  });

  it('finds the instruction of every finding of a 200,000-instruction file (hang detector: 60 s, measured 0.2 s)', async () => {
    const n = 200_000;
    const m = model('FROM alpine\n' + 'EXPOSE 80\n'.repeat(n));
    const t0 = performance.now();
    for (let line = 1; line <= n; line++) {
      const e = ignoreEdit(m, at('DL3011', line, 7))!;
      assert.equal(e.range.start.line, line);
      // A chance for the check below between chunks; a scan from the top took minutes in all.
      if (line % 2000 === 0) {
        await tick();
        assert.ok(performance.now() - t0 < 60_000, `hang: ${line} of ${n} edits after 60 s`);
      }
    }
  });
});
