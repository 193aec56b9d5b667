import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3076',
  source: 'hadolint test/Hadolint/Rule/DL3076Spec.hs',
  bad: [
    { dockerfile: 'FROM elixir:1.17\nRUN mix deps.get\n' },
    {
      dockerfile: 'FROM elixir:1.17\nRUN mix compile\n',
      differs: 'Slipway reports only the tasks that download packages (`mix deps.get`, `mix deps.update`): `mix compile` fetches nothing from Hex, so a Hex cache mount would not help it',
    },
    { dockerfile: 'FROM elixir:1.17\nONBUILD RUN mix deps.get\n' },
    { dockerfile: 'FROM elixir:1.17\nRUN --mount=type=cache,target=/wrong/path mix deps.get\n' },
  ],
  good: [
    { dockerfile: 'FROM elixir:1.17\nRUN echo hello\n' },
    { dockerfile: 'FROM elixir:1.17\nRUN --mount=type=cache,target=/root/.hex mix deps.get\n' },
    { dockerfile: 'FROM elixir:1.17\nRUN --mount=type=cache,target=/root/.mix mix deps.get\n' },
    { dockerfile: 'FROM elixir:1.17\nRUN --mount=type=tmpfs,target=/root/.hex mix deps.get\n' },
  ],
};
export default examples;
