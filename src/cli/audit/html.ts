// `--html FILE`: the audit as one self-contained page a reviewer opens, prints, or hands on. Its
// stylesheet and its one small script are inline and allowed by their hashes in the page's own
// Content-Security-Policy, which allows nothing else: the page fetches nothing, and no script a
// saved page might smuggle into a title could run (all page text is escaped anyway, markup.ts).
//
// Reading order: the summary, the ministers' table, the charts, the deflections and the questions
// cited most, the other groupings, then every question, grouped by minister, each collapsed in its
// own <details> so that 10 000 of them stay usable. Written as a stream of chunks.

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Language } from '../../core/model';
import { buildQuestionUrl } from '../../sites/senate-be/url';
import { ITEM_STATUSES, type GroupStats } from './aggregate';
import { latenessChart, percent, statusChart, statusLegend } from './charts';
import { html, trusted, type Interpolation, type SafeHtml } from './markup';
import { ministerOffice } from './minister';
import type { AuditItem, AuditQuestion, AuditReference } from './record';
import type { AuditReport } from './report';
import { SORT_SCRIPT } from './report-script';
import { REPORT_CSS } from './report-style';
import { CATALOG_EN, say, type Catalog, type WordId } from './words';

/** How many cited questions the report lists (the JSON has them all). */
const CITED_SHOWN = 25;
/** How many citing questions are named beside a cited one. */
const CITED_BY_SHOWN = 8;

export async function writeHtml(path: string, report: AuditReport, catalog: Catalog = CATALOG_EN): Promise<void> {
  await pipeline(Readable.from(reportChunks(report, catalog)), createWriteStream(path));
}

/** The report, as chunks of markup in reading order. */
export function* reportChunks(report: AuditReport, catalog: Catalog = CATALOG_EN): Generator<string> {
  const { words } = catalog;
  yield html`<!DOCTYPE html>
<html lang="${catalog.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Question Lens">
<title>${words.reportTitle}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${words.skipToMain}</a>
<header>
<h1>${words.reportTitle}</h1>
<p>${words.reportSubtitle}</p>
<p>${say(words, 'generatedOn', { today: report.today, files: number(report.totals.files, catalog) })}</p>
</header>
${contents(report, catalog)}
<main id="main" tabindex="-1">
`.value;
  yield summary(report, catalog).value;
  yield section('ministers', words.ministersHeading, groupTable(report.byMinister, 'colMinister', 'ministersCaption', (g) => ministerLabel(g, catalog), catalog, 'subQuestions')).value;
  yield charts(report, catalog).value;
  yield deflections(report, catalog).value;
  yield cited(report, catalog).value;
  yield section('authors', words.authorsHeading, groupTable(report.byAuthor, 'colAuthor', 'authorsCaption', (g) => g.label ?? words.unknownAuthor, catalog, 'questions')).value;
  yield section('parties', words.partiesHeading, groupTable(report.byParty, 'colParty', 'partiesCaption', (g) => g.label ?? words.unknownParty, catalog, 'questions')).value;
  yield section('legislatures', words.legislaturesHeading, groupTable(report.byLegislature, 'colLegislature', 'legislaturesCaption', (g) => (g.label === null ? words.unknownLegislature : say(words, 'legislatureName', { n: g.label })), catalog, null)).value;
  yield section('years', words.yearsHeading, groupTable(report.byYear, 'colYear', 'yearsCaption', (g) => g.label ?? words.unknownYear, catalog, null)).value;
  yield* questionList(report, catalog);
  if (report.failures.length > 0) yield failures(report, catalog).value;
  yield html`</main>
<footer><p>${words.footer}</p><p>${words.printNote}</p></footer>
<script>${trusted(SORT_SCRIPT)}</script>
</body>
</html>
`.value;
}

