// GitHub-hosted runner labels (https://docs.github.com/en/actions/using-github-hosted-runners) and the
// labels every self-hosted runner has. Kept by hand; update when GitHub adds or retires images.

export const HOSTED_LABELS = [
  'ubuntu-latest',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-slim',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'windows-11-arm',
  'macos-latest',
  'macos-26',
  'macos-15',
  'macos-14',
  'macos-13',
  'macos-15-intel',
  'macos-latest-large',
  'macos-26-large',
  'macos-15-large',
  'macos-14-large',
  'macos-13-large',
  'macos-latest-xlarge',
  'macos-26-xlarge',
  'macos-15-xlarge',
  'macos-14-xlarge',
  'macos-13-xlarge',
];

/** Images GitHub has retired: jobs that ask for them never start. */
export const RETIRED_LABELS = [
  'ubuntu-16.04',
  'ubuntu-18.04',
  'ubuntu-20.04',
  'windows-2016',
  'windows-2019',
  'macos-10.15',
  'macos-11',
  'macos-12',
  'macos-12-xl',
  'macos-13-xl',
];

export const SELF_HOSTED_LABELS = ['self-hosted', 'linux', 'windows', 'macos', 'x64', 'x86', 'arm', 'arm32', 'arm64'];

export function hostedOs(label: string): string | undefined {
  const l = label.toLowerCase();
  if (l === 'linux' || l.startsWith('ubuntu-')) return 'linux';
  if (l === 'windows' || l.startsWith('windows-')) return 'windows';
  if (l === 'macos' || l.startsWith('macos-')) return 'macos';
  return undefined;
}
