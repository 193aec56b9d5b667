// actionlint's checks (facts: the kinds its documentation lists and what each reports) and the Slipway rules that
// cover each. test/unit/compat.test.ts checks every rule named exists, and `npm run docs` writes the list to
// docs/rules/compat-actionlint.md.

export interface PeerCheck {
  /** actionlint's kind (the name in brackets of its messages), e.g. `expression`. */
  kind: string;
  /** What it checks, in a few words. */
  title: string;
  /** The Slipway rules that cover it (ids in the registry). */
  rules: string[];
  /** What of it Slipway does not do, and why (required when `rules` is empty). */
  notImplemented?: string;
}

export const ACTIONLINT_CHECKS: PeerCheck[] = [];
