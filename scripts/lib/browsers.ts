// Where a Chromium-family browser or Firefox is installed. CHROME_PATH / FIREFOX_PATH choose; then
// the usual places on Linux, macOS and Windows, first found wins.

import { existsSync } from 'node:fs';

const CHROMIUM_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

const FIREFOX_PLACES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'];

function first(envName: string, places: readonly string[]): string | null {
  const chosen = process.env[envName];
  // An explicit choice is honoured even when wrong, so the caller's message names it.
  if (chosen) return existsSync(chosen) ? chosen : null;
  return places.find((p) => existsSync(p)) ?? null;
}

/** A Chromium, Chrome or Edge executable, or null. */
export function findChromium(): string | null {
  return first('CHROME_PATH', CHROMIUM_PLACES);
}

export function findFirefox(): string | null {
  return first('FIREFOX_PATH', FIREFOX_PLACES);
}

/** Chromium switches for the unpacked extension in `dist`, with the Senate's hosts answered by the
 * local server on `port` (its certificate is self-signed, hence the certificate switch: this is a
 * throwaway profile that visits nothing else). */
export function chromiumExtensionArgs(dist: string, port: number): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    `--host-resolver-rules=MAP www.senate.be:443 127.0.0.1:${port}, MAP www.senaat.be:443 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
