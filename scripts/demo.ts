// `npm run demo`: builds the Chromium extension, serves the bundled fixture pages on 127.0.0.1 as if
// they were www.senate.be / www.senaat.be, and opens a Chromium with the extension loaded on the
// reference question 7-1649. Close the browser to stop.
// `npm run demo -- --screenshot FILE` does the same headless and writes a picture of the panel.
// CHROME_PATH chooses the browser; otherwise the usual places are searched (scripts/lib/browsers.ts).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExtensionArgs, findChromium } from './lib/browsers';
import { servedPages, startSiteServer } from './lib/senate-server';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'chrome');
export const DEMO_PAGE = '7-1649-fr-paragraphs';
const USAGE = 'usage: npm run demo [-- --screenshot FILE] [-- --width N --height N] [-- --page NAME]';

interface DemoOptions {
  screenshot: string | null;
  width: number;
  height: number;
  page: string;
}

function parseArgs(argv: string[]): DemoOptions {
  const options: DemoOptions = { screenshot: null, width: 1366, height: 768, page: DEMO_PAGE };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--screenshot') options.screenshot = resolve(value());
    else if (arg === '--width') options.width = Number(value());
    else if (arg === '--height') options.height = Number(value());
    else if (arg === '--page') options.page = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!(options.width > 0 && options.height > 0)) throw new Error(`--width and --height take positive numbers\n${USAGE}`);
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const executable = findChromium();
  if (!executable) {
    const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chrome or Chromium found';
    console.error(`demo: ${where}; install one (e.g. apt-get install -y chromium) or set CHROME_PATH to its executable.`);
    process.exit(2);
  }
  const headless = options.screenshot !== null;
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('demo: no display to open a browser window on; use npm run demo -- --screenshot FILE for a picture instead.');
    process.exit(2);
  }

  console.log('demo: building dist/chrome …');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'chrome', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });

  const pages = servedPages();
  const target = pages.get(options.page);
  if (!target) throw new Error(`no served page named ${options.page} (known: ${[...pages.keys()].join(', ')})`);
  const server = await startSiteServer(pages.values());
  server.use(target);
  const profile = mkdtempSync(join(tmpdir(), 'ql-demo-profile-'));
  const cleanUp = async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless,
      viewport: headless ? { width: options.width, height: options.height } : null,
      args: [...chromiumExtensionArgs(DIST, server.port), ...(headless ? [] : [`--window-size=${options.width},${options.height}`])],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(target.url, { waitUntil: 'load' });
    const cards = page.locator('question-lens-panel li.item');
    await cards.first().waitFor({ timeout: 15_000 });

    if (options.screenshot) {
      mkdirSync(dirname(options.screenshot), { recursive: true });
      // Let the panel settle (fonts, layout) before the picture.
      await page.waitForTimeout(300);
      await page.screenshot({ path: options.screenshot });
      console.log(`demo: ${await cards.count()} sub-questions in the panel; screenshot written to ${options.screenshot}`);
      await context.close();
      return;
    }
    console.log(`demo: ${target.url} open with the extension (served locally from ${target.file}); close the browser to stop.`);
    await new Promise<void>((done) => context.on('close', () => done()));
  } finally {
    await cleanUp();
  }
}

main().catch((e: unknown) => {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
