/** A mistake in how a command was called: printed as it is, without a stack trace. */
export class UsageError extends Error {
  // Keeps the type apart from other errors, so a catch can tell them apart.
  readonly usage = true;
}
