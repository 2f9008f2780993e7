/**
 * The command-line contract users and scripts rely on: exit codes, help with examples, results
 * on stdout and chatter on stderr, NO_COLOR, JSON output.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli } from '../helpers/run-cli.js';

describe('the CLI contract', () => {
  it('every command has --help with an example, exit 0', () => {
    for (const command of ['init', 'build', 'validate', 'update', 'diff', 'status', 'templates', 'schema']) {
      const r = runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain('Contoh:');
      expect(r.stdout, command).toContain(`roadmap ${command}`);
    }
  });

  it('an unknown option is a usage error: exit 2, message in Indonesian', () => {
    const r = runCli(['build', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("opsi '--bogus' tidak dikenal");
  });

  it('an unknown command is a usage error: exit 2', () => {
    const r = runCli(['bangun']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("perintah 'bangun' tidak dikenal");
  });

  it('a bad option value is a usage error: exit 2', () => {
    const r = runCli(['build', EXAMPLE, '--draft', 'dua']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bilangan bulat positif/);
  });

  it('validate: the example is valid, aligned, JSON on stdout only', () => {
    const r = runCli(['validate', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; problems: { severity: string }[]; alignment: { grade: string; percent: number } };
    expect(report.valid).toBe(true);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.alignment.grade).toBe('A');
    expect(report.alignment.percent).toBe(100);
  });

  it('NO_COLOR gives no escape codes, even with FORCE_COLOR', () => {
    const r = runCli(['validate', EXAMPLE], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/\x1b\[/);
  });

  it('schema prints the JSON Schema on stdout', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['pemerintah', 'periode', 'opd', 'areaPerubahan']));
    expect(schema.required).toEqual(expect.arrayContaining(['profil', 'pemerintah', 'periode']));
  });

  it('templates list names the built-in set', () => {
    const r = runCli(['templates', 'list', '--json']);
    expect(r.code).toBe(0);
    const sets = JSON.parse(r.stdout) as { name: string; files: string[] }[];
    expect(sets.map((s) => s.name)).toContain('default');
    expect(sets[0]!.files).toContain('dokumen.hbs');
  });
});