/** Nothing from anywhere; our stylesheet and script by their hashes. */
export function contentSecurityPolicy(): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(SORT_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

function contents(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  const entries: Array<[string, string]> = [
    ['summary', words.summaryHeading],
    ['ministers', words.ministersHeading],
    ['charts', words.chartsHeading],
    ['deflections', words.deflectionsHeading],
    ['cited', words.citedHeading],
    ['authors', words.authorsHeading],
    ['parties', words.partiesHeading],
    ['legislatures', words.legislaturesHeading],
    ['years', words.yearsHeading],
    ['questions', words.questionsHeading],
  ];
  if (report.failures.length > 0) entries.push(['failures', words.failuresHeading]);
  return html`<nav aria-label="${words.contents}"><ul>${entries.map(([id, name]) => html`<li><a href="#${id}">${name}</a></li>`)}</ul></nav>`;
}

function section(id: string, heading: string, body: Interpolation): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${heading}</h2>
${body}
</section>
`;
}

function summary(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  const t = report.totals;
  const figure = (name: string, value: number, of?: number) =>
    html`<div><dt>${name}</dt><dd>${number(value, catalog)}${of !== undefined ? html` <small>${percent(value, of, catalog.locale)}</small>` : ''}</dd></div>`;
  const late = t.daysLate.median === null ? '' : html` <small>${say(words, 'totalsLateDays', { median: number(t.daysLate.median, catalog), worst: number(t.daysLate.worst ?? 0, catalog) }).trim()}</small>`;
  return section('summary', words.summaryHeading, [
    html`<dl class="totals">
${figure(words.summaryQuestions, t.questions)}
${figure(words.summarySubQuestions, t.subQuestions)}
${figure(words.summaryNotAnswered, t.notAnswered, t.subQuestions)}
${figure(words.summaryOnTime, t.timing['on-time'], t.questions)}
<div><dt>${words.summaryLate}</dt><dd>${number(t.timing.late, catalog)}${late}</dd></div>
${figure(words.summaryUnanswered, t.timing.unanswered, t.questions)}
${figure(words.summaryAwaiting, t.timing.awaiting, t.questions)}
${t.timing.unknown > 0 ? figure(words.summaryUnknownTiming, t.timing.unknown, t.questions) : ''}
${t.failed > 0 ? figure(words.summaryFailed, t.failed, t.files) : ''}
${t.duplicates > 0 ? figure(words.summaryDuplicates, t.duplicates) : ''}
</dl>`,
    html`<p>${ITEM_STATUSES.map((s, i) => html`${i > 0 ? ' · ' : ''}<span class="status s-${s}">${catalog.statuses[s]}</span> ${number(t.statuses[s], catalog)}`)}</p>`,
    html`<p class="note">${words.notAnsweredDefinition} ${words.unansweredDefinition}</p>`,
  ]);
}

type SortedBy = 'subQuestions' | 'questions' | null;

/** A sortable table of groups: their figures, one row each. */
function groupTable(groups: readonly GroupStats[], nameColumn: WordId, caption: WordId, label: (g: GroupStats) => string, catalog: Catalog, sortedBy: SortedBy): SafeHtml {
  const { words } = catalog;
  const id = `${nameColumn}-table`;
  const numeric = (name: string, sorted = false) => html`<th scope="col" class="num"${sorted ? html` aria-sort="descending"` : ''}>${name}</th>`;
  const cell = (value: number | null, shown?: string) => html`<td class="num" data-sort="${value ?? -1}">${shown ?? (value === null ? words.none : number(value, catalog))}</td>`;
  // awaiting and unanswered are one column: no answer, yet or ever.
  const shown = ITEM_STATUSES.filter((s) => s !== 'awaiting' && s !== 'unanswered');
  const rows = groups.map(
    (g) => html`<tr><th scope="row">${label(g)}</th>${cell(g.questions)}${cell(g.subQuestions)}${shown.map((s) => cell(g.statuses[s]))}${cell(g.statuses.awaiting + g.statuses.unanswered)}${cell(
      g.subQuestions === 0 ? null : g.notAnswered / g.subQuestions,
      percent(g.notAnswered, g.subQuestions, catalog.locale),
    )}${cell(g.timing['on-time'])}${cell(g.timing.late)}${cell(g.daysLate.median)}${cell(g.daysLate.worst)}${cell(g.timing.unanswered)}</tr>`,
  );
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0"><table class="sortable groups" id="${id}">
<caption id="${id}-caption">${words[caption]}</caption>
<thead><tr><th scope="col">${words[nameColumn]}</th>${numeric(words.colQuestions, sortedBy === 'questions')}${numeric(words.colSubQuestions, sortedBy === 'subQuestions')}${shown.map((s) => numeric(catalog.statuses[s]))}${numeric(words.colNoAnswer)}${numeric(words.colNotAnsweredShare)}${numeric(words.colOnTime)}${numeric(words.colLate)}${numeric(words.colMedianLate)}${numeric(words.colWorstLate)}${numeric(words.colUnansweredQuestions)}</tr></thead>
<tbody>
${rows.map((r) => html`${r}\n`)}</tbody>
</table></div>`;
}

function charts(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  const anyLate = report.lateness.some((b) => b.questions > 0);
  return section('charts', words.chartsHeading, [
    html`<figure><figcaption id="status-chart-caption">${words.statusChartTitle}</figcaption>${statusLegend(catalog)}${statusChart(report.byMinister, (g) => ministerLabel(g, catalog), catalog, 'status-chart')}</figure>`,
    html`<figure><figcaption>${words.latenessChartTitle}</figcaption>${anyLate ? latenessChart(report.lateness, catalog, 'lateness-chart') : html`<p>${words.latenessNone}</p>`}</figure>`,
  ]);
}

