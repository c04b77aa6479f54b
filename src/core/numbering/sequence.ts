// Decides which candidates are markers: the ones that form the longest consistent sequence of one
// style (1, 2, 3 … or, when the question's labels are known, labels in that order with gaps
// allowed). A number that happens to open a sentence rarely continues a sequence, so it drops out.
// Dynamic programming over the candidates in text order, keyed by the label a chain ends on:
// linear in the number of candidates (times the number of expected labels, which is small).

import type { Boundary, Candidate } from './candidates';

/** A marker at a line start is more likely meant than one glued to the previous sentence. */
const BOUNDARY_WEIGHT: Readonly<Record<Boundary, number>> = { line: 0.3, sentence: 0.2, glued: 0.1 };
/** Each expected label an answer skips costs this much, so gaps are allowed but not sought. */
const SKIP_COST = 0.5;

interface Link {
  cand: Candidate;
  score: number;
  prev: Link | null;
}

export interface Chain {
  markers: Candidate[];
  score: number;
  labelCount: number;
}

function toChain(last: Link | null): Chain {
  const markers: Candidate[] = [];
  for (let l = last; l; l = l.prev) markers.push(l.cand);
  markers.reverse();
  return { markers, score: last?.score ?? 0, labelCount: markers.reduce((n, m) => n + m.labels.length, 0) };
}

function gain(c: Candidate): number {
  return c.labels.length + BOUNDARY_WEIGHT[c.boundary];
}

/** Best chain 1, 2, 3 … (a group continues it when it starts at the next number). */
export function consecutiveChain(cands: readonly Candidate[]): Chain {
  const endingAt = new Map<number, Link>();
  let best: Link | null = null;
  for (const c of cands) {
    const first = c.ordinals[0];
    const last = c.ordinals[c.ordinals.length - 1];
    if (first === undefined || last === undefined) continue;
    const prev = first === 1 ? null : endingAt.get(first - 1);
    if (prev === undefined) continue;
    if (prev && prev.cand.end > c.start) continue;
    const link: Link = { cand: c, score: (prev?.score ?? 0) + gain(c), prev };
    const held = endingAt.get(last);
    if (!held || link.score > held.score) endingAt.set(last, link);
    if (!best || link.score > best.score) best = link;
  }
  return toChain(best);
}

/**
 * Best chain through the expected labels. Answers group labels out of order ("1, 3 en 5." then
 * "2 en 4." then "6."), so a marker continues a chain when its first label comes after the first
 * label of the marker before it and is not one that marker already covered; labels skipped on the
 * way cost a little.
 */
export function expectedChain(cands: readonly Candidate[], expected: readonly string[]): Chain {
  const index = new Map<string, number>();
  expected.forEach((label, i) => {
    if (!index.has(label)) index.set(label, i);
  });
  const startingAt: (Link | null)[] = expected.map(() => null);
  const covered = new Map<Candidate, number[]>();
  let best: Link | null = null;
  for (const c of cands) {
    const at = c.labels.map((l) => index.get(l));
    if (at.some((i) => i === undefined)) continue;
    const idx = at as number[];
    if (idx.some((v, i) => i > 0 && v <= (idx[i - 1] as number))) continue;
    covered.set(c, idx);
    const first = idx[0] as number;
    let prev: Link | null = null;
    let prevScore = -SKIP_COST * first;
    for (let k = 0; k < first; k++) {
      const l = startingAt[k];
      if (!l || l.cand.end > c.start) continue;
      const prevIdx = covered.get(l.cand) ?? [];
      if (prevIdx.includes(first)) continue;
      const prevLast = prevIdx[prevIdx.length - 1] ?? k;
      const s = l.score - SKIP_COST * Math.max(0, first - prevLast - 1);
      if (s > prevScore) {
        prevScore = s;
        prev = l;
      }
    }
    const link: Link = { cand: c, score: prevScore + gain(c), prev };
    const held = startingAt[first];
    if (!held || link.score > held.score) startingAt[first] = link;
    if (!best || link.score > best.score) best = link;
  }
  return toChain(best);
}

