import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns } from '../shell';

const rule: Rule<DockerfileModel> = {
  id: 'DL4001',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL4001' },
  docs: {
    summary: 'Either use wget or curl, but not both, in a stage.',
    why: 'Installing and using two download tools for the same job adds packages (and their vulnerabilities) to the image for nothing.',
    bad: 'FROM debian:bookworm\nRUN curl -fsSLO https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz\n',
    good: 'FROM debian:bookworm\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n',
  },
  check({ model, report }) {
    const seen = new Map<unknown, Set<string>>();
    for (const run of allRuns(model)) {
      const tools = run.commands.filter((c) => c.name === 'curl' || c.name === 'wget');
      if (!tools.length) continue;
      let s = seen.get(run.ins.stage);
      if (!s) seen.set(run.ins.stage, (s = new Set()));
      const had = new Set(s);
      for (const t of tools) s.add(t.name);
      if (s.size < 2) continue;
      // Report where the second tool shows up, and every later RUN that uses either, as hadolint does.
      let target = tools[0];
      if (had.size === 1) target = tools.find((t) => !had.has(t.name)) ?? target;
      else if (had.size === 0) target = tools.find((t) => t.name !== tools[0].name) ?? target;
      report({ message: 'Either use Wget or Curl but not both', range: target.nameWord.range });
    }
  },
  tests: [
    { name: 'both in one RUN', input: 'FROM debian\nRUN curl -O a && wget -q b\n', expect: [{ line: 2, col: 18, message: 'Either use Wget or Curl but not both' }] },
    {
      name: 'across RUNs',
      input: 'FROM debian\nRUN curl -O a\nRUN wget -q b\nRUN curl -O c\n',
      expect: [
        { line: 3, col: 5, message: 'Either use Wget or Curl but not both' },
        { line: 4, col: 5, message: 'Either use Wget or Curl but not both' },
      ],
    },
    { name: 'different stages', input: 'FROM debian AS a\nRUN curl -O a\nFROM alpine\nRUN wget -q b\n', expect: [] },
    { name: 'only one tool', input: 'FROM debian\nRUN apt-get install -y curl wget && curl -O a\n', expect: [] },
  ],
};

export default rule;
