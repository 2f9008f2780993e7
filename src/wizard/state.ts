/**
 * The wizard's progress, kept beside the project in `.roadmap-wizard.json` while a workshop is
 * under way: which steps are done or skipped, and the answers of the step being filled (the
 * journal). roadmap.yaml itself stays a plain project file, marked at the top by a
 * `# roadmap:wizard` comment until the wizard finishes; then both marks go away.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../io/write-file-atomic.js';

export const STATE_FILE = '.roadmap-wizard.json';

export interface WizardState {
  versi: 1;
  /** Steps whose answers are in roadmap.yaml. */
  selesai: string[];
  /** Steps skipped for now (not asked again in order; offered in the menu). */
  dilewati: string[];
  /** The step being filled, whose answers are in `jawaban`. */
  langkah?: string;
  /** Answers of `langkah` so far, by key (docs/wizard.md). */
  jawaban: Record<string, unknown>;
  /** Index in `lokakarya` of this session's workshop record. */
  lokakarya?: number;
  diperbarui: string;
}

export function newState(): WizardState {
  return { versi: 1, selesai: [], dilewati: [], jawaban: {}, diperbarui: new Date(0).toISOString() };
}

export function statePath(projectPath: string): string {
  return join(dirname(projectPath), STATE_FILE);
}

/** The saved state, or undefined when there is none (or it cannot be read: start afresh). */
export async function readState(projectPath: string): Promise<WizardState | undefined> {
  let text: string;
  try {
    text = await readFile(statePath(projectPath), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<WizardState>;
    if (data.versi !== 1) return undefined;
    return {
      versi: 1,
      selesai: Array.isArray(data.selesai) ? data.selesai.filter((s) => typeof s === 'string') : [],
      dilewati: Array.isArray(data.dilewati) ? data.dilewati.filter((s) => typeof s === 'string') : [],
      ...(typeof data.langkah === 'string' ? { langkah: data.langkah } : {}),
      jawaban: typeof data.jawaban === 'object' && data.jawaban !== null ? data.jawaban : {},
      ...(typeof data.lokakarya === 'number' ? { lokakarya: data.lokakarya } : {}),
      diperbarui: typeof data.diperbarui === 'string' ? data.diperbarui : '',
    };
  } catch {
    return undefined;
  }
}

export async function writeState(projectPath: string, state: WizardState, now: Date = new Date()): Promise<void> {
  state.diperbarui = now.toISOString();
  await writeFileAtomic(statePath(projectPath), `${JSON.stringify(state, null, 2)}\n`);
}

export async function removeState(projectPath: string): Promise<void> {
  await rm(statePath(projectPath), { force: true });
}

/** The comment that marks roadmap.yaml as still being filled by the wizard. */
export function markerLine(resumeCommand: string): string {
  return `# roadmap:wizard sedang diisi; lanjutkan dengan: ${resumeCommand}\n`;
}

const MARKER = /^# roadmap:wizard[^\n]*\n/m;

export function hasMarker(text: string): boolean {
  return MARKER.test(text);
}

export function withoutMarker(text: string): string {
  return text.replace(MARKER, '');
}

export function withMarker(text: string, resumeCommand: string): string {
  return hasMarker(text) ? text : markerLine(resumeCommand) + text;
}
