import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed (where the spec's ONBUILD command differs from the plain one, as it is there).
const plain = (run: string): HadolintExample => ({ dockerfile: `FROM ruby:3.3\n${run}\n` });
const onbuild = (run: string): HadolintExample => ({ dockerfile: `FROM ruby:3.3\nONBUILD ${run}\n` });
const GEM_FLAG =
  '`--use-system-libraries` is no `gem install` option (gem rejects it; build flags go after `--`), so nothing says ' +
  'it takes a value: Slipway reads `true` as a gem name without a version';
const both = (run: string): HadolintExample[] => [plain(run), onbuild(run)];

const examples: HadolintDocExamples = {
  id: 'DL3028',
  source: 'hadolint wiki DL3028; test/Hadolint/Rule/DL3028Spec.hs',
  bad: [...both('RUN gem i bundler'), ...both('RUN gem i bunlder:1 nokogiri'), ...both('RUN gem install bundler')],
  good: [
    ...both('RUN gem i bundler:1'),
    plain('RUN gem i bunlder:1 nokogirii:1'),
    onbuild('RUN gem i bunlder:1 nokogiri:1'),
    ...both('RUN gem install bundler:1'),
    ...both("RUN gem install bundler -v '2.0.1'"),
    ...both("RUN gem install bundler --version '2.0.1'"),
    ...both("RUN gem install bundler --version='2.0.1'"),
    ...both('RUN gem install bundler:2.0.1 -- --use-system-libraries=true'),
    ...both('RUN gem install bundler:2.0.1 -- --use-system-libraries true'),
    { ...plain('RUN gem install bundler:2.0.1 --use-system-libraries true'), differs: GEM_FLAG },
    { ...onbuild('RUN gem install bundler:2.0.1 --use-system-libraries true'), differs: GEM_FLAG },
    ...both('RUN gem install bundler:2.0.1 --use-system-libraries=true'),
  ],
};
export default examples;
