import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel, DfInstruction } from '../model';
import { KNOWN_INSTRUCTIONS } from '../scope';

function counted(model: DockerfileModel): DfInstruction[] {
  // BuildKit looks at the stages' instructions: global ARGs before the first FROM are not counted.
  return model.instructions.filter((i) => i.stage && KNOWN_INSTRUCTIONS.has(i.keyword));
}

const rule: Rule<DockerfileModel> = {
  id: 'ConsistentInstructionCasing',
  language: 'dockerfile',
  severity: 'info',
  compat: { buildkit: 'ConsistentInstructionCasing' },
  fix: { safety: 'safe', why: 'Instruction keywords are case-insensitive: only the spelling changes.' },
  docs: {
    summary: 'Instructions should all use the same casing, the one most of the file uses.',
    why: 'Instruction keywords are case-insensitive, but a file mixing `RUN` and `run` (or `Run`) is harder to read and scan; `docker build --check` reports it.',
    bad: 'FROM alpine:3.19\nrun apk add --no-cache curl\nCOPY . /app\n',
    good: 'FROM alpine:3.19\nRUN apk add --no-cache curl\nCOPY . /app\n',
  },
  check({ model, report }) {
    const list = counted(model);
    let lower = 0;
    let upper = 0;
    for (const ins of list) {
      const w = ins.written;
      if (w === w.toLowerCase()) lower++;
      else if (w === w.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of list) {
      const w = ins.written;
      const want = majorityLower ? w.toLowerCase() : w.toUpperCase();
      if (want === w) continue;
      report({
        message: `Command '${w}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        range: ins.keywordRange,
        fixes: [replaceFix(ins.keywordRange, want)],
      });
    }
  },
  tests: [
    { name: 'one lowercase among uppercase', input: 'FROM scratch\ncopy a /a\nCOPY b /b\n', expect: [{ line: 2, col: 1, message: "Command 'copy' should match the case of the command majority (uppercase)" }], fixed: 'FROM scratch\nCOPY a /a\nCOPY b /b\n' },
    { name: 'lowercase majority', input: 'FROM scratch\ncopy a /a\ncopy b /b\n', expect: [{ line: 1, col: 1, message: "Command 'FROM' should match the case of the command majority (lowercase)" }], fixed: 'from scratch\ncopy a /a\ncopy b /b\n' },
    { name: 'mixed case is always reported', input: 'From scratch\nFROM scratch AS b\n', expect: [{ line: 1, col: 1, message: "Command 'From' should match the case of the command majority (uppercase)" }] },
    { name: 'tie goes to uppercase', input: 'from scratch\nCOPY a /a\n', expect: [{ line: 1, col: 1, message: "Command 'from' should match the case of the command majority (uppercase)" }] },
    { name: 'consistent', input: 'FROM alpine\nRUN <<EOT\nenv\nEOT\nCOPY a /a\n', expect: [] },
    { name: 'global ARG is not counted', input: 'arg V=1\nFROM alpine\nRUN true\n', expect: [] },
  ],
};

export default rule;
