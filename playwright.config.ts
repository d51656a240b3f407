import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys against the real built SPA served by the real simulator. The web server
 * builds the SPA (skip with E2E_SKIP_BUILD=1 when `npm test` already built dist/), then
 * starts the simulator on a fresh PGlite data dir with nothing seeded: every test creates
 * its own tenant through POST /_sim/tenants.
 */
const port = Number(process.env.E2E_PORT ?? 4178);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = `.tmp/e2e-sim-${port}`;
const build = process.env.E2E_SKIP_BUILD === '1' ? '' : 'node_modules/.bin/vite build && ';

// Debian's Chromium here; elsewhere Playwright's own browser (`npx playwright install chromium`).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: existsSync(chromium) ? { executablePath: chromium } : {},
  },
  projects: [
    {
      name: 'chromium',
      // The smallest laptop screen the app is designed for.
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && ${build}exec node --import tsx simulator/src/main.ts`,
    url: `${baseURL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED: 'none', JOB_POLL_MS: '50' },
  },
});
