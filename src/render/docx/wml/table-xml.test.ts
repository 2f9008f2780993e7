/** The pieces of a w:tbl from plain properties: tblPr, tblGrid, trPr and tcPr in schema order. */
import { describe, expect, it } from 'vitest';
import { cellStartXml, rowStartXml, tableStartXml } from './table-xml.js';

const MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="28"/><w:left w:type="dxa" w:w="57"/><w:bottom w:type="dxa" w:w="28"/><w:right w:type="dxa" w:w="57"/></w:tblCellMar>';

describe('tableStartXml', () => {
  it('writes the width in twips, single black borders, a fixed layout, the margins and the grid', () => {
    const line = 'w:val="single" w:color="000000" w:sz="4"';
    expect(tableStartXml(9071, true, [1000, 8071])).toBe(
      '<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9071"/>' +
        `<w:tblBorders><w:top ${line}/><w:left ${line}/><w:bottom ${line}/><w:right ${line}/><w:insideH ${line}/><w:insideV ${line}/></w:tblBorders>` +
        `<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr>` +
        '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="8071"/></w:tblGrid>',
    );
  });

  it('writes every border as none for a table without borders', () => {
    const none = 'w:val="none" w:color="auto" w:sz="0"';
    expect(tableStartXml(4535, false, [4535])).toBe(
      '<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="4535"/>' +
        `<w:tblBorders><w:top ${none}/><w:left ${none}/><w:bottom ${none}/><w:right ${none}/><w:insideH ${none}/><w:insideV ${none}/></w:tblBorders>` +
        `<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr>` +
        '<w:tblGrid><w:gridCol w:w="4535"/></w:tblGrid>',
    );
  });
});

describe('rowStartXml', () => {
  it('writes a plain row without w:trPr', () => {
    expect(rowStartXml({})).toBe('<w:tr>');
    expect(rowStartXml({ cantSplit: false, header: false, minHeight: undefined })).toBe('<w:tr>');
  });

  it('writes cantSplit, the height a merged cell needs and tblHeader in CT_TrPr order', () => {
    expect(rowStartXml({ header: true, minHeight: 700, cantSplit: true })).toBe(
      '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="700" w:hRule="atLeast"/><w:tblHeader/></w:trPr>',
    );
    expect(rowStartXml({ header: true })).toBe('<w:tr><w:trPr><w:tblHeader/></w:trPr>');
    expect(rowStartXml({ minHeight: 0 })).toBe('<w:tr><w:trPr><w:trHeight w:val="0" w:hRule="atLeast"/></w:trPr>');
  });
});

describe('cellStartXml', () => {
  it('writes the width of a one-column cell and nothing more', () => {
    expect(cellStartXml({ width: 2268, span: 1 })).toBe('<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/></w:tcPr>');
  });

  it('writes tcW, gridSpan, vMerge, shd and vAlign in CT_TcPr order', () => {
    expect(cellStartXml({ valign: 'center', shade: 'D9D9D9', merge: 'restart', span: 3, width: 4000 })).toBe(
      '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4000"/><w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>' +
        '<w:shd w:fill="D9D9D9" w:color="auto" w:val="clear"/><w:vAlign w:val="center"/></w:tcPr>',
    );
  });

  it('writes a covered cell of a merge as a continue cell with the merged look', () => {
    expect(cellStartXml({ width: 1500, span: 1, merge: 'continue', valign: 'bottom' })).toBe(
      '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1500"/><w:vMerge w:val="continue"/><w:vAlign w:val="bottom"/></w:tcPr>',
    );
  });

  it('keeps only hex digits of a shade', () => {
    expect(cellStartXml({ width: 100, span: 1, shade: '#e7eef7' })).toBe('<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="100"/><w:shd w:fill="e7eef7" w:color="auto" w:val="clear"/></w:tcPr>');
  });
});
