import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';

/** mix tasks that download packages from Hex. */
const FETCHES = new Set(['deps.get', 'deps.update']);

export const MIX: CacheMountTool = {
  key: 'DL3076',
  fills(c) {
    if (c.name !== 'mix') return undefined;
    const task = firstOperand(c, []);
    return task && FETCHES.has(task.value) ? commandRange(c, task) : undefined;
  },
  // Hex's cache (`~/.hex`); a mount on `~/.mix` is taken as meant for the same.
  covers: (t) => /(^|\/)\.(hex|mix)(\/|$)/.test(t),
  envDirs: ['HEX_HOME', 'MIX_HOME'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3076',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3076' },
  docs: {
    summary: 'Use a BuildKit cache mount for the Hex package cache (`--mount=type=cache,target=/root/.hex`) on `mix deps.get` (opt-in).',
    why:
      '`mix deps.get` downloads every package from Hex into its cache (`~/.hex`, `$HEX_HOME`) before unpacking it into ' +
      '`deps/`; with a cache mount on it a rebuild downloads nothing again. Do not mount `~/.mix` over an image that ran ' +
      '`mix local.hex` in an earlier RUN: Hex itself is installed there, and an empty mount hides it. `mix compile` ' +
      'downloads nothing and is not reported. Cache mounts need BuildKit and are not carried by registry or CI layer ' +
      'caches, so this check is off unless you enable it.',
    bad: 'FROM elixir:1.17\nRUN mix local.hex --force && mix local.rebar --force\nWORKDIR /app\nCOPY mix.exs mix.lock ./\nRUN mix deps.get --only prod\n',
    good:
      'FROM elixir:1.17\nRUN mix local.hex --force && mix local.rebar --force\nWORKDIR /app\nCOPY mix.exs mix.lock ./\n' +
      'RUN --mount=type=cache,target=/root/.hex mix deps.get --only prod\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, MIX)) {
      report({
        message: 'Use a BuildKit cache mount for Hex (`--mount=type=cache,target=/root/.hex`) to speed up Elixir dependency fetching',
        range,
      });
    }
  },
  tests: [
    {
      name: 'mix deps.get without a cache mount',
      input: 'FROM elixir:1.17\nRUN mix deps.get --only prod\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Hex (`--mount=type=cache,target=/root/.hex`) to speed up Elixir dependency fetching' }],
    },
    { name: 'cache mount on /root/.hex', input: 'FROM elixir:1.17\nRUN --mount=type=cache,target=/root/.hex mix deps.get\n', expect: [] },
    { name: 'cache mount on HEX_HOME', input: 'FROM elixir:1.17\nENV HEX_HOME=/cache/hex\nRUN --mount=type=cache,target=/cache/hex mix deps.get\n', expect: [] },
    { name: 'a cache mount on deps/ only', input: 'FROM elixir:1.17\nRUN --mount=type=cache,target=/app/deps mix deps.get\n', expect: [{ line: 2, col: 41, message: 'Use a BuildKit cache mount for Hex (`--mount=type=cache,target=/root/.hex`) to speed up Elixir dependency fetching' }] },
    { name: 'tasks that download nothing', input: 'FROM elixir:1.17\nRUN mix compile && mix deps.compile && mix release\n', expect: [] },
  ],
};

export default rule;