function byStyle(cands: readonly Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const g = groups.get(c.style);
    if (g) g.push(c);
    else groups.set(c.style, [c]);
  }
  return groups;
}

/** Higher is better: two or more labels beat one, then arabic numbers over the rest, then score,
 * then the chain that starts first. Roman numerals and letters rank alike, since "i)" is both: the
 * list that encloses the other ("a) … i) ii) … b)") starts first. */
function rank(chain: Chain): number[] {
  const first = chain.markers[0];
  return [Math.min(chain.labelCount, 2), -Math.min(first?.tier ?? 9, 1), chain.score, -(first?.start ?? 0)];
}

function better(a: Chain, b: Chain | null): boolean {
  if (!b) return true;
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if ((ra[i] as number) !== (rb[i] as number)) return (ra[i] as number) > (rb[i] as number);
  }
  return false;
}

/** One marker alone is no enumeration ("…; ten eerste de vrijheid …", a stray "a."), unless it
 * opens the region or covers a group ("1 à 3."). */
function acceptable(chain: Chain, regionStart: number): boolean {
  const first = chain.markers[0];
  if (!first) return false;
  return chain.labelCount >= 2 || first.start === regionStart;
}

/** The top-level markers: the best chain over all styles. Empty when nothing forms a sequence. */
export function chooseTopLevel(cands: readonly Candidate[], start: number, expected?: readonly string[] | null): Candidate[] {
  const pool = cands.filter((c) => c.style !== 'decimal');
  const groups = byStyle(pool);
  // A phrase ("En réponse à votre troisième question", "Ad 3") names its label in words, so it may
  // continue a list of any style: "1. … 2. … En réponse à votre troisième question … 4. …".
  const phrases = groups.get('phrase') ?? [];
  if (phrases.length > 0) {
    for (const [style, group] of groups) {
      if (style === 'phrase' || group[0]?.tier !== 0) continue;
      groups.set(style, [...group, ...phrases].sort((a, b) => a.start - b.start));
    }
  }
  const pick = (make: (g: Candidate[]) => Chain): Chain | null => {
    let best: Chain | null = null;
    for (const g of groups.values()) {
      const chain = make(g);
      if (acceptable(chain, start) && better(chain, best)) best = chain;
    }
    return best;
  };
  const withExpected = expected && expected.length > 0 ? pick((g) => expectedChain(g, expected)) : null;
  if (withExpected) return [...withExpected.markers, ...beyondExpected(pool, withExpected, expected!)];
  const chosen = pick(consecutiveChain);
  return chosen ? chosen.markers : [];
}

/** An answer may number past the question ("5) Je remercie…" after the question's 4 points): such
 * parts continue the chain's numbering at line starts, so that pairing reports them rather than
 * folding them into the last part. */
function beyondExpected(pool: readonly Candidate[], chain: Chain, expected: readonly string[]): Candidate[] {
  const last = chain.markers[chain.markers.length - 1];
  if (!last) return [];
  const known = new Set(expected);
  const out: Candidate[] = [];
  let tail = last;
  for (const c of pool) {
    if (c.start < tail.end || c.style !== last.style || c.boundary !== 'line') continue;
    const previous = tail.ordinals[tail.ordinals.length - 1] ?? 0;
    if (c.ordinals[0] !== previous + 1 || c.labels.some((l) => known.has(l))) continue;
    out.push(c);
    tail = c;
  }
  return out;
}

/** The sub-level markers inside one top-level part: letters, roman numerals or "2.1"-style. */
export function chooseSubLevel(cands: readonly Candidate[], topStyle: string, parentLabel: string | null): Candidate[] {
  const pool = cands.filter((c) =>
    c.style === 'decimal' ? c.parent === parentLabel : c.tier > 0 && c.style !== topStyle,
  );
  let best: Chain | null = null;
  for (const g of byStyle(pool).values()) {
    const chain = consecutiveChain(g);
    if (chain.markers.length > 0 && (!best || chain.score > best.score)) best = chain;
  }
  return best ? best.markers : [];
}
