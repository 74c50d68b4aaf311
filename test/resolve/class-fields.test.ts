import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model.js';
import { undefinedAt } from '../../src/resolve/unknown-at.js';
import { at, evaluateProbes, type ProbeCase, type ProbeContext } from './evaluate-probe.js';

// The analyzer binds a constructor's parameters to the arguments of the `new` it knows; here the
// probe's class gets `constructed` as those arguments, by parameter name.
interface FieldCase extends ProbeCase {
  constructed?: Record<string, Value>;
}

const NOT_PASSED = '(not passed)';

const cases: FieldCase[] = [
  {
    name: 'an options object passed to a parameter property, read back as this.target.bucket',
    files: { '/src/index.ts': `class Archiver {\n  constructor(private readonly target: { bucket: string }) {}\n  run() { probe(this.target.bucket); }\n}` },
    constructed: { target: { bucket: 'archive' } },
    expected: 'archive',
  },
  {
    name: 'a field assigned once in the constructor from its options',
    files: { '/src/index.ts': `class Acker {\n  private queueUrl: string;\n  constructor(options: { url: string }) { this.queueUrl = options.url + '-q'; }\n  ack() { probe(this.queueUrl); }\n}` },
    constructed: { options: { url: 'jobs' } },
    expected: 'jobs-q',
  },
  {
    name: 'a field with an initializer that reads another field',
    files: { '/src/index.ts': `class Store {\n  private readonly prefix = \`\${this.root}/archive\`;\n  constructor(private root: string) {}\n  key(k: string) { probe(this.prefix); }\n}` },
    constructed: { root: 'docs' },
    expected: 'docs/archive',
  },
  {
    name: 'a static readonly field, through the class and through this in a static method',
    files: { '/src/index.ts': `import { Repo } from './repo.js';\nprobe(Repo.TABLE);\nclass Local {\n  static readonly QUEUE = 'jobs';\n  static send() { probe(this.QUEUE); }\n}`, '/src/repo.ts': `export class Repo {\n  static readonly TABLE = \`orders-\${'prod'}\`;\n}` },
    expected: ['orders-prod', 'jobs'],
  },
  {
    name: 'a default constructor parameter not passed takes its default',
    files: { '/src/index.ts': `class Repo {\n  constructor(private readonly table = 'orders') {}\n  get() { probe(this.table); }\n}` },
    constructed: { table: NOT_PASSED },
    expected: 'orders',
  },
  {
    name: 'a parameter property whose construction is not known is unknown',
    files: { '/src/index.ts': `class Repo {\n  constructor(private readonly table: string) {}\n  get() { probe(this.table); }\n}` },
    expected: { $unknown: 'this.table, set by whoever constructs the Repo', at: at(3, 17) },
  },
  {
    name: 'a field set in a method as well is unknown',
    files: { '/src/index.ts': `class Repo {\n  private table = 'orders';\n  use(t: string) { this.table = t; }\n  get() { probe(this.table); }\n}` },
    expected: { $unknown: 'this.table is set in more than one place', at: at(3, 33) },
  },
  {
    name: 'a field set only outside the constructor is unknown',
    files: { '/src/index.ts': `class Repo {\n  private table?: string;\n  use() { this.table = 'x'; }\n  get() { probe(this.table); }\n}` },
    expected: { $unknown: 'this.table is set outside the constructor', at: at(3, 24) },
  },
];

describe('class fields', () => {
  it.each(cases)('$name', ({ files, constructed, expected }) => {
    const parameters = constructed && ((probe: ProbeContext) => constructorBindings(probe, constructed));
    const results = evaluateProbes(files, parameters ? { parameters } : {});
    expect(results.length === 1 ? results[0] : results).toStrictEqual(expected);
  });
});

/** The symbols of the probe's class's constructor parameters, bound to `constructed` by name. */
function constructorBindings({ checker, argument }: ProbeContext, constructed: Record<string, Value>): ReadonlyMap<ts.Symbol, Value> {
  let node: ts.Node = argument;
  while (!ts.isClassDeclaration(node)) node = node.parent;
  const constructor = node.members.find(ts.isConstructorDeclaration);
  const bindings = new Map<ts.Symbol, Value>();
  for (const parameter of constructor?.parameters ?? []) {
    const given = constructed[parameter.name.getText()];
    const value = given === NOT_PASSED ? undefinedAt(parameter, 'not passed') : given;
    const symbol = checker.getSymbolAtLocation(parameter.name);
    if (value !== undefined && symbol) bindings.set(symbol, value);
  }
  return bindings;
}
