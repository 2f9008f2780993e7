/**
 * Faults the fuzz has found that are not fixed yet, each with the files that own the fix and a
 * small reproduction. A violation matching an entry is counted, not failed, so the fuzz stays
 * meaningful for everything else; known-failures.test.ts runs each reproduction and fails as soon
 * as one no longer fails, so the entry is removed when its fix lands. Empty this list.
 */
import type { CommandKind, FuzzCase, Property, Violation } from './harness.js';

export interface KnownFailure {
  id: string;
  summary: string;
  /** Where the fix belongs. */
  owner: string;
  command: CommandKind | '*';
  property: Property;
  /** Matched against the normalised detail of a violation. */
  detail: RegExp;
  repro: {
    argv: string[];
    /** The example project, edited to show the fault. */
    edit: (example: string) => string | Buffer;
  };
}

/**
 * Empty: K1 (update --set on a file nested a thousand levels deep, exit 3) was fixed in ac9708f
 * and 1e77f8c. An entry looks like this:
 *
 *   {
 *     id: 'K1-update-deep-nesting',
 *     summary: 'update --set on a project nested a thousand levels deep: exit 3',
 *     owner: 'src/actions/update.ts',
 *     command: 'update',
 *     property: 'exit-code',
 *     detail: /^exit N: ✖ Galat internal: Maximum call stack size exceeded/,
 *     repro: {
 *       argv: ['update', 'roadmap.yaml', '--set', 'visi=x'],
 *       edit: (example) => example.replace(/^visi: .*$/m, `visi: ${'['.repeat(1000)}${']'.repeat(1000)}`),
 *     },
 *   },
 */
export const KNOWN_FAILURES: readonly KnownFailure[] = [];

/** The id of the known failure this violation is, if any. */
export function matchKnown(c: Pick<FuzzCase, 'command'>, violation: Violation): string | undefined {
  return KNOWN_FAILURES.find(
    (k) => (k.command === '*' || k.command === c.command) && k.property === violation.property && k.detail.test(violation.detail),
  )?.id;
}
