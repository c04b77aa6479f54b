// npm run bench: what the extension costs a reader, in the real Chromium with the built extension
// (the end-to-end harness), on every fixture and on generated pages of growing size.
//
// Per page, each figure is a median of repeated runs, and each is also given as a ratio to the floor
// measured in the same run: the floor is one bare pass over the page's text nodes (a TreeWalker
// reading every text node's data), the least any reader of the page's text can do.
//   floor, flatten (core/text), analysis (analysePage), readability (@mozilla/readability parse() of
//   a clone, the yardstick): timed in the page with the engine injected as a script, interleaved;
//   render (the panel's first render) and visible (document_idle → panel painted): read from the
//   content script's own performance marks over repeated loads.
// Writes bench/results.json. Options: --runs N (default 15), --only NAME (substring).
//
// --quick: the first paint only, in under a minute: the Chromium build alone (unless --no-build),
// then the reference page loaded --runs times (default 15) after one warm-up, read from the content
// script's marks: document_idle → checklist painted (ql:visible) and its phases. Writes
// bench/quick.json; bench/results.json is left alone.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { buildExtension, launchWithExtension, missingBrowser, ROOT, servedPages, startSiteServer, type ServedPage } from '../test/e2e/harness';
import { chromeDist, contentBundle, CONTENT_BUDGET_BYTES } from '../test/build/content-bundle';
import { SIZES, writeGeneratedPages, type PageSize } from './bench/pages';

const REFERENCE = '7-1649-fr-paragraphs';
const ANALYSIS_FLOOR_RATIO = 3;
const FRAME_MS = 16;
/** One timed sample lasts at least this long: the page's clock is coarsened to 0.1 ms. */
const MIN_SAMPLE_MS = 8;

/** The first paint's budget: document_idle → checklist painted on the reference page (issue 11). */
const FIRST_PAINT_MS = 60;

interface Args {
  runs: number;
  quick: boolean;
  build: boolean;
  only: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 15, quick: false, build: true, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Math.max(3, Number(argv[++i]) || 15);
    else if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--only') args.only = argv[++i] ?? null;
  }
  return args;
}

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// ---- the engine as a script for the page ----------------------------------------------------------

async function buildEngineScript(dir: string): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'chrome120',
      minify: false,
      lib: { entry: join(ROOT, 'scripts', 'bench', 'engine-entry.ts'), formats: ['iife'], name: 'QuestionLensBench', fileName: () => 'engine.js' },
    },
  });
  return join(dir, 'engine.js');
}

// ---- in the page ----------------------------------------------------------------------------------

interface InPage {
  words: number;
  textNodes: number;
  items: number | null;
  floor: number[];
  flatten: number[];
  analysis: number[];
  readability: number[];
}

/** Runs in the page: interleaved samples of the four operations, each sample long enough for the
 * page's coarse clock. Self-contained (serialised by playwright). */
async function measureInPage(input: { url: string; runs: number; minSampleMs: number }): Promise<InPage> {
  type Engine = {
    flatten(root: unknown): { text: string };
    analysePage(root: unknown, o: { url: string }): { analysis: { items: unknown[] } } | null;
  };
  const w = window as unknown as { QuestionLensBench: Engine; Readability: new (d: Document) => { parse(): unknown } };
  const engine = w.QuestionLensBench;
  const body = document.body;
  let sink = 0;
  const floor = () => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).data.length;
    sink += n;
  };
  const ops: Record<'floor' | 'flatten' | 'analysis' | 'readability', () => void> = {
    floor,
    flatten: () => {
      sink += engine.flatten(body).text.length;
    },
    analysis: () => {
      sink += engine.analysePage(body, { url: input.url })?.analysis.items.length ?? 0;
    },
    readability: () => {
      sink += new w.Readability(document.cloneNode(true) as Document).parse() ? 1 : 0;
    },
  };
  const reps: Record<string, number> = {};
  for (const [name, op] of Object.entries(ops)) {
    op(); // warm-up and calibration
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < input.minSampleMs) {
      op();
      n++;
    }
    reps[name] = Math.max(1, n);
  }
  const out: Record<string, number[]> = { floor: [], flatten: [], analysis: [], readability: [] };
  for (let r = 0; r < input.runs; r++) {
    for (const [name, op] of Object.entries(ops)) {
      const k = reps[name]!;
      const t0 = performance.now();
      for (let i = 0; i < k; i++) op();
      out[name]!.push((performance.now() - t0) / k);
    }
    await new Promise((done) => setTimeout(done, 0));
  }
  let textNodes = 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    words.push((node as Text).data);
  }
  const result = engine.analysePage(body, { url: input.url });
  (window as unknown as { __sink: number }).__sink = sink;
  return {
    words: words.join(' ').split(/\s+/).filter(Boolean).length,
    textNodes,
    items: result ? result.analysis.items.length : null,
    floor: out.floor!,
    flatten: out.flatten!,
    analysis: out.analysis!,
    readability: out.readability!,
  };
}

