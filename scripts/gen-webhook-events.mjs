// Writes server/src/workflow/data/webhook-events.json: the shape of `github.event` for each webhook event, from
// GitHub's webhook payload schemas in @octokit/webhooks-schemas (MIT, a pinned devDependency), so completion can
// offer `github.event.pull_request.head.sha` and friends without bundling the 630 kB schema.
//
// Regenerate after upgrading the package:
//   node scripts/gen-webhook-events.mjs            # writes the data file
//   node scripts/gen-webhook-events.mjs --check    # exits 1 when the committed file differs
// test/unit/webhookEvents.test.ts runs generate() in-process and compares it with the committed file.
//
// How: each `<event>_event` (or `<event>$event`) definition is resolved into a type: `$ref`s are followed, the
// parts of an `allOf` are laid over each other (a later part's property wins, as in GitHub's own definitions where
// `pull_request$opened` narrows `pull-request`), and the alternatives of a `oneOf`/`anyOf` and the activity types
// of an event are merged (every property of any alternative, with the union of their types). Enums, formats and
// examples are dropped; a description is cut to its first sentence.
//
// Output: `objects` is a table of object shapes, each `{ name: [type, description?] }`, shared by every event
// (a repository or user object is written once). A type is a `|`-separated list of `string`, `integer`, `number`,
// `boolean`, `null`, `object` (an object whose properties are not listed), `#N` (object N of the table) and any of
// these followed by `[]` (an array of it). `events` maps an event name to the number of its payload object (all
// activity types merged), `activities` an event's activity types to the number of each one's payload object.
// The output has no date, so regenerating an unchanged package gives the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'server/src/workflow/data/webhook-events.json');
const PKG = path.join(root, 'node_modules/@octokit/webhooks-schemas');

/** First sentence of a description, markdown links reduced to their text, at most 160 characters. */
function shortDescription(text) {
  if (typeof text !== 'string') return undefined;
  let t = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  const end = /[.!?](\s|$)/.exec(t);
  if (end) t = t.slice(0, end.index + 1);
  if (t.length > 160) t = t.slice(0, 157).replace(/\s+\S*$/, '') + '…';
  return t || undefined;
}

// A type while generating: { scalars: Set<string>, obj?: Map<name, { type, desc }>, arr?: type }.
const empty = () => ({ scalars: new Set() });

function mergeInto(a, b, override) {
  for (const s of b.scalars) a.scalars.add(s);
  if (b.obj) {
    a.obj ??= new Map();
    for (const [k, p] of b.obj) {
      const cur = a.obj.get(k);
      if (!cur) a.obj.set(k, { type: clone(p.type), desc: p.desc });
      else if (override) a.obj.set(k, { type: clone(p.type), desc: p.desc ?? cur.desc });
      else {
        mergeInto(cur.type, p.type, false);
        cur.desc ??= p.desc;
      }
    }
  }
  if (b.arr) {
    if (!a.arr) a.arr = clone(b.arr);
    else mergeInto(a.arr, b.arr, override);
  }
  return a;
}

function clone(t) {
  const c = { scalars: new Set(t.scalars) };
  if (t.obj) c.obj = new Map([...t.obj].map(([k, p]) => [k, { type: clone(p.type), desc: p.desc }]));
  if (t.arr) c.arr = clone(t.arr);
  return c;
}

