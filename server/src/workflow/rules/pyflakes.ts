import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { workflowScripts } from '../scripts';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'pyflakes',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: { actionlint: 'pyflakes' },
  external: 'pyflakes',
  docs: {
    summary: 'pyflakes, when it is installed, checks the Python code of `run:` steps whose shell is `python` (the step\'s `shell:`, or `defaults.run.shell`).',
    why:
      'A name that is not defined, a syntax error or a missing import in a `shell: python` step only shows when the job runs. ' +
      'Slipway hands each such script to the installed `pyflakes3` (Debian/Ubuntu: `apt-get install pyflakes3`, others: `pip install pyflakes`) and shows what it says at the exact place in your file: a syntax error as an error, an undefined name as a warning, an unused import or variable as information. ' +
      'Each `${{ }}` is read as a word of underscores of the same length, as GitHub pastes its value in before Python runs.',
    bad: "on: push\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n        run: |\n          import os\n          print(os.environ['GITHUB_SHA'], sha)\n",
    good: "on: push\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n        run: |\n          import os\n          print(os.environ['GITHUB_SHA'])\n",
  },
  check(ctx) {
    for (const s of workflowScripts(ctx.model)) if (s.tool === 'pyflakes') ctx.embed(s);
  },
  tests: [
    {
      name: 'an undefined name in a literal block, at its column',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n        run: |\n          import os\n          print(os.sep, sha)\n",
      expect: [{ line: 9, col: 25, message: "undefined name 'sha'", severity: 'warning' }],
    },
    {
      name: 'a syntax error is an error',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: print(\n        shell: python\n',
      expect: [{ line: 6, col: 19, message: "'(' was never closed", severity: 'error' }],
    },
    {
      name: 'shell from defaults.run of the job and of the workflow, and a custom python command',
      input: dedent`
        on: push
        defaults:
          run:
            shell: python
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: print(one)
          b:
            runs-on: ubuntu-latest
            defaults:
              run:
                shell: 'python3 {0}'
            steps:
              - run: 'import sys'
              - run: print(two)
                shell: bash
      `,
      expect: [
        { line: 9, col: 20, message: "undefined name 'one'" },
        { line: 16, col: 15, message: "'sys' imported but unused", severity: 'info' },
      ],
    },
    {
      name: '${{ }} is read as a placeholder: no undefined name for it',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n        run: |\n          n = ${{ github.run_number }}\n          print(n + m)\n",
      expect: [{ line: 9, col: 21, message: "undefined name 'm'" }],
    },
    {
      name: 'a composite action step with shell: python',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: print(x)\n      shell: python\n",
      expect: [{ line: 6, col: 18, message: "undefined name 'x'" }],
    },
    {
      name: 'bash and default steps are not Python',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: print(x)\n      - run: print(y)\n        shell: bash\n',
      expect: [],
    },
  ],
};

export default rule;
