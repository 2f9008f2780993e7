/**
 * A chart part (word/charts/chartN.xml, DrawingML c:chartSpace) from a ChartSpec. Every series
 * carries its values in a cache (c:numCache, c:strCache), which is what Word, LibreOffice and WPS
 * draw; the formulas point into the embedded workbook (xlsx.ts, sheet "Data": categories in
 * column A from row 2, one series per column from B, names in row 1), which Word opens when the
 * user edits the data. Element order follows the ECMA-376 schema (CT_ChartSpace, CT_Chart,
 * CT_BarChart, CT_LineChart, CT_CatAx, CT_ValAx), which docx-check validates against.
 */
import { columnLetters } from '../../../spreadsheet.js';
import { escapeAttr, escapeText } from '../wml/escape.js';
import type { ChartSpec } from './chart-spec.js';

export const SHEET_NAME = 'Data';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/** `Data!$B$2:$B$9` */
const range = (column: number, from: number, to: number) => {
  const col = columnLetters(column);
  return `${SHEET_NAME}!$${col}$${from}:$${col}$${to}`;
};
const cell = (column: number, row: number) => `${SHEET_NAME}!$${columnLetters(column)}$${row}`;

/** Numbers in the cache as Excel writes them: invariant, no grouping, no exponent for usual sizes. */
const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));

const text = (size: number, bold: boolean, body: string) =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size * 100}" b="${bold ? 1 : 0}"/><a:t>${escapeText(body)}</a:t></a:r></a:p></c:rich>`;

/** Text properties for axis labels and the legend: Arial at `size` pt. */
const txPr = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}"><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;

function categoriesXml(spec: ChartSpec): string {
  const n = spec.categories.length;
  const pts = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeText(c)}</c:v></c:pt>`).join('');
  return `<c:cat><c:strRef><c:f>${range(1, 2, n + 1)}</c:f><c:strCache><c:ptCount val="${n}"/>${pts}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(spec: ChartSpec, s: number): string {
  const series = spec.series[s]!;
  const n = spec.categories.length;
  const pts = series.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`)).join('');
  const format = escapeText(spec.numberFormat ?? 'General');
  return `<c:val><c:numRef><c:f>${range(s + 2, 2, n + 1)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef></c:val>`;
}

function seriesName(spec: ChartSpec, s: number): string {
  const name = spec.series[s]!.name;
  return `<c:tx><c:strRef><c:f>${cell(s + 2, 1)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeText(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
}

function dataLabels(spec: ChartSpec, position: string | undefined): string {
  if (!spec.dataLabels) return '';
  const format = spec.numberFormat ? `<c:numFmt formatCode="${escapeAttr(spec.numberFormat)}" sourceLinked="0"/>` : '';
  const pos = position ? `<c:dLblPos val="${position}"/>` : '';
  return (
    `<c:dLbls>${format}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(8)}${pos}` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="${spec.categoryInLabel ? 1 : 0}"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>` +
    `${spec.categoryInLabel ? '<c:separator>: </c:separator>' : ''}</c:dLbls>`
  );
}

function barChart(spec: ChartSpec): string {
  const stacked = spec.kind === 'stacked-bar';
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(spec, i)}` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `${dataLabels(spec, stacked ? 'ctr' : 'outEnd')}${categoriesXml(spec)}${valuesXml(spec, i)}</c:ser>`,
    )
    .join('');
  return (
    `<c:barChart><c:barDir val="bar"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`
  );
}

function lineChart(spec: ChartSpec): string {
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(spec, i)}` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr></c:marker>` +
        `${dataLabels(spec, s.labelPosition === 'below' ? 'b' : 't')}${categoriesXml(spec)}${valuesXml(spec, i)}<c:smooth val="0"/></c:ser>`,
    )
    .join('');
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>`;
}

function axes(spec: ChartSpec): string {
  const horizontal = spec.kind !== 'line';
  // Horizontal bars list the first category at the top, as a table would.
  const catOrientation = horizontal ? 'maxMin' : 'minMax';
  const scaling = [
    '<c:orientation val="minMax"/>',
    spec.max !== undefined ? `<c:max val="${num(spec.max)}"/>` : '',
    spec.min !== undefined ? `<c:min val="${num(spec.min)}"/>` : '',
  ].join('');
  const format = escapeAttr(spec.numberFormat ?? 'General');
  const gridline = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    // Every category labelled: LibreOffice otherwise drops every other label when they crowd.
    `<c:tickLblPos val="${spec.categoryInLabel ? 'none' : 'nextTo'}"/>${txPr(8)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>${gridline}` +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(8)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part's XML. `workbookRelId`: the relationship to the embedded workbook. */
export function chartXml(spec: ChartSpec, workbookRelId: string): string {
  const plot = spec.kind === 'line' ? lineChart(spec) : barChart(spec);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:title><c:tx>${text(10, true, spec.title)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axes(spec)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(8)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>` +
    `<c:externalData r:id="${workbookRelId}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}

/** The chart inline in a paragraph (w:drawing with a c:chart graphic), `relId` from the body part. */
export function chartDrawingXml(options: { id: number; relId: string; name: string; widthPt: number; heightPt: number }): string {
  const cx = Math.round(options.widthPt * 12_700);
  const cy = Math.round(options.heightPt * 12_700);
  const name = escapeAttr(options.name);
  return (
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${options.id}" name="${name}" descr="${name}" title="${name}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${options.relId}"/>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing>'
  );
}