function deflections(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  const families =
    report.deflectionsByFamily.length === 0
      ? html`<p>${words.deflectionsNone}</p>`
      : html`<table class="sortable"><caption>${words.deflectionsCaption}</caption>
<thead><tr><th scope="col">${words.colFamily}</th><th scope="col" class="num" aria-sort="descending">${words.colSubQuestions}</th><th scope="col" class="num">${words.colAmongDeflected}</th></tr></thead>
<tbody>${report.deflectionsByFamily.map(
          (d) => html`<tr><th scope="row">${catalog.reasons[d.code]}</th><td class="num" data-sort="${d.subQuestions}">${number(d.subQuestions, catalog)}</td><td class="num" data-sort="${d.deflected}">${number(d.deflected, catalog)}</td></tr>`,
        )}</tbody></table>`;
  const referrals =
    report.referralsByKind.length === 0
      ? ''
      : html`<h3>${words.referralsHeading}</h3><table><caption>${words.referralsCaption}</caption>
<thead><tr><th scope="col">${words.colPointsTo}</th><th scope="col" class="num">${words.colSubQuestions}</th></tr></thead>
<tbody>${report.referralsByKind.map((r) => html`<tr><th scope="row">${catalog.references[r.kind]}</th><td class="num">${number(r.subQuestions, catalog)}</td></tr>`)}</tbody></table>`;
  return section('deflections', words.deflectionsHeading, [families, referrals]);
}

