/** A problem found by a cross-field rule, at a field path; parse-project.ts locates it in the file. */
import type { PathSegment, Severity } from '../problem.js';

export interface Finding {
  code: string;
  severity: Severity;
  path: PathSegment[];
  message: string;
  hint?: string;
  /** Point at the key rather than its value (a whole map or list is meant). */
  atKey?: boolean;
}