export function generate(schema = JSON.parse(fs.readFileSync(path.join(PKG, 'schema.json'), 'utf8'))) {
  const defs = schema.definitions;
  const resolving = new Set();
  const memo = new Map();

  function resolveRef(ref) {
    const name = decodeURIComponent(ref.replace(/^#\/definitions\//, ''));
    if (memo.has(name)) return memo.get(name);
    // A definition that (indirectly) contains itself: an object whose properties are not listed.
    if (resolving.has(name)) return { scalars: new Set(['object']) };
    resolving.add(name);
    const t = resolve(defs[name]);
    resolving.delete(name);
    memo.set(name, t);
    return t;
  }

  /** A property's own description, else that of the definition it refers to (directly or as the first part of an allOf). */
  function describe(node, depth = 0) {
    if (!node || typeof node !== 'object' || depth > 4) return undefined;
    return (
      shortDescription(node.description) ??
      (node.$ref ? describe(defs[decodeURIComponent(node.$ref.replace(/^#\/definitions\//, ''))], depth + 1) : undefined) ??
      (node.allOf ? describe(node.allOf[0], depth + 1) : undefined)
    );
  }

  function resolve(node) {
    if (!node || typeof node !== 'object') return { scalars: new Set(['object']) };
    if (node.$ref) return clone(resolveRef(node.$ref));
    const t = empty();
    if (node.allOf) for (const part of node.allOf) mergeInto(t, resolve(part), true);
    for (const alt of node.oneOf ?? node.anyOf ?? []) mergeInto(t, resolve(alt), false);
    const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
    for (const ty of types) {
      if (ty === 'object') {
        t.obj ??= new Map();
        for (const [k, p] of Object.entries(node.properties ?? {})) {
          const pt = resolve(p);
          const desc = describe(p);
          const cur = t.obj.get(k);
          if (cur) mergeInto(cur.type, pt, true);
          else t.obj.set(k, { type: pt, desc });
        }
      } else if (ty === 'array') {
        const items = node.items === undefined ? { scalars: new Set(['object']) } : resolve(node.items);
        t.arr = t.arr ? mergeInto(t.arr, items, false) : items;
      } else t.scalars.add(ty);
    }
    if (!types.length && !node.allOf && !node.oneOf && !node.anyOf) {
      if (node.properties) return resolve({ ...node, type: 'object' });
      if (node.const !== undefined || node.enum) t.scalars.add(typeof (node.const ?? node.enum[0]) === 'number' ? 'number' : typeof (node.const ?? node.enum[0]));
    }
    return t;
  }

  // Serialization: objects are interned by their content, so shared shapes are written once.
  const objects = [];
  const ids = new Map();
  function typeString(t) {
    const parts = [];
    if (t.obj) parts.push(t.obj.size ? `#${objectId(t.obj)}` : 'object');
    if (t.arr) parts.push(...typeString(t.arr).split('|').map((x) => `${x}[]`));
    for (const s of [...t.scalars].sort()) if (!(s === 'object' && t.obj)) parts.push(s === 'integer' ? 'number' : s);
    return [...new Set(parts)].join('|') || 'object';
  }
  function objectId(obj) {
    const entries = [...obj.keys()].sort().map((k) => {
      const p = obj.get(k);
      return [k, p.desc ? [typeString(p.type), p.desc] : [typeString(p.type)]];
    });
    const o = Object.fromEntries(entries);
    const key = JSON.stringify(o);
    let id = ids.get(key);
    if (id === undefined) {
      id = objects.length;
      objects.push(o);
      ids.set(key, id);
    }
    return id;
  }

  const events = {};
  const activities = {};
  const names = Object.keys(defs)
    .filter((n) => /(_event|\$event)$/.test(n))
    .map((n) => [n.replace(/(_event|\$event)$/, ''), n])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [event, def] of names) {
    const t = resolveRef(`#/definitions/${def}`);
    if (t.obj) events[event] = objectId(t.obj);
    // Each activity type of its own (`pull_request$closed`), for workflows that list `types:`.
    for (const alt of defs[def].oneOf ?? []) {
      const m = /\$([a-z_]+)$/.exec(alt.$ref ?? '');
      const at = m && resolveRef(alt.$ref);
      if (at?.obj) (activities[event] ??= {})[m[1]] = objectId(at.obj);
    }
  }
  const version = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;
  return {
    source: `@octokit/webhooks-schemas@${version} schema.json (MIT); generated by scripts/gen-webhook-events.mjs, do not edit`,
    events,
    activities,
    objects,
  };
}

export function render(data) {
  return JSON.stringify(data) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = render(generate());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(root, OUTPUT)} is stale: run node scripts/gen-webhook-events.mjs`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUTPUT, text);
  }
}
