/**
 * Package-manager views of parsed shell commands (apt-get, apk, pip, npm, yum/dnf/zypper, gem, go), shared by
 * the hadolint-style rules.
 */
import type { DfInstruction, DockerfileModel, Stage } from './model';
import type { Range } from '../engine/types';
import { allRuns, jsonValue, positionals, subcommand, type ParsedRun, type ShellCommand, type ShellWord } from './shell';
import { memoKey, memoKeyFor } from '../engine/memo';

export const APT_VALUE_FLAGS = new Set(['o', 'c', 't', 'a', 'option', 'config-file', 'target-release', 'default-release', 'host-architecture']);
export const APK_VALUE_FLAGS = new Set(['t', 'virtual', 'repository', 'X', 'p', 'root', 'arch', 'keys-dir', 'cache-dir', 'repositories-file', 'cache-max-age', 'timeout']);
export const PIP_VALUE_FLAGS = new Set([
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation',
  'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python-version', 'root', 'src', 't',
  'target', 'trusted-host', 'upgrade-strategy', 'r', 'requirement', 'c', 'constraint', 'cache-dir', 'log', 'timeout',
  'retries', 'exists-action', 'cert', 'client-cert', 'C', 'config-settings', 'global-option', 'install-option',
  'report', 'root-user-action', 'python', 'use-feature', 'use-deprecated', 'keyring-provider', 'group',
]);
export const RPM_VALUE_FLAGS = new Set([
  'c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'installroot', 'enablerepo', 'disablerepo', 'repo', 'repoid',
  'releasever', 'setopt', 'x', 'exclude', 'R', 'randomwait', 'color', 'downloaddir', 'destdir', 'repofrompath',
  'forcearch', 'rpmverbosity', 'comment', 'advisory', 'advisories', 'bz', 'cve', 'sec-severity', 'secseverity',
]);
export const ZYPPER_VALUE_FLAGS = new Set(['t', 'type', 'r', 'repo', 'from', 'R', 'root', 'D', 'reposd-dir', 'C', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'c', 'config']);

/** `apt-get <sub>`: the subcommand word and the packages after it. */
export function aptGet(cmd: ShellCommand): { sub: ShellWord; packages: ShellWord[] } | undefined {
  if (cmd.name !== 'apt-get') return undefined;
  const pos = positionals(cmd, APT_VALUE_FLAGS);
  if (!pos.length) return undefined;
  return { sub: pos[0], packages: pos.slice(1) };
}

/** Short apt-get options that take a value (`-o Opt=v`, `-oOpt=v`, `-c file`, `-t release`, `-a arch`). */
const APT_SHORT_VALUE = /[octa]/;

/**
 * The one-letter options of an apt-get word (`-qy` is `-q -y`), up to the first that takes a value (the rest of the
 * word is that value: `-tsid` is `-t sid`); empty for other words.
 */
export function aptShortOptions(word: string): string {
  if (!/^-[A-Za-z]/.test(word)) return '';
  const letters = word.slice(1);
  const v = letters.search(APT_SHORT_VALUE);
  return (v < 0 ? letters : letters.slice(0, v + 1)).replace(/[^A-Za-z].*$/, '');
}

/** The `-o`/`--option` configuration item an apt-get argument sets (`APT::Get::Simulate=1`), if it sets one. */
export function aptOption(cmd: ShellCommand, i: number): string {
  const v = cmd.args[i].value;
  if (v.startsWith('-o') && v.length > 2) return v.slice(2);
  if (v.startsWith('--option=')) return v.slice('--option='.length);
  return v === '-o' || v === '--option' ? cmd.args[i + 1]?.value ?? '' : '';
}

const APT_SIMULATE = new Set(['--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);

/**
 * Whether an apt-get command only simulates (`-s`, `--simulate`, `--just-print`, `--dry-run`, `--recon`, `--no-act`,
 * `-o APT::Get::Simulate=true`): it installs nothing, prompts for nothing and changes nothing.
 */
export function aptSimulates(cmd: ShellCommand): boolean {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v === '--') break;
    if (APT_SIMULATE.has(v) || aptShortOptions(v).includes('s')) return true;
    if (/^APT::Get::Simulate=(1|true|yes|on)$/i.test(aptOption(cmd, i))) return true;
  }
  return false;
}

