// The Firefox build in a real Firefox (ESR, headless), installed as a temporary add-on by web-ext.
// Playwright cannot drive a stock Firefox, so the page reports what it sees instead: the server adds
// a small observer script to each page it serves, which waits for the panel the content script
// mounts and then calls /__seen with what it found (cards, heading, meta tags, highlights).
// Firefox reaches the Senate's hosts through the same server acting as a plain HTTP proxy (it can
// not be told to trust a self-signed certificate), so the pages are served at http:// addresses.
// Covered: the content script runs, reads the page, mounts the panel in the page's language,
// highlights and inserts the meta tags; the background fetches and reads the same question put to
// the other ministers (over plain http here, which is why the extension pages' CSP must not upgrade
// insecure requests: Firefox's MV3 default does). Not covered here: popup, options, context menu, keyboard
// command (Chromium's e2e tests cover them on the same code).

import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';
import { findFirefox } from '../../scripts/lib/browsers';
import { buildExtension, DIST_FIREFOX, servedPages, startSiteServer, type SiteServer } from './harness';

const FIREFOX = findFirefox();
function missingFirefox(): string | null {
  if (FIREFOX) return null;
  const reason = 'no Firefox found (apt-get install -y firefox-esr, or set FIREFOX_PATH)';
  if (process.env.CI === 'true') throw new Error(`The Firefox test needs Firefox in CI: ${reason}`);
  return reason;
}
const skipReason = missingFirefox();

/** Reports, once the panel is up and the page decorated, what the page sees of the extension's work; gives up after 20 s. */
const OBSERVER = `<script>(function () {
  var started = Date.now();
  function report(fields) { fetch('/__seen?' + new URLSearchParams(fields)).catch(function () {}); }
  function look() {
    var host = document.querySelector('question-lens-panel');
    var root = host && host.shadowRoot;
    var h = window.CSS && CSS.highlights;
    // Highlights and meta tags come just after the panel's first paint: wait for them too.
    var decorated = (!h || h.size > 0) && document.querySelector('meta[data-question-lens-meta]');
    if (document.documentElement.getAttribute('data-question-lens') === 'panel' && root && root.querySelector('li.item') && decorated) {
      report({
        page: location.href,
        cards: String(root.querySelectorAll('li.item').length),
        heading: root.querySelector('h2') ? root.querySelector('h2').textContent : '',
        statuses: Array.from(root.querySelectorAll('li.item')).map(function (c) { return c.getAttribute('data-label') + ':' + c.getAttribute('data-status'); }).join(' '),
        meta: String(document.querySelectorAll('meta[data-question-lens-meta]').length),
        title: (document.querySelector('meta[name="citation_title"]') || { content: '' }).content,
        highlights: h ? Array.from(h.keys()).sort().join(',') : 'no-api'
      });
      lookRelated(root);
      return;
    }
    if (Date.now() - started < 20000) setTimeout(look, 100);
    else report({ page: location.href, timeout: '1' });
  }
  // The same question to the other ministers, fetched by the background: reported once loaded.
  function lookRelated(root) {
    var all = root.querySelectorAll('details.related .related-siblings li.related-page');
    var settled = Array.from(all).filter(function (li) { return li.getAttribute('data-loaded'); });
    if (all.length > 0 && settled.length === all.length) {
      report({ page: location.href + '#related', siblings: settled.map(function (li) { return li.getAttribute('data-question') + ':' + li.getAttribute('data-loaded') + ':' + (li.getAttribute('data-error') || (li.querySelector('.badge') ? li.querySelector('.badge').className : '')); }).join('|') });
      return;
    }
    if (Date.now() - started < 30000) setTimeout(function () { lookRelated(root); }, 200);
    else report({ page: location.href + '#related', timeout: '1' });
  }
  look();
})();</script>`;

describe.skipIf(skipReason !== null)(`extension in Firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const pages = servedPages();
  const seen = new Map<string, URLSearchParams>();
  let server: SiteServer;
  let runner: { exit(): Promise<void> } | null = null;
  const httpUrl = (name: string) => pages.get(name)!.url.replace(/^https:/, 'http:');
  const FR = '7-1649-fr-paragraphs';
  const NL = '7-1649-nl';

  beforeAll(async () => {
    buildExtension();
    expect(existsSync(DIST_FIREFOX)).toBe(true);
    server = await startSiteServer(pages.values(), {
      http: true,
      inject: OBSERVER,
      extraRoute: (url, _req, res) => {
        if (url.pathname !== '/__seen') return false;
        const fields = new URLSearchParams(url.search);
        seen.set(fields.get('page') ?? '', fields);
        res.writeHead(204);
        res.end();
        return true;
      },
    });
    server.use(pages.get(FR)!);
    consoleStream.startCapturing();
    runner = await webExt.cmd.run(
      {
        sourceDir: DIST_FIREFOX,
        target: ['firefox-desktop'],
        firefox: FIREFOX!,
        args: ['-headless'],
        startUrl: [httpUrl(FR), httpUrl(NL)],
        noInput: true,
        noReload: true,
        pref: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': server.port,
          'network.proxy.no_proxies_on': '',
          // The fixtures are served over http: no upgrade to https.
          'dom.security.https_first': false,
          'dom.security.https_first_schemeless': false,
          'dom.security.https_only_mode': false,
          'network.captive-portal-service.enabled': false,
        },
      },
      { shouldExitProgram: false },
    );
    const deadline = Date.now() + 40_000;
    const wanted = [httpUrl(FR), httpUrl(NL), `${httpUrl(FR)}#related`];
    while (!wanted.every((w) => seen.has(w)) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  }, 90_000);

  afterAll(async () => {
    await runner?.exit();
    consoleStream.stopCapturing();
    await server?.close();
  });

  it('runs the content script on the reference question: panel, cards, highlights, meta tags', () => {
    const fr = seen.get(httpUrl(FR));
    expect(fr?.get('timeout')).toBeNull();
    expect(fr?.get('cards')).toBe('8');
    expect(fr?.get('heading')).toBe('Question écrite n° 7-1649');
    // 4 declines ("Aucune information disponible"), 5 points to answer 1: as in Chromium and Node.
    expect(fr?.get('statuses')).toContain('4:deflected');
    expect(fr?.get('statuses')).toContain('5:referred');
    expect(fr?.get('highlights')?.split(',')).toEqual(expect.arrayContaining(['ql-answered', 'ql-deflected', 'ql-referred']));
    expect(Number(fr?.get('meta'))).toBeGreaterThan(10);
    expect(fr?.get('title')).toBe('Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances');
  });

  it('shows the same question to the other ministers, fetched and read by the background', () => {
    const related = seen.get(`${httpUrl(FR)}#related`);
    expect(related?.get('timeout')).toBeNull();
    const siblings = related?.get('siblings')?.split('|') ?? [];
    expect(siblings.map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['7-1648:true', '7-1650:true']);
    expect(siblings[1]).toContain('status-unanswered');
  });

  it('speaks Dutch on the Dutch page', () => {
    const nl = seen.get(httpUrl(NL));
    expect(nl?.get('cards')).toBe('8');
    expect(nl?.get('heading')).toBe('Schriftelijke vraag nr. 7-1649');
  });
});
