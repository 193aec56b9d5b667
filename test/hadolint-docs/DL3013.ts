import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed (where the spec's ONBUILD command differs from the plain one, as it is there).
const plain = (run: string): HadolintExample => ({ dockerfile: `FROM python:3.12\n${run}\n` });
const onbuild = (run: string): HadolintExample => ({ dockerfile: `FROM python:3.12\nONBUILD ${run}\n` });
const both = (run: string): HadolintExample[] => [plain(run), onbuild(run)];

const examples: HadolintDocExamples = {
  id: 'DL3013',
  source: 'hadolint wiki DL3013; test/Hadolint/Rule/DL3013Spec.hs',
  bad: [
    ...both('RUN pip2 install MySQL_python'),
    plain('RUN pip3 install MySQL_python'),
    ...both('RUN pip install MySQL_python'),
    plain('RUN python -m pip install example'),
    onbuild('RUN python -m pip install --index-url url example'),
    ...both('RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext'),
    ...both('RUN pip install git+ssh://github.com/rtfd/read-ext.git#egg=read-ext'),
  ],
  good: [
    ...both('RUN pip3 install MySQL_python==1.2.2'),
    ...both('RUN pip3 install mypkg.whl'),
    ...both('RUN pip3 install mypkg.tar.gz'),
    ...both('RUN pip install -r requirements.txt'),
    ...both('RUN pip install --requirement requirements.txt'),
    ...both('RUN pip install .'),
    ...both('RUN pip install MySQL_python==1.2.2'),
    ...both('RUN pip install MySQL_python~=1.2.2'),
    ...both('RUN pip install MySQL_python===1.2.2'),
    ...both('RUN pip install --ignore-installed MySQL_python==1.2.2'),
    ...both('RUN pip3 install --build /opt/yamllint yamllint==1.20.0'),
    ...both('RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0'),
    ...both('RUN pip3 install --root /opt/yamllint yamllint==1.20.0'),
    ...both('RUN pip3 install --target /opt/yamllint yamllint==1.20.0'),
    ...both('RUN pip3 install --trusted-host host example==1.2.2'),
    ...both('RUN python -m pip install example==1.2.2'),
    ...both('RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'),
    ...both('RUN pip install git+ssh://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'),
    ...both('RUN pip install foo/bar'),
    ...both('RUN pip install https://foo.bar/baz.zip'),
    ...both("RUN pip install 'alabaster>=0.7'"),
    ...both("RUN pip install 'alabaster<0.7'"),
    ...both("RUN pip install 'alabaster!=0.7'"),
    ...both('RUN pip install MySQL_python==1.2.2 --user'),
    ...both('RUN pip install MySQL_python==1.2.2 --disable-pip-version-check'),
    ...both('RUN pip install --index-url https://eg.com/foo foobar==1.0.0'),
    ...both('RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0'),
    ...both('RUN pip install MySQL_python==1.2.2 --no-cache-dir'),
    ...both('RUN pip install pykafka --constraint http://foo.bar.baz'),
    ...both('RUN pip install pykafka -c http://foo.bar.baz'),
    ...both('RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0'),
    ...both('RUN pipenv install black'),
  ],
};
export default examples;
