/** A mistake in what the user asked for (a flag, a path, a name): exit code 2, one line, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