// ---- from the content script's marks ---------------------------------------------------------------

interface Marks {
  skip: boolean;
  render: number | null;
  visible: number | null;
  analysisToVisible: number | null;
  contentAnalyse: number | null;
  /** Loading the engine and panel chunks once the entry's checks said yes (ql:load). */
  engineLoad: number | null;
  /** Highlights and meta tags, after the first paint (ql:decorate). */
  decorate: number | null;
}

async function loadAndReadMarks(page: Page, url: string, question: boolean): Promise<Marks> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    (q) => (q ? ['ql:visible', 'ql:decorate'] : ['ql:skip']).every((name) => performance.getEntriesByName(name).length > 0),
    question,
    { timeout: 120_000, polling: 20 },
  );
  return page.evaluate(() => {
    const m = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? null;
    return {
      skip: performance.getEntriesByName('ql:skip', 'mark').length > 0,
      render: m('ql:render'),
      visible: m('ql:visible'),
      analysisToVisible: m('ql:analysis-to-visible'),
      contentAnalyse: m('ql:analyse'),
      engineLoad: m('ql:load'),
      decorate: m('ql:decorate'),
    };
  });
}

// ---- one page ----------------------------------------------------------------------------------

interface Figure {
  ms: number;
  ratio: number;
}

interface PageResult {
  name: string;
  url: string;
  generated: PageSize | null;
  words: number;
  textNodes: number;
  items: number | null;
  runs: number;
  floor: Figure;
  flatten: Figure;
  analysis: Figure;
  readability: Figure;
  render: Figure | null;
  visible: Figure | null;
  analysisToVisible: number | null;
  /** The content script's own single-shot analysis (ql:analyse), median over loads. */
  contentScriptAnalysis: number | null;
  /** Loading the question-page chunks after the entry's checks (ql:load), median over loads. */
  engineLoad: number | null;
  /** Highlights and meta tags after the first paint (ql:decorate), median over loads. */
  decorate: number | null;
}

