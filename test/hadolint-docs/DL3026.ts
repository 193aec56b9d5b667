import type { HadolintDocExamples } from './types';

// hadolint's spec sets its allowed registries case by case: each example carries its own .hadolint.yaml.
const trusted = (...registries: string[]): string => `trustedRegistries:\n${registries.map((r) => `  - "${r}"`).join('\n')}\n`;

const examples: HadolintDocExamples = {
  id: 'DL3026',
  source: 'hadolint wiki DL3026; test/Hadolint/Rule/DL3026Spec.hs',
  bad: [
    { dockerfile: 'FROM random.com/debian\n', hadolintYaml: trusted('docker.io') },
    { dockerfile: 'FROM x.com/debian\n', hadolintYaml: trusted('*.random.com') },
  ],
  good: [
    { dockerfile: 'FROM random.com/debian\n' },
    { dockerfile: 'FROM random.com/debian\n', hadolintYaml: trusted('x.com', 'random.com') },
    { dockerfile: 'FROM scratch\n', hadolintYaml: trusted('x.com', 'random.com') },
    {
      dockerfile: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n',
      hadolintYaml: trusted('docker.io'),
    },
    { dockerfile: 'FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n', hadolintYaml: trusted('random.com') },
    { dockerfile: 'FROM foo.random.com/debian\n', hadolintYaml: trusted('x.com', '*.random.com') },
    {
      dockerfile: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n',
      hadolintYaml: trusted('*'),
    },
  ],
};
export default examples;
