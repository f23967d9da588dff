import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['interpreter/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