/**
 * `pip install …`, `pip3 install …` or `python3 -m pip install …`: the `install` word, the options and
 * words after it, and whether it is pip at all.
 */
export function pipInstall(cmd: ShellCommand): { install: ShellWord; args: ShellWord[]; all: ShellWord[] } | undefined {
  let args: ShellWord[];
  if (/^pip(\d+(\.\d+)*)?$/.test(cmd.name)) args = cmd.args;
  else if (/^python(\d+(\.\d+)*)?$/.test(cmd.name)) {
    const m = cmd.args.findIndex((a, i) => a.value === '-m' && cmd.args[i + 1]?.value === 'pip');
    const mm = cmd.args.findIndex((a) => a.value === '-mpip');
    if (m >= 0) args = cmd.args.slice(m + 2);
    else if (mm >= 0) args = cmd.args.slice(mm + 1);
    else return undefined;
  } else return undefined;
  const view = { ...cmd, args };
  const sub = subcommand(view, PIP_VALUE_FLAGS);
  if (!sub || sub.value !== 'install') return undefined;
  const idx = args.indexOf(sub);
  return { install: sub, args: args.slice(idx + 1), all: args };
}

/** A yum/dnf package spec carries a version (`httpd-2.4.6`, `httpd-2.4*`, `foo.rpm`, `foo = 1.2`…). */
export function rpmVersionPinned(pkg: string): boolean {
  if (pkg.endsWith('.rpm')) return true;
  const parts = pkg.split('-');
  // The version starts at the first dash-separated part (after the name) that begins with a digit.
  const i = parts.findIndex((p, k) => k > 0 && /^[0-9]/.test(p));
  if (i < 0) return false;
  return parts.slice(i).every((p) => /^[0-9A-Za-z.~^_:+*]+$/.test(p));
}

