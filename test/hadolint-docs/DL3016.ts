import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM node:20\n${run}\n` },
  { dockerfile: `FROM node:20\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3016',
  source: 'hadolint wiki DL3016; test/Hadolint/Rule/DL3016Spec.hs',
  bad: [
    ...both('RUN npm install express'),
    ...both('RUN npm install @myorg/privatepackage'),
    ...both('RUN npm install express sax@0.1.1'),
    ...both('RUN npm install --global express'),
    ...both('RUN npm install git+ssh://git@github.com:npm/npm.git'),
    ...both('RUN npm install git+http://isaacs@github.com/npm/npm'),
    ...both('RUN npm install git+https://isaacs@github.com/npm/npm.git'),
    ...both('RUN npm install git://github.com/npm/npm.git'),
    ...both('RUN npm install --registry https://example.com express'),
    ...both('RUN npm install --registry=https://example.com express'),
  ],
  good: [
    ...both('RUN npm install'),
    ...both('RUN npm install --progress=false'),
    ...both('RUN npm install express@4.1.1'),
    ...both('RUN npm install @myorg/privatepackage@">=0.1.0"'),
    ...both('RUN npm install express@"4.1.1" sax@0.1.1'),
    ...both('RUN npm install --global express@"4.1.1"'),
    ...both('RUN npm install -g express@"4.1.1"'),
    ...both('RUN npm install package-v1.2.3.tar'),
    ...both('RUN npm install package-v1.2.3.tar.gz'),
    ...both('RUN npm install package-v1.2.3.tgz'),
    ...both('RUN npm install /folder'),
    ...both('RUN npm install ./folder'),
    ...both('RUN npm install ../folder'),
    ...both('RUN npm install ~/folder'),
    ...both('RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27'),
    ...both('RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0'),
    ...both('RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27'),
    ...both('RUN npm install git://github.com/npm/npm.git#v1.0.27'),
    ...both('RUN npm run --crazy install'),
    ...both('RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"'),
    ...both('RUN npm install --loglevel verbose sax@0.1.1'),
    ...both('RUN npm install --registry https://example.com sax@0.1.1'),
  ],
};
export default examples;
