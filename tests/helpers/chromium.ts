/**
 * Debian's Chromium for browser tests, launched the one way CI can run it: headless, no sandbox, no
 * network side traffic, and a fresh profile that is removed again on close.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LaunchedChromium {
  context: BrowserContext;
  /** The fresh profile folder (tests find the renderer's processes or save files by it). */
  profile: string;
  /** Close the browser and delete its profile. */
  close(): Promise<void>;
}

export async function launchChromium(options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {}): Promise<LaunchedChromium> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'bla-pw-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
  return {
    context,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
