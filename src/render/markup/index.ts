export { parseMarkup, type ParsedMarkup } from './parse.js';
export { MarkupError, MarkupProblemCode, UNMAPPED_FILE, type MarkupProblem } from './markup-error.js';
export { closestName } from './closest-name.js';
export type * from './types.js';
export { PAPER_SIZES } from './types.js';
