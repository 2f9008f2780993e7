/**
 * A Chart block: a centred paragraph holding the chart inline, as tall as the chart, kept with the
 * paragraph after it (its caption or the table it sums up). The chart part itself is written once
 * per package by the registry; this part only refers to it.
 */
import type { Chart } from '../../markup/types.js';
import { effectiveStyle, renderSpacer } from '../blocks/paragraphs.js';
import { measuring, type BlockContext } from '../context.js';
import { NO_BOX, type ParaBox } from '../layout/boxes.js';
import { markMetrics } from '../layout/inline-pieces.js';
import { measureParagraph } from '../layout/measure-paragraph.js';
import { ptToTwips, resolveLength, TWIPS_PER_POINT } from '../units.js';
import { paragraphXml, type ParagraphProperties } from '../wml/paragraph-xml.js';
import { chartRelId } from './chart-registry.js';
import { chartDrawingXml } from './chart-xml.js';

export function renderChart(chart: Chart, ctx: BlockContext): ParaBox {
  const index = ctx.doc.charts.add(chart.src);
  if (index === undefined) {
    ctx.doc.warn(`grafik '${chart.src}' tidak tersedia; tidak ditulis`);
    return renderSpacer({ type: 'spacer', height: 0 }, ctx);
  }
  ctx.part.charts.add(index);
  const widthPt = Math.min(resolveLength(chart.width, ctx.textWidth), ctx.textWidth) / TWIPS_PER_POINT;
  const props: ParagraphProperties = { spacing: { line: 240, lineRule: 'auto', before: 120, after: 120 }, align: 'center' };
  if (!measuring(ctx)) {
    const drawing = chartDrawingXml({ id: ctx.doc.nextDrawingId(), relId: chartRelId(index), name: ctx.doc.charts.titleOf(chart.src), widthPt, heightPt: chart.height });
    ctx.part.sink.push(paragraphXml(props, `<w:r>${drawing}</w:r>`));
    return NO_BOX;
  }
  const style = effectiveStyle(ctx, undefined);
  const mark = markMetrics({}, style, ctx.doc.fonts);
  // A drawing alone on its line makes the line exactly as tall as itself (LibreOffice).
  const box = { kind: 'box' as const, width: ptToTwips(widthPt), metrics: { ascent: ptToTwips(chart.height), descent: 0, gap: 0 } };
  return measureParagraph(props, style, { pieces: [box], mark }, ctx.textWidth);
}