/** Package words worth checking: static, not provides (`/usr/bin/x`, `perl(Foo)`), not groups (`@x`). */
export function checkablePackage(w: ShellWord): boolean {
  return !w.dynamic && !!w.value && !w.value.startsWith('@') && !w.value.includes('/') && !w.value.includes('(') && !/[*?[]/.test(w.value);
}

const SHIPPED = memoKey<Set<Stage>>('pkg:shipped');

/** Stages the final image is built from: the last stage and its `FROM <stage>` ancestors. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  return model.memoize(SHIPPED, () => {
    const out = new Set<Stage>();
    let s: Stage | undefined = model.stages[model.stages.length - 1];
    while (s && !out.has(s)) {
      out.add(s);
      s = model.parentStage(s);
    }
    return out;
  });
}

const NEAREST_BEFORE = memoKeyFor<(DfInstruction | undefined)[]>('nearestBefore');

const SHIPPED_RUNS = memoKey<ParsedRun[]>('pkg:shippedRuns');

/** The RUNs of the stages the final image is built from (the package caches they leave end up in it). */
export function shippedRuns(model: DockerfileModel): ParsedRun[] {
  return model.memoize(SHIPPED_RUNS, () => {
    const shipped = shippedStages(model);
    return allRuns(model).filter((run) => run.ins.stage && shipped.has(run.ins.stage));
  });
}

/**
 * The nearest instruction before `ins`, in its stage and the stages it builds on, that `test` accepts. Computed for
 * every instruction in one pass per `key` and memoized, so rules asking for each instruction stay linear.
 */
export function nearestBefore(
  model: DockerfileModel,
  ins: DfInstruction,
  key: string,
  test: (x: DfInstruction) => boolean,
): DfInstruction | undefined {
  // An ONBUILD trigger runs in a build FROM this image, after all of the ONBUILD's stage: the stage's last word holds.
  if (ins.onbuild) {
    const stage = ins.onbuild.stage;
    const last = stage?.instructions[stage.instructions.length - 1];
    return !last ? undefined : test(last) ? last : nearestBefore(model, last, key, test);
  }
  // One slot per instruction, by index (a map entry each would take several times the memory in a large file).
  const table = model.memoizeFor(NEAREST_BEFORE, key, () => {
    const before = new Array<DfInstruction | undefined>(model.instructions.length);
    const atEnd = new Array<DfInstruction | undefined>(model.stages.length);
    for (const stage of model.stages) {
      const parent = model.parentStage(stage);
      let last = parent ? atEnd[parent.index] : undefined;
      for (const x of stage.instructions) {
        before[x.index] = last;
        if (test(x)) last = x;
      }
      atEnd[stage.index] = last;
    }
    return before;
  });
  return table[ins.index];
}

/** The first stage of the chain `stage` builds on (itself when it starts from an image). */
export function rootStage(model: DockerfileModel, stage: Stage): Stage {
  const seen = new Set<Stage>();
  let s = stage;
  for (let p = model.parentStage(s); p && !seen.has(p); p = model.parentStage(s)) {
    seen.add(s);
    s = p;
  }
  return s;
}

/**
 * Sources and destination of ADD/COPY (shell or JSON form), with heredoc forms skipped. Values are what the builder
 * uses: JSON strings decoded, shell-form words with quotes and escapes removed (`"go.mod"` -> `go.mod`); ranges are
 * where each is written, quotes included.
 */
export function copyArgs(model: DockerfileModel, ins: DfInstruction): { values: string[]; ranges: Range[] } | undefined {
  const raw = ins.rawArgsContent ?? '';
  if (raw.includes('<<')) return undefined;
  const json = ins.jsonStrings;
  if (json.length) {
    return { values: json.map((s) => jsonValue(model.textOf(s.getRange())) ?? s.getJSONValue()), ranges: json.map((s) => s.getRange()) };
  }
  const args = ins.args;
  return { values: ins.argValues.slice(), ranges: args.map((a) => a.getRange()) };
}

/** The rpm-based package managers and what their subcommands are called. */
export const RPM_TOOLS = ['yum', 'dnf', 'dnf5', 'microdnf'];
export const DNF_TOOLS = ['dnf', 'dnf5', 'microdnf'];

/**
 * Subcommand aliases of dnf (4 and 5), yum and microdnf, mapped to the command they stand for (`dnf in` is
 * `dnf install`, `dnf up` is `dnf upgrade`, `localinstall` installs local files or names as `install` does).
 */
const RPM_ALIASES: Record<string, string> = {
  in: 'install', localinstall: 'install', rm: 'remove', erase: 'remove', up: 'upgrade', update: 'upgrade',
  localupdate: 'upgrade', 'upgrade-to': 'upgrade', 'update-to': 'upgrade', 'up-min': 'upgrade-minimal',
  'update-minimal': 'upgrade-minimal', rei: 'reinstall', dg: 'downgrade', dsync: 'distro-sync', distrosync: 'distro-sync',
  'distribution-synchronization': 'distro-sync', groupinstall: 'group install', groupupdate: 'group upgrade',
  groupupgrade: 'group upgrade', groupremove: 'group remove', groupinfo: 'group info',
  grouplist: 'group list', groups: 'group',
};

/** Canonical rpm-tool commands that change the system and so ask "Is this ok [y/N]" without `-y`. */
const RPM_PROMPTING = new Set([
  'install', 'remove', 'upgrade', 'upgrade-minimal', 'reinstall', 'downgrade', 'distro-sync', 'autoremove', 'swap',
  'group install', 'group remove', 'group upgrade', 'module install', 'module remove', 'module upgrade',
]);

/**
 * `yum`/`dnf`/`dnf5`/`microdnf` with its subcommand: the word as written, the command it stands for with aliases
 * resolved (`in` -> `install`, `groupinstall` and `group install` -> `group install`, `module install`), and the
 * words after it.
 */
export function rpmCommand(cmd: ShellCommand): { sub: ShellWord; command: string; args: ShellWord[] } | undefined {
  if (!RPM_TOOLS.includes(cmd.name)) return undefined;
  const pos = positionals(cmd, RPM_VALUE_FLAGS);
  if (!pos.length) return undefined;
  let command = RPM_ALIASES[pos[0].value] ?? pos[0].value;
  let rest = pos.slice(1);
  if ((command === 'group' || command === 'module') && rest.length) {
    command = `${command} ${RPM_ALIASES[rest[0].value] ?? rest[0].value}`;
    rest = rest.slice(1);
  }
  return { sub: pos[0], command, args: rest };
}

/** Whether the rpm-tool command is one that asks for confirmation. */
export function rpmPrompts(command: string): boolean {
  return RPM_PROMPTING.has(command);
}

/** Whether the rpm-tool command installs packages (the ones a pin or a cache applies to). */
export function rpmInstalls(command: string): boolean {
  return command === 'install' || command === 'group install' || command === 'module install';
}

/** `-y` anywhere before `--` (alone or in a cluster such as `-qy`), `--assumeyes`, or `--setopt=assumeyes=1`. */
export function rpmAssumesYes(cmd: ShellCommand): boolean {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v === '--') break;
    if (v === '--assumeyes' || v === '--yes') return true;
    const setopt = v.startsWith('--setopt=') ? v.slice('--setopt='.length) : v === '--setopt' ? cmd.args[i + 1]?.value ?? '' : '';
    if (/^assumeyes=(1|true|yes|on)$/i.test(setopt)) return true;
    if (/^-[A-Za-z]+$/.test(v)) {
      // Letters after one that takes a value are that value (`-xyum` excludes "yum").
      const letters = v.slice(1);
      const cut = letters.search(/[cdexR]/);
      if ((cut < 0 ? letters : letters.slice(0, cut)).includes('y')) return true;
    }
  }
  return false;
}

