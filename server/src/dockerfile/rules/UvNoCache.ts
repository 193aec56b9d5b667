import type { Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { hasCacheMount, insertAfter, runMounts } from '../shell';
import { nearestBefore, shippedRuns, uncleaned, uvCommand } from '../packages';

/** The value an ENV or ARG instruction gives UV_NO_CACHE, if it sets it. */
function uvNoCacheValue(x: DfInstruction): string | undefined {
  if (x.keyword !== 'ENV' && x.keyword !== 'ARG') return undefined;
  let value: string | undefined;
  for (const a of x.args) {
    const m = /^UV_NO_CACHE=["']?([^"']*)["']?$/.exec(a.getValue());
    if (m) value = m[1];
  }
  return value;
}

const TRUTHY = /^(1|true|on|yes)$/i;

const rule: Rule<DockerfileModel> = {
  id: 'UvNoCache',
  language: 'dockerfile',
  severity: 'info',
  fix: { safety: 'safe', why: 'uv installs the same packages without its cache; only the cache directory is no longer left in the layer.' },
  docs: {
    summary: 'Keep the uv cache out of the image: `uv pip install --no-cache`, a cache mount, or `uv cache clean`.',
    why:
      'uv keeps every wheel it downloads or builds in its cache (`/root/.cache/uv` when building as root); in an image ' +
      'layer that copy is never reused but adds its size again. Use `--no-cache` (or `ENV UV_NO_CACHE=1`), a cache ' +
      'mount on the cache directory, which also speeds up rebuilds, or `uv cache clean` after the last install in the ' +
      'same RUN. Only stages that end up in the final image are checked.',
    bad: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/\nRUN uv pip install --system flask==3.0.3\n',
    good: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/\nRUN uv pip install --system --no-cache flask==3.0.3\n',
  },
  check({ model, report }) {
    for (const run of shippedRuns(model)) {
      if (!run.commands.some((c) => uvCommand(c))) continue;
      const setting = nearestBefore(model, run.ins, 'UV_NO_CACHE', (x) => uvNoCacheValue(x) !== undefined);
      if (setting && TRUTHY.test(uvNoCacheValue(setting)!)) continue;
      if (hasCacheMount(model, run.ins, '/root/.cache/uv') || runMounts(model, run.ins).some((m) => m.type === 'cache' && /uv/.test(m.target ?? ''))) continue;
      const isClean = (c: (typeof run.commands)[number]) =>
        (c.name === 'uv' && c.args.some((a, i) => a.value === 'cache' && c.args[i + 1]?.value === 'clean')) ||
        (c.name === 'rm' && c.args.some((a) => /\/\.cache\/uv(\/\*?)?$|\/\.cache(\/\*?)?$/.test(a.value)));
      // Installs after the last clean (`uv cache clean && uv sync` leaves the cache behind), each without --no-cache.
      const start = uncleaned(run.commands, (c) => !!uvCommand(c), isClean);
      if (start < 0) continue;
      for (const c of run.commands.slice(start)) {
        const uv = uvCommand(c);
        if (!uv) continue;
        // `--no-cache-dir` is uv's pip-compatible alias of `--no-cache`.
        if (c.args.some((a) => a.value === '--no-cache' || a.value === '--no-cache-dir' || a.value === '-n' || a.value.startsWith('--cache-dir'))) continue;
        if ([...c.assignments, ...run.commands.flatMap((x) => x.args)].some((w) => /^UV_NO_CACHE=(1|true|on|yes)$/i.test(w.value))) continue;
        report({
          message: `Avoid the uv cache in the image: use \`uv ${uv.command} --no-cache\`, a cache mount or \`uv cache clean\``,
          range: uv.sub.range,
          fixes: [{ title: 'Add `--no-cache`', edits: [insertAfter(uv.sub, '--no-cache')], preferred: true }],
        });
      }
    }
  },
  tests: [
    {
      name: 'uv pip install without --no-cache',
      input: 'FROM python:3.12\nRUN uv pip install --system flask==3.0.3\n',
      expect: [{ line: 2, col: 12, message: 'Avoid the uv cache in the image: use `uv pip install --no-cache`, a cache mount or `uv cache clean`' }],
      fixed: 'FROM python:3.12\nRUN uv pip install --no-cache --system flask==3.0.3\n',
    },
    {
      name: 'uv sync and uv tool install',
      input: 'FROM python:3.12\nRUN uv sync --frozen && uv tool install ruff==0.5.0\n',
      expect: [
        { line: 2, col: 8, message: 'Avoid the uv cache in the image: use `uv sync --no-cache`, a cache mount or `uv cache clean`' },
        { line: 2, col: 33, message: 'Avoid the uv cache in the image: use `uv tool install --no-cache`, a cache mount or `uv cache clean`' },
      ],
    },
    { name: '--no-cache, its alias --no-cache-dir and -n', input: 'FROM python:3.12\nRUN uv pip install --no-cache -r requirements.txt && uv pip install --no-cache-dir . && uv sync -n --frozen\n', expect: [] },
    { name: 'ENV UV_NO_CACHE', input: 'FROM python:3.12\nENV UV_NO_CACHE=1\nRUN uv sync --frozen\n', expect: [] },
    { name: 'UV_NO_CACHE set to 0 does not count', input: 'FROM python:3.12\nENV UV_NO_CACHE=0\nRUN uv sync --frozen\n', expect: [{ line: 3, col: 8, message: 'Avoid the uv cache in the image: use `uv sync --no-cache`, a cache mount or `uv cache clean`' }] },
    { name: 'env prefix', input: 'FROM python:3.12\nRUN UV_NO_CACHE=1 uv sync --frozen\n', expect: [] },
    { name: 'cache mount', input: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen\n', expect: [] },
    { name: 'cache mount on a custom uv cache dir', input: 'FROM python:3.12\nENV UV_CACHE_DIR=/uv-cache\nRUN --mount=type=cache,target=/uv-cache uv sync --frozen\n', expect: [] },
    { name: 'uv cache clean after the install', input: 'FROM python:3.12\nRUN uv sync --frozen && uv cache clean\n', expect: [] },
    { name: 'uv cache clean before the install does not count', input: 'FROM python:3.12\nRUN uv cache clean && uv sync --frozen\n', expect: [{ line: 2, col: 26, message: 'Avoid the uv cache in the image: use `uv sync --no-cache`, a cache mount or `uv cache clean`' }] },
    { name: 'a build stage not shipped', input: 'FROM python:3.12 AS build\nRUN uv sync --frozen\nFROM python:3.12-slim\nCOPY --from=build /app/.venv /app/.venv\n', expect: [] },
    { name: 'other uv commands', input: 'FROM python:3.12\nRUN uv venv && uv pip list && uv run --version && uv lock\n', expect: [] },
  ],
};

export default rule;
