import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium by default (browsers cannot be downloaded here); CHROMIUM_PATH overrides it. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}

/** A fresh page on the bench page, ready once its module has registered the bench functions. */
export async function openBenchPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => 'benchReady' in window);
  return page;
}
