import type { Fix, Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { describedAction, parseActionRef, popularAction } from '../actions-data';
import { localUses, documentProjectRoot, readStepLocalAction } from '../localFiles';
import { allSteps, scalarString, type StepInfo } from '../structure';
import { appendToStepSection } from '../stepEdit';
import { dedent } from '../../engine/dedent';

/** Adds the missing required inputs to `with:` (empty values to fill in). */
function addInputsFix(model: WorkflowModel, step: StepInfo, names: string[]): Fix[] | undefined {
  if (!names.length) return undefined;
  const edit = appendToStepSection(model, step, 'with', names.map((n) => `${n}: ''`));
  return edit ? [{ title: `Add required input${names.length > 1 ? 's' : ''} ${names.join(', ')}`, edits: [edit] }] : undefined;
}

type Inputs = Map<string, { name: string; required: boolean; hasDefault: boolean; deprecated?: string }>;

/** The inputs of a bundled action's metadata by lower-case name (built once per action; never changed). */
const popularInputsCache = new WeakMap<object, Inputs>();

function popularInputs(meta: NonNullable<ReturnType<typeof popularAction>>): Inputs {
  let m = popularInputsCache.get(meta);
  if (!m) {
    m = new Map(Object.entries(meta.inputs!).map(([n, i]) => [n.toLowerCase(), { name: n, required: !!i.required, hasDefault: false, deprecated: i.deprecated }]));
    popularInputsCache.set(meta, m);
  }
  return m;
}

const rule: Rule<WorkflowModel> = {
  id: 'action-inputs',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: { actionlint: 'action' },
  fix: { safety: 'unsafe', why: 'A did-you-mean for an input name, or a required input added without its value.' },
  docs: {
    summary: '`with:` of a step must match the inputs of its action: required inputs given, no unknown inputs, no deprecated ones. Local actions (`uses: ./path` or `uses: $/path`) are read from their `action.yml`; popular actions (checkout, setup-*, cache, artifacts, docker/*, github-script, …) from bundled metadata, for the major the ref names (for a commit SHA, the version in its trailing comment such as `# v4.1.1`; without one it is not checked).',
    why: 'GitHub checks neither: an unknown input only earns an "Unexpected input" line in the log (a typo such as `node_version` means the default is used), and a required input that is not given reaches the action as an empty string, which most actions reject at run time. Both are probably mistakes, hence warnings.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node_version: 20\n      - uses: actions/setup-java@v4\n        with:\n          java-version: 21\n',
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: 21\n",
  },
  check({ model, files, path: docPath, report }) {
    // Found upwards through the file system: only for local actions.
    const root = () => documentProjectRoot(model, docPath, files);
    for (const { job, step } of allSteps(model)) {
      if (!step.uses || !step.usesNode || step.uses.includes('${{')) continue;
      const uses = step.uses.trim();
      let inputs: Map<string, { name: string; required: boolean; hasDefault: boolean; deprecated?: string }> | undefined;
      let strict = true;
      const local = localUses(uses);
      if (local) {
        const r = root();
        if (!r) continue;
        const a = readStepLocalAction(model, r, uses, files, job?.steps, step.index);
        if (!a) continue;
        inputs = a.inputs;
        // Docker actions also take `entrypoint` and `args`.
        if (a.using === 'docker') {
          inputs = new Map(inputs);
          for (const n of ['entrypoint', 'args']) if (!inputs.has(n)) inputs.set(n, { name: n, required: false, hasDefault: true });
        }
      } else {
        const ref = parseActionRef(uses);
        if (!ref) continue;
        // A SHA says nothing of the version: the comment pinning tools leave beside it does. Without one the inputs
        // are not checked (the commit may be of an older or newer major, with other inputs, than the bundled data).
        const meta = describedAction(ref, step.usesNode.comment ?? (step.node.flow ? step.node.comment : undefined));
        if (!meta?.inputs) continue;
        inputs = popularInputs(meta);
        strict = false;
      }
      const given = new Map<string, { name: string; pair: (typeof step.with & object)['items'][number] }>();
      for (const p of step.with?.items ?? []) {
        const n = scalarString(p.key);
        if (n !== undefined) given.set(n.toLowerCase(), { name: n, pair: p });
      }
      const known = inputs;
      let names: string[] | undefined;
      // Inputs a misspelled key probably means: its typo fix is the repair, not a new key.
      const typoTargets = new Set<string>();
      for (const [lower, g] of given) {
        const range = model.keyRange(g.pair);
        const def = inputs.get(lower);
        if (def?.deprecated) {
          report({ message: `avoid using deprecated input ${JSON.stringify(g.name)} in action ${JSON.stringify(uses)}: ${def.deprecated}`, range, severity: 'warning' });
          continue;
        }
        if (def) continue;
        names ??= [...known.values()].filter((i) => !i.deprecated).map((i) => i.name);
        const suggestion = closest(g.name, names) ?? names.find((n) => n.replace(/[-_]/g, '').toLowerCase() === g.name.replace(/[-_]/g, '').toLowerCase());
        if (suggestion) typoTargets.add(suggestion);
        report({
          message:
            `input ${JSON.stringify(g.name)} is not defined in action ${JSON.stringify(uses)}. available inputs are ${names.sort().map((n) => JSON.stringify(n)).join(', ') || 'none'}` +
            didYouMean(suggestion, 'yaml'),
          range,
          severity: strict ? undefined : 'warning',
          // Renaming onto an input the step already gives would make a duplicate key: no fix then.
          fixes: suggestion && !given.has(suggestion.toLowerCase()) ? suggestionFix(range, suggestion) : undefined,
        });
      }
      const missing = [...inputs.values()].filter((i) => i.required && !i.hasDefault && !given.has(i.name.toLowerCase()));
      if (missing.length)
        report({
          message: `missing input${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m.name)).join(', ')} which ${missing.length > 1 ? 'are' : 'is'} required by action ${JSON.stringify(uses)}`,
          range: model.rangeOf(step.usesNode),
          fixes: addInputsFix(model, step, missing.map((m) => m.name).filter((n) => !typoTargets.has(n))),
        });
    }
  },
  tests: [
    {
      name: 'popular actions: unknown (warning) and missing required inputs',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-node@v4
                with:
                  node_version: 20
              - uses: actions/setup-java@v4
                with:
                  java-version: 21
              - uses: pypa/gh-action-pypi-publish@release/v1
                with:
                  packages_dir: dist
      `,
      expect: [
        { line: 8, col: 11, message: 'input "node_version" is not defined in action "actions/setup-node@v4". available inputs are "always-auth", "architecture", "cache", "cache-dependency-path", "check-latest", "mirror", "mirror-token", "node-version", "node-version-file", "package-manager-cache", "registry-url", "scope", "token". Did you mean "node-version"?', severity: 'warning' },
        { line: 9, col: 15, message: 'missing input "distribution" which is required by action "actions/setup-java@v4"' },
        { line: 14, col: 11, message: 'avoid using deprecated input "packages_dir" in action "pypa/gh-action-pypi-publish@release/v1": The inputs have been normalized to use kebab-case. Use `packages-dir` instead', severity: 'warning' },
      ],
    },
    {
      name: 'fix: adds missing required inputs to with:, creating it when needed',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-java@v4
                with:
                  java-version: 21
              - uses: actions/setup-java@v4
                name: java
              - run: echo
      `,
      expect: [
        { line: 6, col: 15, message: 'missing input "distribution" which is required by action "actions/setup-java@v4"' },
        { line: 9, col: 15, message: 'missing input "distribution" which is required by action "actions/setup-java@v4"' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-java@v4
                with:
                  java-version: 21
                  distribution: ''
              - uses: actions/setup-java@v4
                name: java
                with:
                  distribution: ''
              - run: echo
      `,
    },
    {
      name: 'local actions',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/build
                with:
                  targt: x
                  old: 1
              - uses: ./.github/actions/docker
                with:
                  args: --help
      `,
      files: {
        '.github/actions/build/action.yml': 'name: b\ndescription: d\ninputs:\n  target:\n    description: t\n    required: true\n  level:\n    required: true\n    default: "1"\n  old:\n    deprecationMessage: use level\nruns:\n  using: composite\n  steps: []\n',
        '.github/actions/docker/action.yml': 'name: d\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n',
      },
      expect: [
        { line: 6, col: 15, message: 'missing input "target" which is required by action "./.github/actions/build"' },
        { line: 8, col: 11, message: 'input "targt" is not defined in action "./.github/actions/build". available inputs are "level", "target". Did you mean "target"?', severity: 'warning' },
        { line: 9, col: 11, message: 'avoid using deprecated input "old" in action "./.github/actions/build": use level', severity: 'warning' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/build
                with:
                  target: x
                  old: 1
              - uses: ./.github/actions/docker
                with:
                  args: --help
      `,
    },
    {
      name: 'a commit SHA is checked as the version its comment names',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v4
                with:
                  node_version: 20
              - uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567 #v4.2.1
              - uses: actions/setup-java@0123456789ABCDEF0123456789abcdef01234567 # tag=v4.1.1
                with: {distribution: temurin, java_version: 21}
              - {uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567} # pin@v4
      `,
      expect: [
        { line: 8, col: 11, message: 'input "node_version" is not defined in action "actions/setup-node@0123456789abcdef0123456789abcdef01234567". available inputs are "always-auth", "architecture", "cache", "cache-dependency-path", "check-latest", "mirror", "mirror-token", "node-version", "node-version-file", "package-manager-cache", "registry-url", "scope", "token". Did you mean "node-version"?', severity: 'warning' },
        { line: 9, col: 15, message: 'missing input "distribution" which is required by action "actions/setup-java@0123456789abcdef0123456789abcdef01234567"' },
        { line: 11, col: 39, message: 'input "java_version" is not defined in action "actions/setup-java@0123456789ABCDEF0123456789abcdef01234567". available inputs are "architecture", "cache", "cache-dependency-path", "check-latest", "distribution", "gpg-passphrase", "gpg-private-key", "java-package", "java-version", "java-version-file", "jdkFile", "job-status", "mvn-toolchain-id", "mvn-toolchain-vendor", "overwrite-settings", "server-id", "server-password", "server-username", "settings-path", "token". Did you mean "java-version"?', severity: 'warning' },
        { line: 12, col: 16, message: 'missing input "distribution" which is required by action "actions/setup-java@0123456789abcdef0123456789abcdef01234567"' },
      ],
    },
    {
      name: 'a commit SHA without a version comment, or of a major the data does not describe, is not checked',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/download-artifact@0123456789abcdef0123456789abcdef01234567 # v99
                with:
                  brand-new-input: x
              - uses: actions/download-artifact@0123456789abcdef0123456789abcdef01234567
                with:
                  brand-new-input: x
              - uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567 # 2024-05-01 pinned
              - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v1.4.0
                with:
                  version: 10
      `,
      expect: [],
    },
    {
      name: 'self-repository actions ($/) are read like local ones',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: $/.github/actions/hello
                with:
                  whoo: me
              - uses: $/.github/actions/hello
                with:
                  who: me
      `,
      files: { '.github/actions/hello/action.yml': 'name: h\ndescription: d\ninputs:\n  who:\n    description: w\n    required: true\nruns:\n  using: composite\n  steps: []\n' },
      expect: [
        { line: 6, col: 15, message: 'missing input "who" which is required by action "$/.github/actions/hello"' },
        { line: 8, col: 11, message: 'input "whoo" is not defined in action "$/.github/actions/hello". available inputs are "who". Did you mean "who"?', severity: 'warning' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: $/.github/actions/hello
                with:
                  who: me
              - uses: $/.github/actions/hello
                with:
                  who: me
      `,
    },
    {
      name: 'a local action inside a checkout of this repository into a folder is read from the repository',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  path: action
              - uses: ./action
                with:
                  tags: x
                  tag: y
      `,
      files: { 'action.yml': 'name: a\ndescription: d\ninputs:\n  tags:\n    description: t\nruns:\n  using: node20\n  main: index.js\n' },
      expect: [{ line: 12, col: 11, message: 'input "tag" is not defined in action "./action". available inputs are "tags". Did you mean "tags"?' }],
    },
    {
      name: 'valid inputs, old majors and unknown actions are not checked',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
                  Token: x
              - uses: actions/setup-node@v2
                with:
                  whatever: 1
              - uses: actions/github-script@v7
                with:
                  script: console.log(1)
              - uses: someone/else@v1
                with:
                  anything: 1
      `,
      expect: [],
    },
  ],
};

export default rule;
