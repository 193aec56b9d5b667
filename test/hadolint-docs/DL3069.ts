import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3069',
  source: 'hadolint test/Hadolint/Rule/DL3069Spec.hs',
  bad: [
    { dockerfile: 'FROM rust:1.82\nRUN cargo build\n' },
    { dockerfile: 'FROM rust:1.82\nRUN cargo install ripgrep\n' },
    { dockerfile: 'FROM rust:1.82\nONBUILD RUN cargo build\n' },
    { dockerfile: 'FROM rust:1.82\nRUN --mount=type=cache,target=/wrong/path cargo build\n' },
  ],
  good: [
    { dockerfile: 'FROM rust:1.82\nRUN echo hello\n' },
    { dockerfile: 'FROM rust:1.82\nRUN --mount=type=cache,target=/root/.cargo cargo build\n' },
    { dockerfile: 'FROM rust:1.82\nRUN --mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build\n' },
    { dockerfile: 'FROM rust:1.82\nRUN --mount=type=tmpfs,target=/root/.cargo cargo build\n' },
  ],
};
export default examples;
