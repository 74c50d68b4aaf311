import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../model.js';

export type CdkAppFile = { appFile: string; context: Record<string, string> } | { finding: Finding };

/**
 * The TypeScript file `cdk.json`'s `app` command runs (`npx ts-node --prefer-ts-exts bin/app.ts`,
 * `npx tsx bin/app.ts`, `node bin/app.js` built from `bin/app.ts`), and its string context values.
 */
export function cdkAppFile(root: string): CdkAppFile {
  const configFile = path.join(root, 'cdk.json');
  const fail = (message: string): CdkAppFile => ({ finding: { severity: 'error', code: 'cdk-app', message, at: { file: configFile, line: 1, column: 1 } } });
  if (!existsSync(configFile)) return fail(`${configFile}: no cdk.json, so no CDK app`);
  let config: { app?: unknown; context?: unknown };
  try {
    config = JSON.parse(readFileSync(configFile, 'utf8')) as typeof config;
  } catch (error) {
    return fail(`${configFile}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof config.app !== 'string') return fail(`${configFile}: "app" is not a command`);
  const appFile = config.app
    .split(/\s+/)
    .filter((word) => /\.[cm]?[jt]sx?$/.test(word))
    .map((word) => sourceOf(path.resolve(root, word.replace(/^['"]|['"]$/g, ''))))
    .find((file): file is string => file !== undefined);
  if (!appFile) return fail(`${configFile}: the app command "${config.app}" names no TypeScript or JavaScript file of the project`);
  return { appFile, context: stringValues(config.context) };
}

// A built file (`bin/app.js`, `dist/bin/app.js`) is read from the TypeScript it is built from.
function sourceOf(file: string): string | undefined {
  const candidates = [file.replace(/\.js$/, '.ts'), file.replace(/([/\\])(dist|build|lib|out)([/\\])/, '$1').replace(/\.js$/, '.ts'), file];
  return candidates.find((candidate) => existsSync(candidate));
}

function stringValues(context: unknown): Record<string, string> {
  if (typeof context !== 'object' || context === null) return {};
  const entries = Object.entries(context).filter((entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]));
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}
