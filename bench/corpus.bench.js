// Layout detection on the real bilingual documents of ../shared/corpus (not in the repository; skipped when absent):
// the layout found against the one its MANIFEST.tsv gives, and the parts found, to look for failures.
import {existsSync, readFileSync} from 'node:fs'
import {detectLayout} from '../dist/index.js'

const corpus = new URL('../../shared/corpus/', import.meta.url)
if (!existsSync(corpus)) {
  console.log('skipped: ../shared/corpus is not here')
} else {
  const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
  const load = (file) => ({path: file, text: readFileSync(new URL(`files/${file}`, corpus), 'utf8')})
  const expected = (layout) =>
    [
      ['EN-then-FR', 'en-fr-halves'],
      ['FR-then-EN', 'fr-en-halves'],
      ['interleaved', 'interleaved'],
      ['side-by-side', 'side-by-side'],
      ['separate-pair', 'separate'],
    ].find(([prefix]) => layout.startsWith(prefix))?.[1] ?? layout
  let right = 0
  let total = 0
  for (const [file, repo, , , layout] of rows) {
    if (layout.startsWith('separate-pair-FR')) continue
    let input = load(file)
    if (layout.startsWith('separate-pair-EN')) {
      // "separate-pair-EN (partner: docs/FR/user_guide.md)": the French file of the same repository at that path.
      const partner = /partner: ([^)]+)\)/.exec(layout)?.[1] ?? ''
      const french = rows.find(([other, otherRepo, path]) => otherRepo === repo && other !== file && path.endsWith(partner.replace(/^.*?\//, '')))
      input = [input, load(french[0])]
    }
    let report
    try {
      report = detectLayout(input)
    } catch (error) {
      // A file pareil refuses (program source) is not a layout found or missed.
      console.log(`refused ${error.message}`)
      continue
    }
    const want = expected(layout)
    total++
    if (report.layout === want) right++
    const parts = report.parts.map((part) => `${part.lang}${part.source}:${part.position.start.line}-${part.position.end.line}`).join(' ')
    console.log(
      `${report.layout === want ? 'ok  ' : 'MISS'} ${report.layout.padEnd(13)} manifest: ${layout.slice(0, 40).padEnd(40)} ${file.slice(0, 60)}  ${parts}`,
    )
  }
  console.log(`layout as in the manifest: ${right}/${total}`)
}
