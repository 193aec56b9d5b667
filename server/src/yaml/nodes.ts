// The yaml package's node type guards (isMap, isScalar, …), the same tests on the same registered symbols. Ours
// because a bundle calls the package's exports through an interop getter at every call, which the hot loops of the
// workflow rules paid for (about a tenth of the time of linting a large workflow). test/unit/yamlHelpers.test.ts checks
// that each answers as yaml's does.
import type { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

const NODE_TYPE = Symbol.for('yaml.node.type');
const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');

type Tagged = { [NODE_TYPE]?: symbol };
const typeOf = (node: unknown): symbol | undefined => (node && typeof node === 'object' ? (node as Tagged)[NODE_TYPE] : undefined);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isAlias = (node: any): node is Alias => typeOf(node) === ALIAS;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isDocument = (node: any): node is Document => typeOf(node) === DOC;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isMap = <K = unknown, V = unknown>(node: any): node is YAMLMap<K, V> => typeOf(node) === MAP;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isPair = <K = unknown, V = unknown>(node: any): node is Pair<K, V> => typeOf(node) === PAIR;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isScalar = <T = unknown>(node: any): node is Scalar<T> => typeOf(node) === SCALAR;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isSeq = <T = unknown>(node: any): node is YAMLSeq<T> => typeOf(node) === SEQ;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isCollection = <K = unknown, V = unknown>(node: any): node is YAMLMap<K, V> | YAMLSeq<V> => {
  const t = typeOf(node);
  return t === MAP || t === SEQ;
};
