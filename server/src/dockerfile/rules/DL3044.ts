import type { Range, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { scopes, unquote } from '../scope';
import type { StageScope } from '../scope';

/** Whether an ARG or ENV of the stage (or of the stages it builds on) defines `name` before instruction `index`. */
function declaredBefore(scope: StageScope, name: string, index: number): boolean {
  for (let s: StageScope | undefined = scope; s; s = s.parent) {
    const at = s.defs.get(name);
    if (at !== undefined && (s !== scope || at < index)) return true;
  }
  return false;
}

/** Whether `offset` of `text` is inside single quotes (where the builder expands nothing), escapes taken into account. */
function singleQuotedAt(text: string, offset: number, esc: string): boolean {
  let single = false;
  let double = false;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (single) {
      if (c === "'") single = false;
    } else if (c === esc) i++;
    else if (c === '"') double = !double;
    else if (c === "'" && !double) single = true;
  }
  return single;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3044',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3044' },
  docs: {
    summary: 'An ENV should not refer to a variable that the same ENV sets.',
    why:
      'All the values of one ENV are expanded with the environment from before it: in `ENV DIR=/opt/app BIN=$DIR/bin`, ' +
      '`BIN` gets the old `DIR` (here nothing), not `/opt/app`. Set the variable in an earlier ENV. A variable that ' +
      'refers to itself (`PATH=/x:$PATH`) or that an earlier ARG or ENV of the stage already sets is left alone.',
    bad: 'FROM debian:bookworm\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin\n',
    good: 'FROM debian:bookworm\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n',
  },
  check({ model, report }) {
    const byStage = scopes(model).byStage;
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ENV' || !ins.stage) continue;
      const props = ins.properties;
      if (props.length < 2) continue;
      const keys = props.map((p) => unquote(p.getName(), model.escape));
      const vars = ins.variables;
      if (!vars.length) continue;
      const scope = byStage[ins.stage.index];
      for (let i = 0; i < props.length; i++) {
        const valueRange = props[i].getValueRange();
        if (!valueRange) continue;
        const valueText = model.textOf(valueRange);
        const valueStart = model.lines.offsetAt(valueRange.start);
        for (const v of vars) {
          const name = v.getName();
          // A value may read the old value of its own variable (`PATH=/x:$PATH`), unless an earlier pair of
          // this ENV already set it; any other variable set by this ENV is read with its old value too.
          const setElsewhere = keys.some((k, j) => k === name && (j < i || (j > i && keys[i] !== name)));
          if (!setElsewhere || !contains(valueRange, v.getRange())) continue;
          if (singleQuotedAt(valueText, model.lines.offsetAt(v.getRange().start) - valueStart, model.escape)) continue;
          if (declaredBefore(scope, name, ins.index)) continue;
          report({
            message: `Do not refer to an environment variable within the same \`ENV\` statement where it is defined: \`${model.textOf(v.getRange())}\` here is the value from before this ENV, not the one it sets`,
            range: v.getRange(),
          });
        }
      }
    }
  },
  tests: [
    { name: 'hadolint: normal ENV', input: 'FROM a\nENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n', expect: [] },
    { name: 'hadolint: partial match 1', input: 'FROM a\nENV BLA="blubb" BLUBB="${FOOBLA}/blubb"\n', expect: [] },
    { name: 'hadolint: partial match 2', input: 'FROM a\nENV BLA="blubb" BLUBB="${BLAFOO}/blubb"\n', expect: [] },
    { name: 'hadolint: partial match 3', input: 'FROM a\nENV BLA="blubb" BLUBB="$FOOBLA/blubb"\n', expect: [] },
    { name: 'hadolint: partial match 4', input: 'FROM a\nENV BLA="blubb" BLUBB="$BLAFOO/blubb"\n', expect: [] },
    { name: 'hadolint: partial match 5', input: 'FROM a\nENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"\n', expect: [{ line: 2, col: 24, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$BLA` here is the value from before this ENV, not the one it sets' }] },
    { name: 'hadolint: partial match 6', input: 'FROM a\nENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"\n', expect: [] },
    { name: 'hadolint: previously defined in ARG', input: 'FROM a\nARG BLA\nENV BLA=${BLA} X=${BLA}\n', expect: [] },
    { name: 'hadolint: previously defined in ENV', input: 'FROM a\nENV BLA blubb\nENV BLA=${BLA} X=$BLA\n', expect: [] },
    { name: 'hadolint: a variable on its own right-hand side', input: 'FROM a\nENV PATH=/bla:${PATH}\n', expect: [] },
    { name: 'hadolint: its own right-hand side in two ENVs', input: 'FROM a\nENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n', expect: [] },
    { name: 'hadolint: its own right-hand side twice in one ENV', input: 'FROM a\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n', expect: [{ line: 2, col: 35, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `${PATH}` here is the value from before this ENV, not the one it sets' }] },
    { name: 'hadolint: with curly braces', input: 'FROM a\nENV BLA="blubb" BLUBB="${BLA}/blubb"\n', expect: [{ line: 2, col: 24, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `${BLA}` here is the value from before this ENV, not the one it sets' }] },
    { name: 'hadolint: without curly braces', input: 'FROM a\nENV BLA="blubb" BLUBB="$BLA/blubb"\n', expect: [{ line: 2, col: 24, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$BLA` here is the value from before this ENV, not the one it sets' }] },
    { name: 'hadolint: full match 1', input: 'FROM a\nENV BLA="blubb" BLUBB="$BLA"\n', expect: [{ line: 2, col: 24, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$BLA` here is the value from before this ENV, not the one it sets' }] },
    { name: 'hadolint: full match 2', input: 'FROM a\nENV BLA="blubb" BLUBB="${BLA}"\n', expect: [{ line: 2, col: 24, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `${BLA}` here is the value from before this ENV, not the one it sets' }] },
    { name: 'a reference before the assignment, on a continuation line', input: 'FROM a\nENV B=$A \\\n    A=1\n', expect: [{ line: 2, col: 7, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$A` here is the value from before this ENV, not the one it sets' }] },
    { name: 'single quotes and an escaped $ expand nothing', input: "FROM a\nENV A=1 B='$A' C=\\$A\n", expect: [] },
    { name: 'an ENV of the parent stage counts as earlier', input: 'FROM a AS base\nENV A=0\nFROM base\nENV A=1 B=$A\n', expect: [] },
    { name: 'a global ARG not declared in the stage does not', input: 'ARG A=0\nFROM a\nENV A=1 B=$A\n', expect: [{ line: 3, col: 11, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$A` here is the value from before this ENV, not the one it sets' }] },
    { name: 'the base image environment does not either', input: 'FROM golang:1.23\nENV GOPATH=/src PATH=$GOPATH/bin:$PATH\n', expect: [{ line: 2, col: 22, message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined: `$GOPATH` here is the value from before this ENV, not the one it sets' }] },
  ],
};

export default rule;
