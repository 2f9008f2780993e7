/**
 * The three documents one project yields, each its own DOCX and its own main template:
 * - regulasi: the Peraturan and its lampiran, only what is law (dokumen.hbs);
 * - berkas-kerja: the working papers behind it: drafting team, workshops, revisions, per-OPD tables;
 * - laporan: the monitoring report of one year, or of one quarter of it.
 */
export type DocumentRequest =
  | { kind: 'regulasi'; bagian: 'semua' | 'peraturan' | 'lampiran'; salinan?: boolean }
  | { kind: 'berkas-kerja' }
  | { kind: 'laporan'; tahun: number; triwulan?: 1 | 2 | 3 | 4 };

export type DocumentKind = DocumentRequest['kind'];

/** The main template of each document in a template set. */
export const MAIN_TEMPLATES: Readonly<Record<DocumentKind, string>> = {
  regulasi: 'dokumen.hbs',
  'berkas-kerja': 'berkas-kerja.hbs',
  laporan: 'laporan.hbs',
};

export const REGULASI: DocumentRequest = { kind: 'regulasi', bagian: 'semua' };

/**
 * What the output file is called after the project's name: "sukamaju.docx",
 * "sukamaju-berkas-kerja.docx", "sukamaju-laporan-2025.docx", "sukamaju-laporan-2025-tw2.docx"; a
 * SALINAN is "sukamaju-salinan.docx".
 */
export function documentSuffix(request: DocumentRequest): string {
  switch (request.kind) {
    case 'regulasi':
      return request.salinan ? '-salinan' : '';
    case 'berkas-kerja':
      return '-berkas-kerja';
    case 'laporan':
      return `-laporan-${request.tahun}${request.triwulan ? `-tw${request.triwulan}` : ''}`;
  }
}
