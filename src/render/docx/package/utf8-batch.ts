/**
 * The UTF-8 of a batch of XML strings (wml/xml-sink.ts) as one chunk for the zip, made without
 * joining the batch into one string: a joined batch of 256K characters is born in V8's
 * large-object space, which only a full collection frees, so a large document's whole XML (34 MB
 * at L) piled up there while it was zipped. The strings are joined in slices small enough to die
 * young and encoded into one buffer, reused from batch to batch: fflate copies what it is given.
 */

/** Characters per slice: well under V8's 128 KB limit for an object born young. */
const SLICE = 1 << 14;

export class Utf8Batches {
  private buffer = new Uint8Array(1 << 16);
  private readonly encoder = new TextEncoder();

  /** The batch's bytes: a view of the shared buffer, valid until the next call. */
  encode(batch: readonly string[]): Uint8Array {
    let at = 0;
    let from = 0;
    let chars = 0;
    for (let i = 0; i < batch.length; i++) {
      chars += batch[i]!.length;
      if (chars < SLICE && i < batch.length - 1) continue;
      at = this.put(i === from ? batch[i]! : batch.slice(from, i + 1).join(''), at);
      from = i + 1;
      chars = 0;
    }
    return this.buffer.subarray(0, at);
  }

  /** Encodes `text` at `at`, growing the buffer when it is full; returns the end. */
  private put(text: string, at: number): number {
    for (;;) {
      const { read, written } = this.encoder.encodeInto(text, this.buffer.subarray(at));
      at += written;
      if (read === text.length) return at;
      text = text.slice(read);
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, at + text.length * 3));
      grown.set(this.buffer.subarray(0, at));
      this.buffer = grown;
    }
  }
}
