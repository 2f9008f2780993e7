/**
 * word/styles.xml from the style options (styles.ts): w:docDefaults, the built-in styles Word
 * expects (table, footnote and endnote, hyperlink, TOC 5-9), then ours, Normal marked as the
 * default paragraph style. Elements and attributes in the order the docx library wrote them,
 * which built this part before (package/skeleton.test.ts compares).
 */
import { BUILT_IN_STYLES_AFTER_TOC, BUILT_IN_STYLES_BEFORE_TOC, STYLES_OPEN } from '../package/fixed-parts.js';
import { escapeLikeDocx } from './escape.js';
import type { ParagraphStyle, ParagraphStyleProps, RunStyle, StylesOptions } from './styles.js';

const onOff = (name: string, on: boolean | undefined): string => (on === undefined ? '' : on ? `<${name}/>` : `<${name} w:val="false"/>`);
const attr = (name: string, value: number | string | undefined): string => (value === undefined ? '' : ` ${name}="${value}"`);

function runXml(run: RunStyle | undefined): string {
  if (run === undefined) return '';
  const font = run.font === undefined ? undefined : escapeLikeDocx(run.font);
  const size = run.size === undefined ? undefined : Math.floor(run.size);
  return (
    (font === undefined ? '' : `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`) +
    onOff('w:b', run.bold) +
    onOff('w:bCs', run.bold) +
    (size === undefined ? '' : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`)
  );
}

function paragraphXml(p: ParagraphStyleProps | undefined): string {
  if (p === undefined) return '';
  const s = p.spacing;
  return (
    onOff('w:keepNext', p.keepNext) +
    onOff('w:keepLines', p.keepLines) +
    (s === undefined ? '' : `<w:spacing${attr('w:after', s.after)}${attr('w:before', s.before)}${attr('w:line', s.line)}${attr('w:lineRule', s.lineRule)}/>`) +
    (p.indent === undefined ? '' : `<w:ind w:left="${Math.floor(p.indent.left)}"/>`) +
    (p.alignment === undefined ? '' : `<w:jc w:val="${p.alignment}"/>`) +
    (p.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${p.outlineLevel}"/>`)
  );
}

const wrap = (name: string, inner: string): string => (inner === '' ? '' : `<${name}>${inner}</${name}>`);
const val = (name: string, value: string | undefined): string => (value === undefined ? '' : `<${name} w:val="${escapeLikeDocx(value)}"/>`);

function styleXml(style: ParagraphStyle): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${escapeLikeDocx(style.id)}"${style.id === 'Normal' ? ' w:default="1"' : ''}>` +
    val('w:name', style.name) +
    val('w:basedOn', style.basedOn) +
    val('w:next', style.next) +
    (style.quickFormat ? '<w:qFormat/>' : '') +
    wrap('w:pPr', paragraphXml(style.paragraph)) +
    wrap('w:rPr', runXml(style.run)) +
    '</w:style>'
  );
}

/** Word's TOC 5-9 (ours are 1-4), indented ten times the base size in half-points per level, as docx made them. */
function builtInTocStyles(baseHalfPoints: number | undefined): string {
  const step = baseHalfPoints === undefined ? 200 : Math.round(baseHalfPoints * 10);
  let xml = '';
  for (let level = 5; level <= 9; level++) {
    xml +=
      `<w:style w:type="paragraph" w:styleId="TOC${level}"><w:name w:val="toc ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
      '<w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/>' +
      `<w:pPr><w:spacing w:after="100"/><w:ind w:left="${Math.floor((level - 1) * step)}"/></w:pPr></w:style>`;
  }
  return xml;
}

export function stylesXml(styles: StylesOptions): string {
  const { run, paragraph } = styles.default.document;
  return (
    STYLES_OPEN +
    '<w:docDefaults>' +
    `<w:rPrDefault>${wrap('w:rPr', runXml(run))}</w:rPrDefault>` +
    `<w:pPrDefault>${wrap('w:pPr', paragraphXml(paragraph))}</w:pPrDefault>` +
    '</w:docDefaults>' +
    BUILT_IN_STYLES_BEFORE_TOC +
    builtInTocStyles(run.size) +
    BUILT_IN_STYLES_AFTER_TOC +
    styles.paragraphStyles.map(styleXml).join('') +
    '</w:styles>'
  );
}
