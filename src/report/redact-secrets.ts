// Reports never print secret values. An environment value can reach a report through a finding's
// message or a call's input, so everything free-form is passed through here. Detection is by name
// (`DB_PASSWORD=...`, an input field `SecretString`) and by shape (an AWS access key id, a JWT, a
// long high-entropy token). Identifiers such as `SecretId` or `SECRET_ARN` name a secret, they are
// not one, and stay readable: the user needs them to see which resource is meant.

export const REDACTED = '[redacted]';

const SECRET_NAME = /password|passwd|passphrase|token|private_?key|api_?key|access_?key|customer_?key|credential|secret(?!_?(id|arn|name)s?$)|_key$/i;
const ACCESS_KEY_ID = /\b(AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}\b/g;
// Tokens whose issuers give them a fixed prefix: GitHub, Slack, Stripe.
const KNOWN_TOKEN = /\b(gh[opsur]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|xox[abprs]-[A-Za-z0-9-]{10,}|[rs]k_live_[A-Za-z0-9]{16,})/g;
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
// `NAME=value`, `NAME: value`, `NAME="value"` where NAME looks like a secret's name.
const NAMED_VALUE = /\b([A-Za-z_][A-Za-z0-9_]*)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;'"]+)/g;
// Candidate tokens for the entropy test (base64 holds `/`, `+`, `=`); `-`, `.` and `:` split ARNs and names.
const TOKEN = /[A-Za-z0-9+/=_]{24,}/g;

/** Does a variable or field with this name hold a secret (`DB_PASSWORD`, `API_KEY`, `SecretString`)? */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Does this value look like a secret whatever its name (an access key id, a JWT, random text)? */
export function looksLikeSecret(value: string): boolean {
  return redactShapes(value) !== value;
}

/** The environment with every value that is, or looks like, a secret replaced by `[redacted]`. */
export function redactEnv(env: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    result[key] = isSecretName(key) || looksLikeSecret(value) ? REDACTED : value;
  }
  return result;
}

/** `text` with secret-shaped substrings and the values of secret-named assignments redacted. */
export function redactText(text: string): string {
  const named = text.replace(NAMED_VALUE, (whole, name: string, separator: string) =>
    isSecretName(name) ? `${name}${separator}${REDACTED}` : whole,
  );
  return redactShapes(named);
}

function redactShapes(text: string): string {
  return text
    .replace(ACCESS_KEY_ID, REDACTED)
    .replace(KNOWN_TOKEN, REDACTED)
    .replace(JWT, REDACTED)
    .replace(TOKEN, (token) => (isHighEntropy(token) ? REDACTED : token));
}

/**
 * Random-looking: a long hex string (hashes, API keys), or upper and lower case with digits, more
 * than 4 bits of Shannon entropy per character and a change of character class (lower, upper,
 * digit, other) at least every third character. Names people write (`ProcessPaymentHandlerV2`)
 * have long runs of lower case and stay below that.
 */
function isHighEntropy(token: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(token)) return true;
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/[0-9]/.test(token)) return false;
  return shannonEntropy(token) > 4 && classChanges(token) / token.length > 0.33;
}

function classChanges(text: string): number {
  const classOf = (char: string): number => (/[a-z]/.test(char) ? 0 : /[A-Z]/.test(char) ? 1 : /[0-9]/.test(char) ? 2 : 3);
  let changes = 0;
  for (let index = 1; index < text.length; index++) {
    if (classOf(text[index]!) !== classOf(text[index - 1]!)) changes++;
  }
  return changes;
}

function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}
