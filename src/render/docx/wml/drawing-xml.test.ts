/** An inline picture from plain options: extent in EMU, ids, the name escaped, the relationship. */
import { expect, it } from 'vitest';
import { drawingXml } from './drawing-xml.js';

it('writes an inline picture as Word does, sized in EMU (12,700 per point)', () => {
  const xml = drawingXml({ id: 7, relId: 'rIdImg2', name: 'logo "A&B"', widthPt: 72, heightPt: 36.5 });
  const name = 'logo &quot;A&amp;B&quot;';
  expect(xml).toBe(
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
      '<wp:extent cx="914400" cy="463550"/><wp:effectExtent t="0" r="0" b="0" l="0"/>' +
      `<wp:docPr id="7" name="${name}" descr="${name}" title="${name}"/>` +
      '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      `<pic:nvPicPr><pic:cNvPr id="0" name="${name}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      '<pic:blipFill><a:blip r:embed="rIdImg2" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
      '<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="463550"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>' +
      '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>',
  );
});
