/**
 * Collects the inline content of one paragraph, collapsing whitespace as HTML does: runs of
 * spaces and newlines become one space, the paragraph is trimmed at both ends, and spaces next to
 * `<br/>` and `<tab/>` are dropped (a tab stop aligns text; a stray space would misalign it).
 * Adjacent text with the same style becomes one run, so template line breaks and `<?src?>`
 * markers do not fragment the runs the writer sees.
 */
import { ownCopy } from './own-copy.js';
import type { Inline, TextStyle } from './types.js';

type TextRun = Extract<Inline, { type: 'text' }>;
type FieldName = Extract<Inline, { type: 'field' }>['field'];

/** Whitespace runs other than a lone space: prose is mostly lone spaces, left untouched. */
const WHITESPACE_RUN = /[\t\r\n][ \t\r\n]*| [ \t\r\n]+/g;
const SPACE = 32;

export const NO_STYLE: TextStyle = Object.freeze({});

export class InlineCollector {
  private readonly runs: Inline[] = [];
  /** The last run, when it is text: the one a following text may merge into. */
  private lastText: TextRun | undefined;
  private lastStyle: TextStyle | undefined;
  private endsWithSpace = false;
  /** At the paragraph start or just after a break/tab: leading spaces are dropped. */
  private atLineStart = true;

  text(raw: string, style: TextStyle): void {
    let text = raw.replace(WHITESPACE_RUN, ' ');
    if (text.charCodeAt(0) === SPACE && (this.endsWithSpace || this.atLineStart)) text = text.slice(1);
    if (text === '') return;
    const last = this.lastText;
    if (last !== undefined && this.lastStyle !== undefined && sameStyle(this.lastStyle, style)) {
      last.text += text;
    } else {
      const run: TextRun = { type: 'text', text, ...style };
      this.runs.push(run);
      this.lastText = run;
      this.lastStyle = style;
    }
    this.endsWithSpace = text.charCodeAt(text.length - 1) === SPACE;
    this.atLineStart = false;
  }

  lineBreak(): void {
    this.trimTrailingSpace();
    this.push({ type: 'break' });
    this.atLineStart = true;
  }

  tab(): void {
    this.trimTrailingSpace();
    this.push({ type: 'tab' });
    this.atLineStart = true;
  }

  field(field: FieldName, style: TextStyle): void {
    this.push({ type: 'field', field, ...style });
    this.atLineStart = false;
  }

  /** True while nothing but whitespace has been collected. */
  get isEmpty(): boolean {
    return this.runs.length === 0;
  }

  /** The runs, trimmed at the end. The collector must not be used afterwards. */
  finish(): Inline[] {
    this.trimTrailingSpace();
    for (const run of this.runs) if (run.type === 'text') run.text = ownCopy(run.text);
    // An exact-size copy: V8 gives an array grown by push room for 17, and a big document has
    // hundreds of thousands of one-run paragraphs.
    return this.runs.length < 16 ? this.runs.slice() : this.runs;
  }

  private push(run: Inline): void {
    this.runs.push(run);
    this.lastText = undefined;
    this.lastStyle = undefined;
    this.endsWithSpace = false;
  }

  private trimTrailingSpace(): void {
    const last = this.lastText;
    if (last === undefined || !this.endsWithSpace) return;
    // Only one trailing space can exist: a space is never appended after another.
    last.text = last.text.slice(0, -1);
    if (last.text === '') {
      this.runs.pop();
      this.lastText = undefined;
      this.lastStyle = undefined;
    }
    this.endsWithSpace = false;
  }
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    a === b ||
    (a.bold === b.bold &&
      a.italic === b.italic &&
      a.underline === b.underline &&
      a.superscript === b.superscript &&
      a.size === b.size &&
      a.font === b.font &&
      a.caps === b.caps)
  );
}
