/**
 * Hostile or huge realisation files for `roadmap update --realisasi` (issue 8, item 7): generates
 * them under a temporary folder (never in the repository) and runs the CLI on each, printing exit
 * code, wall time, peak RSS and how much it printed. Figures are measured here, never asserted.
 *
 *   node bench/hostile-inputs.js                   # all inputs, against dist/
 *   node bench/hostile-inputs.js csv-cell          # one input
 *   ROADMAP_CLI=.dist-b/cli/main.js node bench/hostile-inputs.js
 *   HOSTILE_DIR=/tmp/hostile HOSTILE_TIMEOUT=300 node bench/hostile-inputs.js
 *
 * Peak RSS comes from GNU time (/usr/bin/time), which must be installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, process.env.ROADMAP_CLI ?? 'dist/cli/main.js');
const dir = process.env.HOSTILE_DIR ?? join(tmpdir(), 'roadmap-hostile');
const timeoutSeconds = Number(process.env.HOSTILE_TIMEOUT ?? 300);
const MB = 1024 * 1024;

// --- generators ---

/** Writes `count` chunks from `chunk(i)` to a file, in pieces of about 1 MB. */
async function writeChunks(path, head, count, chunk, tail) {
  const out = createWriteStream(path);
  let buffer = head;
  for (let i = 0; i < count; i++) {
    buffer += chunk(i);
    if (buffer.length > MB) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer + tail);
  out.end();
  await once(out, 'finish');
}

/** A minimal workbook whose one sheet's XML is `sheetHead`, then `count` × `piece(i)`, then `sheetTail`. */
async function writeXlsx(path, sheetHead, count, piece, sheetTail) {
  const out = createWriteStream(path);
  const zip = new Zip((error, data, final) => {
    if (error) throw error;
    out.write(data);
    if (final) out.end();
  });
  const small = (name, text) => {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  };
  small(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  small(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  small(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Realisasi 2025" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  small(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(sheetHead));
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += piece(i);
    if (buffer.length > MB) {
      sheet.push(strToU8(buffer));
      buffer = '';
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  sheet.push(strToU8(buffer + sheetTail), true);
  zip.end();
  await once(out, 'finish');
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>realisasi</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';
const cellRow = (r) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>IND-01</t></is></c><c r="B${r}"><v>70</v></c></row>`;

export const INPUTS = {
  /** The sheet part inflates to 1.1 GB (spaces inside sheetData: about 1 MB zipped). */
  'xlsx-bomb': {
    file: 'bom.xlsx',
    make: (path) => writeXlsx(path, SHEET_HEAD, 1100, () => ' '.repeat(MB), SHEET_TAIL),
  },
  /** 450 MB of real rows (all the same id) in one sheet. */
  'xlsx-rows': {
    file: 'baris.xlsx',
    make: (path) => {
      const rowBytes = cellRow(5_000_000).length;
      return writeXlsx(path, SHEET_HEAD, Math.floor((450 * MB) / rowBytes), (i) => cellRow(i + 2), SHEET_TAIL);
    },
  },
  /** 200 MB of the same CSV row, `;`-separated. */
  'csv-duplicates': {
    file: 'duplikat.csv',
    make: (path) => {
      const row = 'IND-01;70;LHE 2025\r\n';
      return writeChunks(path, 'id;realisasi;keterangan\r\n', Math.floor((200 * MB) / row.length), () => row, '');
    },
  },
  /** 45 MB of the same row: under the file-size limit, so the row limit has to stop it. */
  'csv-duplicates-45mb': {
    file: 'duplikat-45.csv',
    make: (path) => {
      const row = 'IND-01;70;LHE 2025\r\n';
      return writeChunks(path, 'id;realisasi;keterangan\r\n', Math.floor((45 * MB) / row.length), () => row, '');
    },
  },
  /** One 45 MB keterangan cell: under the file-size limit, so the cell limit has to stop it. */
  'csv-cell-45mb': {
    file: 'sel-45.csv',
    make: (path) => writeChunks(path, 'id;realisasi;keterangan\r\nIND-01;70;"', 45, () => 'x'.repeat(MB), '"\r\n'),
  },
  /** One 200 MB keterangan cell. */
  'csv-cell': {
    file: 'sel.csv',
    make: (path) => writeChunks(path, 'id;realisasi;keterangan\r\nIND-01;70;"', 200, () => 'x'.repeat(MB), '"\r\n'),
  },
};

// --- runner ---

async function measure(name) {
  const input = INPUTS[name];
  const path = join(dir, input.file);
  if (!existsSync(path)) {
    const t = performance.now();
    await input.make(path);
    console.error(`  (generated ${input.file}: ${(statSync(path).size / MB).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  const project = join(dir, 'roadmap.yaml');
  copyFileSync(join(root, 'examples/kabupaten-sukamaju/roadmap.yaml'), project);
  const runner = `const { main } = await import(${JSON.stringify(cli)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawn('/usr/bin/time', ['-f', '%M %e', process.execPath, '--input-type=module', '-e', runner, 'update', project, '--realisasi', path, '--tahun', '2025'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = 0;
  let tail = '';
  let head = '';
  child.stdout.on('data', (d) => (printed += d.length));
  child.stderr.on('data', (d) => {
    printed += d.length;
    if (head.length < 600) head += d.toString().slice(0, 600 - head.length);
    tail = (tail + d.toString()).slice(-2000);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
  const [code, signal] = await once(child, 'close');
  clearTimeout(timer);
  // GNU time writes its own line last: "<max RSS KB> <seconds>".
  const match = /(\d+) ([\d.]+)\s*$/.exec(tail);
  const rss = match ? `${(Number(match[1]) / 1024).toFixed(0)} MB` : '?';
  const seconds = match ? `${Number(match[2]).toFixed(1)} s` : signal ? `killed after ${timeoutSeconds} s` : '?';
  console.log(`${name.padEnd(15)} ${input.file.padEnd(13)} ${(statSync(path).size / MB).toFixed(0).padStart(4)} MB  exit ${String(code ?? signal).padEnd(7)} ${seconds.padStart(9)}  peak RSS ${rss.padStart(8)}  printed ${(printed / MB).toFixed(1)} MB`);
  const firstLines = head.split('\n').slice(0, 3).join(' | ');
  console.log(`${''.padEnd(15)} ${firstLines.slice(0, 300)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) throw new Error('GNU time (/usr/bin/time) is needed for peak RSS.');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'README'), 'Generated by roadmap bench/hostile-inputs.js; safe to delete.\n');
  const names = process.argv.slice(2).filter((a) => a in INPUTS);
  console.log(`hostile realisation inputs — node ${process.version}, CLI ${cli}, files in ${dir}`);
  for (const name of names.length ? names : Object.keys(INPUTS)) await measure(name);
}