function cited(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  if (report.citedQuestions.length === 0) return section('cited', words.citedHeading, html`<p>${words.citedNone}</p>`);
  const languageOf = new Map(report.questions.map((q) => [q.id ?? q.file, q.language]));
  const rows = report.citedQuestions.slice(0, CITED_SHOWN).map((c) => {
    const url = buildQuestionUrl(c.questionId, pageLanguage(languageOf.get(c.citedBy[0] ?? '') ?? null));
    const by = c.citedBy.slice(0, CITED_BY_SHOWN).join(', ') + (c.citedBy.length > CITED_BY_SHOWN ? ` (+${c.citedBy.length - CITED_BY_SHOWN})` : '');
    return html`<tr><th scope="row">${url ? html`<a href="${url}">${c.questionId}</a>` : c.questionId}</th><td class="num" data-sort="${c.citations}">${number(c.citations, catalog)}</td><td>${by}</td></tr>`;
  });
  return section(
    'cited',
    words.citedHeading,
    html`<table class="sortable"><caption>${words.citedCaption}</caption>
<thead><tr><th scope="col">${words.colCitedQuestion}</th><th scope="col" class="num" aria-sort="descending">${words.colCitations}</th><th scope="col">${words.colCitedBy}</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  );
}

/** Every question, under its minister (in the ministers' order), each in its own <details>. */
function* questionList(report: AuditReport, catalog: Catalog): Generator<string> {
  const { words } = catalog;
  const byOffice = new Map<string, AuditQuestion[]>();
  for (const q of report.questions) {
    const key = ministerOffice(q.addressee)?.key ?? '';
    const list = byOffice.get(key) ?? [];
    list.push(q);
    byOffice.set(key, list);
  }
  yield html`<section id="questions" aria-labelledby="questions-heading">
<h2 id="questions-heading">${words.questionsHeading}</h2>
<p>${words.questionsIntro}</p>
`.value;
  for (const [index, group] of report.byMinister.entries()) {
    const questions = [...(byOffice.get(group.key) ?? [])].sort(byQuestionOrder);
    if (questions.length === 0) continue;
    const headingId = `minister-${index}`;
    yield html`<section class="group" aria-labelledby="${headingId}">
<h3 id="${headingId}">${ministerLabel(group, catalog)}</h3>
<p class="qmeta">${say(words, 'subQuestionCount', { n: number(group.subQuestions, catalog) })}, ${say(words, 'notFullyAnsweredShare', { share: percent(group.notAnswered, group.subQuestions, catalog.locale) })}</p>
<details><summary>${say(words, 'showQuestions', { n: number(questions.length, catalog) })}</summary>
`.value;
    for (const q of questions) yield questionDetails(q, catalog).value;
    yield '</details>\n</section>\n';
  }
  yield '</section>\n';
}

function byQuestionOrder(a: AuditQuestion, b: AuditQuestion): number {
  return (a.legislature ?? 99) - (b.legislature ?? 99) || (a.number ?? 1e9) - (b.number ?? 1e9) || a.file.localeCompare(b.file);
}

function questionDetails(q: AuditQuestion, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  const lang = q.language ?? undefined;
  const counts = ITEM_STATUSES.filter((s) => q.items.some((i) => i.status === s))
    .map((s) => `${q.items.filter((i) => i.status === s).length} ${catalog.statuses[s]}`)
    .join(', ');
  const id = q.id ?? words.questionWithoutId;
  const who = q.author ? `${q.author}${q.party ? ` (${q.party})` : ''}` : words.unknownAuthor;
  const dates = [
    say(words, 'askedBy', { author: who, date: q.askedOn ?? words.none }),
    q.deadline ? say(words, 'deadlineOn', { date: q.deadline }) : null,
    q.answeredOn ? say(words, 'answeredOn', { date: q.answeredOn }) : null,
  ].filter((s): s is string => s !== null);
  return html`<details class="q"><summary><span class="qid">${id}</span> <span${langAttr(lang)}>${q.title ?? words.untitled}</span> <span class="qmeta">· ${say(words, 'subQuestionCount', { n: q.items.length })}: ${counts} · ${timingText(q, catalog)}</span></summary>
<div class="q-body">
<p>${q.url ? html`<a href="${q.url}"${q.language ? html` hreflang="${q.language}"` : ''}>${say(words, 'openOnSenate', { id })}</a>` : words.noAddress}</p>
<p class="qmeta">${dates.join(' · ')}</p>
<table class="items"><caption class="visually-hidden">${say(words, 'subQuestionsCaption', { id })}</caption>
<thead><tr><th scope="col" class="c-label">${words.colLabel}</th><th scope="col" class="c-status">${words.colStatus}</th><th scope="col">${words.colReason}</th><th scope="col" class="c-text">${words.colQuestionText}</th></tr></thead>
<tbody>${q.items.map((item) => itemRow(item, lang, catalog))}</tbody>
</table>
</div></details>
`;
}

function itemRow(item: AuditItem, lang: Language | undefined, catalog: Catalog): SafeHtml {
  // How the pair was made says nothing about the answer: the reasons that judge it are shown.
  const reasons = item.reasons.filter((r) => !r.code.startsWith('paired-by-'));
  return html`<tr><th scope="row">${item.label}</th><td><span class="status s-${item.status}">${catalog.statuses[item.status]}</span></td><td>${reasons.map(
    (r, i) => html`${i > 0 ? '; ' : ''}${catalog.reasons[r.code]}${r.evidence ? html` <span class="evidence"${langAttr(lang)}>«${r.evidence}»</span>` : ''}`,
  )}${item.refersTo ? html` → ${referenceText(item.refersTo, catalog)}` : ''}</td><td class="text"${langAttr(lang)}>${item.question}</td></tr>`;
}

function referenceText(r: AuditReference, catalog: Catalog): string {
  if (r.kind === 'item' && r.label) return say(catalog.words, 'refersToItem', { label: r.label });
  if (r.kind === 'question' && r.questionId) return say(catalog.words, 'refersToQuestion', { id: r.questionId });
  return catalog.references[r.kind];
}

function timingText(q: AuditQuestion, catalog: Catalog): string {
  const { words } = catalog;
  const days = q.timeliness.days;
  const base = catalog.timings[q.timing];
  if (days === null) return base;
  if (q.timing === 'late') return `${base}, ${say(words, 'daysLate', { days })}`;
  if (q.timing === 'unanswered' && days > 0) return `${base}, ${say(words, 'daysPastDeadline', { days })}`;
  if (q.timing === 'awaiting') return `${base}, ${say(words, 'daysLeft', { days })}`;
  return base;
}

function failures(report: AuditReport, catalog: Catalog): SafeHtml {
  const { words } = catalog;
  return section('failures', words.failuresHeading, [
    html`<table><caption>${words.failuresCaption}</caption>
<thead><tr><th scope="col">${words.colReasonOfFailure}</th><th scope="col" class="num">${words.colFiles}</th></tr></thead>
<tbody>${report.failuresByReason.map((f) => html`<tr><th scope="row">${catalog.failures[f.reason]}</th><td class="num">${number(f.files, catalog)}</td></tr>`)}</tbody></table>`,
    html`<details><summary>${say(words, 'failuresList', { n: number(report.failures.length, catalog) })}</summary><ul>${report.failures.map((f) => html`<li><code>${f.file}</code>: ${f.message}</li>`)}</ul></details>`,
  ]);
}

function ministerLabel(g: GroupStats, catalog: Catalog): string {
  return g.label ?? catalog.words.unknownMinister;
}

function langAttr(lang: Language | undefined): SafeHtml {
  return lang ? html` lang="${lang}"` : html``;
}

function pageLanguage(lang: Language | null): 'fr' | 'nl' {
  return lang === 'nl' ? 'nl' : 'fr';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function number(n: number, catalog: Catalog): string {
  let format = numberFormats.get(catalog.locale);
  if (!format) {
    format = new Intl.NumberFormat(catalog.locale, { maximumFractionDigits: 1 });
    numberFormats.set(catalog.locale, format);
  }
  return format.format(n);
}
