import type { PolicyDocument, SuggestResult } from '../model.js';
import { redactResult } from './redact-result.js';

/** Options every renderer takes. */
export interface RenderOptions {
  /** Render the whole result (with calls, permissions and findings) instead of only the policies. */
  explain?: boolean;
}

/** What `--format json|yaml` prints for several functions. */
export interface FunctionPolicies {
  functions: Array<{ name: string; entry: string; policy: PolicyDocument }>;
}

/**
 * The value the data formats serialize, per the command-line contract in DESIGN.md: one function
 * prints its bare policy document; several (or none) print `{functions: [{name, entry, policy}]}`;
 * `explain` prints the whole versioned result so it can be rendered again later. Redacted always.
 */
export function reportValue(result: SuggestResult, options: RenderOptions = {}): SuggestResult | PolicyDocument | FunctionPolicies {
  const safe = redactResult(result);
  if (options.explain === true) return safe;
  const only = safe.functions.length === 1 ? safe.functions[0] : undefined;
  if (only !== undefined) return only.policy;
  return { functions: safe.functions.map(({ name, entry, policy }) => ({ name, entry, policy })) };
}
