/** Peer: read roadmap.yaml and fill the Word template with docxtemplater, as one process. */
import { readFileSync, writeFileSync } from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { parse } from 'yaml';
import { contentOf } from './content.js';

const [template, project, output] = process.argv.slice(2);
const doc = new Docxtemplater(new PizZip(readFileSync(template)), { paragraphLoop: true, linebreaks: true });
doc.render(contentOf(parse(readFileSync(project, 'utf8'))));
writeFileSync(output, doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
