import type { YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Range, Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { HOSTED_LABELS, hostedOs, labelsOf, RETIRED_LABELS, SELF_HOSTED_LABELS } from '../runners';
import { pairsOf, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
  return re.test(s);
}

const KNOWN = [...HOSTED_LABELS, ...SELF_HOSTED_LABELS];

const rule: Rule<WorkflowModel> = {
  id: 'runner-label',
  language: 'workflow',
  severity: 'warning',
  options: ['runnerLabels'],
  compat: { actionlint: 'runner-label' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the runner it suggests is a guess.' },
  docs: {
    summary: '`runs-on` labels that no GitHub-hosted runner has (a typo or a retired image such as `ubuntu-20.04` or `macos-12`), and GitHub-hosted labels combined so that no runner can match them all (an error). A retired name beside `self-hosted` or a custom label is a label of a self-hosted runner and is left alone. Add your self-hosted and larger-runner labels with the `runnerLabels` option.',
    why: 'A job whose labels match no runner waits in the queue until it times out (24 hours) instead of failing. Listing several operating systems in one `runs-on` does not run the job on each: use a matrix.',
    bad: 'on: push\njobs:\n  test:\n    runs-on: [ubuntu-latest, windows-latest]\n    steps:\n      - run: make test\n  old:\n    runs-on: ubuntu-20.04\n    steps:\n      - run: make test\n',
    good: 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: make test\n  old:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: make test\n',
  },
  check({ model, options, report }) {
    const known = KNOWN;
    const custom = options.runnerLabels ?? [];
    const isCustom = (l: string) => custom.some((c) => globMatch(c, l));
    const done = new Set<string>();
    const once = (range: Range, message: string, severity?: 'error' | 'warning', fix?: string) => {
      const k = `${range.start.line}:${range.start.character}:${message}`;
      if (done.has(k)) return;
      done.add(k);
      report({ message, range, severity, fixes: suggestionFix(range, fix) });
    };
    for (const job of workflowStructure(model).jobs) {
      if (job.uses || !job.runsOn) continue;
      if (isMap(job.runsOn) && pairsOf(model, job.runsOn as YAMLMap).has('group')) continue; // runner groups have their own labels
      for (const labels of labelsOf(model, job)) {
        const selfHosted = labels.some((l) => l.name.toLowerCase() === 'self-hosted');
        // A retired image's name beside `self-hosted`, a runnerLabels label or a label no GitHub-hosted runner has
        // names a self-hosted runner that carries that label (GitHub matches labels, not images): it can start.
        const onSelfHosted =
          selfHosted ||
          labels.some((l) => {
            const lower = l.name.toLowerCase();
            return l.name !== '' && (isCustom(l.name) || (!known.includes(lower) && !RETIRED_LABELS.includes(lower)));
          });
        for (const l of labels) {
          const lower = l.name.toLowerCase();
          if (l.name === '' || isCustom(l.name)) continue;
          if (RETIRED_LABELS.includes(lower)) {
            if (onSelfHosted) continue;
            once(model.rangeOf(l.node), `label ${JSON.stringify(l.name)} is unknown: GitHub has retired this runner image, so the job would never start`, 'error');
            continue;
          }
          if (selfHosted || known.includes(lower)) continue;
          const suggestion = closest(l.name, HOSTED_LABELS);
          once(
            model.rangeOf(l.node),
            `label ${JSON.stringify(l.name)} is unknown. available labels are ${HOSTED_LABELS.map((x) => JSON.stringify(x)).join(', ')}. if it is a custom label for a self-hosted or larger runner, add it to the runnerLabels option` +
              didYouMean(suggestion, 'yaml'),
            undefined,
            suggestion,
          );
        }
        if (selfHosted) continue;
        // GitHub-hosted images are exclusive: a job asking for two never finds a runner.
        const hosted = labels.filter((l) => HOSTED_LABELS.includes(l.name.toLowerCase()));
        if (!hosted.length) continue;
        const first = hosted[0];
        for (const l of labels) {
          if (l === first) continue;
          const lower = l.name.toLowerCase();
          // Different operating systems (ubuntu-latest and ubuntu-24.04 may be the same image).
          const os = hostedOs(lower);
          const conflict = (HOSTED_LABELS.includes(lower) || SELF_HOSTED_LABELS.includes(lower)) && !!os && os !== hostedOs(first.name);
          if (conflict) {
            const at = model.rangeOf(first.node).start;
            once(
              model.rangeOf(l.node),
              `label ${JSON.stringify(l.name)} conflicts with label ${JSON.stringify(first.name)} defined at line:${at.line + 1},col:${at.character + 1}. note: to run your job on each of them, use a matrix`,
              'error',
            );
          }
        }
      }
    }
  },
  tests: [
    {
      name: 'unknown and retired labels',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-lastest\n    steps:\n      - run: echo\n  b:\n    runs-on: macos-12\n    steps:\n      - run: echo\n',
      expect: [
        { line: 4, col: 14, message: 'label "ubuntu-lastest" is unknown. available labels are "ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "ubuntu-slim", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "windows-latest", "windows-2025", "windows-2022", "windows-11-arm", "macos-latest", "macos-26", "macos-15", "macos-14", "macos-13", "macos-15-intel", "macos-latest-large", "macos-26-large", "macos-15-large", "macos-14-large", "macos-13-large", "macos-latest-xlarge", "macos-26-xlarge", "macos-15-xlarge", "macos-14-xlarge", "macos-13-xlarge". if it is a custom label for a self-hosted or larger runner, add it to the runnerLabels option. Did you mean "ubuntu-latest"?', severity: 'warning' },
        { line: 8, col: 14, message: 'label "macos-12" is unknown: GitHub has retired this runner image, so the job would never start', severity: 'error' },
      ],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n  b:\n    runs-on: macos-12\n    steps:\n      - run: echo\n',
    },
    {
      name: 'conflicting labels, also through a matrix',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: [ubuntu-latest, windows-latest]
            steps:
              - run: echo
          b:
            strategy:
              matrix:
                os: [windows-latest, windows]
            runs-on: [ubuntu-latest, '\${{ matrix.os }}']
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 30, message: 'label "windows-latest" conflicts with label "ubuntu-latest" defined at line:4,col:15. note: to run your job on each of them, use a matrix', severity: 'error' },
        { line: 10, col: 14, message: 'label "windows-latest" conflicts with label "ubuntu-latest" defined at line:11,col:15. note: to run your job on each of them, use a matrix' },
        { line: 10, col: 30, message: 'label "windows" conflicts with label "ubuntu-latest" defined at line:11,col:15. note: to run your job on each of them, use a matrix' },
      ],
    },
    {
      name: 'matrix values are checked',
      input: 'on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, macos-lates]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo\n',
      expect: [{ line: 6, col: 29, message: 'label "macos-lates" is unknown. available labels are "ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "ubuntu-slim", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "windows-latest", "windows-2025", "windows-2022", "windows-11-arm", "macos-latest", "macos-26", "macos-15", "macos-14", "macos-13", "macos-15-intel", "macos-latest-large", "macos-26-large", "macos-15-large", "macos-14-large", "macos-13-large", "macos-latest-xlarge", "macos-26-xlarge", "macos-15-xlarge", "macos-14-xlarge", "macos-13-xlarge". if it is a custom label for a self-hosted or larger runner, add it to the runnerLabels option. Did you mean "macos-latest"?' }],
    },
    {
      name: 'self-hosted, groups, custom labels, expressions and labels of the same system',
      options: { runnerLabels: ['gpu-*'] },
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: [self-hosted, linux, my-label]
            steps:
              - run: echo
          b:
            runs-on:
              group: big
              labels: [custom]
            steps:
              - run: echo
          c:
            runs-on: gpu-a100
            steps:
              - run: echo
          d:
            runs-on: \${{ inputs.runner }}
            steps:
              - run: echo
          e:
            runs-on: [ubuntu-24.04-arm]
            steps:
              - run: echo
          f:
            runs-on: [ubuntu-latest, ubuntu-24.04, linux]
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'a retired image name on a self-hosted runner is only a label',
      options: { runnerLabels: ['gpu-*'] },
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: [self-hosted, ubuntu-20.04]
            steps:
              - run: echo
          b:
            runs-on: [gpu-a100, macos-12]
            steps:
              - run: echo
          c:
            runs-on: [Self-Hosted, linux, windows-2019]
            steps:
              - run: echo
          d:
            runs-on: [my-pool, ubuntu-18.04]
            steps:
              - run: echo
      `,
      expect: [{ line: 16, col: 15, message: 'label "my-pool" is unknown. available labels are "ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "ubuntu-slim", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "windows-latest", "windows-2025", "windows-2022", "windows-11-arm", "macos-latest", "macos-26", "macos-15", "macos-14", "macos-13", "macos-15-intel", "macos-latest-large", "macos-26-large", "macos-15-large", "macos-14-large", "macos-13-large", "macos-latest-xlarge", "macos-26-xlarge", "macos-15-xlarge", "macos-14-xlarge", "macos-13-xlarge". if it is a custom label for a self-hosted or larger runner, add it to the runnerLabels option', severity: 'warning' }],
    },
    {
      name: 'a retired image beside GitHub-hosted or generic labels is still retired',
      input: 'on: push\njobs:\n  a:\n    runs-on: [linux, ubuntu-20.04]\n    steps:\n      - run: echo\n  b:\n    runs-on: [ubuntu-latest, ubuntu-20.04]\n    steps:\n      - run: echo\n',
      expect: [
        { line: 4, col: 22, message: 'label "ubuntu-20.04" is unknown: GitHub has retired this runner image, so the job would never start', severity: 'error' },
        { line: 8, col: 30, message: 'label "ubuntu-20.04" is unknown: GitHub has retired this runner image, so the job would never start', severity: 'error' },
      ],
    },
  ],
};

export default rule;
