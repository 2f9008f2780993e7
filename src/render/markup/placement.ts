/**
 * The content rules of the markup: which element may open inside which. Kept apart from the
 * builder so the rules read as one list, next to the messages that explain them.
 */
import { closestName } from './closest-name.js';
import type { Frame } from './frames.js';
import { MarkupProblemCode } from './markup-error.js';
import { ALL_ELEMENTS, ELEMENT_ALIASES, listTags, type ElementSpec } from './vocabulary.js';

const PARAGRAPH_PLACES = '<p>, <h1>…<h4>, <li> atau <td>';

/** Why `name` may not open inside `parent`, or undefined when it may. */
export function misplaced(
  name: string,
  spec: ElementSpec | undefined,
  parent: Frame | undefined,
): { code: MarkupProblemCode; message: string } | undefined {
  if (spec === undefined) {
    const guess = closestName(name, ALL_ELEMENTS, ELEMENT_ALIASES);
    const hint = guess === undefined ? '' : ` Maksud Anda <${guess}>?`;
    return { code: MarkupProblemCode.ELEMENT, message: `Elemen <${name}> tidak dikenal.${hint}` };
  }
  if (parent === undefined) {
    return name === 'document' ? undefined : nesting(`Elemen terluar harus <document>, tertulis <${name}>.`);
  }
  if (spec.name === 'document') return nesting('<document> hanya boleh satu, sebagai elemen terluar.');
  if (spec.parents !== undefined && !spec.parents.includes(parent.name)) {
    return nesting(`<${name}> hanya boleh di dalam ${listTags(spec.parents)}.`);
  }
  switch (parent.kind) {
    case 'document':
      return spec.name === 'section' ? undefined : nesting(`Di dalam <document> hanya boleh <section>; tertulis <${name}>.`);
    case 'section':
    case 'band':
      return spec.inline ? nesting(`<${name}> harus di dalam paragraf: ${PARAGRAPH_PLACES}.`) : undefined;
    case 'paragraph':
    case 'inline':
      return spec.inline ? undefined : nesting(`<${name}> tidak boleh di dalam <${parent.name}>; tutup </${parent.name}> dulu.`);
    case 'list':
      return spec.name === 'li' ? undefined : nesting(`Di dalam <${parent.name}> hanya boleh <li>; tertulis <${name}>.`);
    case 'item':
      return spec.inline || spec.inItem
        ? undefined
        : nesting(`<${name}> tidak boleh di dalam <li>; isinya hanya teks, <p>, <ul> atau <ol>.`);
    case 'cell':
      return spec.inline || spec.inCell
        ? undefined
        : nesting(`<${name}> tidak boleh di dalam <${parent.name}>; isi sel hanya teks, <p>, <ul>, <ol>, <img> atau <spacer>.`);
    case 'table':
      return spec.name === 'thead' || spec.name === 'tbody' || spec.name === 'tr'
        ? undefined
        : nesting(`Di dalam <table> hanya boleh <thead>, <tbody> atau <tr>; tertulis <${name}>.`);
    case 'group':
      return spec.name === 'tr' ? undefined : nesting(`Di dalam <${parent.name}> hanya boleh <tr>; tertulis <${name}>.`);
    case 'row':
      return spec.name === 'td' || spec.name === 'th' ? undefined : nesting(`Di dalam <tr> hanya boleh <td> atau <th>; tertulis <${name}>.`);
    case 'empty':
      return nesting(`<${parent.name}/> harus kosong; tidak boleh berisi <${name}>.`);
    case 'skip':
      return undefined;
  }
}

function nesting(message: string): { code: MarkupProblemCode; message: string } {
  return { code: MarkupProblemCode.NESTING, message };
}
