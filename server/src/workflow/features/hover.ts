// Hover for workflows and action.yml: key documentation from GitHub's schema, events, action references and
// their inputs, runner labels, shells, cron schedules in words, and contexts/functions inside `${{ }}`.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-textdocument';
import type { WorkflowModel } from '../model';
import { parseActionRef, popularAction } from '../actions-data';
import { fixedContexts } from '../expr/contexts';
import { FUNCTIONS, sigString } from '../expr/functions';
import { tyString } from '../expr/types';
import { HOSTED_LABELS, RETIRED_LABELS, SELF_HOSTED_LABELS } from '../runners';
import { lookupDef } from '../schema';
import { SHELL_DOCS } from '../rules/shell-name';
import { alternatives, cursorContext, defAtPath, keyDescription, schemaFor } from './context';
import { FUNCTION_DOCS } from './completion';
import { cronProblem, cronToWords, scheduleCrons } from './cron';

const CONTEXT_DOCS: Record<string, string> = {
  github: 'Information about the workflow run and the event that triggered it.',
  env: 'Variables set in `env:` of the workflow, job or step.',
  vars: 'Configuration variables set at the repository, environment or organization level.',
  job: 'Information about the currently running job.',
  jobs: 'Outputs of the jobs of a reusable workflow.',
  steps: 'Outputs and results of the earlier steps of the job that have an `id`.',
  runner: 'Information about the runner executing the job.',
  secrets: 'Secrets available to the workflow run.',
  strategy: 'The matrix execution strategy of the current job.',
  matrix: 'The matrix values of the current job.',
  needs: 'Outputs and results of the jobs in `needs`.',
  inputs: 'Inputs of a reusable or manually triggered workflow, or of an action.',
};

function hover(value: string, line: number, start: number, end: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: { line, character: start }, end: { line, character: end } } };
}

