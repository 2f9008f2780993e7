/**
 * The watermark: Word's WordArt shape (w:pict/v:shape/v:textpath, id prefix
 * "PowerPlusWaterMarkObject", by which Word recognises and removes it), diagonal and pale, in a
 * one-point paragraph of its own at the end of a header so it does not move the header's text.
 * Written as the docx library's TextWatermark wrote it (package/skeleton.test.ts compares).
 */
import { escapeLikeDocx } from './escape.js';

/** The shape's width, in points: what Word gives an automatically sized watermark. */
const WIDTH = 527.85;

/** docx's estimate of the height that keeps the letters in proportion: a letter 0.8 of the height wide, a space 0.35. */
function heightOf(text: string): number {
  let ratio = 0;
  for (const c of text) ratio += c === ' ' ? 0.35 : 0.8;
  return Math.round((WIDTH / Math.max(ratio, 1)) * 100) / 100;
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>' +
  '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>' +
  '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>' +
  '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
  '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

/** The watermark paragraph; `id` makes the shape's id unique in the package. */
export function watermarkParagraphXml(text: string, font: string, id: number): string {
  const style =
    `position:absolute;margin-left:0;margin-top:0;width:${WIDTH}pt;height:${heightOf(text)}pt;rotation:315;z-index:-251657216;` +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin';
  return (
    '<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr>' +
    `<w:r><w:pict>${SHAPE_TYPE}<v:shape id="PowerPlusWaterMarkObject${id}" type="#_x0000_t136" style="${style}" o:allowincell="f" fillcolor="#D9D9D9" stroked="f">` +
    `<v:fill opacity="0.5"/><v:textpath style="${escapeLikeDocx(`font-family:"${font}";font-size:1pt`)}" string="${escapeLikeDocx(text)}"/>` +
    '</v:shape></w:pict></w:r></w:p>'
  );
}
