import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, shellStateAt } from '../shell';

const rule: Rule<DockerfileModel> = {
  id: 'DL4006',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL4006' },
  docs: {
    summary: 'Set the SHELL option `-o pipefail` before a RUN with a pipe in it.',
    why:
      'A pipeline returns the status of its last command: in `RUN curl -fsSL https://x | tar -xz` a failed download ' +
      'is hidden when tar exits 0, and the build carries on with a broken image. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` ' +
      '(or `set -o pipefail` at the start of the RUN) makes the pipe fail. If your /bin/sh is busybox (Alpine), use ' +
      '`/bin/ash -o pipefail`; Debian\'s dash only supports pipefail in recent releases.',
    bad: 'FROM debian:bookworm\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
    good: 'FROM debian:bookworm\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      if (shellStateAt(model, run.ins).pipefail) continue;
      const pipe = run.pipes.find((p) => !p.pipefail);
      if (!pipe) continue;
      const pos = model.lines.positionAt(pipe.offset);
      report({
        message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
        range: { start: pos, end: { line: pos.line, character: pos.character + 1 } },
      });
    }
  },
  tests: [
    { name: 'pipe with the default shell', input: 'FROM debian\nRUN curl -fsSL https://x | tar -xz\n', expect: [{ line: 2, col: 26, message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check' }] },
    { name: 'SHELL with pipefail', input: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | tar -xz\n', expect: [] },
    { name: 'SHELL -eo pipefail (ash)', input: 'FROM alpine\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://x | tar -xz\n', expect: [] },
    { name: 'set -o pipefail first', input: 'FROM debian\nRUN set -euxo pipefail; curl -fsSL https://x | tar -xz\n', expect: [] },
    { name: 'set -o pipefail after the pipe does not help', input: 'FROM debian\nRUN curl https://x | tar -xz; set -o pipefail\n', expect: [{ line: 2, col: 20, message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check' }] },
    { name: 'SHELL reset per stage', input: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian\nRUN a | b\n', expect: [{ line: 4, col: 7, message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check' }] },
    { name: 'SHELL inherited from the parent stage', input: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM a\nRUN a | b\n', expect: [] },
    { name: 'PowerShell', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n', expect: [] },
    { name: '|| is not a pipe', input: 'FROM debian\nRUN make || true\n', expect: [] },
    { name: 'pipe inside quotes', input: "FROM debian\nRUN echo 'a | b' && grep -E \"x|y\" f\n", expect: [] },
    { name: 'pipe in a command substitution', input: 'FROM debian\nRUN arch="$(dpkg --print-architecture | cut -d- -f1)"\n', expect: [{ line: 2, col: 39, message: 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check' }] },
    { name: 'bash -o pipefail -c', input: "FROM debian\nRUN bash -o pipefail -c 'curl https://x | tar -xz'\n", expect: [] },
  ],
};

export default rule;
