/** Slipway's version, as the CLI, the action and SARIF's tool.driver report it (package.json's `version`). */
export const VERSION = '0.1.0';
