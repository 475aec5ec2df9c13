// Errors raised while reading SRX or translating its regexes. They carry a human-readable
// location (rule set, rule number, which part) because users edit these files by hand.
export class SrxError extends Error {
  override readonly name = 'SrxError';
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}
