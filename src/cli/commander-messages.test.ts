import { describe, expect, it } from 'vitest';
import { translateCommanderMessage } from './commander-messages.js';

describe('translateCommanderMessage', () => {
  it('translates messages no roadmap command can trigger today, so a new option cannot bring English back', () => {
    expect(translateCommanderMessage("error: option '--final' cannot be used with option '--draft <nomor>'")).toBe(
      "galat: opsi '--final' tidak dapat dipakai bersama opsi '--draft <nomor>'",
    );
    expect(translateCommanderMessage("error: option '--tahun' cannot be used with environment variable 'TAHUN'")).toBe(
      "galat: opsi '--tahun' tidak dapat dipakai bersama variabel lingkungan 'TAHUN'",
    );
    expect(translateCommanderMessage("error: command-argument value 'x' is invalid for argument 'proyek'. harus berkas.")).toBe(
      "galat: nilai 'x' untuk argumen 'proyek' tidak dapat dipakai: harus berkas.",
    );
    expect(translateCommanderMessage('error: too many arguments. Expected 1 argument but got 2.')).toBe('galat: argumen terlalu banyak: seharusnya paling banyak 1, diberikan 2.');
    expect(translateCommanderMessage("error: unknown option '--xy'\n(Did you mean one of --x, --y?)")).toBe("galat: opsi '--xy' tidak dikenal\n(Maksud Anda salah satu dari --x, --y?)");
  });
});
