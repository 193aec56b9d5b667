// The examples hadolint documents for its rules (its wiki page's "problematic code" and "correct code", and the cases
// of its rule specification), written again here as data: test/unit/hadolintDocs.test.ts lints each one and checks
// that Slipway agrees with hadolint, or differs where `differs` says why.

export interface HadolintExample {
  /** A whole Dockerfile. */
  dockerfile: string;
  /**
   * When Slipway deliberately answers otherwise than hadolint for this example (reports a "good" one, or stays silent
   * on a "bad" one): why. The test then expects Slipway's answer.
   */
  differs?: string;
  /** A .hadolint.yaml for this example alone (hadolint's spec sets a different configuration per case), instead of the one of its rule's examples. */
  hadolintYaml?: string;
}

export interface HadolintDocExamples {
  /** The hadolint rule id (DLxxxx). */
  id: string;
  /** Where hadolint documents the examples (wiki page, spec file). */
  source: string;
  /** A .hadolint.yaml to lint with (label-schema, trustedRegistries…), when the rule needs one. */
  hadolintYaml?: string;
  /** Examples hadolint reports. */
  bad: HadolintExample[];
  /** Examples hadolint does not report. */
  good: HadolintExample[];
}
