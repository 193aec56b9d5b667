import type { HadolintDocExamples } from './types';

// hadolint's cases have no FROM; each gets one (a Windows image for the Windows paths).
const WIN = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022';

const examples: HadolintDocExamples = {
  id: 'DL3010',
  source: 'hadolint wiki DL3010; test/Hadolint/Rule/DL3010Spec.hs',
  bad: [
    { dockerfile: 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n' },
    { dockerfile: 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n' },
    { dockerfile: 'FROM debian:12\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n' },
    {
      dockerfile: `${WIN}\nCOPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n`,
      differs:
        'in the shell form COPY splits its arguments at every space, quotes or not (a path with a space needs the JSON ' +
        'form): the destination is the two words `"C:\\Program` and `Files\\…"` (DL3021 reports the COPY), so the ' +
        'archive has no known place in the image; Slipway also does not read the cmd shell of Windows images\' RUNs',
    },
    {
      dockerfile: `${WIN}\nCOPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n`,
      differs:
        'in the shell form COPY splits its arguments at every space, quotes or not (a path with a space needs the JSON ' +
        'form): the destination is the two words `"C:\\Program` and `Files\\…"` (DL3021 reports the COPY), so the ' +
        'archive has no known place in the image; Slipway also does not read the cmd shell of Windows images\' RUNs',
    },
  ],
  good: [
    { dockerfile: 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n' },
    { dockerfile: 'FROM debian:12\nCOPY package.json /usr/src/app\n' },
    { dockerfile: 'FROM debian:12\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\n' },
  ],
};
export default examples;