/**
 * Where each rpm tool keeps its cache: dnf 4 (and yum on RHEL 8 and later) in /var/cache/dnf, dnf5 in
 * /var/cache/libdnf5, yum 3 and microdnf in /var/cache/yum. Which one a `yum` or `dnf` command uses depends on the
 * image, so a cache mount over any of them (or a parent) keeps the cache out of the layer.
 */
export const RPM_CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'];

/** `rm` of one of the rpm cache directories (or its contents). */
export function removesRpmCache(cmd: ShellCommand): boolean {
  return cmd.name === 'rm' && cmd.args.some((a) => /^\/var\/cache\/(yum|dnf|libdnf5)(\/\*?)?$/.test(a.value));
}

/** `yum`/`dnf`/`dnf5`/`microdnf clean all`. */
export function rpmCleansAll(cmd: ShellCommand): boolean {
  const rpm = rpmCommand(cmd);
  return !!rpm && rpm.command === 'clean' && rpm.args.some((a) => a.value === 'all');
}

/** Rpm-tool commands that download repository metadata and packages into the cache. */
export function rpmFillsCache(command: string): boolean {
  return rpmInstalls(command) || ['upgrade', 'upgrade-minimal', 'reinstall', 'downgrade', 'distro-sync', 'group upgrade'].includes(command);
}

/**
 * The first command of `commands` that `fills` and that no later command `cleans` (a clean only counts when it comes
 * after the work: `yum clean all && yum install -y x` leaves the cache behind), or -1 when every such command is
 * followed by a clean.
 */
export function uncleaned<T>(commands: readonly T[], fills: (c: T) => boolean, cleans: (c: T) => boolean): number {
  let lastClean = -1;
  for (let i = commands.length - 1; i >= 0; i--) {
    if (cleans(commands[i])) {
      lastClean = i;
      break;
    }
  }
  for (let i = lastClean + 1; i < commands.length; i++) if (fills(commands[i])) return i;
  return -1;
}

const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;

/**
 * A pip requirement that names its version (`flask==3.0.3`, `requests>=2.31,<3`), a VCS URL with a ref, an archive,
 * a path or URL (fixed sources), or a `name @ url` direct reference.
 */
