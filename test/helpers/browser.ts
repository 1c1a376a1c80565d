/**
 * A real browser for the HTML page's tests: Debian's chromium, driven by playwright-core, headless,
 * with a fresh profile and nothing that phones home. Where chromium is missing the tests skip and
 * say why (CI installs it: .ci/run).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.ACT_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export const chromiumMissing: string | undefined = existsSync(CHROMIUM)
  ? undefined
  : `chromium is not installed at ${CHROMIUM}: the HTML page's browser tests are skipped (Debian: apt-get install chromium; elsewhere set ACT_CHROMIUM to a Chromium binary)`;

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a new, empty profile (removed on close). */
export async function openBrowser(options: { deviceScaleFactor?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'act-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 720, height: 600 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
