// The models' memo (server/src/engine/memo.ts): one value per typed key, computed once per model.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { memoKey, memoKeyAt, memoKeyFor } from '../../server/src/engine/memo';
import { DockerfileModel } from '../../server/src/dockerfile/model';
import { WorkflowModel } from '../../server/src/workflow/model';

describe('memo', () => {
  it('computes a value once per model and key', () => {
    const key = memoKey<number[]>('test:once');
    const m = new DockerfileModel('FROM x\n');
    let calls = 0;
    const a = m.memoize(key, () => [++calls]);
    assert.equal(m.memoize(key, () => [++calls]), a);
    assert.equal(calls, 1);
    assert.notEqual(new DockerfileModel('FROM x\n').memoize(key, () => [++calls]), a);
    assert.equal(calls, 2);
  });

  it('keeps keys of the same name apart', () => {
    const one = memoKey<string>('test:same');
    const two = memoKey<string>('test:same');
    const m = new WorkflowModel('on: push\n');
    assert.equal(m.memoize(one, () => 'one'), 'one');
    assert.equal(m.memoize(two, () => 'two'), 'two');
    assert.equal(m.memoize(one, () => 'again'), 'one');
  });

  it('types the value by its key (checked when the tests compile)', () => {
    const key = memoKey<string>('test:typed');
    const m = new WorkflowModel('on: push\n');
    const n: string = m.memoize(key, () => 'text');
    assert.equal(n, 'text');
    // @ts-expect-error the compute function must return the key's type
    const wrong = () => m.memoize(key, () => 1);
    // @ts-expect-error a per-index key is not a per-model key
    const mixed = () => m.memoize(memoKeyAt<string>('test:at'), () => 'x');
    assert.equal(typeof wrong, typeof mixed);
  });

  it('memoizes undefined and null like any value', () => {
    const key = memoKey<string | undefined>('test:undefined');
    const m = new WorkflowModel('on: push\n');
    let calls = 0;
    m.memoize(key, () => (calls++, undefined));
    assert.equal(m.memoize(key, () => (calls++, 'late')), undefined);
    assert.equal(calls, 1);
  });

  it('keeps one value per index, computing only the indices asked for', () => {
    const key = memoKeyAt<string>('test:at');
    const m = new DockerfileModel('FROM x\nRUN a\nRUN b\n');
    const asked: number[] = [];
    const at = (i: number) => m.memoizeAt(key, i, () => (asked.push(i), m.instructions[i].keyword + i));
    assert.equal(at(2), 'RUN2');
    assert.equal(at(0), 'FROM0');
    assert.equal(at(2), 'RUN2');
    assert.deepEqual(asked, [2, 0]);
  });

  it('keeps one value per argument', () => {
    const key = memoKeyFor<string>('test:for');
    const m = new DockerfileModel('FROM x\n');
    let calls = 0;
    assert.equal(m.memoizeFor(key, 'a', () => `a${++calls}`), 'a1');
    assert.equal(m.memoizeFor(key, 'b', () => `b${++calls}`), 'b2');
    assert.equal(m.memoizeFor(key, 'a', () => `a${++calls}`), 'a1');
    assert.equal(calls, 2);
  });
});
