import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each test file's temporary files go in a folder of its own, removed after the file.
    setupFiles: ['test/helpers/private-tmpdir.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Tests that convert DOCX through LibreOffice are heavy; two cores here.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
