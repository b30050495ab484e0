/**
 * The report's stylesheet, inlined. Colours meet WCAG 2.1 AA (4.5:1 for text, marks are dark text on light tints),
 * severity is never told by colour alone (a badge word, and solid, dashed or dotted underlines on marks), focus is
 * always visible, and rows far off screen are not laid out (`content-visibility`) so a 300-page document stays fast.
 */
export const reportStyle = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #575757; --line: #c9c9c9; --link: #0b57d0; --focus: #0b57d0;
  --error: #9f1d15; --error-tint: #ffd9d5; --warning: #6b4500; --warning-tint: #ffe9a8; --info: #0b4a8f; --info-tint: #d7e8ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
:focus-visible, .finding-card:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
code, kbd { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
kbd { border: 1px solid var(--muted); border-radius: 3px; padding: 0 0.3em; background: #f6f6f6; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 1rem; top: -4rem; background: #fff; padding: 0.5rem 1rem; border: 2px solid var(--focus); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
header.report-header { padding: 1rem 1.5rem 0.5rem; border-bottom: 1px solid var(--line); }
header.report-header h1 { margin: 0; font-size: 1.5rem; }
header.report-header p { margin: 0.25rem 0 0; color: var(--muted); }
nav.summary { padding: 0.5rem 1.5rem 1rem; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.5rem 2.5rem; align-items: flex-start; }
nav.summary > h2 { flex-basis: 100%; margin: 0.5rem 0 0; font-size: 1.2rem; }
.facts { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
.facts > div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
table.counts { border-collapse: collapse; }
table.counts caption { text-align: left; font-weight: 600; padding-bottom: 0.2rem; }
table.counts th, table.counts td { padding: 0.1rem 0.6rem 0.1rem 0; text-align: left; font-weight: normal; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
.controls { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; }
.controls h2 { font-size: 1rem; margin: 0; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.filters fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0; padding: 0.2rem 0.8rem 0.4rem; }
.filters legend { font-weight: 600; padding: 0 0.3rem; }
.filters label { margin-right: 0.9rem; white-space: nowrap; }
.stepper button { font: inherit; padding: 0.3rem 0.8rem; margin-right: 0.5rem; border: 1px solid var(--muted); border-radius: 4px; background: #f4f4f4; color: var(--text); cursor: pointer; }
.stepper button:hover { background: #e6e6e6; }
.status { margin: 0; color: var(--muted); }
main { padding: 0 1.5rem 2rem; }
main > h2, .rest > h2, .document-findings > h2 { font-size: 1.2rem; margin: 1rem 0 0.5rem; }
.columns, .pair { display: grid; grid-template-columns: 4.5rem minmax(0, 1fr) minmax(0, 1fr) minmax(15rem, 0.8fr); gap: 0 1rem; }
.columns { position: sticky; top: 0; background: #fff; border-bottom: 2px solid var(--text); font-weight: 600; padding: 0.4rem 0; z-index: 2; }
.columns > span:first-child { color: var(--muted); font-weight: normal; }
.pair { border-bottom: 1px solid var(--line); padding: 0.5rem 0; content-visibility: auto; contain-intrinsic-size: auto 7rem; }
.pair.has-findings { background: #fcfcfc; }
body.only-findings .pair:not(.has-shown) { display: none; }
.pair-title { margin: 0; font-size: 0.85rem; font-weight: 600; color: var(--muted); }
.pair-title .score { display: block; font-weight: normal; }
.side.empty { border: 1px dashed var(--line); border-radius: 4px; display: flex; align-items: center; justify-content: center; }
.no-counterpart { color: var(--muted); font-style: italic; margin: 0.5rem; }
.block + .block { margin-top: 0.6rem; }
.block .lines { margin: 0; font-size: 0.8rem; color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.block .text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.kind-heading .text { font-weight: 700; font-size: 1.05rem; }
.kind-list-item .text::before { content: "• "; color: var(--muted); }
.kind-blockquote .text { border-left: 3px solid var(--line); padding-left: 0.6rem; }
.kind-code .text { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.link { text-decoration: underline; }
mark.finding-mark { color: inherit; border-radius: 2px; padding: 0 1px; cursor: pointer; text-decoration-thickness: 2px; text-decoration-line: underline; text-underline-offset: 3px; }
mark.sev-error { background: var(--error-tint); text-decoration-color: var(--error); text-decoration-style: solid; }
mark.sev-warning { background: var(--warning-tint); text-decoration-color: var(--warning); text-decoration-style: dashed; }
mark.sev-info { background: var(--info-tint); text-decoration-color: var(--info); text-decoration-style: dotted; }
mark.caret { background: none; padding: 0; text-decoration: none; }
mark.caret::before { content: "‸"; font-weight: 700; padding: 0 1px; }
mark.caret.sev-error::before { color: var(--error); }
mark.caret.sev-warning::before { color: var(--warning); }
mark.caret.sev-info::before { color: var(--info); }
mark.current { outline: 2px solid var(--focus); }
mark.filtered { background: none; text-decoration: none; outline: none; cursor: auto; }
mark.caret.filtered::before { content: none; }
.finding-list { list-style: none; margin: 0; padding: 0; }
.finding-card { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: 0.3rem 0.6rem; margin-bottom: 0.5rem; font-size: 0.9rem; background: #fff; }
.finding-card.sev-error { border-left-color: var(--error); }
.finding-card.sev-warning { border-left-color: var(--warning); }
.finding-card.sev-info { border-left-color: var(--info); }
.finding-card.current { box-shadow: 0 0 0 2px var(--focus); }
.finding-card.filtered { display: none; }
.finding-card p { margin: 0.1rem 0; }
.finding-card .places, .finding-card .related { margin: 0.2rem 0 0; padding-left: 1.1rem; }
.finding-card .related { color: var(--muted); }
.finding-number, .confidence { color: var(--muted); }
.badge { display: inline-block; border-radius: 3px; padding: 0 0.35rem; font-size: 0.8rem; font-weight: 600; color: #fff; }
.badge.sev-error { background: var(--error); }
.badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
.document-findings .finding-list { max-width: 60rem; }
@media (max-width: 60rem) {
  .columns { display: none; }
  .pair { grid-template-columns: minmax(0, 1fr); gap: 0.4rem; }
  .side-en::before { content: var(--side-en, "English"); font-weight: 600; }
  .side-fr::before { content: var(--side-fr, "French"); font-weight: 600; }
}
@media print {
  body { font-size: 10pt; }
  .skip-link, .controls, .columns { display: none !important; }
  .pair { content-visibility: visible; break-inside: avoid; grid-template-columns: 3rem 1fr 1fr 12rem; background: none; }
  mark.finding-mark, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .finding-card { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`
