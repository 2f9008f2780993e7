/**
 * `roadmap build`: one project -> one DOCX (and optionally a PDF), written atomically. Many
 * projects are built in child processes (build-pool.ts), one document per process at a time, so
 * a province's road maps use every core.
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { collectGarbage } from './collect-garbage.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { salinanGaps } from '../model/dasar-hukum.js';
import { readLogo } from './logo-file.js';
import type { Project } from '../model/types.js';
import { documentSuffix, REGULASI } from '../render/document-kind.js';
import type { BuildOptions, BuildOutcome, BuildResult } from './build-types.js';
import { checkOutputDir, checkOutputPath } from './output-path.js';
import { displayPath, loadProject, requireValidProject } from './project-file.js';
import { loadTemplateSet, type LoadedTemplateSet } from './template-set.js';
import { checkYearInPeriod } from './year-in-period.js';

/**
 * The project's output path: -o (NAME.pdf means NAME.docx beside it), else
 * <outDir>/<folder><suffix>.docx, else beside the project (roadmap<suffix>.docx), where the
 * suffix names the document (document-kind.ts).
 */
export function outputPathFor(projectPath: string, options: Pick<BuildOptions, 'output' | 'outDir' | 'cwd' | 'document'>): string {
  if (options.output) return resolve(options.cwd, asDocx(options.output));
  const suffix = documentSuffix(options.document ?? REGULASI);
  const file = basename(projectPath, extname(projectPath));
  const name = file === 'roadmap' ? basename(dirname(projectPath)) || 'roadmap' : file;
  if (options.outDir) return resolve(options.cwd, options.outDir, `${name}${suffix}.docx`);
  return join(dirname(projectPath), `${file}${suffix}.docx`);
}

/**
 * Markup from which a build collects garbage (collect-garbage.ts) before reading the markup and
 * again before writing the DOCX: some 700 pages (the bench's L, 1,670 pages, makes 9.7 M
 * characters; M, 179 pages, 0.9 M). Smaller documents leave little to collect.
 */
const LARGE_MARKUP = 4_000_000;

/** Builds one project in this thread. */
export async function buildProject(given: string | undefined, options: BuildOptions, templateSet?: LoadedTemplateSet): Promise<BuildResult> {
  const phases: BuildResult['phases'] = {};
  const warnings: string[] = [];
  const { prepared, output, shown, project, problems } = await prepareBuild(given, options, templateSet, phases, warnings);
  if (prepared.markupChars >= LARGE_MARKUP) collectGarbage();
  const { writeDocument } = await import('../render/render-document.js');
  const bytes = await writeDocument(prepared);

  const t1 = performance.now();
  await writeFileAtomic(output, bytes, { shown });
  phases.write = performance.now() - t1;
  const result: BuildResult = { project, output: shown, bytes: bytes.byteLength, warnings, problems, phases };
  if (options.pdf || (options.output && isPdf(options.output))) {
    const { convertToPdf } = await import('../io/libreoffice.js');
    const pdf = await convertToPdf(output);
    result.pdf = options.output ? withExtension(options.output, '.pdf') : displayPath(pdf.path, options.cwd);
    if (pdf.pages !== undefined) result.pdfPages = pdf.pages;
  }
  return result;
}

/**
 * Reads and checks the project and makes its document tree. Apart from buildProject so that the
 * project as read (its text, data and model: some 50 MB at size L) is let go with this frame
 * before the DOCX writer runs, which lowers a large build's peak memory.
 */
async function prepareBuild(
  given: string | undefined,
  options: BuildOptions,
  templateSet: LoadedTemplateSet | undefined,
  phases: BuildResult['phases'],
  warnings: string[],
) {
  const t0 = performance.now();
  const loaded = await loadProject(given, options.cwd);
  const output = outputPathFor(loaded.path, options);
  await checkOutput(output, loaded.path, options);
  const project = requireValidProject(loaded);
  const document = options.document ?? REGULASI;
  // A report is for a year of the period.
  if (document.kind === 'laporan') checkYearInPeriod(project, document.tahun, '--tahun');
  if (document.kind === 'regulasi' && document.salinan) checkSalinan(project);
  const set = templateSet ?? (await loadTemplateSet(options.template, options.cwd));
  const assets = await readAssets(project, loaded.path, options.cwd);
  phases.load = performance.now() - t0;

  const { prepareDocument } = await import('../render/render-document.js');
  const prepared = await prepareDocument({
    project,
    templateSet: set,
    assets,
    document,
    ...(options.draf !== undefined ? { draf: options.draf } : {}),
    final: options.final ?? false,
    created: documentTimestamp(project),
    onPhase: (phase, ms) => (phases[phase] = (phases[phase] ?? 0) + ms),
    onWarning: (message) => warnings.push(message),
    onMarkup: (chars) => {
      if (chars >= LARGE_MARKUP) collectGarbage();
    },
  });
  return {
    prepared,
    output,
    shown: options.output ? asDocx(options.output) : displayPath(output, options.cwd),
    project: loaded.displayPath,
    problems: loaded.problems.filter((p) => p.severity === 'warning'),
  };
}

/**
 * Builds several projects; failures are reported per project and do not stop the others.
 * Returns results in the order given.
 */
