// The HTML report as text: page text escaped wherever it lands, nothing fetched from anywhere, the
// tables' headers and sorting marked up for assistive technology. (The browser and axe-core check
// of the same report belongs to test/e2e.)

import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { aggregate, distinctQuestions } from '../../../src/cli/audit/aggregate';
import { contentSecurityPolicy, reportChunks } from '../../../src/cli/audit/html';
import { escapeHtml, html } from '../../../src/cli/audit/markup';
import type { AuditQuestion } from '../../../src/cli/audit/record';
import { AUDIT_REPORT_VERSION, type AuditReport } from '../../../src/cli/audit/report';
import { SORT_SCRIPT } from '../../../src/cli/audit/report-script';
import { REPORT_CSS } from '../../../src/cli/audit/report-style';
import { item, question, reasons } from './records';

const SCRIPT = '<script>alert("pwned")</script>';

function report(questions: AuditQuestion[]): AuditReport {
  const distinct = distinctQuestions(questions);
  return {
    tool: 'question-lens audit',
    version: AUDIT_REPORT_VERSION,
    today: '2026-11-28',
    ...aggregate({ questions: distinct.questions, failures: [{ file: `bad${SCRIPT}.html`, code: 3, reason: 'not-a-question', message: 'not a written-question page' }], duplicates: 0 }),
    failures: [{ file: `bad${SCRIPT}.html`, code: 3, reason: 'not-a-question', message: 'not a written-question page' }],
    duplicates: distinct.duplicates,
    questions: distinct.questions,
  };
}

const hostile = question({
  title: `Titre ${SCRIPT}`,
  author: `<img src=x onerror=alert(1)>`,
  party: '"><svg onload=alert(2)>',
  addressee: `la ministre de la Justice ${SCRIPT}`,
  url: 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1001&LANG=fr',
  timeliness: { verdict: 'late', days: 40 },
  items: [
    item('deflected', { question: `Sous-question ${SCRIPT} ?`, reasons: [{ code: 'deflection-no-data', evidence: `Aucune ${SCRIPT}` }] }),
    item('referred', { refersTo: { kind: 'question', questionId: '7-55', text: SCRIPT }, reasons: reasons('refers-question') }),
    item('answered'),
  ],
});
const plain = question({ addressee: 'de minister van Mobiliteit', language: 'nl', items: [item('answered'), item('missing', { reasons: reasons('no-answer-part') })] });

const page = [...reportChunks(report([hostile, plain]))].join('');
const { document } = parseHTML(page);

describe('the HTML report', () => {
  it('escapes page text everywhere it is shown', () => {
    expect(page).not.toContain(SCRIPT);
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<svg onload');
    expect(page).toContain(escapeHtml(SCRIPT));
    // The only scripts are ours: one, at the end.
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).toBe(SORT_SCRIPT);
    // The hostile texts are there, as text.
    expect(document.body.textContent).toContain(`Titre ${SCRIPT}`);
    expect(document.body.textContent).toContain(`Sous-question ${SCRIPT} ?`);
    expect([...document.querySelectorAll('[onerror], [onload]')]).toHaveLength(0);
  });

  it('escapes by construction: a value in the html tag is text, markup made by the tag is not', () => {
    expect(html`<p title="${'" onclick="x'}">${'<b>'}</p>`.value).toBe('<p title="&quot; onclick=&quot;x">&lt;b&gt;</p>');
    expect(html`<p>${html`<b>${'&'}</b>`}</p>`.value).toBe('<p><b>&amp;</b></p>');
  });

  it('fetches nothing: no external resource, and a policy that allows only its own style and script', () => {
    expect(page).not.toMatch(/<(link|img|iframe|object|embed|audio|video|source)\b/i);
    expect([...document.querySelectorAll('[src], [srcset], [data], [poster], [background]')]).toHaveLength(0);
    expect(REPORT_CSS).not.toMatch(/url\(|@import/i);
    const hrefs = [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^#|^https:\/\/www\.sena(te|at)\.be\/www\/\?MIval=\/Vragen\/SchriftelijkeVraag&/);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toBe(contentSecurityPolicy());
    expect(csp).toContain("default-src 'none'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(SORT_SCRIPT)}`);
    expect(csp).toContain(`style-src ${hash(document.querySelector('style')!.textContent!)}`);
    expect(document.querySelector('style')!.textContent).toBe(REPORT_CSS);
  });

  it('has landmarks, one h1, and headers that say what they head', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(document.querySelectorAll(landmark)).toHaveLength(1);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const tables = [...document.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
      for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).toBe('row');
    }
    const ministers = document.querySelector('#colMinister-table')!;
    expect(ministers.classList.contains('sortable')).toBe(true);
    expect(ministers.querySelector('th[aria-sort="descending"]')?.textContent).toBe('Sub-questions');
    for (const svg of document.querySelectorAll('svg')) {
      expect(svg.getAttribute('role')).toBe('img');
      const [titleId] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector(`[id="${titleId}"]`)?.textContent).toBeTruthy();
    }
  });

  it('shows the figures, the charts and every question with its sub-questions', () => {
    const totals = [...document.querySelectorAll('.totals div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(totals).toContainEqual(['Questions', '2']);
    expect(totals).toContainEqual(['Sub-questions', '5']);
    expect(document.querySelectorAll('#charts svg')).toHaveLength(2);
    expect(document.querySelectorAll('#charts svg rect').length).toBeGreaterThan(3);
    const details = [...document.querySelectorAll('details.q')];
    expect(details).toHaveLength(2);
    const first = details.find((d) => d.textContent!.includes(hostile.id!))!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe(hostile.url);
    expect([...first.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('.status')!.textContent)).toEqual(['deflected', 'referred', 'answered']);
    expect(first.textContent).toContain('no data, not recorded');
    expect(first.textContent).toContain('→ question 7-55');
    // The page's own text carries the page's language.
    expect(details.find((d) => d.textContent!.includes(plain.id!))!.querySelector('td.text')!.getAttribute('lang')).toBe('nl');
    expect(document.querySelector('#cited a')!.getAttribute('href')).toContain('LEG=7&NR=55');
    expect(document.querySelector('#failures')!.textContent).toContain('not a written-question page');
  });
});
