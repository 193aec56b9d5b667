// Writes syntaxes/dockerfile.tmLanguage.json. The Dockerfile grammar has two copies of its instruction rules, one
// continuing lines with `\` and one with the backtick that `# escape=`` selects, so it is generated rather than
// written by hand. `node scripts/gen-grammars.mjs` (test/unit/grammars.test.ts checks the file is up to date).
//
// What it handles that VS Code's built-in Dockerfile grammar does not:
// - heredocs (`RUN <<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, up to three on one line), RUN bodies as embedded shell
//   (source.shell), COPY/ADD bodies as text;
// - parser directives (`# syntax=`, `# escape=`, `# check=`) only in the leading comment block;
// - flags (`--mount=type=cache,target=…`, `--from=`, `--platform=`), `$VAR` and `${VAR:-default}` variables,
//   exec-form JSON arrays, line continuations (also with the backtick escape), case-insensitive keywords, `AS name`.
// Limitations (TextMate grammars are line based): an empty line inside a continued instruction ends it (BuildKit
// skips it with a warning); in backtick mode a shell-form RUN is still highlighted as POSIX shell.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const S = 'dockerfile';

const INSTRUCTIONS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];
const ci = (word) => `(?i:${word})`;
/** Start of an instruction: at the beginning of a line, or right after ONBUILD (`\G`). */
const at = (word) => `(?:^|\\G)\\s*(${ci(word)})(?=\\s|$)`;
const END = '(?=\\n)';
const DIRECTIVE_NAMES = '(?i:syntax|escape|check)';

