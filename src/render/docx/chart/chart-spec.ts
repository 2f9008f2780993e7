/**
 * A chart as the document tree carries it: what to draw, not how. The writer turns it into a
 * DrawingML chart part (chart-xml.ts) with the values cached in the part, so Word, LibreOffice
 * and WPS draw it without the workbook, and the same values in an embedded workbook (xlsx.ts), so
 * a user can edit the data in Word.
 */
export type ChartKind =
  /** Bars side by side, one group per category (horizontal bars: long category names fit). */
  | 'bar'
  /** Bars stacked to a whole per category (activity status per area). */
  | 'stacked-bar'
  /** Lines across the categories (years). */
  | 'line';

export interface ChartSeries {
  name: string;
  /** One value per category; null leaves a gap. */
  values: readonly (number | null)[];
  /** RRGGBB */
  color: string;
  /** Line charts: where the data labels sit, above the point (the default) or below it. */
  labelPosition?: 'above' | 'below';
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Number format of the value axis and the data labels, in Excel's notation, e.g. `0"%"`. */
  numberFormat?: string;
  /** Write each value on its bar or point. */
  dataLabels?: boolean;
  /**
   * Write the category with the value on each bar ("IND-01: 97%") instead of on the axis:
   * LibreOffice leaves out every other axis label when there are many categories.
   */
  categoryInLabel?: boolean;
  /** Fixed value axis bounds; otherwise Word and LibreOffice choose. */
  min?: number;
  max?: number;
}
