/** A mistake in how a command was called: printed as it is, without a stack trace. */
export class UsageError extends Error {}
