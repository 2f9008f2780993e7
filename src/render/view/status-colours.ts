/**
 * The report's status words and their colours, for table cells and chart bars: one palette for
 * the indicators, the activities and the Zona Integritas units.
 */

/** The report's four words for an activity: a numeric target partly reached is "sebagian". */
export type StatusLaporan = 'tercapai' | 'sebagian' | 'belum tercapai' | 'tidak ada data';

export const WARNA_STATUS: Readonly<Record<StatusLaporan, { sel: string; grafik: string }>> = {
  tercapai: { sel: 'E2EFDA', grafik: '70AD47' },
  sebagian: { sel: 'FFF2CC', grafik: 'FFC000' },
  'belum tercapai': { sel: 'F8CBAD', grafik: 'C55A11' },
  'tidak ada data': { sel: 'EDEDED', grafik: 'A5A5A5' },
};
