import type {Report} from '../types.js'
import type {Formatter} from './formatter.js'
import {noteText, reportUnits} from './units.js'
import {escapeXml} from './xml.js'
import {tool} from '../version.js'

/**
 * The aligned sentence pairs of a check as a TMX 1.4b translation memory: every pair with both sides, the findings
 * of a pair as notes (a pair with a divergence is worth a translator's look before it feeds a memory).
 */
export function formatTmx(report: Report): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${escapeXml(tool.name)}" creationtoolversion="${escapeXml(tool.version)}" segtype="sentence" o-tmf="pareil" adminlang="en" srclang="en" datatype="plaintext"/>`,
    '  <body>',
  ]
  for (const unit of reportUnits(report)) {
    if (unit.en === '' || unit.fr === '') continue
    lines.push(`    <tu tuid="${unit.id}">`)
    for (const finding of unit.findings) lines.push(`      <note>${escapeXml(noteText(finding))}</note>`)
    lines.push(`      <tuv xml:lang="en"><seg>${escapeXml(unit.en)}</seg></tuv>`)
    lines.push(`      <tuv xml:lang="fr"><seg>${escapeXml(unit.fr)}</seg></tuv>`)
    lines.push('    </tu>')
  }
  lines.push('  </body>', '</tmx>')
  return `${lines.join('\n')}\n`
}

/** `--format tmx`: the aligned sentence pairs as a TMX 1.4b translation memory. */
export const tmxFormatter: Formatter = {
  id: 'tmx',
  description: 'the aligned sentence pairs with both sides as a TMX 1.4b translation memory, findings as notes',
  check: (report) => formatTmx(report),
}
