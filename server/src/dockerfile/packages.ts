/**
 * Package-manager views of parsed shell commands (apt-get, apk, pip, npm, yum/dnf/zypper, gem, go), shared by
 * the hadolint-style rules.
 */
import type { DfInstruction, DockerfileModel, Stage } from './model';
import type { Range } from '../engine/types';
import { jsonValue, positionals, subcommand, type ShellCommand, type ShellWord } from './shell';

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

/** Stages the final image is built from: the last stage and its `FROM <stage>` ancestors. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  return model.memoize('pkg:shipped', () => {
    const out = new Set<Stage>();
    let s: Stage | undefined = model.stages[model.stages.length - 1];
    while (s && !out.has(s)) {
      out.add(s);
      s = model.parentStage(s);
    }
    return out;
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
  const table = model.memoize(`nearestBefore:${key}`, () => {
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
