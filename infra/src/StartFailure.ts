/**
 * Why the hub cannot start, as the one line the user reads: what is wrong and
 * what to do about it. `npm start` prints it as it is, without a stack.
 */
export class StartFailure extends Error {
  override name = "StartFailure";
}

/** `error` as one line: a {@link StartFailure} as it is, anything else after `prefix`. */
export function failureLine(error: unknown, prefix: string): string {
  if (error instanceof StartFailure) return error.message;
  const message = error instanceof Error ? error.message || error.name : String(error);
  return `${prefix}${message.replace(/\s*\n\s*/g, " ").trim()}`;
}
