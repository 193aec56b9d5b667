// Inputs an attacker controls (titles, bodies, branch names, commit messages, ...), from GitHub's
// "Security hardening: understanding the risk of script injections".
import type { ExprNode } from './parser';

const PATTERNS = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.pull_requests.*.head.ref',
].map((p) => p.split('.'));

/**
 * Inputs of actions that run their value as code (a script, a command line, an expression), by action: a `${{ }}` there
 * is pasted into that code like one in a `run:` script. From the code-injection sinks of GitHub's CodeQL models
 * (actions/ql/lib/ext/manual) and zizmor's template-injection audit; input names are case-insensitive, as GitHub reads them.
 */
const CODE_INPUTS: Record<string, string[]> = {
  'actions/github-script': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'appleboy/ssh-action': ['script'],
  'amadevus/pwsh-script': ['script'],
  'jannekem/run-python-script-action': ['script'],
  'cardinalby/js-eval-action': ['expression'],
};

/** Whether input `input` of the action `uses` (`owner/repo@ref`) runs as code. */
export function isCodeInput(uses: string | undefined, input: string | undefined): boolean {
  if (uses === undefined || input === undefined) return false;
  const at = uses.indexOf('@');
  if (at < 0) return false;
  return CODE_INPUTS[uses.slice(0, at).trim().toLowerCase()]?.includes(input.toLowerCase()) ?? false;
}

/** `a.b[0]['c'].*` → ['a', 'b', '*', 'c', '*']; undefined when the chain does not start at a variable. */
function chainPath(n: ExprNode): string[] | undefined {
  switch (n.type) {
    case 'var':
      return [n.name.toLowerCase()];
    case 'prop': {
      const p = chainPath(n.object);
      return p && [...p, n.name.toLowerCase()];
    }
    case 'filter': {
      const p = chainPath(n.object);
      return p && [...p, '*'];
    }
    case 'index': {
      const p = chainPath(n.object);
      return p && [...p, n.index.type === 'string' ? n.index.value.toLowerCase() : '*'];
    }
    default:
      return undefined;
  }
}

function matches(path: string[]): string | undefined {
  for (const pat of PATTERNS) {
    if (pat.length !== path.length) continue;
    if (pat.every((s, i) => s === path[i])) return path.join('.');
  }
  return undefined;
}

/** Untrusted inputs read by an expression, with their nodes (outermost access chains only). */
export function findUntrusted(root: ExprNode): { node: ExprNode; path: string }[] {
  const out: { node: ExprNode; path: string }[] = [];
  const visit = (n: ExprNode, inChain: boolean): void => {
    if (n.type === 'prop' || n.type === 'filter' || n.type === 'index') {
      if (!inChain) {
        // the longest matching prefix of this chain
        let cur: ExprNode | undefined = n;
        while (cur && (cur.type === 'prop' || cur.type === 'filter' || cur.type === 'index')) {
          const p = chainPath(cur);
          const m = p && matches(p);
          if (m) {
            out.push({ node: cur, path: m });
            break;
          }
          cur = cur.object;
        }
      }
      visit(n.object, true);
      if (n.type === 'index') visit(n.index, false);
      return;
    }
    if (n.type === 'call') n.args.forEach((a) => visit(a, false));
    else if (n.type === 'not') visit(n.operand, false);
    else if (n.type === 'binary') {
      visit(n.left, false);
      visit(n.right, false);
    }
  };
  visit(root, false);
  return out;
}
