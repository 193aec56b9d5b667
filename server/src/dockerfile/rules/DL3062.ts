import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals, type ShellWord } from '../shell';

const GO_VALUE_FLAGS = new Set([
  'o', 'p', 'C', 'mod', 'modfile', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'overlay', 'pkgdir',
  'toolexec', 'exec', 'buildmode', 'compiler', 'installsuffix', 'pgo', 'covermode', 'coverpkg',
]);
// `-buildvcs` and `-modcacherw` are switches: `-buildvcs=false` is written with `=`, so neither takes the next word.

/** Version queries that float: `@latest`, `@upgrade`, `@patch` and comparisons such as `@>=v1.2` (`@none` removes). */
const FLOATING = /^(latest|upgrade|patch|[<>].*)$/;

/** A remote module path (`example.com/x`), not a local directory, file or standard-library package. */
function remote(pkg: string): boolean {
  if (pkg.startsWith('.') || pkg.startsWith('/') || pkg.endsWith('.go')) return false;
  const first = pkg.split('@')[0].split('/')[0];
  return first.includes('.');
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3062',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3062' },
  docs: {
    summary: 'Pin versions in `go install`, `go get` and `go run`: use `<package>@<version>`, not `@latest`.',
    why:
      '`go install example.com/tool@latest` (or without a version) builds whatever was tagged last, so two builds ' +
      'of the same Dockerfile can produce different tools. Name the version.',
    bad: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n',
    good: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.3\n',
  },
  check({ model, report }) {
    for (const { run, cmd } of commandsNamed(model, 'go')) {
      const pos = positionals(cmd, GO_VALUE_FLAGS);
      const sub = pos[0]?.value;
      if (sub !== 'install' && sub !== 'get' && sub !== 'run') continue;
      let pkgs: ShellWord[] = pos.slice(1);
      if (sub === 'install' && pkgs[0]?.value === 'tool') pkgs = pkgs.slice(1);
      if (sub === 'run') {
        // Everything after the package belongs to the program.
        const view = { ...cmd, args: cmd.args.slice(cmd.args.indexOf(pos[0]) + 1) };
        const first = positionals(view, GO_VALUE_FLAGS)[0];
        pkgs = first ? [first] : [];
      }
      for (const p of pkgs) {
        if (p.dynamic || !remote(p.value)) continue;
        const at = p.value.lastIndexOf('@');
        const version = at < 0 ? '' : p.value.slice(at + 1);
        if (version && !FLOATING.test(version)) continue;
        report({
          message: `Pin versions in go ${sub}: ${p.value}. Instead of \`go ${sub} <package>\` use \`go ${sub} <package>@<version>\``,
          range: p.range,
        });
      }
    }
  },
  tests: [
    { name: '@latest', input: 'FROM golang:1.22\nRUN go install example.com/pkg@latest\n', expect: [{ line: 2, col: 16, message: 'Pin versions in go install: example.com/pkg@latest. Instead of `go install <package>` use `go install <package>@<version>`' }] },
    { name: 'no version', input: 'FROM golang:1.22\nRUN go install example.com/pkg\n', expect: [{ line: 2, col: 16, message: 'Pin versions in go install: example.com/pkg. Instead of `go install <package>` use `go install <package>@<version>`' }] },
    { name: 'pinned', input: 'FROM golang:1.22\nRUN go install example.com/pkg@v1.2.3\n', expect: [] },
    { name: 'local paths', input: 'FROM golang:1.22\nRUN go install ./cmd/... && go install . && go run main.go && go get -d -v ./...\n', expect: [] },
    { name: 'go get tool', input: 'FROM golang:1.22\nRUN go get -tool example.com/foo@latest\n', expect: [{ line: 2, col: 18, message: 'Pin versions in go get: example.com/foo@latest. Instead of `go get <package>` use `go get <package>@<version>`' }] },
    { name: 'go run pinned with program arguments', input: 'FROM golang:1.22\nRUN go run example.com/pkg@v1.2.3 --foo bar\n', expect: [] },
    { name: 'go get -tool with a version', input: 'FROM golang:1.24\nRUN go get -tool example.com/foo@v1.2.3 && go install tool\n', expect: [] },
    {
      name: 'floating queries',
      input: 'FROM golang:1.22\nRUN go get example.com/a@upgrade example.com/b@patch "example.com/c@>=v1.2"\n',
      expect: [
        { line: 2, col: 12, message: 'Pin versions in go get: example.com/a@upgrade. Instead of `go get <package>` use `go get <package>@<version>`' },
        { line: 2, col: 34, message: 'Pin versions in go get: example.com/b@patch. Instead of `go get <package>` use `go get <package>@<version>`' },
        { line: 2, col: 54, message: 'Pin versions in go get: example.com/c@>=v1.2. Instead of `go get <package>` use `go get <package>@<version>`' },
      ],
    },
    { name: '@none removes a dependency', input: 'FROM golang:1.22\nRUN go get example.com/old@none\n', expect: [] },
    {
      name: '-modcacherw and -buildvcs are switches',
      input: 'FROM golang:1.22\nRUN go install -modcacherw example.com/a@latest && go install -buildvcs example.com/b@latest\n',
      expect: [
        { line: 2, col: 28, message: 'Pin versions in go install: example.com/a@latest. Instead of `go install <package>` use `go install <package>@<version>`' },
        { line: 2, col: 73, message: 'Pin versions in go install: example.com/b@latest. Instead of `go install <package>` use `go install <package>@<version>`' },
      ],
    },
    { name: 'go build is not checked', input: 'FROM golang:1.22\nRUN go build -ldflags "-s -w" -o /app ./cmd/app\n', expect: [] },
  ],
};

export default rule;
