import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured output. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the built `bin/iamgen.js` as a user would (needs `npm run build`, which `npm test` does first). */
export function runBuiltCli(args: string[], cwd = repoRoot): CliRun {
  const child = spawnSync(process.execPath, [path.join(repoRoot, 'bin/iamgen.js'), ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AWS_REGION: '', AWS_DEFAULT_REGION: '', AWS_ACCOUNT_ID: '' },
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
