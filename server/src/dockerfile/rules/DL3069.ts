import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, uncachedRuns, type CacheMountTool } from '../cacheMounts';
import { subcommand } from '../shell';

/** cargo subcommands that download crates (into `$CARGO_HOME/registry` and `$CARGO_HOME/git`). */
const FETCHES = new Set(['build', 'b', 'install', 'fetch', 'test', 't', 'check', 'c', 'clippy', 'run', 'r', 'vendor', 'doc', 'd']);
const CARGO_VALUE_FLAGS = ['C', 'Z', 'config', 'color', 'explain'];

export const CARGO: CacheMountTool = {
  key: 'DL3069',
  fills(c) {
    if (c.name !== 'cargo') return undefined;
    const sub = subcommand(c, CARGO_VALUE_FLAGS);
    return sub && FETCHES.has(sub.value) ? commandRange(c, sub) : undefined;
  },
  // `~/.cargo`, `$CARGO_HOME/registry` or `/git` (`/usr/local/cargo/registry` in the rust images).
  covers: (t) => /(^|\/)\.cargo(\/|$)|cargo\/(registry|git)(\/|$)/.test(t),
  envDirs: ['CARGO_HOME'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3069',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3069' },
  docs: {
    summary: "Use BuildKit cache mounts for cargo's registry and git folders (`$CARGO_HOME/registry`, `$CARGO_HOME/git`) (opt-in).",
    why:
      'cargo downloads every crate into `$CARGO_HOME/registry` (and git dependencies into `$CARGO_HOME/git`); without ' +
      'cache mounts each build fetches them again and the downloads stay in the layer. `CARGO_HOME` is ' +
      '`/usr/local/cargo` in the official rust images and `~/.cargo` otherwise. Mount those two folders, not all of ' +
      '`CARGO_HOME`, which also holds cargo itself and the binaries of `cargo install`. Cache mounts need BuildKit and ' +
      'are not carried by registry or CI layer caches, so this check is off unless you enable it.',
    bad: 'FROM rust:1.82\nWORKDIR /src\nCOPY . .\nRUN cargo build --release --locked\n',
    good:
      'FROM rust:1.82\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/usr/local/cargo/registry \\\n' +
      '    --mount=type=cache,target=/usr/local/cargo/git \\\n    cargo build --release --locked\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, CARGO)) {
      report({
        message:
          'Use BuildKit cache mounts for cargo (`--mount=type=cache,target=$CARGO_HOME/registry --mount=type=cache,target=$CARGO_HOME/git`; ' +
          'CARGO_HOME is /usr/local/cargo in the rust images, /root/.cargo otherwise) to speed up Rust builds',
        range,
      });
    }
  },
  tests: [
    {
      name: 'cargo build without a cache mount',
      input: 'FROM rust:1.82\nRUN cargo build --release\n',
      expect: [{ line: 2, col: 5, message: 'Use BuildKit cache mounts for cargo (`--mount=type=cache,target=$CARGO_HOME/registry --mount=type=cache,target=$CARGO_HOME/git`; CARGO_HOME is /usr/local/cargo in the rust images, /root/.cargo otherwise) to speed up Rust builds' }],
    },
    { name: 'cargo install, after an option', input: 'FROM rust:1.82\nRUN cargo --locked install ripgrep@14.1.1\n', expect: [{ line: 2, col: 5, message: 'Use BuildKit cache mounts for cargo (`--mount=type=cache,target=$CARGO_HOME/registry --mount=type=cache,target=$CARGO_HOME/git`; CARGO_HOME is /usr/local/cargo in the rust images, /root/.cargo otherwise) to speed up Rust builds' }] },
    { name: "the rust image's registry and git folders", input: 'FROM rust:1.82\nRUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/usr/local/cargo/git cargo build\n', expect: [] },
    { name: '/root/.cargo/registry', input: 'FROM rust:1.82\nRUN --mount=type=cache,target=/root/.cargo/registry cargo fetch\n', expect: [] },
    { name: 'a folder inside CARGO_HOME set by ENV', input: 'FROM rust:1.82\nENV CARGO_HOME=/opt/cargo\nRUN --mount=type=cache,target=/opt/cargo/registry cargo build\n', expect: [] },
    { name: 'a cache mount on the target folder only', input: 'FROM rust:1.82\nRUN --mount=type=cache,target=/src/target cargo build\n', expect: [{ line: 2, col: 43, message: 'Use BuildKit cache mounts for cargo (`--mount=type=cache,target=$CARGO_HOME/registry --mount=type=cache,target=$CARGO_HOME/git`; CARGO_HOME is /usr/local/cargo in the rust images, /root/.cargo otherwise) to speed up Rust builds' }] },
    { name: 'other cargo commands', input: 'FROM rust:1.82\nRUN cargo --version && cargo fmt --check && cargo metadata\n', expect: [] },
  ],
};

export default rule;
