import type { Rule } from '../../engine/types';
import { closest } from '../../engine/text';
import { keyName } from '../../yaml/model';
import type { ComposeModel } from '../model';

export const COMPOSE_TOP_KEYS = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

const rule: Rule<ComposeModel> = {
  id: 'compose-unknown-key',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'Top-level keys of a Compose file must be ones the Compose specification defines, or `x-` extensions.',
    why: '`docker compose` refuses the whole file with "additional properties not allowed"; a misspelt `service:` or `volume:` is easy to miss.',
    bad: 'service:\n  web:\n    image: nginx\n',
    good: 'services:\n  web:\n    image: nginx\n',
  },
  check({ model, report }) {
    const root = model.root;
    if (!root) return;
    for (const pair of root.items) {
      const key = keyName(pair);
      if (key === undefined || key.startsWith('x-') || COMPOSE_TOP_KEYS.includes(key)) continue;
      const range = model.keyRange(pair);
      const suggestion = closest(key, COMPOSE_TOP_KEYS);
      report({
        message: `additional property "${key}" is not allowed at the top level` + (suggestion ? `. Did you mean "${suggestion}"?` : ''),
        range,
        fixes: suggestion ? [{ title: `Change to "${suggestion}"`, preferred: true, edits: [{ range, newText: suggestion }] }] : undefined,
      });
    }
  },
  tests: [
    { name: 'typo', input: 'service:\n  web:\n    image: nginx\n', expect: [{ line: 1, col: 1 }], fixed: 'services:\n  web:\n    image: nginx\n' },
    { name: 'extensions allowed', input: 'x-common: &c\n  restart: always\nservices:\n  web:\n    image: nginx\n', expect: [] },
    { name: 'all top keys', input: 'version: "3.9"\nname: app\nservices: {}\nnetworks: {}\nvolumes: {}\nsecrets: {}\nconfigs: {}\n', expect: [] },
  ],
};

export default rule;
