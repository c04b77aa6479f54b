// The report's stylesheet, inlined in its <style>: system fonts only and no url() of any kind, so
// the file asks nothing of any server. Every text colour has a contrast of at least 4.5:1 on its
// background (white text on each status colour included); the print rules give black on white,
// no navigation, and tables that break between rows.
//
// The status colours are the one place they are defined: the chart's bars, the legend's swatches
// and the status labels all take them from these classes.

export const REPORT_CSS = `
:root { color-scheme: light; --text: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --link: #0550ae; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0 auto; max-width: 78rem; padding: 0 1.25rem 3rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { border-bottom: 1px solid var(--line); padding: 1.5rem 0 1rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
header p { margin: .25rem 0; color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: 1rem 0; }
main:focus { outline: none; }
section { margin-top: 2.5rem; }
h2 { font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin-bottom: .25rem; }
.note { color: var(--muted); font-size: .9rem; max-width: 60rem; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--soft); }
.totals dt { font-size: .85rem; color: var(--muted); }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.totals dd small { font-size: .85rem; font-weight: 400; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody th { font-weight: 600; }
table.groups { font-size: .86rem; }
table.groups th, table.groups td { padding: .3rem .45rem; }
table.groups tbody th { min-width: 15rem; }
table.groups thead th { white-space: normal; vertical-align: bottom; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
button.sort::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; color: var(--text); }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; color: var(--text); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.status { display: inline-block; padding: 0 .4rem; border-radius: 4px; color: #fff; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.s-answered { background: #1a7f37; fill: #1a7f37; }
.s-partial { background: #7d4e00; fill: #7d4e00; }
.s-deflected { background: #c21f2b; fill: #c21f2b; }
.s-referred { background: #6f42c1; fill: #6f42c1; }
.s-missing { background: #5e6670; fill: #5e6670; }
.s-awaiting { background: #0a5cc2; fill: #0a5cc2; }
.s-unanswered { background: #1f2328; fill: #1f2328; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; vertical-align: -.1rem; margin-right: .3rem; }
figure { margin: 1.5rem 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; fill: var(--text); }
svg .on-bar { fill: #fff; font-weight: 600; }
svg .bar-late { fill: #9a3412; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .muted { fill: var(--muted); }
details { margin: .25rem 0; }
summary { cursor: pointer; }
.group > details > summary { font-weight: 600; padding: .25rem 0; }
details.q { border-top: 1px solid var(--line); padding: .35rem 0; }
details.q > summary { list-style-position: outside; margin-left: 1.25rem; }
.qid { font-weight: 600; font-variant-numeric: tabular-nums; }
.qmeta { color: var(--muted); font-size: .88rem; }
.q-body { padding: .25rem 0 .5rem 1.25rem; }
.q-body p { margin: .25rem 0; }
.items { width: 100%; table-layout: fixed; }
.items .c-label { width: 8.5rem; }
.items .c-status { width: 7.5rem; }
.items .c-text { width: 45%; }
.items td { overflow-wrap: anywhere; }
.evidence { color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 1rem; color: var(--muted); font-size: .9rem; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  nav, .skip { display: none; }
  a { color: #000; }
  section { margin-top: 1.5rem; break-inside: auto; }
  h2, h3, figcaption { break-after: avoid; }
  tr, figure, .totals div { break-inside: avoid; }
  thead { display: table-header-group; }
  button.sort::after, th[aria-sort] button.sort::after { content: none; }
  table.groups { font-size: 7.5pt; }
  table.groups th, table.groups td { padding: .2rem .3rem; }
  table.groups tbody th { min-width: 10rem; }
  .table-wrap { overflow: visible; }
  .status, .swatch, svg rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
