// The docker module without vscode: usable from plain node (tests, CLI) and from the VS Code layer (commands/).
export * from './imageRef';
export * from './cli';
export * from './build';
export * from './run';
export * from './tag';
export * from './push';
export * from './compose';
export * from './trust';
