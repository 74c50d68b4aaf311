import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const notSet = (name: string, line: number, column: number) => ({
  $unknown: `environment variable ${name} is not set; pass --env ${name}=...`,
  at: at(line, column),
});

const cases: ProbeCase[] = [
  { name: 'process.env.X given', files: { '/src/index.ts': `probe(process.env.TABLE);` }, env: { TABLE: 'orders' }, expected: 'orders' },
  { name: 'process.env.X not given', files: { '/src/index.ts': `probe(process.env.TABLE);` }, expected: notSet('TABLE', 1, 7) },
  { name: "process.env['X']", files: { '/src/index.ts': `probe(process.env['TABLE']);` }, env: { TABLE: 'orders' }, expected: 'orders' },
  {
    name: 'process.env[KEY] with a const key',
    files: { '/src/index.ts': `const KEY = 'TABLE';\nprobe(process.env[KEY]!);` },
    env: { TABLE: 'orders' },
    expected: 'orders',
  },
  {
    name: 'process.env[name] with an unknown key',
    files: { '/src/index.ts': `declare const name: string;\nprobe(process.env[name]);` },
    expected: { $unknown: 'an environment variable whose name is unknown', at: at(2, 7) },
  },
  { name: '?? fallback: the env value wins', files: { '/src/index.ts': `probe(process.env.TABLE ?? 'fallback');` }, env: { TABLE: 'orders' }, expected: 'orders' },
  { name: '?? fallback applies when not given', files: { '/src/index.ts': `probe(process.env.TABLE ?? 'fallback');` }, expected: 'fallback' },
  { name: '|| fallback applies when not given', files: { '/src/index.ts': `probe(process.env.TABLE || 'fallback');` }, expected: 'fallback' },
  { name: '|| fallback applies to an empty value', files: { '/src/index.ts': `probe(process.env.TABLE || 'fallback');` }, env: { TABLE: '' }, expected: 'fallback' },
  { name: '?? keeps an empty value', files: { '/src/index.ts': `probe(process.env.TABLE ?? 'fallback');` }, env: { TABLE: '' }, expected: '' },
  {
    name: 'a chain of fallbacks over two variables',
    files: { '/src/index.ts': `probe(process.env.A ?? process.env.B ?? 'c');` },
    env: { B: 'b' },
    expected: 'b',
  },
  {
    name: 'destructuring process.env, with a default and a rename',
    files: { '/src/index.ts': `const { TABLE, QUEUE = 'jobs', BUCKET: bucket = 'files', MISSING } = process.env;\nprobe([TABLE, QUEUE, bucket, MISSING]);` },
    env: { TABLE: 'orders', BUCKET: 'uploads' },
    expected: ['orders', 'jobs', 'uploads', notSet('MISSING', 1, 58)],
  },
  {
    name: 'a module-level alias: const env = process.env',
    files: {
      '/src/index.ts': `import { TABLE } from './config.js';\nprobe(TABLE);`,
      '/src/config.ts': `const env = process.env;\nconst { REGION = 'eu-west-1' } = env;\nexport const TABLE = \`\${env.PREFIX}-\${REGION}\`;`,
    },
    env: { PREFIX: 'shop' },
    expected: 'shop-eu-west-1',
  },
  {
    name: "env imported from 'node:process'",
    files: { '/src/index.ts': `import { env } from 'node:process';\nprobe(env.TABLE);` },
    env: { TABLE: 'orders' },
    expected: 'orders',
  },
  {
    name: "a default import of 'process'",
    files: { '/src/index.ts': `import process from 'process';\nprobe(process.env.TABLE);` },
    env: { TABLE: 'orders' },
    expected: 'orders',
  },
  {
    name: 'a local variable named process is not the environment',
    files: { '/src/index.ts': `const process = { env: { TABLE: 'local' } };\nprobe(process.env.TABLE);` },
    env: { TABLE: 'orders' },
    expected: 'local',
  },
  {
    name: 'the whole environment is unknown',
    files: { '/src/index.ts': `probe({ ...process.env });` },
    expected: { $rest: { $unknown: 'the whole environment', at: at(1, 12) } },
  },
  {
    name: 'an unset variable in a template stays an unknown part',
    files: { '/src/index.ts': 'probe(`arn:aws:sqs:${process.env.REGION}:123:jobs`);' },
    expected: { $template: ['arn:aws:sqs:', notSet('REGION', 1, 22), ':123:jobs'] },
  },
  {
    name: 'two unset variables joined by + are a string of two unknown parts',
    files: { '/src/index.ts': `probe(process.env.PREFIX + process.env.NAME);` },
    expected: { $template: [notSet('PREFIX', 1, 7), notSet('NAME', 1, 28)] },
  },
  {
    name: 'a condition on a given variable picks a branch',
    files: { '/src/index.ts': `probe(process.env.STAGE === 'prod' ? 'orders' : 'orders-dev');` },
    env: { STAGE: 'prod' },
    expected: 'orders',
  },
  {
    name: 'a condition on an unset variable gives both branches',
    files: { '/src/index.ts': `probe(process.env.STAGE === 'prod' ? 'orders' : 'orders-dev');` },
    expected: { $oneOf: ['orders', 'orders-dev'] },
  },
];

describe('process.env', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });

  it('reads process.env the same way with @types-like global declarations', () => {
    const files = {
      '/src/index.ts': `probe(process.env.TABLE ?? 'fallback');`,
      '/node-globals.d.ts': `declare var process: { env: Record<string, string | undefined> };`,
    };
    expect(evaluateProbe(files, { env: { TABLE: 'orders' } })).toBe('orders');
    expect(evaluateProbe(files)).toBe('fallback');
  });
});
