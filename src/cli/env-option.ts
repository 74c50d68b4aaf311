import { UsageError } from '../errors.js';

/** `--env KEY=VALUE` flags (repeatable) as a record; the value may itself contain `=`. */
export function parseEnvFlags(flags: string[] | string | undefined, flagName = '--env'): Record<string, string> {
  const list = flags === undefined ? [] : Array.isArray(flags) ? flags : [flags];
  const env: Record<string, string> = {};
  for (const flag of list) {
    const at = flag.indexOf('=');
    if (at <= 0) throw new UsageError(`${flagName} ${flag}: expected KEY=VALUE`);
    env[flag.slice(0, at)] = flag.slice(at + 1);
  }
  return env;
}
