import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'job-needs',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'job-needs' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the job it suggests is a guess.' },
  docs: {
    summary: '`needs:` must name jobs of the same workflow, without cycles; a job listed twice is a warning.',
    why: 'GitHub rejects a workflow whose `needs` names a missing job or forms a cycle — often after a job was renamed.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  deploy:\n    needs: biuld\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n',
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    const ids = s.jobs.map((j) => j.id);
    for (const job of s.jobs) {
      const seen = new Set<string>();
      for (const n of job.needs) {
        if (n.name.includes('${{')) continue;
        const range = model.rangeOf(n.node);
        const lower = n.name.toLowerCase();
        if (seen.has(lower)) {
          report({ message: `job ID ${JSON.stringify(n.name)} is duplicated in "needs" section of job ${JSON.stringify(job.id)}`, range, severity: 'warning' });
          continue;
        }
        seen.add(lower);
        if (!s.jobById.has(lower)) {
          const suggestion = closest(n.name, ids.filter((i) => i !== job.id), { maxDistance: n.name.length >= 4 ? 2 : 1 });
          report({
            message: `job ${JSON.stringify(job.id)} needs job ${JSON.stringify(n.name)} which does not exist in this workflow` + didYouMean(suggestion, 'yaml'),
            range,
            fixes: suggestionFix(range, suggestion),
          });
        } else if (lower === job.id.toLowerCase()) {
          report({ message: `job ${JSON.stringify(job.id)} needs itself`, range });
          seen.add(lower);
        }
      }
    }
    // Cycles (self-needs reported above).
    const state = new Map<string, number>(); // 1 = on stack, 2 = done
    const stack: string[] = [];
    const reported = new Set<string>();
    const visit = (id: string) => {
      state.set(id, 1);
      stack.push(id);
      const job = s.jobById.get(id)!;
      for (const n of job.needs) {
        const t = n.name.toLowerCase();
        if (!s.jobById.has(t) || t === id) continue;
        if (state.get(t) === 1) {
          const cycle = stack.slice(stack.indexOf(t));
          const key = [...cycle].sort().join(',');
          if (!reported.has(key)) {
            reported.add(key);
            const jobs = cycle.map((c) => s.jobById.get(c)!);
            const first = jobs.reduce((a, b) => (a.keyRange.start.line <= b.keyRange.start.line ? a : b));
            const start = cycle.indexOf(first.id.toLowerCase());
            const ordered = [...cycle.slice(start), ...cycle.slice(0, start)].map((c) => s.jobById.get(c)!.id);
            report({
              message: `cyclic dependencies in "needs" job configurations are detected. detected cycle is ${[...ordered, ordered[0]].map((x) => JSON.stringify(x)).join(' -> ')}`,
              range: first.keyRange,
            });
          }
        } else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(id, 2);
    };
    for (const job of s.jobs) if (!state.has(job.id.toLowerCase())) visit(job.id.toLowerCase());
  },
  tests: [
    {
      name: 'unknown job with a fix',
      input: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: make
          test:
            needs: [biuld, lint]
            runs-on: ubuntu-latest
            steps:
              - run: make
      `,
      expect: [
        { line: 8, col: 13, message: 'job "test" needs job "biuld" which does not exist in this workflow. Did you mean "build"?' },
        { line: 8, col: 20, message: 'job "test" needs job "lint" which does not exist in this workflow' },
      ],
    },
    {
      name: 'cycles and duplicates',
      input: dedent`
        on: push
        jobs:
          a:
            needs: c
            runs-on: ubuntu-latest
            steps:
              - run: echo
          b:
            needs: [a, A]
            runs-on: ubuntu-latest
            steps:
              - run: echo
          c:
            needs: b
            runs-on: ubuntu-latest
            steps:
              - run: echo
          d:
            needs: d
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 3, col: 3, message: 'cyclic dependencies in "needs" job configurations are detected. detected cycle is "a" -> "c" -> "b" -> "a"' },
        { line: 9, col: 16, message: 'job ID "A" is duplicated in "needs" section of job "b"', severity: 'warning' },
        { line: 19, col: 12, message: 'job "d" needs itself' },
      ],
    },
    {
      name: 'valid needs (case-insensitive)',
      input: dedent`
        on: push
        jobs:
          Build:
            runs-on: ubuntu-latest
            steps:
              - run: echo
          test:
            needs: build
            runs-on: ubuntu-latest
            steps:
              - run: echo
          deploy:
            needs: [Build, test]
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
