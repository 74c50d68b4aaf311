import type { Finding, FunctionResult, SdkCall, SuggestResult, Value } from '../model.js';
import { isSecretName, REDACTED, redactText } from './redact-secrets.js';

/**
 * A copy of `result` safe to print: finding messages, `why` texts and call inputs redacted. The
 * policy documents and permission resources are left as they are: they must stay paste-ready, and
 * an ARN names a resource, it does not hold a secret.
 */
export function redactResult(result: SuggestResult): SuggestResult {
  return {
    ...result,
    functions: result.functions.map(redactFunction),
    findings: result.findings.map(redactFinding),
  };
}

export function redactFinding(finding: Finding): Finding {
  return { ...finding, message: redactText(finding.message) };
}

function redactFunction(fn: FunctionResult): FunctionResult {
  return {
    ...fn,
    permissions: fn.permissions.map((permission) => ({
      ...permission,
      ...(permission.why === undefined ? {} : { why: redactText(permission.why) }),
      calls: permission.calls.map((call) => (call.why === undefined ? call : { ...call, why: redactText(call.why) })),
    })),
    calls: fn.calls.map(redactCall),
    findings: fn.findings.map(redactFinding),
  };
}

function redactCall(call: SdkCall): SdkCall {
  return { ...call, input: redactValue(call.input) };
}

/** Strings are redacted by shape; every value under a secret-named field (`SecretString`, `Password`) entirely. */
export function redactValue(value: Value): Value {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redactValue);
  const result: { [key: string]: Value } = {};
  for (const [key, inner] of Object.entries(value)) {
    // `$unknown` and `$template` are iamgen's own markers; their contents are redacted like any value.
    result[key] = isSecretName(key) ? REDACTED : redactValue(inner as Value);
  }
  return result;
}
