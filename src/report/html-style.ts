/** The HTML report's stylesheet, inlined in the page: calm on screen, clean on paper. */
export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --accent: #2f6f9f; --key: #f0f7f3; --keyline: #2f855a; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; color: var(--accent); text-transform: none; }
.generated, .date, .muted { color: var(--muted); font-weight: normal; }
header.report { border-bottom: 2px solid var(--ink); padding-bottom: .75rem; margin-bottom: 1.5rem; }
section.progress { margin-bottom: 2rem; }
figure.chart { margin: 0 0 1.25rem; }
figure.chart svg { width: 100%; max-width: 48rem; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; }
article.session { border-top: 1px solid var(--line); padding-top: 1.25rem; margin-top: 1.75rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.status-unfinished { color: #b7791f; font-weight: 600; }
aside.key-points { background: var(--key); border-left: 4px solid var(--keyline); padding: .6rem 1rem; margin: 0 0 1rem; }
aside.key-points h3 { margin: 0 0 .35rem; color: var(--keyline); }
aside.key-points ul { margin: 0; padding-left: 1.1rem; }
aside.key-points .q { color: var(--muted); }
dl.qa { margin: 0; }
.qa-item { margin: 0 0 .8rem; break-inside: avoid; }
.qa-item dt { font-weight: 600; }
.qa-item dd { margin: .15rem 0 0 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.qa-item dd ul { margin: 0; padding-left: 1.1rem; white-space: normal; }
.qa-item.key .key-mark { color: var(--keyline); font-size: .85rem; }
.qa-item.key dd { font-weight: 600; }
.skipped { color: var(--muted); font-style: italic; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  figure.chart, aside.key-points { break-inside: avoid; }
  aside.key-points { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 18mm 16mm; }
`.trim();
