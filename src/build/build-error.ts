import { AstroError } from 'astro/errors';

/**
 * The error a build step throws to stop the build over something staff must
 * fix: Astro prints its name, message and hint, and prints a stack trace
 * only where the error has one. The list of problems is the message, one
 * `file:line: field: message` a line; the stack is left out, because it
 * would name this code, not the staff member's file.
 */
export function stopBuild(name: string, lines: readonly string[], hint: string): AstroError {
  const error = new AstroError(lines.join('\n'), hint);
  // Astro prints `[name] message`.
  error.name = name;
  error.stack = '';
  return error;
}