function actionDoc(uses: string): string | undefined {
  const ref = parseActionRef(uses);
  const meta = ref ? popularAction(ref.name) : undefined;
  if (!ref || !meta) return undefined;
  const inputs = Object.entries(meta.inputs ?? {})
    .sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required))
    .map(([k, v]) => `\`${k}\`${v.required ? ' (required)' : ''}${v.deprecated ? ' (deprecated)' : ''}`);
  return [
    `**${ref.name}** — current version \`${meta.current}\``,
    inputs.length ? `Inputs: ${inputs.join(', ')}` : '',
    meta.outputs?.length ? `Outputs: ${meta.outputs.map((o) => `\`${o}\``).join(', ')}` : '',
    `[Marketplace / repository](https://github.com/${ref.repo})`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function exprHover(model: WorkflowModel, pos: Position, lineText: string): Hover | null {
  const open = lineText.lastIndexOf('${{', pos.character);
  if (open < 0) return null;
  const close = lineText.indexOf('}}', open);
  if (close >= 0 && close + 2 <= pos.character) return null;
  // The word under the cursor and the chain before it.
  const left = /[A-Za-z0-9_-]*$/.exec(lineText.slice(0, pos.character))![0];
  const right = /^[A-Za-z0-9_-]*/.exec(lineText.slice(pos.character))![0];
  const word = left + right;
  if (!word) return null;
  const start = pos.character - left.length;
  const end = pos.character + right.length;
  const after = lineText.slice(end);
  const chain = /((?:[A-Za-z_][\w-]*\.)*)$/.exec(lineText.slice(open + 3, start))![1].split('.').filter(Boolean);
  if (!chain.length && /^\s*\(/.test(after)) {
    const sigs = FUNCTIONS[word.toLowerCase()];
    if (sigs) return hover(['```\n' + sigs.map(sigString).join('\n') + '\n```', FUNCTION_DOCS[word.toLowerCase()] ?? ''].join('\n\n'), pos.line, start, end);
  }
  if (!chain.length && CONTEXT_DOCS[word.toLowerCase()]) {
    return hover(`**${word}** context\n\n${CONTEXT_DOCS[word.toLowerCase()]}\n\n[Documentation](https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#${word.toLowerCase()}-context)`, pos.line, start, end);
  }
  if (chain.length === 1) {
    const t = fixedContexts()[chain[0].toLowerCase()];
    if (t && t.k === 'object' && (chain[0] === 'github' || chain[0] === 'runner' || chain[0] === 'job' || chain[0] === 'strategy')) {
      const p = t.props.get(word.toLowerCase());
      if (p) return hover(`\`${chain[0]}.${word}\`: ${tyString(p)}`, pos.line, start, end);
    }
  }
  void model;
  return null;
}

export function workflowHover(model: WorkflowModel, pos: Position): Hover | null {
  const lineText = model.lines.lineText(pos.line);
  const ex = exprHover(model, pos, lineText);
  if (ex) return ex;
  const { schema, root } = schemaFor(model);
  // A key under the cursor?
  const km = /^(\s*(?:-\s+)*)([^\s#:'"][^:#]*?)\s*:(?=\s|$)/.exec(lineText);
  if (km && pos.character >= km[1].length && pos.character <= km[1].length + km[2].length) {
    const key = km[2];
    const ctx = cursorContext(model, { line: pos.line, character: km[1].length });
    const pathKeys = ctx.path.map((p) => p.key);
    const start = km[1].length;
    const end = start + key.length;
    // Inputs of an action in `with:`.
    if (pathKeys[pathKeys.length - 1] === 'with' && pathKeys.includes('steps')) {
      const usesLine = findUses(model, ctx.path);
      const ref = usesLine ? parseActionRef(usesLine) : undefined;
      const inp = ref ? popularAction(ref.name)?.inputs?.[key] : undefined;
      if (ref && inp) return hover(`**${key}** — ${inp.required ? 'required' : 'optional'} input of \`${ref.name}\`${inp.deprecated ? `\n\nDeprecated: ${inp.deprecated}` : ''}`, pos.line, start, end);
      return null;
    }
    const parent = defAtPath(schema, root, pathKeys);
    if (!parent) return null;
    const desc = keyDescription(schema, parent, key);
    if (desc) return hover(`**${key}**\n\n${desc}`, pos.line, start, end);
    return null;
  }
  // A value.
  const vm = /^(\s*(?:-\s+)*)(?:([^\s#:'"][^:#]*?)\s*:\s+)?(["']?)([^#"']*?)\3\s*(#.*)?$/.exec(lineText);
  if (!vm) return null;
  const key = vm[2];
  const value = vm[4];
  const start = lineText.indexOf(value, vm[1].length + (key ? key.length + 1 : 0));
  const end = start + value.length;
  if (!value || pos.character < start || pos.character > end) return null;
  const ctx = cursorContext(model, { line: pos.line, character: vm[1].length });
  const pathKeys = ctx.path.map((p) => p.key);
  const owner = key ?? [...pathKeys].reverse().find((k) => k !== '-');
  if (owner === 'cron') {
    // The entry's `timezone:` (times are in UTC without one); a schedule GitHub rejects is said to be invalid.
    const entry = scheduleCrons(model).find((c) => model.rangeOf(c.node).start.line === pos.line && c.cron.trim() === value.trim());
    const words = cronToWords(value, entry?.timezone);
    const problem = words ? undefined : cronProblem(value);
    // The schedule in code, not bold: its asterisks would end the emphasis.
    return words ? hover(`\`${value}\`: ${words}`, pos.line, start, end) : problem ? hover(`\`${value}\`: not a valid schedule (${problem})`, pos.line, start, end) : null;
  }
  if (owner === 'uses' && pathKeys.includes('steps')) {
    const doc = actionDoc(value);
    return doc ? hover(doc, pos.line, start, end) : null;
  }
  if (owner === 'shell' && SHELL_DOCS[value]) return hover(`**${value}**: ${SHELL_DOCS[value]}`, pos.line, start, end);
  if (owner === 'runs-on' || (pathKeys.includes('runs-on') && !key)) {
    const what = RETIRED_LABELS.includes(value)
      ? 'a retired GitHub-hosted runner image: jobs asking for it never start'
      : HOSTED_LABELS.includes(value)
        ? 'a GitHub-hosted runner'
        : SELF_HOSTED_LABELS.includes(value)
          ? 'a label every self-hosted runner has'
          : undefined;
    return what ? hover(`**${value}**: ${what}`, pos.line, start, end) : null;
  }
  // Event names in `on: push` / `on: [push]` / `- push`.
  if (model.kind === 'workflow' && ((key === 'on' && pathKeys.length === 0) || (!key && pathKeys.length === 1 && pathKeys[0] === 'on'))) {
    const word = /[A-Za-z_]+$/.exec(lineText.slice(0, pos.character))?.[0] ?? '';
    const rest = /^[A-Za-z_]*/.exec(lineText.slice(pos.character))![0];
    const name = word + rest;
    const d = lookupDef(schema, name);
    const desc = d.description ?? alternatives(schema, name).map((a) => lookupDef(schema, a).description).find(Boolean);
    if (desc) return hover(`**${name}**\n\n${desc}`, pos.line, pos.character - word.length, pos.character + rest.length);
  }
  return null;
}

function findUses(model: WorkflowModel, path: { key: string; line: number }[]): string | undefined {
  const dash = [...path].reverse().find((p) => p.key === '-');
  if (!dash) return undefined;
  const lines = model.text.split('\n');
  const dashCol = lines[dash.line].search(/-/);
  for (let l = dash.line; l < lines.length; l++) {
    const t = lines[l];
    if (l > dash.line && t.trim() && t.search(/\S/) <= dashCol) break;
    const m = /^\s*(?:-\s+)?uses\s*:\s*([^\s#]+)/.exec(t);
    if (m) return m[1].replace(/^["']|["']$/g, '');
  }
  return undefined;
}
