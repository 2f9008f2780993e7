/**
 * The DOCX writer's public face: the markup's DocumentTree in, .docx bytes out (write-docx.ts).
 * Re-exports only. The folders, by job:
 * - blocks/   the tree's blocks, each written as WordprocessingML and measured into boxes
 * - wml/      element writers: plain properties in, WordprocessingML strings out
 * - layout/   measuring text with the fonts' widths and laying boxes out on pages
 * - package/  the package around our XML (placeholders), pictures, relationships and the zip
 * - chart/    native charts: the chart part, its embedded workbook, the block that shows it
 * Callers that must not load the whole writer (validate checks a logo without building) import
 * package/image-type.ts and units.ts directly.
 */
export { writeDocx, type WriteDocxOptions, type WritePhase } from './write-docx.js';
export type { PageNumberOutcome } from './layout/page-number-outcome.js';
export type { ChartKind, ChartSeries, ChartSpec } from './chart/chart-spec.js';
