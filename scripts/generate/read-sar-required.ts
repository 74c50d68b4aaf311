// Reads sar-dependent-actions.json, parsed from the Service Authorization Reference HTML pages
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html):
// for each action, which of its resource types are marked required ("*" in the Resource types column).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const sarFile = 'sar-dependent-actions.json';

/** prefix -> lower-cased action -> resource types marked required. */
export type RequiredResourceTypes = Map<string, Map<string, Set<string>>>;

interface RawSar {
  [prefix: string]: {
    actions?: Record<string, { resources?: Array<{ name: string; required: boolean }> }>;
  };
}

export function readSarRequired(dataDir: string): RequiredResourceTypes {
  const raw = JSON.parse(readFileSync(path.join(dataDir, sarFile), 'utf8')) as RawSar;
  const result: RequiredResourceTypes = new Map();
  for (const [prefix, service] of Object.entries(raw)) {
    const actions = new Map<string, Set<string>>();
    for (const [name, action] of Object.entries(service.actions ?? {})) {
      const required = (action.resources ?? []).filter((r) => r.required).map((r) => r.name);
      actions.set(name.toLowerCase(), new Set(required));
    }
    result.set(prefix, actions);
  }
  return result;
}
