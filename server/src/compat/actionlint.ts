// actionlint's checks (facts: the kinds its documentation lists and what each reports) and the Slipway rules that
// cover each. test/unit/compat.test.ts checks every rule named exists, and `npm run docs` writes the list to
// docs/rules/compat-actionlint.md.

export interface PeerCheck {
  /** actionlint's kind (the name in brackets of its messages), e.g. `expression`. */
  kind: string;
  /** What it checks, in a few words. */
  title: string;
  /** The Slipway rules that cover it (ids in the registry). */
  rules: string[];
  /** What of it Slipway does not do, and why (required when `rules` is empty). */
  notImplemented?: string;
}

// The kinds are those of actionlint's rules (rule_*.go: the name each rule reports under) and of its parser
// (`syntax-check`), in the order of its documentation (docs/checks.md). shellcheck and pyflakes run only when the
// tools are installed.
export const ACTIONLINT_CHECKS: PeerCheck[] = [
  {
    kind: 'syntax-check',
    title: 'The workflow as YAML and as workflow syntax: unexpected keys, missing required keys, duplicate keys (case-insensitive where GitHub compares so), empty sections, values of the wrong type or not among the allowed constants, `${{ }}` where a literal is required',
    rules: ['yaml-syntax', 'yaml-anchor', 'unknown-key', 'missing-key', 'duplicate-key', 'value-type', 'expression-placement'],
    notImplemented:
      'an empty string where actionlint requires a value is not reported in a few places (an empty `container:`, an empty `options` entry of a choice input, an empty `value:` of a `workflow_call` output): the schema Slipway follows accepts them',
  },
  {
    kind: 'expression',
    title: '`${{ }}` expressions: syntax, types (properties, function arguments, comparisons, objects printed into strings), contexts and functions that exist, typed `steps`, `matrix`, `needs` and `inputs` objects, where each context is available, and untrusted input in scripts',
    rules: ['expression-syntax', 'expression-type', 'undefined-reference', 'context-availability', 'untrusted-input'],
  },
  {
    kind: 'action',
    title: '`uses:` of steps: the format of the reference, outdated popular actions, inputs of popular and local actions, and the metadata (`action.yml`) of local actions: required keys, `runs` keys for the kind of action, branding, files named by `runs` that must exist',
    rules: ['action-ref', 'action-inputs', 'outdated-action', 'local-action', 'action-metadata', 'action-runs-file'],
    notImplemented:
      'a Docker action\'s `runs.image` naming a local file that is not called `Dockerfile`, and `runs.entrypoint`/`pre-entrypoint`/`post-entrypoint` files, are not checked (an entrypoint is a path inside the image, which Slipway does not read)',
  },
  {
    kind: 'runner-label',
    title: '`runs-on` labels: unknown GitHub-hosted labels and labels no single runner can match together',
    rules: ['runner-label'],
  },
  {
    kind: 'shellcheck',
    title: 'ShellCheck run on the script of each `run:` (with the step\'s shell)',
    rules: ['ShellCheck'],
    notImplemented:
      'where a runner comes from a matrix with a Windows value, Slipway skips the step (actionlint checks it as bash) unless its `if:` keeps it off Windows; ShellCheck\'s codes about constant tests are left out only on the lines with a `${{ }}` placeholder, not for the whole script',
  },
  {
    kind: 'pyflakes',
    title: 'pyflakes run on the script of each `run:` whose shell is `python`',
    rules: ['pyflakes'],
  },
  {
    kind: 'job-needs',
    title: '`needs:` names jobs that exist, without cycles or duplicates',
    rules: ['job-needs'],
  },
  {
    kind: 'matrix',
    title: '`strategy.matrix`: duplicate values in a row, `exclude` entries with keys or values that are not in the matrix',
    rules: ['matrix'],
  },
  {
    kind: 'events',
    title: '`on:`: unknown events, activity types and filters an event does not take, conflicting filters, cron syntax and frequency, schedule time zones, `workflow_dispatch` inputs',
    rules: ['unknown-event', 'event-filter', 'cron-schedule', 'event-inputs'],
    notImplemented: 'actionlint rejects `timezone: UTC`; Slipway accepts it, as `UTC` is a name of the IANA time zone database',
  },
  {
    kind: 'glob',
    title: 'Branch, tag and path filter patterns: glob syntax, characters git forbids in ref names, spaces and `.`/`..` in paths',
    rules: ['glob-pattern'],
    notImplemented: 'a path pattern that ends in a line break (written as a `|` block) is not reported',
  },
  {
    kind: 'workflow-call',
    title: 'Calls of reusable workflows: the `uses:` format, and for local called workflows their `workflow_call` inputs, secrets and outputs',
    rules: ['reusable-workflow'],
  },
  {
    kind: 'id',
    title: 'Job and step ids: allowed characters, unique step ids in a job',
    rules: ['invalid-id'],
  },
  {
    kind: 'credentials',
    title: 'Container and service `credentials.password` written as plain text',
    rules: ['hardcoded-credentials'],
  },
  {
    kind: 'shell-name',
    title: '`shell:` names a known shell, available on the job\'s runner',
    rules: ['shell-name'],
  },
  {
    kind: 'env-var',
    title: 'Names of environment variables under `env:` (no `=`, no white space)',
    rules: ['env-name'],
  },
  {
    kind: 'permissions',
    title: '`permissions:` scopes and levels',
    rules: ['permissions'],
  },
  {
    kind: 'deprecated-commands',
    title: 'The deprecated `set-output`, `save-state`, `set-env` and `add-path` workflow commands in `run:`',
    rules: ['deprecated-command'],
  },
  {
    kind: 'if-cond',
    title: '`if:` conditions always true because of text around `${{ }}`, and the constant conditions `true` and `false`',
    rules: ['if-always-true', 'constant-condition'],
  },
];
