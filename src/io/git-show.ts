/**
 * Reads a file as it was at a git revision (`git show REV:./file`), for `roadmap diff FILE REV`.
 * Runs the user's git; no git library.
 */
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { UserError } from '../errors.js';

interface GitOutput {
  stdout: string;
  stderr: string;
  code: number | string | undefined;
}

function git(args: readonly string[], cwd: string): Promise<GitOutput> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? ((error as NodeJS.ErrnoException).code ?? (error as { status?: number }).status ?? 1) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

/** Whether `rev` names a commit in the repository holding `dir`. */
export async function isGitRevision(dir: string, rev: string): Promise<boolean> {
  if (rev.startsWith('-')) return false;
  const out = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], dir);
  return out.code === 0;
}

/**
 * The text of `file` (absolute path) at revision `rev`.
 * @throws UserError when git is missing, the folder is not in a repository, the revision is
 *   unknown, or the file did not exist at that revision.
 */
export async function gitShow(file: string, rev: string, shown = file): Promise<string> {
  const dir = dirname(file);
  if (rev.startsWith('-')) throw new UserError('E_GIT_REV', `Revisi "${rev}" tidak sah.`);
  const out = await git(['show', `${rev}:./${basename(file)}`], dir);
  if (out.code === 0) return out.stdout;
  if (out.code === 'ENOENT') {
    throw new UserError('E_GIT_MISSING', 'Program git tidak ditemukan.', { hint: 'Pasang git, atau bandingkan dua berkas: roadmap diff lama.yaml baru.yaml' });
  }
  const message = out.stderr.trim().split('\n')[0] ?? '';
  if (/not a git repository/i.test(message)) {
    throw new UserError('E_GIT_NO_REPO', `${dirname(shown) || '.'} tidak berada dalam repositori git.`);
  }
  if (/does not exist in|exists on disk, but not in/i.test(message)) {
    throw new UserError('E_GIT_NO_FILE', `${shown} belum ada pada revisi ${rev}.`);
  }
  if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(message)) {
    throw new UserError('E_GIT_REV', `Revisi git "${rev}" tidak dikenal.`, { hint: 'Contoh revisi: HEAD~1, main, v1.0, atau hash commit.' });
  }
  throw new UserError('E_GIT', `git show ${rev} gagal: ${message}`);
}
