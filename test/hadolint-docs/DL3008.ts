import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM debian:12\n${run}\n` },
  { dockerfile: `FROM debian:12\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3008',
  source: 'hadolint wiki DL3008; test/Hadolint/Rule/DL3008Spec.hs',
  bad: [...both('RUN apt-get update && apt-get install python')],
  good: [
    ...both('RUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*'),
    ...both(
      'RUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*',
    ),
    ...both('RUN apt-get install -y python=1.2.2'),
    ...both('RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb'),
    ...both('RUN apt-get -y --no-install-recommends install nodejs=0.10'),
    ...both(
      'RUN set -e &&\\\n' +
        ' echo "deb http://http.debian.net/debian jessie-backports main" > /etc/apt/sources.list.d/jessie-backports.list &&\\\n' +
        ' apt-get update &&\\\n' +
        ' apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1 &&\\\n' +
        ' rm -rf /var/lib/apt/lists/*',
    ),
  ],
};
export default examples;
