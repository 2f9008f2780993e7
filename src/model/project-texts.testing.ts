/**
 * Project texts for the tests of the fast read and the fast edit: every example and fixture, and
 * the bench projects (bench/generate.js) as the bench writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every file a test or an example reads as a project. */
export function projectTexts(): { name: string; text: string }[] {
  const files = [
    ...readdirSync(join(ROOT, 'examples')).map((d) => join('examples', d, 'roadmap.yaml')),
    ...readdirSync(join(ROOT, 'test/fixtures'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join('test/fixtures', f)),
  ];
  return files.map((name) => ({ name, text: readFileSync(join(ROOT, name), 'utf8') }));
}

/** A bench project (bench/generate.js) as the bench writes it, with a logo so that it is clean. */
export async function benchText(size: 'S' | 'M' | 'L'): Promise<string> {
  const { generateProject, SIZES } = (await import('../../bench/generate.js' as string)) as {
    generateProject: (size: unknown) => { pemerintah: Record<string, unknown> };
    SIZES: Record<string, unknown>;
  };
  const project = generateProject(SIZES[size]);
  project.pemerintah.logo = 'lambang.png';
  return stringify(project);
}

