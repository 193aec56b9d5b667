import type { HadolintDocExamples } from './types';

const PIPE = 'RUN wget -O - https://some.site | wc -l file > /number';
const PWSH = 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value';

const examples: HadolintDocExamples = {
  id: 'DL4006',
  source: 'hadolint test/Hadolint/Rule/DL4006Spec.hs',
  bad: [
    { dockerfile: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n' },
    {
      dockerfile: `FROM scratch as build\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${PIPE}\n`,
      differs:
        'the SHELL does set -o pipefail: a /bin/sh that knows the option (busybox ash, bash, recent dash) fails the ' +
        'pipe as asked, and one that does not rejects the option and fails every RUN at once, so no pipe failure ' +
        'goes unnoticed either way',
    },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}\nFROM scratch as build2\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}\nSHELL ["/bin/sh", "-c"]\n${PIPE}\n` },
  ],
  good: [
    { dockerfile: 'FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n' },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\n${PIPE}\n` },
    { dockerfile: `FROM scratch as build\nSHELL ["pwsh", "-c"]\n${PWSH}\n` },
    { dockerfile: `FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "pwsh", "-c" ]\n${PWSH}\n` },
    { dockerfile: `FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "powershell.exe" ]\n${PWSH}\n` },
    { dockerfile: `FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\n${PWSH}\n` },
  ],
};
export default examples;