function grammar() {
  const repository = {
    comment: {
      match: '^\\s*((#)).*\\n?',
      captures: { 1: { name: `comment.line.number-sign.${S}` }, 2: { name: `punctuation.definition.comment.${S}` } },
      name: `comment.line.number-sign.${S}`,
    },
    directives: {
      // BuildKit reads directives only until the first line that is not one (a comment, a blank line, an instruction).
      begin: `\\A(?=\\s*#\\s*${DIRECTIVE_NAMES}\\s*=)`,
      end: `^(?!\\s*#\\s*${DIRECTIVE_NAMES}\\s*=)`,
      patterns: [{ include: '#escape-backtick' }, { include: '#directive' }],
    },
    directive: {
      match: `^\\s*(#)\\s*(${DIRECTIVE_NAMES})\\s*(=)\\s*(.*?)\\s*$`,
      name: `meta.directive.${S}`,
      captures: {
        1: { name: `punctuation.definition.comment.${S}` },
        2: { name: `keyword.control.directive.${S}` },
        3: { name: `keyword.operator.assignment.${S}` },
        4: { name: `string.unquoted.directive-value.${S}` },
      },
    },
    'escape-backtick': {
      // `# escape=`` : the rest of the document continues lines with a backtick (never ends).
      begin: `^\\s*(#)\\s*(${ci('escape')})\\s*(=)\\s*(\`)\\s*$`,
      beginCaptures: {
        0: { name: `meta.directive.${S}` },
        1: { name: `punctuation.definition.comment.${S}` },
        2: { name: `keyword.control.directive.${S}` },
        3: { name: `keyword.operator.assignment.${S}` },
        4: { name: `string.unquoted.directive-value.${S}` },
      },
      end: '(?!)',
      patterns: [{ include: '#directive' }, { include: '#body-bt' }],
    },
    variable: {
      patterns: [
        {
          begin: '(\\$\\{)([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])|(##?|%%?|/))?',
          beginCaptures: {
            1: { name: `punctuation.definition.variable.begin.${S}` },
            2: { name: `variable.other.${S}` },
            3: { name: `keyword.operator.expansion.${S}` },
            4: { name: `keyword.operator.expansion.${S}` },
          },
          end: '\\}',
          endCaptures: { 0: { name: `punctuation.definition.variable.end.${S}` } },
          name: `meta.interpolation.variable.${S}`,
          contentName: `string.unquoted.default.${S}`,
          patterns: [{ include: '#variable' }],
        },
        {
          match: '(\\$)([A-Za-z_][A-Za-z0-9_]*)',
          captures: { 1: { name: `punctuation.definition.variable.${S}` }, 2: { name: `variable.other.${S}` } },
          name: `meta.interpolation.variable.${S}`,
        },
      ],
    },
    'string-double': {
      begin: '"',
      end: '"',
      beginCaptures: { 0: { name: `punctuation.definition.string.begin.${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
      name: `string.quoted.double.${S}`,
      patterns: [{ match: '\\\\.', name: `constant.character.escape.${S}` }, { include: '#variable' }],
    },
    'string-single': {
      begin: "'",
      end: "'",
      beginCaptures: { 0: { name: `punctuation.definition.string.begin.${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
      name: `string.quoted.single.${S}`,
    },
    flag: {
      patterns: [
        {
          // --mount=type=cache,target=/root/.cache : key=value options separated by commas
          match: '(?<=^|\\s)(--)(mount)(=)((?:[^\\s,]+,?)*)',
          captures: {
            1: { name: `punctuation.definition.flag.${S}` },
            2: { name: `entity.other.attribute-name.flag.${S}` },
            3: { name: `keyword.operator.assignment.${S}` },
            4: {
              name: `meta.mount.${S}`,
              patterns: [
                {
                  match: '([A-Za-z][\\w-]*)(?:(=)([^,\\s]*))?',
                  captures: {
                    1: { name: `variable.parameter.mount-option.${S}` },
                    2: { name: `keyword.operator.assignment.${S}` },
                    3: { name: `string.unquoted.flag-value.${S}`, patterns: [{ include: '#variable' }] },
                  },
                },
                { match: ',', name: `punctuation.separator.comma.${S}` },
              ],
            },
          },
          name: `meta.flag.${S}`,
        },
        {
          match: '(?<=^|\\s)(--)([A-Za-z][\\w-]*)(?:(=)(\\S*))?',
          captures: {
            1: { name: `punctuation.definition.flag.${S}` },
            2: { name: `entity.other.attribute-name.flag.${S}` },
            3: { name: `keyword.operator.assignment.${S}` },
            4: { name: `string.unquoted.flag-value.${S}`, patterns: [{ include: '#variable' }] },
          },
          name: `meta.flag.${S}`,
        },
      ],
    },
  };
  for (const esc of ['bs', 'bt']) Object.assign(repository, body(esc));
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Dockerfile (Slipway)',
    scopeName: 'source.dockerfile.slipway',
    comment: 'Generated by scripts/gen-grammars.mjs: edit that file, not this one.',
    fileTypes: ['Dockerfile', 'Containerfile', 'dockerfile', 'containerfile'],
    patterns: [{ include: '#directives' }, { include: '#body-bs' }],
    repository,
  };
}

/** The instruction rules for one escape character: `bs` (backslash, the default) or `bt` (backtick). */
function body(esc) {
  const x = (name) => `#${name}-${esc}`;
  const escRe = esc === 'bs' ? '\\\\' : '`';
  const rules = {};
  const put = (name, rule) => (rules[`${name}-${esc}`] = rule);
  put('continuation', {
    patterns: [
      { match: `(${escRe})[ \\t]*\\n`, captures: { 1: { name: `constant.character.escape.line-continuation.${S}` } } },
      // Comment lines inside a continued instruction are dropped by the parser.
      { match: '^\\s*(#).*\\n', name: `comment.line.number-sign.${S}`, captures: { 1: { name: `punctuation.definition.comment.${S}` } } },
    ],
  });
  put('exec-form', {
    // only a JSON array of strings is exec form: `RUN [ -f x ] && …` is shell form
    begin: '\\[(?=\\s*(?:"|\\]))',
    end: '\\]|(?=\\n)',
    beginCaptures: { 0: { name: `punctuation.definition.array.begin.${S}` } },
    endCaptures: { 0: { name: `punctuation.definition.array.end.${S}` } },
    name: `meta.array.exec-form.${S}`,
    patterns: [{ include: x('continuation') }, { include: '#string-double' }, { match: ',', name: `punctuation.separator.array.${S}` }],
  });
  const args = [{ include: x('continuation') }, { include: '#flag' }, { include: '#string-double' }, { include: '#string-single' }, { include: '#variable' }];
  const keyword = (n = 1) => ({ [n]: { name: `keyword.other.special-method.${S}` } });
  const heredocs = (kind) => [3, 2, 1].map((n) => ({ include: x(`heredoc${n}-${kind}`) }));
  // Shell-form commands: the rest of the instruction as embedded shell; heredoc markers are Dockerfile's own.
  put('shell-form', {
    begin: '(?=\\S)',
    end: END,
    contentName: `meta.embedded.line.shell`,
    name: `meta.shell-form.${S}`,
    patterns: [
      // the command name (the shell grammar only knows one at the start of a line or after a separator)
      { match: '\\G([A-Za-z_./][\\w./+-]*)(?=\\s|$)', captures: { 1: { name: 'entity.name.function.call.shell entity.name.command.shell' } } },
      { include: x('continuation') }, ...heredocs('shell'), { match: '(?<=^|\\s)(--)(mount|network|security|device)(?==)', captures: { 1: { name: `punctuation.definition.flag.${S}` }, 2: { name: `entity.other.attribute-name.flag.${S}` } } }, { include: 'source.shell' }],
  });
  const command = [{ include: x('continuation') }, { include: '#flag' }, { include: x('exec-form') }, ...heredocs('shell'), { include: x('shell-form') }];
  put('body', {
    patterns: [
      { include: '#comment' },
      {
        begin: at('FROM'),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.from.${S}`,
        patterns: [
          { include: x('continuation') },
          { include: '#flag' },
          {
            match: `(?<=\\s)(${ci('AS')})\\s+([^\\s]+)`,
            captures: { 1: { name: `keyword.other.special-method.${S}` }, 2: { name: `entity.name.type.stage.${S}`, patterns: [{ include: '#variable' }] } },
          },
          { match: '(?<=\\s)[^\\s-][^\\s]*', name: `string.unquoted.image.${S}`, captures: { 0: { patterns: [{ include: '#variable' }] } } },
        ],
      },
      {
        begin: at('ONBUILD'),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.onbuild.${S}`,
        patterns: [{ include: x('continuation') }, { include: x('body') }],
      },
      ...['RUN', 'CMD', 'ENTRYPOINT', 'SHELL'].map((w) => ({
        begin: at(w),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.${w.toLowerCase()}.${S}`,
        patterns: command,
      })),
      {
        begin: at('HEALTHCHECK'),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.healthcheck.${S}`,
        patterns: [
          { include: x('continuation') },
          { include: '#flag' },
          { match: `(?<=\\s)(${ci('NONE')})\\b`, name: `keyword.other.special-method.${S}` },
          { begin: `(?<=\\s)(${ci('CMD')})(?=\\s)`, beginCaptures: keyword(), end: END, patterns: command },
        ],
      },
      ...['COPY', 'ADD'].map((w) => ({
        begin: at(w),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.${w.toLowerCase()}.${S}`,
        patterns: [...heredocs('text'), { include: x('exec-form') }, ...args],
      })),
      ...['ENV', 'ARG', 'LABEL'].map((w) => ({
        begin: at(w),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.${w.toLowerCase()}.${S}`,
        patterns: [
          { include: x('continuation') },
          {
            match: '(?<=\\s|^)([A-Za-z_][\\w.-]*|"[^"]*")(=)',
            captures: { 1: { name: w === 'LABEL' ? `entity.other.attribute-name.label.${S}` : `variable.other.definition.${S}` }, 2: { name: `keyword.operator.assignment.${S}` } },
          },
          ...(w === 'LABEL' ? [] : [{ match: '(?<=(?i:ENV|ARG)\\s)\\s*([A-Za-z_][\\w.-]*)(?=\\s|$)', captures: { 1: { name: `variable.other.definition.${S}` } } }]),
          ...args.slice(1),
        ],
      })),
      {
        begin: at('EXPOSE'),
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.expose.${S}`,
        patterns: [
          { include: x('continuation') },
          { include: '#variable' },
          { match: '\\b(\\d+(?:-\\d+)?)(?:(/)(\\w+))?', captures: { 1: { name: `constant.numeric.port.${S}` }, 2: { name: `punctuation.separator.protocol.${S}` }, 3: { name: `keyword.other.protocol.${S}` } } },
        ],
      },
      {
        begin: `(?:^|\\G)\\s*(${INSTRUCTIONS.filter((w) => !['FROM', 'ONBUILD', 'RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'EXPOSE'].includes(w)).map(ci).join('|')})(?=\\s|$)`,
        beginCaptures: keyword(),
        end: END,
        name: `meta.instruction.other.${S}`,
        patterns: [{ include: x('exec-form') }, ...args],
      },
    ],
  });
  // Heredocs: `<<EOF`, `<<-EOF` (leading tabs stripped before the delimiter), `<<"EOF"`, `<<'EOF'`. With several on
  // one line, the bodies follow one another: the rule for n markers opens on the first and ends at the last
  // delimiter; inside it, the rule for n-1 markers handles the earlier ones. `(?:(?!\k)\t)*` is `\t*` when the
  // marker had a dash, and nothing otherwise (the backreference is empty, and `(?!)` never matches).
  const marker = (i) => `(<<(-?))(["']?)([A-Za-z_][\\w.-]*)(\\${i + 2})`; // groups i..i+4: op, dash, quote, name, quote
  const markerCaptures = (i) => ({
    [i]: { name: `keyword.operator.heredoc.${S}` },
    [i + 2]: { name: `punctuation.definition.string.begin.${S}` },
    [i + 3]: { name: `keyword.control.heredoc-token.${S}` },
    [i + 4]: { name: `punctuation.definition.string.end.${S}` },
  });
  for (const kind of ['shell', 'text']) {
    const bodyScope = kind === 'shell' ? 'meta.embedded.block.shell' : `string.unquoted.heredoc.${S}`;
    const bodyPatterns = kind === 'shell' ? [{ include: 'source.shell' }] : [];
    for (let n = 1; n <= 3; n++) {
      let begin;
      if (n === 1) begin = marker(1);
      else {
        // zero-width: the last of the n markers names this rule's end (groups 1-4); the rule for n-1 markers then
        // matches from the first one, here
        const skip = Array.from({ length: n - 1 }, () => `<<-?["']?[A-Za-z_][\\w.-]*["']?[^\\n]*?`).join('');
        begin = `(?=${skip}${marker(1)})`;
      }
      put(`heredoc${n}-${kind}`, {
        begin,
        beginCaptures: n === 1 ? markerCaptures(1) : {},
        end: '^(?:(?!\\2)\\t)*(\\4)$',
        endCaptures: { 1: { name: `keyword.control.heredoc-token.${S}` } },
        name: `meta.heredoc.${S}`,
        contentName: bodyScope,
        patterns:
          n === 1
            ? [
                {
                  // the rest of the instruction line: more markers, a destination, interpreter arguments
                  begin: '\\G',
                  end: '\\n',
                  name: `meta.heredoc.header.${S}`,
                  patterns: [
                    { match: marker(1), captures: markerCaptures(1) },
                    ...(kind === 'shell' ? [{ include: 'source.shell' }] : [{ include: '#string-double' }, { include: '#variable' }]),
                  ],
                },
                ...bodyPatterns,
              ]
            : [{ include: x(`heredoc${n - 1}-${kind}`) }, ...bodyPatterns],
      });
    }
  }
  return rules;
}

const out = path.join(root, 'syntaxes', 'dockerfile.tmLanguage.json');
const text = JSON.stringify(grammar(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const cur = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (cur !== text) {
    console.error('syntaxes/dockerfile.tmLanguage.json is out of date: run node scripts/gen-grammars.mjs');
    process.exit(1);
  }
} else fs.writeFileSync(out, text);
