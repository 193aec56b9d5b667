import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { fromParts } from '../scope';

const OSES = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos', 'wasip1']);
const ARCH_ALIASES: Record<string, string> = { 'x86_64': 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386', i686: '386', x86: '386' };
const ARCHES = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm', 'loong64']);

/** Parses `os[/arch[/variant]]` (or a lone arch) as containerd does; undefined when it is not a platform. */
export function parsePlatform(s: string): { os: string; arch: string } | undefined {
  const parts = s.split('/');
  if (parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_.()-]+$/.test(p))) return undefined;
  const norm = (a: string) => ARCH_ALIASES[a.toLowerCase()] ?? a.toLowerCase();
  if (parts.length === 1) {
    const p = parts[0].toLowerCase();
    if (OSES.has(p) || p === 'macos') return { os: p === 'macos' ? 'darwin' : p, arch: 'amd64' };
    if (ARCHES.has(norm(p))) return { os: 'linux', arch: norm(p) };
    return undefined;
  }
  return { os: parts[0].toLowerCase().replace(/\(.*\)$/, ''), arch: norm(parts[1]) };
}

const rule: Rule<DockerfileModel> = {
  id: 'FromPlatformFlagConstDisallowed',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'FromPlatformFlagConstDisallowed' },
  docs: {
    summary: 'FROM --platform should use a variable such as `$BUILDPLATFORM`, not a constant.',
    why:
      'A constant platform pins the stage to one architecture whatever `--platform` the build asks for, so multi-platform ' +
      'builds silently produce wrong-architecture images (unless the stage is named for that platform on purpose).',
    bad: 'FROM --platform=linux/amd64 golang:1.22 AS build\n',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { platform, name } = fromParts(model, stage);
      if (!platform || platform.includes('$')) continue;
      const p = parsePlatform(platform);
      if (!p) continue;
      const stageName = (name ?? '').toLowerCase();
      if (stageName && (stageName.includes(p.os) || stageName.includes(p.arch))) continue;
      const flag = stage.platformFlag;
      const fr = flag?.getRange();
      report({
        message: `FROM --platform flag should not use constant value "${platform}"`,
        range: fr && fr.start.line === stage.fromInstruction.range.start.line ? fr : stage.fromInstruction.range,
      });
    }
  },
  tests: [
    { name: 'constant platform', input: 'FROM --platform=linux/amd64 scratch\n', expect: [{ line: 1, col: 6, message: 'FROM --platform flag should not use constant value "linux/amd64"' }] },
    { name: 'stage named for the architecture', input: 'FROM --platform=linux/amd64 scratch AS my_amd64_stage\n', expect: [] },
    { name: 'stage named for the OS', input: 'FROM --platform=linux/amd64 scratch AS linux\n', expect: [] },
    { name: 'variables', input: 'FROM --platform=$BUILDPLATFORM scratch\nFROM --platform=linux/${TARGETARCH} scratch\n', expect: [] },
    {
      name: 'quoted values (the builder removes the quotes)',
      input: 'FROM --platform="linux/amd64" scratch\nFROM --platform="$BUILDPLATFORM" scratch\n',
      expect: [{ line: 1, col: 6, message: 'FROM --platform flag should not use constant value "linux/amd64"' }],
    },
    { name: 'arm variant', input: 'FROM --platform=linux/arm/v7 alpine AS build\n', expect: [{ line: 1, col: 6, message: 'FROM --platform flag should not use constant value "linux/arm/v7"' }] },
  ],
};

export default rule;
