import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';

/** The web build is served here; E2E_PORT moves it when another server holds the default. */
const port = Number(process.env.E2E_PORT ?? 4173);

// e2e specs drive the web build (served by `vite preview`) in Debian's Chromium; see DESIGN.md.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./e2e/skip-reasons.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `npm run -s build:web && npx vite preview --config renderer/vite.config.ts --strictPort --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
