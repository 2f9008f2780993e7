/**
 * Pictures in the package: each asset once under word/media/, shown from any part through a
 * relationship with a fixed id (`rIdImg<n>`), which pack.ts adds to the parts that use it.
 */
import { imageTypeOf } from './image-type.js';

export interface MediaFile {
  /** Path inside the package, e.g. `word/media/image1.png`. */
  path: string;
  /** Target from a word/ part's relationships, e.g. `media/image1.png`. */
  target: string;
  data: Uint8Array;
}

export const mediaRelId = (index: number): string => `rIdImg${index + 1}`;

export class MediaRegistry {
  private readonly byKey = new Map<string, number>();
  readonly files: MediaFile[] = [];

  /** The media index of an asset, or undefined (with the reason) when it cannot be shown. */
  add(key: string, data: Uint8Array): number | 'not-an-image' {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const type = imageTypeOf(data);
    if (type === undefined) return 'not-an-image';
    const index = this.files.length;
    const target = `media/image${index + 1}.${type}`;
    this.files.push({ path: `word/${target}`, target, data });
    this.byKey.set(key, index);
    return index;
  }
}
