/**
 * The shapes of a build: what it is asked, what it reports while it runs, what it returns. In a
 * file of their own so that build.ts and the worker pool it loads (build-pool.ts) can both name
 * them without importing each other.
 */
import type { Problem } from '../problem.js';
import type { DocumentRequest } from '../render/document-kind.js';
import type { Phase } from '../render/render-document.js';

export interface BuildOptions {
  cwd: string;
  /** Output file (one project only): NAME.docx, or NAME.pdf for NAME.docx and its PDF. */
  output?: string;
  /** Output folder (several projects): <outDir>/<project folder>.docx */
  outDir?: string;
  /** A template set folder (from `roadmap templates eject`). */
  template?: string;
  /** Which document: the regulation (default), the working papers, or a year's report. */
  document?: DocumentRequest;
  pdf?: boolean;
  draf?: number;
  final?: boolean;
  /** Build processes for several projects; default: defaultJobs() in build.ts. */
  jobs?: number;
  onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { type: 'start'; project: string; index: number; total: number }
  | { type: 'done'; result: BuildResult; index: number; total: number }
  | { type: 'failed'; project: string; error: unknown; index: number; total: number };

export interface BuildResult {
  project: string;
  output: string;
  bytes: number;
  pdf?: string;
  pdfPages?: number;
  warnings: string[];
  /** The project's own warnings (as `roadmap validate` gives them): the build goes on. */
  problems: Problem[];
  /** Milliseconds per phase, for the bench. */
  phases: Partial<Record<Phase | 'load' | 'write', number>>;
}

/** A project of several that could not be built; the others go on. */
export interface BuildFailure {
  project: string;
  error: unknown;
}

/** One project's outcome in a build of several, in the order the projects were given. */
export type BuildOutcome = BuildResult | BuildFailure;

export function isBuildFailure(outcome: BuildOutcome): outcome is BuildFailure {
  return 'error' in outcome;
}
