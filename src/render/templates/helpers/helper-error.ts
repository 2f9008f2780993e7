/**
 * Errors raised by helpers, carrying the call's template position the way Handlebars' own
 * exceptions do (`lineNumber`, `column`), so renderMarkup locates both kinds the same way.
 */

/** The part of Handlebars' helper options our helpers use; `loc` is missing from its typings. */
export interface HelperCallOptions {
  hash: Record<string, unknown>;
  loc?: { start: { line: number; column: number } };
}

export class HelperError extends Error {
  override readonly name = 'HelperError';
  readonly lineNumber: number | undefined;
  readonly column: number | undefined;
  /**
   * Set when the argument was undefined: a field missing from the view, most likely misspelt.
   * A number is a position (0-based), a string a hash key. renderMarkup names the expression.
   */
  readonly missingArgument: number | string | undefined;

  constructor(message: string, options: HelperCallOptions | undefined, missingArgument?: number | string) {
    super(message);
    this.lineNumber = options?.loc?.start.line;
    this.column = options?.loc?.start.column;
    this.missingArgument = missingArgument;
  }
}
