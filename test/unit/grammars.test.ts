// The TextMate grammars, tokenized as VS Code does (vscode-textmate + oniguruma), with the real shell and YAML
// grammars for the embedded parts.
import { describe, it, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { dump, loadGrammar, Token, tokenize } from '../helpers/textmate';

const REPO = path.resolve(__dirname, '../../..');

/** The token(s) with this exact text on a 1-based line; fails with a dump when none. */
function find(tokens: Token[], line: number, text: string): Token {
  const t = tokens.find((x) => x.line === line && x.text === text);
  if (!t) assert.fail(`no token ${JSON.stringify(text)} on line ${line}\n${dump(tokens.filter((x) => x.line === line))}`);
  return t;
}

function hasScope(tokens: Token[], line: number, text: string, scope: string): void {
  const t = find(tokens, line, text);
  assert.ok(
    t.scopes.some((s) => s === scope || s.startsWith(scope + '.')),
    `${JSON.stringify(text)} on line ${line} lacks ${scope}: ${t.scopes.join(' ')}`,
  );
}

function lacksScope(tokens: Token[], line: number, text: string, scope: string): void {
  const t = find(tokens, line, text);
  assert.ok(!t.scopes.some((s) => s === scope || s.startsWith(scope + '.')), `${JSON.stringify(text)} on line ${line} has ${scope}: ${t.scopes.join(' ')}`);
}

/** Every token of the line range is inside `scope`. */
function allIn(tokens: Token[], from: number, to: number, scope: string): void {
  for (const t of tokens.filter((x) => x.line >= from && x.line <= to && x.text.length))
    assert.ok(t.scopes.some((s) => s === scope || s.startsWith(scope + '.')), `line ${t.line} ${JSON.stringify(t.text)} is not in ${scope}: ${t.scopes.join(' ')}`);
}

describe('Dockerfile grammar', () => {
  let g: IGrammar;
  before(async () => {
    g = await loadGrammar('source.dockerfile.slipway');
  });

  it('is generated from scripts/gen-grammars.mjs and contributed for the dockerfile language', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/gen-grammars.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((x: { language?: string }) => x.language === 'dockerfile');
    assert.equal(contributed.scopeName, 'source.dockerfile.slipway');
    assert.equal(contributed.path, './syntaxes/dockerfile.tmLanguage.json');
  });

  it('heredocs: the body is embedded shell, the delimiter ends it, what follows is Dockerfile again', () => {
    const t = tokenize(g, 'FROM alpine\nRUN <<EOF\nset -eu\necho "$HOME"\nEOF\nRUN echo after\n');
    hasScope(t, 2, '<<', 'keyword.operator.heredoc.dockerfile');
    hasScope(t, 2, 'EOF', 'keyword.control.heredoc-token.dockerfile');
    allIn(t, 3, 4, 'meta.embedded.block.shell');
    hasScope(t, 3, 'set', 'entity.name.command.shell');
    hasScope(t, 4, 'HOME', 'variable.other.normal.shell');
    hasScope(t, 5, 'EOF', 'keyword.control.heredoc-token.dockerfile');
    lacksScope(t, 5, 'EOF', 'meta.embedded.block.shell');
    hasScope(t, 6, 'RUN', 'keyword.other.special-method.dockerfile');
    lacksScope(t, 6, 'RUN', 'meta.heredoc.dockerfile');
  });

  it('heredocs: <<- strips tabs before the delimiter, <<"EOF" and <<\'EOF\' are quoted', () => {
    const t = tokenize(g, 'FROM alpine\nRUN <<-"END"\n\techo one\n\tEND\nRUN <<\'X\' sh\n\tX\necho still body\nX\nUSER nobody\n');
    hasScope(t, 2, '"', 'punctuation.definition.string.begin.dockerfile');
    hasScope(t, 2, 'END', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 3, 'echo', 'meta.embedded.block.shell');
    hasScope(t, 4, 'END', 'keyword.control.heredoc-token.dockerfile');
    // without the dash a tab-indented delimiter is body text
    hasScope(t, 5, 'X', 'keyword.control.heredoc-token.dockerfile');
    lacksScope(t, 6, 'X', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 7, 'echo', 'meta.embedded.block.shell');
    hasScope(t, 8, 'X', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 9, 'USER', 'keyword.other.special-method.dockerfile');
    lacksScope(t, 9, 'USER', 'meta.heredoc.dockerfile');
  });

  it('heredocs: several on one line have their bodies one after the other', () => {
    const t = tokenize(g, 'FROM alpine\nRUN <<ONE cat - <<TWO > /out\necho one\nONE\necho two\nTWO\nCOPY <<A <<B /dst/\na body\nA\nb body\nB\nEXPOSE 80\n');
    hasScope(t, 2, 'ONE', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 2, 'TWO', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 3, 'echo', 'meta.embedded.block.shell');
    hasScope(t, 4, 'ONE', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 5, 'echo', 'meta.embedded.block.shell');
    hasScope(t, 6, 'TWO', 'keyword.control.heredoc-token.dockerfile');
    lacksScope(t, 6, 'TWO', 'meta.embedded.block.shell');
    // COPY/ADD heredocs are file contents, not shell
    hasScope(t, 8, 'a body', 'string.unquoted.heredoc.dockerfile');
    hasScope(t, 9, 'A', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 10, 'b body', 'string.unquoted.heredoc.dockerfile');
    hasScope(t, 11, 'B', 'keyword.control.heredoc-token.dockerfile');
    hasScope(t, 12, 'EXPOSE', 'keyword.other.special-method.dockerfile');
    hasScope(t, 12, '80', 'constant.numeric.port.dockerfile');
  });

  it('parser directives only in the leading comment block', () => {
    const t = tokenize(g, '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n# escape=\\\n# a comment\n# syntax=not/a-directive\nFROM alpine\n# escape=`\n');
    hasScope(t, 1, 'syntax', 'keyword.control.directive.dockerfile');
    hasScope(t, 1, 'docker/dockerfile:1', 'string.unquoted.directive-value.dockerfile');
    hasScope(t, 2, 'check', 'keyword.control.directive.dockerfile');
    hasScope(t, 3, 'escape', 'keyword.control.directive.dockerfile');
    hasScope(t, 4, ' a comment', 'comment.line.number-sign.dockerfile');
    hasScope(t, 5, ' syntax=not/a-directive', 'comment.line.number-sign.dockerfile');
    hasScope(t, 7, ' escape=`', 'comment.line.number-sign.dockerfile');
  });

  it('flags, mounts, variables and FROM … AS name', () => {
    const t = tokenize(g, 'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION:-1.23} AS build\nRUN --mount=type=cache,target=/root/.cache go build\nfrom alpine as final\nCOPY --from=build --chown=app:app /out/app /app\nWORKDIR ${HOME}/app\n');
    hasScope(t, 1, 'platform', 'entity.other.attribute-name.flag.dockerfile');
    hasScope(t, 1, 'BUILDPLATFORM', 'variable.other.dockerfile');
    hasScope(t, 1, 'golang:', 'string.unquoted.image.dockerfile');
    hasScope(t, 1, 'GO_VERSION', 'variable.other.dockerfile');
    hasScope(t, 1, ':-', 'keyword.operator.expansion.dockerfile');
    hasScope(t, 1, '1.23', 'string.unquoted.default.dockerfile');
    hasScope(t, 1, 'AS', 'keyword.other.special-method.dockerfile');
    hasScope(t, 1, 'build', 'entity.name.type.stage.dockerfile');
    hasScope(t, 2, 'mount', 'entity.other.attribute-name.flag.dockerfile');
    hasScope(t, 2, 'type', 'variable.parameter.mount-option.dockerfile');
    hasScope(t, 2, 'cache', 'string.unquoted.flag-value.dockerfile');
    hasScope(t, 2, 'target', 'variable.parameter.mount-option.dockerfile');
    hasScope(t, 2, '/root/.cache', 'string.unquoted.flag-value.dockerfile');
    hasScope(t, 2, 'go', 'entity.name.command.shell');
    hasScope(t, 3, 'from', 'keyword.other.special-method.dockerfile');
    hasScope(t, 3, 'as', 'keyword.other.special-method.dockerfile');
    hasScope(t, 3, 'final', 'entity.name.type.stage.dockerfile');
    hasScope(t, 4, 'from', 'entity.other.attribute-name.flag.dockerfile');
    hasScope(t, 4, 'build', 'string.unquoted.flag-value.dockerfile');
    hasScope(t, 5, 'HOME', 'variable.other.dockerfile');
  });

  it('exec-form JSON arrays; a shell test in brackets stays shell form', () => {
    const t = tokenize(g, 'FROM alpine\nENTRYPOINT ["python", "-m", "app"]\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]\nRUN [ -f /x ] && echo yes\nSHELL ["/bin/sh", "-c"]\n');
    hasScope(t, 2, '[', 'punctuation.definition.array.begin.dockerfile');
    hasScope(t, 2, 'python', 'string.quoted.double.dockerfile');
    hasScope(t, 2, ',', 'punctuation.separator.array.dockerfile');
    hasScope(t, 2, ']', 'punctuation.definition.array.end.dockerfile');
    hasScope(t, 3, 'CMD', 'keyword.other.special-method.dockerfile');
    hasScope(t, 3, 'curl', 'meta.array.exec-form.dockerfile');
    lacksScope(t, 4, '[', 'meta.array.exec-form.dockerfile');
    hasScope(t, 4, 'echo', 'meta.embedded.line.shell');
    hasScope(t, 5, '/bin/sh', 'string.quoted.double.dockerfile');
  });

  it('line continuations, comments inside them, and case-insensitive keywords', () => {
    // (a backslash followed by spaces continues too; inside a shell statement the shell grammar reads it as an escape)
    const t = tokenize(g, 'FROM alpine\nrun apk add --no-cache \\\n    # a comment line\n    curl \\\n    git\nEnv A=1 \\  \n    B="two $A"\n');
    hasScope(t, 2, 'run', 'keyword.other.special-method.dockerfile');
    hasScope(t, 2, '\\', 'constant.character.escape.line-continuation.dockerfile');
    hasScope(t, 3, '#', 'punctuation.definition.comment.dockerfile');
    hasScope(t, 4, '\\', 'constant.character.escape.line-continuation'); // the shell grammar's own, inside a statement
    hasScope(t, 6, '\\', 'constant.character.escape.line-continuation.dockerfile');
    hasScope(t, 5, 'git', 'meta.instruction.run.dockerfile');
    hasScope(t, 6, 'Env', 'keyword.other.special-method.dockerfile');
    hasScope(t, 7, 'B', 'variable.other.definition.dockerfile');
    hasScope(t, 7, 'A', 'variable.other.dockerfile');
    hasScope(t, 7, '"', 'string.quoted.double.dockerfile');
  });

  it('# escape=` makes the backtick the continuation character', () => {
    const t = tokenize(g, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\nLABEL a=b `\n      c=d\nUSER ContainerUser\n');
    hasScope(t, 1, '`', 'string.unquoted.directive-value.dockerfile');
    hasScope(t, 3, '`', 'constant.character.escape.line-continuation.dockerfile');
    hasScope(t, 4, 'Write-Host', 'meta.instruction.run.dockerfile');
    hasScope(t, 6, 'c', 'entity.other.attribute-name.label.dockerfile');
    hasScope(t, 7, 'USER', 'keyword.other.special-method.dockerfile');
    lacksScope(t, 7, 'USER', 'meta.instruction.label.dockerfile');
  });

  it('ONBUILD takes an instruction', () => {
    const t = tokenize(g, 'FROM alpine\nONBUILD COPY . /app\nonbuild run make\n');
    hasScope(t, 2, 'COPY', 'keyword.other.special-method.dockerfile');
    hasScope(t, 2, 'COPY', 'meta.instruction.onbuild.dockerfile');
    hasScope(t, 3, 'make', 'entity.name.command.shell');
  });
});

describe('workflow expression and run-script injection', () => {
  let g: IGrammar;
  before(async () => {
    g = await loadGrammar('source.github-actions-workflow.slipway');
  });

  const WF = [
    'on: push', // 1
    '# ${{ github.sha }} in a comment', // 2
    'jobs:', // 3
    '  build:', // 4
    "    if: ${{ github.event_name == 'push' && !cancelled() }}", // 5
    '    runs-on: ${{ matrix.os }}', // 6
    '    steps:', // 7
    '      - run: |', // 8
    '          echo "${{ secrets.TOKEN }}" | docker login --password-stdin', // 9
    '          for f in *.txt; do', // 10
    '            cat "$f"', // 11
    '          done', // 12
    '', // 13
    '          echo after-blank', // 14
    '      - name: later', // 15
    "        run: echo ${{ 1.5 }} ${{ null }} ${{ fromJSON('[1]')[0] }} ${{ true }}", // 16
    '        env:', // 17
    "          X: ${{ steps.meta.outputs.tags || format('{0}-{1}', needs.a.result, inputs.x) }}", // 18
    '      - name: folded', // 19
    '        run: >-', // 20
    '          make ${{ vars.TARGET }}', // 21
    '        shell: bash', // 22
    "        with: { a: '${{ env.A }}' }", // 23
    '',
  ].join('\n');

  it('highlights ${{ }} contexts, properties, functions, operators and literals', () => {
    const t = tokenize(g, WF);
    hasScope(t, 5, '${{', 'punctuation.section.embedded.begin.github-actions');
    hasScope(t, 5, 'github', 'variable.language.context.github-actions');
    hasScope(t, 5, 'event_name', 'variable.other.property.github-actions');
    hasScope(t, 5, '==', 'keyword.operator.comparison.github-actions');
    hasScope(t, 5, 'push', 'string.quoted.single.github-actions');
    hasScope(t, 5, '&&', 'keyword.operator.logical.github-actions');
    hasScope(t, 5, '!', 'keyword.operator.logical.github-actions');
    hasScope(t, 5, 'cancelled', 'support.function.github-actions');
    hasScope(t, 5, '}}', 'punctuation.section.embedded.end.github-actions');
    hasScope(t, 6, 'matrix', 'variable.language.context.github-actions');
    hasScope(t, 16, '1.5', 'constant.numeric.github-actions');
    hasScope(t, 16, 'null', 'constant.language.null.github-actions');
    hasScope(t, 16, 'true', 'constant.language.boolean.github-actions');
    hasScope(t, 16, 'fromJSON', 'support.function.github-actions');
    hasScope(t, 16, '0', 'constant.numeric.github-actions');
    hasScope(t, 18, 'steps', 'variable.language.context.github-actions');
    hasScope(t, 18, '||', 'keyword.operator.logical.github-actions');
    hasScope(t, 18, 'format', 'support.function.github-actions');
    hasScope(t, 18, 'needs', 'variable.language.context.github-actions');
    hasScope(t, 18, 'inputs', 'variable.language.context.github-actions');
    hasScope(t, 21, 'vars', 'variable.language.context.github-actions');
    hasScope(t, 23, 'env', 'variable.language.context.github-actions');
  });

  it('leaves comments alone', () => {
    const t = tokenize(g, WF);
    assert.ok(!t.some((x) => x.line === 2 && x.scopes.some((s) => s.startsWith('meta.embedded.expression'))), dump(t.filter((x) => x.line === 2)));
  });

  it('run: | and run: >- bodies are embedded shell, blank lines included, until the indentation drops', () => {
    const t = tokenize(g, WF);
    hasScope(t, 8, '|', 'keyword.control.flow.block-scalar.yaml');
    allIn(t, 9, 14, 'meta.embedded.block.shell');
    hasScope(t, 9, 'echo', 'entity.name.command.shell');
    hasScope(t, 9, 'secrets', 'variable.language.context.github-actions');
    hasScope(t, 9, 'docker', 'entity.name.command.shell');
    hasScope(t, 10, 'for', 'keyword.control.for.shell');
    hasScope(t, 11, 'f', 'variable.other.normal.shell');
    lacksScope(t, 15, '-', 'meta.embedded.block.shell');
    hasScope(t, 21, 'vars', 'meta.embedded.block.shell');
    const shell = t.filter((x) => x.line === 22);
    assert.ok(!shell.some((x) => x.scopes.includes('meta.embedded.block.shell')), dump(shell));
  });

  it('is contributed as an injection into workflow files', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const inj = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'source.github-actions-workflow.slipway.injection');
    assert.deepEqual(inj.injectTo, ['source.github-actions-workflow.slipway']);
    assert.ok(fs.existsSync(path.join(REPO, inj.path)));
  });
});