export async function buildProjects(paths: readonly string[], options: BuildOptions): Promise<BuildOutcome[]> {
  if (paths.length > 1 && options.output) {
    throw new UsageError('E_OUTPUT_MANY', 'Opsi -o hanya untuk satu proyek.', { hint: 'Untuk beberapa proyek gunakan --out-dir FOLDER.' });
  }
  if (options.outDir) await checkOutputDir(resolve(options.cwd, options.outDir), '--out-dir', options.outDir);
  const outputs = new Map<string, string>();
  for (const path of paths) {
    const out = outputPathFor(resolve(options.cwd, path), options);
    await checkOutput(out, resolve(options.cwd, path), options);
    const other = outputs.get(out);
    if (other) throw new UsageError('E_OUTPUT_CLASH', `${other} dan ${path} akan ditulis ke berkas yang sama (${displayPath(out, options.cwd)}).`);
    outputs.set(out, path);
  }
  const total = paths.length;
  const jobs = options.jobs ?? defaultJobs(paths.length);
  if (total <= 1 || jobs <= 1) {
    const set = await loadTemplateSet(options.template, options.cwd);
    const results: BuildOutcome[] = [];
    for (const [index, path] of paths.entries()) {
      options.onProgress?.({ type: 'start', project: path, index, total });
      try {
        const result = await buildProject(path, options, set);
        options.onProgress?.({ type: 'done', result, index, total });
        results.push(result);
      } catch (error) {
        options.onProgress?.({ type: 'failed', project: path, error, index, total });
        results.push({ project: path, error });
      }
    }
    return results;
  }
  const { buildInWorkers } = await import('./build-pool.js');
  return buildInWorkers(paths, options, Math.min(jobs, total));
}

/**
 * Build processes when `-j` is not given: one per 8 projects, at most one per core, so that a few
 * projects are built in this process. A new process spends its first build warming up (about
 * 0.7 s for the example, against 0.1 s for each build after it), so on 2 cores 8 projects took
 * 1.2-1.6 s in this process and 1.6-1.7 s in two; 16 about 1.8 s either way; 40 projects
 * 3.1-3.5 s here and 2.7-3.0 s in two (bench/batch.js).
 */
export function defaultJobs(projects: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(projects / 8)));
}

/** -o NAME.pdf: the DOCX is NAME.docx, and the PDF is made from it. */
function asDocx(output: string): string {
  return isPdf(output) ? withExtension(output, '.docx') : output;
}

function isPdf(path: string): boolean {
  return extname(path).toLowerCase() === '.pdf';
}

/** The path as typed (backslashes and drive letter kept), with another extension: `draf.pdf` -> `draf.docx`. */
function withExtension(path: string, ext: string): string {
  return path.slice(0, path.length - extname(path).length) + ext;
}

/** The output must be a DOCX (or, with -o, a PDF), not the project itself, not a folder. */
async function checkOutput(output: string, projectPath: string, options: Pick<BuildOptions, 'output' | 'outDir' | 'cwd'>): Promise<void> {
  const inputs = [projectPath];
  if (!options.output) {
    const flag = options.outDir ? '--out-dir' : '-o';
    await checkOutputPath(output, { flag, given: displayPath(output, options.cwd), extensions: ['.docx'], example: 'roadmap.docx', inputs });
    return;
  }
  const typed = resolve(options.cwd, options.output);
  await checkOutputPath(typed, { flag: '-o', given: options.output, extensions: ['.docx', '.pdf'], example: 'roadmap.docx', inputs });
  // -o NAME.pdf writes NAME.docx too.
  if (typed !== output) await checkOutputPath(output, { flag: '-o', given: asDocx(options.output), extensions: ['.docx'], example: 'roadmap.docx', inputs });
}

/** A SALINAN certifies the enacted text: nothing in it may still be a blank to fill in. */
function checkSalinan(project: Project): void {
  const gaps = salinanGaps(project);
  if (gaps.length === 0) return;
  throw new UserError('E_SALINAN_INCOMPLETE', `SALINAN belum dapat dibuat: ${gaps.join('; ')} belum diisi.`, {
    hint: 'SALINAN disahkan "sesuai dengan aslinya": lengkapi isian itu di roadmap.yaml (Mengingat dapat ditulis seluruhnya di dokumen.dasarHukum), lalu jalankan lagi.',
  });
}

/** The logo, read relative to the project file; a bad one stops the build as validate reports it. */
async function readAssets(project: Project, projectPath: string, cwd: string): Promise<Record<string, Uint8Array>> {
  const read = await readLogo(project, projectPath, cwd);
  if (!read.ok) throw new UserError(read.code === 'logo-format' ? 'E_LOGO_FORMAT' : 'E_LOGO_NOT_FOUND', read.message, { hint: read.hint });
  return read.bytes ? { logo: read.bytes } : {};
}

/**
 * The document's fixed timestamp: the latest revision date, else the enactment date, else 1 January
 * of the first year. Same input, same bytes.
 */
export function documentTimestamp(project: Project): string {
  const dates = project.riwayatRevisi.map((r) => r.tanggal).sort();
  const date = dates.at(-1) ?? project.dokumen.tanggalDitetapkan ?? `${project.periode.mulai}-01-01`;
  return `${date}T00:00:00Z`;
}
