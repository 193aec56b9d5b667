import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { findTemplates } from '../expr/analysis';
import { parseBare, type ExprNode } from '../expr/parser';
import { mapScalar } from '../expr/source';
import { resolve, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

/**
 * Who acted last on the event (pushed the latest commit, re-ran the workflow): an outsider can make that a bot, for
 * instance by letting Dependabot update a branch of their fork and then opening a pull request from it.
 */
const SPOOFABLE_NAMES = ['github.actor', 'github.triggering_actor', 'github.event.sender.login'];
const SPOOFABLE_IDS = ['github.actor_id', 'github.event.sender.id'];
/** Account ids of bots, compared with the id contexts: dependabot[bot], its integration, dependabot-preview[bot], renovate[bot]. */
const BOT_IDS = ['49699333', '29110', '27856297', '29139614'];
/** Who opened the pull request (or the issue a comment is on): fixed when it is opened, nobody can change it afterwards. */
const AUTHOR_NAME = 'github.event.pull_request.user.login';
const AUTHOR_ID = 'github.event.pull_request.user.id';
const AUTHOR_NAMES = [AUTHOR_NAME, 'github.event.issue.user.login'];
const AUTHOR_IDS = [AUTHOR_ID, 'github.event.issue.user.id'];
const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'];
/** Events whose run can carry an outsider's code or text while the last actor is a bot. */
const EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment', 'workflow_run'];

/** `github.event.sender.login` (and `github['actor']`) → its lower-case dotted path; undefined for anything else. */
function pathOf(n: ExprNode): string | undefined {
  if (n.type === 'var') return n.name.toLowerCase();
  if (n.type === 'prop') {
    const p = pathOf(n.object);
    return p && `${p}.${n.name.toLowerCase()}`;
  }
  if (n.type === 'index' && n.index.type === 'string') {
    const p = pathOf(n.object);
    return p && `${p}.${n.index.value.toLowerCase()}`;
  }
  return undefined;
}

function literal(n: ExprNode): string | undefined {
  if (n.type === 'string') return n.value;
  if (n.type === 'number') return n.text;
  return undefined;
}

/** `context == literal` (either way round): the context node and its path, with the literal. */
function comparison(n: ExprNode): { ctx: ExprNode; path: string; lit: string } | undefined {
  if (n.type !== 'binary' || n.op !== '==') return undefined;
  for (const [a, b] of [
    [n.left, n.right],
    [n.right, n.left],
  ]) {
    const path = pathOf(a);
    const lit = literal(b);
    if (path !== undefined && lit !== undefined) return { ctx: a, path, lit };
  }
  return undefined;
}

const isBotName = (lit: string) => lit.toLowerCase().endsWith('[bot]');

/** A comparison that names a bot through a context anyone can make that bot. */
function spoofable(n: ExprNode): { ctx: ExprNode; path: string } | undefined {
  const c = comparison(n);
  if (!c) return undefined;
  if (SPOOFABLE_NAMES.includes(c.path) && isBotName(c.lit)) return c;
  if (SPOOFABLE_IDS.includes(c.path) && BOT_IDS.includes(c.lit.trim())) return c;
  return undefined;
}

/** The parts of a condition joined by `&&` at its top. */
function conjuncts(n: ExprNode): ExprNode[] {
  return n.type === 'binary' && n.op === '&&' ? [...conjuncts(n.left), ...conjuncts(n.right)] : [n];
}

/** Spoofable bot checks that let the job or step run (not those under a `!`, which keep the bot out). */
function hits(root: ExprNode): { node: ExprNode; ctx: ExprNode; path: string }[] {
  // `github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'` also asks for
  // the author, which nobody can fake: the condition as a whole is sound.
  if (
    conjuncts(root).some((c) => {
      const cmp = comparison(c);
      return cmp && ((AUTHOR_NAMES.includes(cmp.path) && isBotName(cmp.lit)) || (AUTHOR_IDS.includes(cmp.path) && BOT_IDS.includes(cmp.lit.trim())));
    })
  )
    return [];
  const out: { node: ExprNode; ctx: ExprNode; path: string }[] = [];
  const visit = (n: ExprNode, negated: boolean): void => {
    const s = spoofable(n);
    if (s) {
      if (!negated) out.push({ node: n, ...s });
      return;
    }
    if (n.type === 'not') visit(n.operand, !negated);
    else if (n.type === 'binary') {
      visit(n.left, negated);
      visit(n.right, negated);
    } else if (n.type === 'call') n.args.forEach((a) => visit(a, negated));
  };
  visit(root, false);
  return out;
}

const rule: Rule<WorkflowModel> = {
  id: 'bot-conditions',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  docs: {
    summary:
      "An `if:` trusts a bot by the event's last actor (`github.actor == 'dependabot[bot]'`, also `github.triggering_actor`, `github.event.sender.login` and the bots' ids) in a workflow that pull requests, comments or other workflows' runs start (zizmor's `bot-conditions`).",
    why:
      "`github.actor` is whoever acted last on the event, not who opened the pull request: an outsider can let Dependabot update a branch of their fork and open a pull request from it, so the check passes for their code and the job (often an auto-merge with a write token) runs for them. Check the pull request's author instead, `github.event.pull_request.user.login`, which nobody can change after the pull request is opened. A condition that also checks the author with `&&` is left alone, and so is a negated check (`github.actor != 'dependabot[bot]'` keeps bots out: faking it gains nothing). Workflows started by pushes, schedules or manual runs are not reported: only people with write access can start them. No quick fix: checking another actor changes what the condition means, which a fix must never do; the message names the context to check instead. See https://docs.zizmor.sh/audits/#bot-conditions and https://www.synacktiv.com/publications/github-actions-exploitation-dependabot.",
    bad: "on: pull_request_target\njobs:\n  automerge:\n    runs-on: ubuntu-latest\n    if: github.actor == 'dependabot[bot]'\n    steps:\n      - run: gh pr merge --auto --squash \"$PR_URL\"\n        env:\n          PR_URL: ${{ github.event.pull_request.html_url }}\n          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n",
    good: "on: pull_request_target\njobs:\n  automerge:\n    runs-on: ubuntu-latest\n    if: github.event.pull_request.user.login == 'dependabot[bot]'\n    steps:\n      - run: gh pr merge --auto --squash \"$PR_URL\"\n        env:\n          PR_URL: ${{ github.event.pull_request.html_url }}\n          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n",
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    const events = s.events.map((e) => e.name);
    const started = events.filter((e) => EVENTS.includes(e));
    if (!started.length) return;
    const event = started[0];
    // What to check instead: the pull request's author where every such trigger has a pull request, the issue's
    // (a pull request's, for comments on one) where every one is a comment.
    const author = (id: boolean) =>
      started.every((e) => PR_EVENTS.includes(e))
        ? `${id ? AUTHOR_ID : AUTHOR_NAME} (the pull request's author)`
        : started.every((e) => e === 'issue_comment')
          ? `${id ? AUTHOR_IDS[1] : AUTHOR_NAMES[1]} (the author of the issue or pull request)`
          : `the author of the pull request (${id ? AUTHOR_ID : AUTHOR_NAME}, or ${id ? AUTHOR_IDS[1] : AUTHOR_NAMES[1]} for a comment)`;
    const judge = (raw: unknown) => {
      const node = resolve(model, raw);
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const ms = mapScalar(node as Scalar, model.text);
      if (!ms) return;
      const v = ms.value;
      let root: ExprNode | undefined;
      if (v.includes('${{')) {
        // Only a condition that is one `${{ }}` is evaluated (if-always-true reports the others).
        const { templates } = findTemplates(v);
        if (templates.length !== 1 || !templates[0].node || v.slice(0, templates[0].start).trim() || v.slice(templates[0].end).trim()) return;
        root = templates[0].node;
      } else root = parseBare(v).node;
      if (!root) return;
      const at = (i: number) => (ms.exact ? ms.offsets[i] : node.range![0]);
      const endAt = (i: number) => (ms.exact ? ms.offsets[i - 1] + 1 : node.range![1]);
      for (const h of hits(root)) {
        const byId = SPOOFABLE_IDS.includes(h.path);
        const text = v.slice(h.node.start, h.node.end);
        report({
          message: `${JSON.stringify(text)} checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that ${event} starts: it does not prove the bot opened the pull request. check ${author(byId)} instead`,
          range: model.lines.range(at(h.node.start), endAt(h.node.end)),
        });
      }
    };
    for (const job of s.jobs) {
      judge(job.pairs.get('if')?.value);
      for (const step of job.steps) judge(step.pairs.get('if')?.value);
    }
  },
  tests: [
    {
      name: 'job and step conditions, either way round, ids and other spoofable contexts',
      input: dedent`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            if: github.actor == 'dependabot[bot]'
            steps:
              - run: echo
                if: \${{ 'Renovate[bot]' == github.triggering_actor || github.event.label.name == 'ok' }}
              - run: echo
                if: github.actor_id == 49699333 && success()
              - run: echo
                if: contains(github.event.pull_request.labels.*.name, 'deps') && github.event.sender.login == 'dependabot[bot]'
      `,
      expect: [
        { line: 5, col: 9, message: '"github.actor == \'dependabot[bot]\'" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that pull_request_target starts: it does not prove the bot opened the pull request. check github.event.pull_request.user.login (the pull request\'s author) instead' },
        { line: 8, col: 17, message: "\"'Renovate[bot]' == github.triggering_actor\" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that pull_request_target starts: it does not prove the bot opened the pull request. check github.event.pull_request.user.login (the pull request's author) instead" },
        { line: 10, col: 13, message: '"github.actor_id == 49699333" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that pull_request_target starts: it does not prove the bot opened the pull request. check github.event.pull_request.user.id (the pull request\'s author) instead' },
        { line: 12, col: 74, message: "\"github.event.sender.login == 'dependabot[bot]'\" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that pull_request_target starts: it does not prove the bot opened the pull request. check github.event.pull_request.user.login (the pull request's author) instead" },
      ],
    },
    {
      name: 'negated checks, people, the author, and a condition that also checks the author',
      input: dedent`
        on: pull_request
        jobs:
          a:
            runs-on: ubuntu-latest
            if: github.actor != 'dependabot[bot]' && !(github.actor == 'renovate[bot]')
            steps:
              - run: echo
                if: github.actor == 'octocat' || github.actor_id == 1234
              - run: echo
                if: github.event.pull_request.user.login == 'dependabot[bot]'
              - run: echo
                if: github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]' && github.repository == github.event.pull_request.head.repo.full_name
              - run: echo
                if: \${{ github.actor == 'dependabot[bot]' }} && true
      `,
      expect: [],
    },
    {
      name: 'workflows only people with write access start',
      input: dedent`
        on:
          push:
          schedule:
            - cron: '0 0 * * *'
          workflow_dispatch:
        jobs:
          a:
            runs-on: ubuntu-latest
            if: github.actor == 'dependabot[bot]'
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'a workflow with another trigger too',
      input: "on: [pull_request, push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: \"github.actor == 'dependabot[bot]'\"\n    steps:\n      - run: echo\n",
      expect: [{ line: 5, col: 10, message: "\"github.actor == 'dependabot[bot]'\" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that pull_request starts: it does not prove the bot opened the pull request. check github.event.pull_request.user.login (the pull request's author) instead" }],
    },
    {
      name: 'comments and other workflows\' runs: the author to check instead',
      input:
        "on: issue_comment\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: github.actor == 'dependabot[bot]'\n    steps:\n      - run: echo\n        if: github.event.issue.user.login == 'dependabot[bot]' && github.triggering_actor == 'dependabot[bot]'\n",
      expect: [{ line: 5, col: 9, message: '"github.actor == \'dependabot[bot]\'" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that issue_comment starts: it does not prove the bot opened the pull request. check github.event.issue.user.login (the author of the issue or pull request) instead' }],
    },
    {
      name: 'several kinds of triggers',
      input: dedent`
        on:
          workflow_run:
            workflows: [ci]
            types: [completed]
          issue_comment:
        jobs:
          a:
            runs-on: ubuntu-latest
            if: github.actor_id == '29139614'
            steps:
              - run: echo
      `,
      expect: [
        { line: 9, col: 9, message: '"github.actor_id == \'29139614\'" checks who acted last on the event, which an outsider can make a bot (for instance by letting it update a branch of their fork), in a workflow that workflow_run starts: it does not prove the bot opened the pull request. check the author of the pull request (github.event.pull_request.user.id, or github.event.issue.user.id for a comment) instead' },
      ],
    },
  ],
};

export default rule;
