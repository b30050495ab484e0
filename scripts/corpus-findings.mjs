#!/usr/bin/env node
// Prints every finding at warning or above that `pareil check` raises on the documents of ../shared/corpus/files/
// (separate English and French files paired as its MANIFEST.tsv says) and on the seed letter, as TSV: the rows a
// judged sample (bench/data/judged-findings.tsv) is drawn from. Run after `npm run build`.
//   node scripts/corpus-findings.mjs [--all]   (--all: infos too)
import {checkFiles} from '../dist/node.js'
import {corpusDocuments} from '../bench/corpus-documents.js'

const all = process.argv.includes('--all')
const place = (span) =>
  span === null ? '-' : `${span.position.start.line}:${span.position.start.column}-${span.position.end.line}:${span.position.end.column}`
const clean = (text) => text.replace(/[\t\n\r]+/g, ' ')
console.log(['document', 'rule', 'severity', 'confidence', 'en', 'fr', 'message'].join('\t'))
for (const {name, paths} of corpusDocuments()) {
  let report
  try {
    report = checkFiles(paths, {maxBytes: 50e6})
  } catch (error) {
    console.error(`${name}: ${error.message}`)
    continue
  }
  for (const finding of report.findings) {
    if (!all && finding.severity === 'info') continue
    console.log(
      [name, finding.rule, finding.severity, finding.confidence.toFixed(2), place(finding.en), place(finding.fr), clean(finding.message).slice(0, 150)].join(
        '\t',
      ),
    )
  }
}
