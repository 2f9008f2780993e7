/**
 * The timestamp of every zip entry we write (the DOCX and a chart's embedded workbook): fixed, so
 * the same tree gives the same bytes. The earliest a zip DOS date holds, in local-time components
 * because fflate writes the DOS date from local time.
 */
export const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);
