/**
 * Reading the `<?src N:L?>` processing instructions that renderMarkup puts at the start of
 * template lines: N indexes the `files` list, L is the 1-based template line.
 */
import { UNMAPPED_FILE } from './markup-error.js';
import type { SourceRef } from './types.js';

export const MARKER_TARGET = 'src';

/** Parses marker bodies, sharing one SourceRef per distinct marker (loops repeat them). */
export class MarkerReader {
  private readonly cache = new Map<string, SourceRef>();

  constructor(private readonly files: readonly string[]) {}

  read(body: string): SourceRef | undefined {
    const cached = this.cache.get(body);
    if (cached !== undefined) return cached;
    const colon = body.indexOf(':');
    const index = Number(body.slice(0, colon));
    const line = Number(body.slice(colon + 1));
    if (colon < 0 || !Number.isInteger(index) || !Number.isInteger(line)) return undefined;
    const ref: SourceRef = { file: this.files[index] ?? UNMAPPED_FILE, line };
    this.cache.set(body, ref);
    return ref;
  }

  /** The marker in force at `offset` of `markup`: a backward search, for the rare error path. */
  readBefore(markup: string, offset: number): SourceRef | undefined {
    const start = markup.lastIndexOf(`<?${MARKER_TARGET} `, offset);
    if (start < 0) return undefined;
    const end = markup.indexOf('?>', start);
    return end < 0 ? undefined : this.read(markup.slice(start + MARKER_TARGET.length + 3, end));
  }
}
