// The Chamber extract lost its paragraph breaks ("…en zo ja, hoe?2. Zou er…"). Puts a blank line
// back before each marker of the sequence 1, 2, 3 … (a group "1 en 2." or "1 et 2." counts for its
// first number), where the marker follows the end of a sentence or a space. Nothing else changes.

const GROUP = String.raw`(?:\s*(?:,|en|et|à|tot|-|&)\s*\d{1,2})*`;

export function restoreBreaks(text: string): string {
  const cuts: number[] = [];
  let from = 0;
  let next = 1;
  for (;;) {
    const re = new RegExp(String.raw`(^|[?.!:;"'”)\]\s]|[a-zà-ÿ])(${next}${GROUP}\s?[.)°]|Ad\s?${next}${GROUP}[.):]?)(?!\d)(?=\s*\S)`, 'g');
    re.lastIndex = from;
    let hit: RegExpExecArray | null;
    let found = -1;
    while ((hit = re.exec(text))) {
      const at = hit.index + hit[1]!.length;
      // A number inside a running sentence ("artikel 2. van") is skipped unless a capital follows.
      const after = text.slice(at + hit[2]!.length).trimStart();
      if (/^[A-ZÀ-Ý"'(\[]/.test(after) || next === 1 && /^[a-z]/.test(after) === false) { found = at; from = at + hit[2]!.length; break; }
    }
    if (found < 0) break;
    cuts.push(found);
    const last = /(\d{1,2})\D*$/.exec(text.slice(found, from));
    next = Math.max(next, Number(last?.[1] ?? next)) + 1;
  }
  if (cuts.length < 2) return text;
  let out = '';
  let prev = 0;
  for (const c of cuts) {
    out += `${text.slice(prev, c).trimEnd()}${out || c > 0 ? '\n\n' : ''}`;
    prev = c;
  }
  return (out + text.slice(prev)).replace(/^\n+/, '').replace(/[ \t]+\n/g, '\n');
}
