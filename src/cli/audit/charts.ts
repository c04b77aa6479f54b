// The report's two charts, drawn as inline SVG (no library, nothing fetched): the statuses of each
// minister's sub-questions as stacked horizontal bars, and the lateness of late answers as a
// histogram. Neither relies on colour alone: each part carries its count as text when it is wide
// enough, a legend names the colours, each part has a tooltip, and the same numbers are in the
// tables. The colours come from the stylesheet's status classes.

import { ITEM_STATUSES, type GroupStats, type LatenessBin } from './aggregate';
import { html, type SafeHtml } from './markup';
import { say, type Catalog } from './words';

const WIDTH = 800;
const BAR_HEIGHT = 20;
const ROW_HEIGHT = 50;
/** The longest bar; the rest of the width takes its total. */
const BAR_SPACE = WIDTH - 200;
/** About as many characters of 13px text as fit the chart's width. */
const LABEL_CHARACTERS = 105;
/** A part narrower than this has no room for its count (it keeps its tooltip). */
const MIN_LABELLED_WIDTH = 26;

export function statusLegend(catalog: Catalog): SafeHtml {
  return html`<ul class="legend" aria-label="${catalog.words.legend}">${ITEM_STATUSES.map(
    (s) => html`<li><span class="swatch s-${s}" aria-hidden="true"></span>${catalog.statuses[s]}</li>`,
  )}</ul>`;
}

/** One bar per group, its length the group's sub-questions, in the statuses' order; its name above
 * it, its total and share not fully answered after it. */
export function statusChart(groups: readonly GroupStats[], label: (g: GroupStats) => string, catalog: Catalog, id: string): SafeHtml {
  const { words } = catalog;
  const rows = groups.filter((g) => g.subQuestions > 0);
  const most = Math.max(1, ...rows.map((g) => g.subQuestions));
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT + 10);
  const bars = rows.map((g, row) => {
    const y = row * ROW_HEIGHT + 18;
    let x = 0;
    const parts = ITEM_STATUSES.filter((s) => g.statuses[s] > 0).map((s) => {
      const n = g.statuses[s];
      const w = (n / most) * BAR_SPACE;
      const part = html`<rect class="s-${s}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" stroke="#fff" stroke-width="1"><title>${catalog.statuses[s]}: ${n}</title></rect>${
        w >= MIN_LABELLED_WIDTH ? html`<text class="on-bar" x="${(x + w / 2).toFixed(1)}" y="${y + 14.5}" text-anchor="middle" font-size="12">${n}</text>` : ''
      }`;
      x += w;
      return part;
    });
    const name = label(g);
    const total = say(words, 'barTotal', { n: g.subQuestions, share: percent(g.notAnswered, g.subQuestions, catalog.locale) });
    return html`<g><title>${name}</title><text x="0" y="${y - 5}" font-size="13">${clip(name, LABEL_CHARACTERS)}</text>${parts}<text x="${(x + 6).toFixed(1)}" y="${y + 14.5}" font-size="12">${total}</text></g>`;
  });
  return html`<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${words.statusChartTitle}</title><desc id="${id}-desc">${words.statusChartDesc}</desc>${bars}</svg>`;
}

/** A name cut to fit the chart's width (the whole name is the bar's tooltip, and in the table). */
function clip(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1).trimEnd()}…`;
}

/** Questions answered late, by days late. */
export function latenessChart(bins: readonly LatenessBin[], catalog: Catalog, id: string): SafeHtml {
  const { words } = catalog;
  const height = 260;
  const left = 40;
  const bottom = 210;
  const top = 24;
  const slot = (WIDTH - left) / bins.length;
  const most = Math.max(1, ...bins.map((b) => b.questions));
  const bars = bins.map((b, i) => {
    const h = (b.questions / most) * (bottom - top);
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const name = b.to === null ? say(words, 'binOpen', { from: b.from }) : say(words, 'binRange', { from: b.from, to: b.to });
    return html`<g><rect class="bar-late" x="${x.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"><title>${name}: ${b.questions}</title></rect><text x="${(x + w / 2).toFixed(1)}" y="${(bottom - h - 6).toFixed(1)}" text-anchor="middle" font-size="13">${b.questions}</text><text x="${(x + w / 2).toFixed(1)}" y="${bottom + 18}" text-anchor="middle" font-size="12">${name}</text></g>`;
  });
  return html`<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${words.latenessChartTitle}</title><desc id="${id}-desc">${words.latenessChartDesc}</desc><line class="axis" x1="${left}" y1="${bottom}" x2="${WIDTH}" y2="${bottom}"/>${bars}<text x="${(left + WIDTH) / 2}" y="${bottom + 42}" text-anchor="middle" font-size="12" class="muted">${words.latenessAxis}</text><text x="12" y="${(top + bottom) / 2}" text-anchor="middle" font-size="12" class="muted" transform="rotate(-90 12 ${(top + bottom) / 2})">${words.questionsAxis}</text></svg>`;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "42.9%" as the locale writes it; a dash when there is nothing to divide. */
export function percent(part: number, whole: number, locale: string): string {
  if (whole === 0) return '—';
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    percentFormats.set(locale, format);
  }
  return format.format(part / whole);
}
