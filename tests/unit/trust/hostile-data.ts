/**
 * Hostile lexicon data for the import and policy fuzz: a seeded mutator that takes a valid lexicon file (or
 * policy) and breaks one thing in it (a wrong type, an enormous or 10,000-deep value, a missing field, an extra
 * "__proto__" or "constructor" key), remembering where, so a test can check the error names that place.
 */
import { seededRandom } from './hostile-text.ts';

export { seededRandom };

/** Stands for a value too deep to build as an object; replaced in the JSON text after serialising. */
const DEEP_ARRAY = '@@deep-array@@';
const DEEP_OBJECT = '@@deep-object@@';
export const DEPTH = 10_000;

/** JSON text of arrays nested `depth` deep: `[[[...]]]`. */
export function deepArrayJson(depth = DEPTH): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** JSON text of objects nested `depth` deep: `{"a":{"a":...}}`. */
export function deepObjectJson(depth = DEPTH): string {
  return '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth);
}

/** Keys that have tricked JavaScript code into touching Object.prototype. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Values nothing in a lexicon file or policy should accept, and a few it should accept but treat as text. */
export const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => 0,
  () => -1,
  () => 1e308,
  () => true,
  () => '',
  () => '   ',
  // Long enough to break every length limit; the 100,000-sized cases are tested one by one, not 3,000 times.
  () => 'x'.repeat(10_000),
  () => [],
  () => ({}),
  () => DEEP_ARRAY,
  () => DEEP_OBJECT,
  () => '<img src=x onerror=alert(1)>',
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  () => ({ constructor: { prototype: { polluted: 'yes' } } }),
  () => Array.from({ length: 1_000 }, () => 'a'),
  () => '\u0000\uD800\u202E',
  () => ['\u202E', 5, null],
  () => [{ id: 'x' }],
  () => '2026-13-45T99:99:99Z',
  () => 'board',
  () => 1,
];

export interface Mutation {
  /** The mutated file or policy as JSON text, as a user would hand it over. */
  json: string;
  /** The value, parsed back from `json` (own "__proto__" keys survive as JSON.parse makes them). */
  value: unknown;
  op: 'replace' | 'add-key' | 'delete';
  /** Keys from the root to what was changed (for `add-key`, ending with the added key). */
  path: (string | number)[];
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every path in a small JSON value, containers and leaves, root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (!isContainer(value)) return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf((value as Record<string | number, unknown>)[key], path, out);
  }
  return out;
}

function at(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** Sets an own property, even one named "__proto__". */
function put(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Breaks one thing in a deep copy of `valid`. */
export function mutate(valid: unknown, r: () => number): Mutation {
  const copy = JSON.parse(JSON.stringify(valid)) as unknown;
  const paths = pathsOf(copy);
  const choice = r();
  let op: Mutation['op'];
  let path: (string | number)[];
  if (choice < 0.6 || !paths.length) {
    op = 'replace';
    path = paths[Math.floor(r() * paths.length)] ?? [];
    const value = HOSTILE_VALUES[Math.floor(r() * HOSTILE_VALUES.length)]!();
    if (path.length) put(at(copy, path.slice(0, -1)) as Container, path[path.length - 1]!, value);
  } else if (choice < 0.8) {
    op = 'add-key';
    const objects = [[], ...paths].filter((p) => {
      const node = at(copy, p);
      return isContainer(node) && !Array.isArray(node);
    });
    const parent = objects[Math.floor(r() * objects.length)]!;
    const key = r() < 0.7 ? PROTOTYPE_KEYS[Math.floor(r() * PROTOTYPE_KEYS.length)]! : 'colour';
    put(at(copy, parent) as Container, key, HOSTILE_VALUES[Math.floor(r() * HOSTILE_VALUES.length)]!());
    path = [...parent, key];
  } else {
    op = 'delete';
    path = paths[Math.floor(r() * paths.length)]!;
    const parent = at(copy, path.slice(0, -1)) as Container;
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  }
  const json = JSON.stringify(copy).replaceAll(`"${DEEP_ARRAY}"`, deepArrayJson()).replaceAll(`"${DEEP_OBJECT}"`, deepObjectJson());
  return {
    json,
    get value() {
      return JSON.parse(json) as unknown;
    },
    op,
    path,
  };
}

/** Throws when Object.prototype has been written to (a polluted key, or a changed member). */
export function expectPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'audience', 'a', 'x', 'colour']) {
    if (key in probe) throw new Error(`Object.prototype was polluted with "${key}"`);
  }
  if (Object.keys(Object.prototype).length) throw new Error(`Object.prototype gained ${Object.keys(Object.prototype).join(', ')}`);
  if (typeof probe.toString !== 'function' || typeof probe.hasOwnProperty !== 'function')
    throw new Error('Object.prototype members were replaced');
}