export function pipSpecPinned(pkg: string): boolean {
  if (VERSION_SYMBOLS.some((s) => pkg.includes(s))) return true;
  if (VCS.test(pkg)) {
    // A ref after the repository path (`…/repo.git@v1.2`); `git@host` in the authority does not count.
    const url = pkg.replace(/#.*$/, '');
    const rest = url.includes('://') ? url.slice(url.indexOf('://') + 3) : url;
    return rest.slice(rest.indexOf('/') + 1).includes('@');
  }
  if (/\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.test(pkg)) return true;
  // Paths and URLs (`./pkg`, `/src/pkg`, `https://…/pkg`): local or fixed sources.
  if (pkg.includes('/') || pkg === '.' || pkg.startsWith('.')) return true;
  // `name @ https://…` direct references.
  return pkg.includes(' @ ');
}

/** uv options that take a value (global ones and those of `uv pip install`, `uv sync`, `uv tool install`). */
export const UV_VALUE_FLAGS = new Set([
  ...PIP_VALUE_FLAGS, 'cache-dir', 'directory', 'project', 'config-file', 'color', 'allow-insecure-host', 'p', 'python',
  'requirements', 'constraints', 'overrides', 'override', 'build-constraints', 'build-constraint', 'index', 'default-index',
  'index-strategy', 'resolution', 'prerelease', 'exclude-newer', 'python-platform', 'link-mode', 'reinstall-package',
  'upgrade-package', 'P', 'no-build-isolation-package', 'refresh-package', 'extra', 'package', 'with', 'with-requirements',
  'with-editable', 'fork-strategy', 'torch-backend', 'excludes', 'no-install-package', 'only-group', 'no-group', 'w',
]);

/**
 * `uv pip install|sync`, `uv sync`, `uv tool install` or `uv add` (the commands that install packages, and so fill
 * uv's cache): the last subcommand word, the command (`pip install`, `sync`…) and the words after it.
 */
export function uvCommand(cmd: ShellCommand): { sub: ShellWord; command: string; args: ShellWord[] } | undefined {
  if (cmd.name !== 'uv') return undefined;
  const pos = positionals(cmd, UV_VALUE_FLAGS);
  const first = pos[0]?.value;
  if ((first === 'pip' || first === 'tool') && pos[1]) {
    const command = `${first} ${pos[1].value}`;
    if (!['pip install', 'pip sync', 'tool install'].includes(command)) return undefined;
    return { sub: pos[1], command, args: cmd.args.slice(cmd.args.indexOf(pos[1]) + 1) };
  }
  if (first === 'sync' || first === 'add') return { sub: pos[0], command: first, args: cmd.args.slice(cmd.args.indexOf(pos[0]) + 1) };
  return undefined;
}

/** conda and its drop-in replacements. */
export const CONDA_TOOLS = ['conda', 'mamba', 'micromamba'];

/** conda options that take a value (`-f` is `--file` in mamba and micromamba). */
export const CONDA_VALUE_FLAGS = new Set([
  'n', 'name', 'p', 'prefix', 'c', 'channel', 'file', 'f', 'repodata-fn', 'solver', 'platform', 'subdir', 'clone',
  'experimental', 'category', 'r', 'root-prefix', 'rc-file', 'channel-priority', 'log-level', 'relocate-prefix',
]);

/**
 * A conda-family command that installs packages (`install`, `create`, `update`/`upgrade`, `env create`,
 * `env update`): the subcommand word, the command and the package words.
 */
export function condaInstall(cmd: ShellCommand): { sub: ShellWord; command: string; packages: ShellWord[]; usesFile: boolean } | undefined {
  if (!CONDA_TOOLS.includes(cmd.name)) return undefined;
  const pos = positionals(cmd, CONDA_VALUE_FLAGS);
  let i = 0;
  let command = pos[0]?.value ?? '';
  if (command === 'env' && pos[1]) {
    command = `env ${pos[1].value}`;
    i = 1;
  }
  if (!['install', 'create', 'update', 'upgrade', 'env create', 'env update'].includes(command)) return undefined;
  const usesFile = cmd.args.some((a) => /^(-f|--file)(=|$)/.test(a.value) || /^-[a-zA-Z]*f$/.test(a.value));
  return { sub: pos[i], command, packages: pos.slice(i + 1), usesFile };
}

/** `conda clean --all` (or `-a`, in a cluster such as `-afy`), or an `rm` of a `pkgs` directory. */
export function condaCleans(cmd: ShellCommand): boolean {
  if (cmd.name === 'rm') return cmd.args.some((a) => /\/pkgs(\/\*?)?$/.test(a.value));
  if (!CONDA_TOOLS.includes(cmd.name)) return false;
  const pos = positionals(cmd, CONDA_VALUE_FLAGS);
  if (pos[0]?.value !== 'clean') return false;
  return cmd.args.some((a) => a.value === '--all' || /^-[a-zA-Z]*a[a-zA-Z]*$/.test(a.value));
}