async function benchPage(page: Page, served: ServedPage, generated: PageSize | null, runs: number, engineScript: string, readabilityScript: string): Promise<PageResult> {
  const marks: Marks[] = [];
  let question = true;
  const loads = generated && generated.words >= 100_000 ? Math.min(runs, 7) : runs;
  for (let i = 0; i < loads; i++) {
    const first = await loadAndReadMarks(page, served.url, question).catch(async (err: unknown) => {
      if (i > 0 || !question) throw err;
      // No panel on this page: a non-question fixture, which only gets ql:skip (or nothing when
      // the site read it in full and found no question).
      question = false;
      return loadAndReadMarks(page, served.url, false).catch(() => null);
    });
    if (first) marks.push(first);
    if (!question) break;
  }
  await page.addScriptTag({ path: engineScript });
  await page.addScriptTag({ path: readabilityScript });
  const inPage = await page.evaluate(measureInPage, { url: served.url, runs, minSampleMs: MIN_SAMPLE_MS });
  const floor = median(inPage.floor);
  const fig = (ms: number): Figure => ({ ms, ratio: ms / floor });
  const med = (pick: (m: Marks) => number | null) => {
    const xs = marks.map(pick).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  const render = med((m) => m.render);
  const visible = med((m) => m.visible);
  return {
    name: served.name,
    url: served.url,
    generated,
    words: inPage.words,
    textNodes: inPage.textNodes,
    items: inPage.items,
    runs,
    floor: fig(floor),
    flatten: fig(median(inPage.flatten)),
    analysis: fig(median(inPage.analysis)),
    readability: fig(median(inPage.readability)),
    render: render === null ? null : fig(render),
    visible: visible === null ? null : fig(visible),
    analysisToVisible: med((m) => m.analysisToVisible),
    contentScriptAnalysis: med((m) => m.contentAnalyse),
    engineLoad: med((m) => m.engineLoad),
    decorate: med((m) => m.decorate),
  };
}

// ---- report ----------------------------------------------------------------------------------------

function fmtMs(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

function printPage(r: PageResult): void {
  const size = r.generated ? ` (${r.generated.subQuestions} sub-questions)` : '';
  console.log(`\n${r.name}${size}: ${r.words.toLocaleString('en')} words, ${r.textNodes} text nodes, ${r.items ?? 'no'} items, median of ${r.runs}`);
  const rows: [string, Figure | null][] = [
    ['floor (TreeWalker)', r.floor],
    ['text model (flatten)', r.flatten],
    ['full analysis', r.analysis],
    ['panel first render', r.render],
    ['document_idle → visible', r.visible],
    ['readability parse()', r.readability],
  ];
  console.log('  phase                     ms        × floor');
  for (const [label, f] of rows) {
    if (!f) console.log(`  ${label.padEnd(24)}  —`);
    else console.log(`  ${label.padEnd(24)}  ${fmtMs(f.ms).padStart(8)}  ${f.ratio.toFixed(1).padStart(8)}`);
  }
  if (r.analysisToVisible !== null) console.log(`  analysis → panel painted: ${fmtMs(r.analysisToVisible)} ms`);
  if (r.engineLoad !== null) console.log(`  engine and panel chunks loaded in ${fmtMs(r.engineLoad)} ms; highlights and meta tags after the paint: ${r.decorate === null ? '—' : `${fmtMs(r.decorate)} ms`}`);
}

interface Fit {
  slopeMsPer1000Words: number;
  interceptMs: number;
  r2: number;
}

function linearFit(points: { x: number; y: number }[]): Fit {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  const slope = sxy / sxx;
  return { slopeMsPer1000Words: slope * 1000, interceptMs: my - slope * mx, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

// ---- --quick: the first paint -------------------------------------------------------------------------

/** The phases of one load, from the content script's measures (content/timing.ts), in ms. */
const PHASES = [
  ['visible', 'ql:visible', 'document_idle → checklist painted'],
  ['entry', 'ql:entry', '  the entry loaded, its checks'],
  ['load', 'ql:load', '  the engine and panel chunks loaded'],
  ['analyse', 'ql:analyse', '  the analysis'],
  ['wait', 'ql:wait', '  then waiting for storage and catalog'],
  ['render', 'ql:render', '  the checklist rendered'],
  ['paint', 'ql:paint', '  until the frame is painted'],
  ['afterAnalysis', 'ql:analysis-to-visible', 'analysis → painted (the panel\'s share)'],
  ['decorate', 'ql:decorate', 'highlights, marks, meta tags (after)'],
] as const;

async function quick(args: Args): Promise<void> {
  const began = Date.now();
  if (args.build) {
    console.log('Building the Chromium extension…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'chrome', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  const served = servedPages().get(REFERENCE)!;
  const server = await startSiteServer([served]);
  const browser = await launchWithExtension(server.port);
  const samples: Record<string, number[]> = Object.fromEntries(PHASES.map(([key]) => [key, []]));
  let userAgent = '';
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    userAgent = await page.evaluate(() => navigator.userAgent);
    for (let i = 0; i <= args.runs; i++) {
      await page.goto(served.url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => ['ql:visible', 'ql:decorate'].every((n) => performance.getEntriesByName(n).length > 0), null, { timeout: 60_000, polling: 20 });
      const got = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n, 'measure')[0]?.duration ?? null), PHASES.map(([, name]) => name));
      // The first load fills the caches (the chunks' compiled code): a warm-up, not counted.
      if (i === 0) continue;
      PHASES.forEach(([key], k) => got[k] !== null && samples[key]!.push(got[k]!));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const figures = Object.fromEntries(PHASES.map(([key]) => [key, { median: median(samples[key]!), min: Math.min(...samples[key]!), max: Math.max(...samples[key]!) }]));
  console.log(`\n${REFERENCE}, ${args.runs} loads after a warm-up (median, min–max):`);
  for (const [key, , label] of PHASES) {
    const f = figures[key]!;
    console.log(`  ${label.padEnd(40)} ${fmtMs(f.median).padStart(7)} ms   ${fmtMs(f.min)}–${fmtMs(f.max)}`);
  }
  const visible = figures.visible!.median;
  console.log(`\n  ${visible <= FIRST_PAINT_MS ? 'met    ' : 'NOT met'}  checklist painted within ${FIRST_PAINT_MS} ms of document_idle (${fmtMs(visible)} ms)`);
  const seconds = (Date.now() - began) / 1000;
  console.log(`  quick benchmark: ${seconds.toFixed(0)} s`);
  const outDir = join(ROOT, 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'quick.json'),
    `${JSON.stringify({ date: new Date().toISOString(), browser: userAgent, node: process.version, page: REFERENCE, runs: args.runs, budgetMs: FIRST_PAINT_MS, figures, samples, seconds }, null, 2)}\n`,
  );
  console.log('Wrote bench/quick.json');
}

// ---- main --------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const skip = missingBrowser();
  if (skip) throw new Error(`the benchmark needs Chromium: ${skip}`);
  if (args.quick) return quick(args);

  console.log('Building the extension and the engine script…');
  buildExtension();
  const dist = chromeDist(ROOT);
  const bundle = contentBundle(dist);
  const work = mkdtempSync(join(tmpdir(), 'ql-bench-'));
  const engineScript = await buildEngineScript(join(work, 'engine'));
  const readabilityScript = join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js');

  const sizes = SIZES;
  const generated = writeGeneratedPages(join(ROOT, 'test', 'fixtures', 'senate-be', `${REFERENCE}`, 'page.html'), join(work, 'pages'), sizes);
  const fixtures = [...servedPages().values()];
  const all: { served: ServedPage; size: PageSize | null }[] = [
    ...fixtures.map((served) => ({ served, size: null })),
    ...generated.map((g) => ({ served: { name: g.name, url: g.url, file: g.file }, size: g.size })),
  ].filter((p) => !args.only || p.served.name.includes(args.only));

  const server = await startSiteServer(all.map((p) => p.served));
  const browser = await launchWithExtension(server.port);
  // tsx keeps function names with a helper (__name) that functions sent to the page call.
  await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const results: PageResult[] = [];
  let userAgent = '';
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    userAgent = await page.evaluate(() => navigator.userAgent);
    for (const { served, size } of all) {
      server.use(served);
      const r = await benchPage(page, served, size, args.runs, engineScript, readabilityScript);
      printPage(r);
      results.push(r);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  // Growth with size, over the generated pages.
  const grown = results.filter((r) => r.generated);
  const fit = grown.length >= 2 ? linearFit(grown.map((r) => ({ x: r.words, y: r.analysis.ms }))) : null;
  const near = (words: number) => grown.reduce<PageResult | null>((best, r) => (!best || Math.abs(r.words - words) < Math.abs(best.words - words) ? r : best), null);
  const at10k = near(10_000);
  const at200k = near(200_000);
  const perThousand = (r: PageResult | null) => (r ? (r.analysis.ms / r.words) * 1000 : null);

  const questionPages = results.filter((r) => r.items !== null);
  const worstRatio = questionPages.reduce<PageResult | null>((w, r) => (!w || r.analysis.ratio > w.analysis.ratio ? r : w), null);
  const worstPaint = questionPages.reduce<PageResult | null>((w, r) => (r.analysisToVisible !== null && (!w || r.analysisToVisible > (w.analysisToVisible ?? 0)) ? r : w), null);
  const nonQuestion = results.filter((r) => r.items === null);

  const targets = {
    analysisWithin3xFloor: {
      met: questionPages.every((r) => r.analysis.ratio <= ANALYSIS_FLOOR_RATIO),
      worst: worstRatio ? { page: worstRatio.name, ratio: worstRatio.analysis.ratio } : null,
    },
    linearGrowth: {
      fit,
      msPer1000WordsAt10k: perThousand(at10k),
      msPer1000WordsAt200k: perThousand(at200k),
      ratioToFloorAt10k: at10k?.analysis.ratio ?? null,
      ratioToFloorAt200k: at200k?.analysis.ratio ?? null,
      // Linear: the cost per word at 200k words stays within 1.5× the cost per word at 10k.
      met: at10k && at200k && at10k !== at200k ? perThousand(at200k)! <= 1.5 * perThousand(at10k)! : null,
    },
    panelWithinOneFrame: {
      met: questionPages.every((r) => r.analysisToVisible === null || r.analysisToVisible <= FRAME_MS),
      worst: worstPaint ? { page: worstPaint.name, ms: worstPaint.analysisToVisible } : null,
    },
    contentBundleGzip: {
      met: bundle.questionPage <= CONTENT_BUDGET_BYTES,
      everyPageBytes: bundle.everyPage,
      questionPageBytes: bundle.questionPage,
      onDemandBytes: bundle.onDemand,
      budgetBytes: CONTENT_BUDGET_BYTES,
      files: bundle.files,
    },
    noWorkOnNonQuestionPages: {
      pages: nonQuestion.map((r) => r.name),
    },
  };

  console.log('\nGrowth with page size (generated pages):');
  if (fit) {
    console.log(`  analysis ≈ ${fit.interceptMs.toFixed(2)} ms + ${fit.slopeMsPer1000Words.toFixed(3)} ms per 1 000 words (r² ${fit.r2.toFixed(4)})`);
    console.log(`  per 1 000 words: ${perThousand(at10k)?.toFixed(3)} ms at ${at10k?.words} words, ${perThousand(at200k)?.toFixed(3)} ms at ${at200k?.words} words`);
    console.log(`  × floor: ${at10k?.analysis.ratio.toFixed(1)} at ${at10k?.words} words, ${at200k?.analysis.ratio.toFixed(1)} at ${at200k?.words} words → ${targets.linearGrowth.met ? 'linear' : 'NOT linear'}`);
  }
  console.log('\nTargets:');
  const line = (ok: boolean | null, text: string) => console.log(`  ${ok === null ? '?' : ok ? 'met    ' : 'NOT met'}  ${text}`);
  line(targets.analysisWithin3xFloor.met, `full analysis ≤ ${ANALYSIS_FLOOR_RATIO}× floor (worst ${worstRatio?.analysis.ratio.toFixed(1)}× on ${worstRatio?.name})`);
  line(targets.linearGrowth.met, 'cost grows linearly with page size');
  line(targets.panelWithinOneFrame.met, `panel painted within ${FRAME_MS} ms of the analysis (worst ${worstPaint?.analysisToVisible?.toFixed(1)} ms on ${worstPaint?.name})`);
  line(targets.contentBundleGzip.met, `content script ≤ 40 KB gzipped (${(bundle.questionPage / 1024).toFixed(1)} KB on a question page, ${(bundle.everyPage / 1024).toFixed(1)} KB on every Senate page, ${(bundle.onDemand / 1024).toFixed(1)} KB more on demand)`);

  const outDir = join(ROOT, 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), browser: userAgent, node: process.version, runs: args.runs, pages: results, targets }, null, 2)}\n`,
  );
  console.log(`\nWrote bench/results.json`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
