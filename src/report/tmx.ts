import type {Report} from '../types.js'
import type {Formatter} from './formatter.js'
import {type InlineMark, type InlineText, inlineXml} from './inline.js'
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
    lines.push(`      <tuv xml:lang="en"><seg>${inlineTmx(unit.enInline)}</seg></tuv>`)
    lines.push(`      <tuv xml:lang="fr"><seg>${inlineTmx(unit.frInline)}</seg></tuv>`)
    lines.push('    </tu>')
  }
  lines.push('  </body>', '</tmx>')
  return `${lines.join('\n')}\n`
}

/**
 * TMX's inline codes: a `<bpt>`/`<ept>` pair (numbered `i` within the segment) around bold, italics, links and code,
 * holding the HTML tag a tool would put there; `<ph>` for a tag of the input's unit.
 */
function inlineTmx(text: InlineText): string {
  const types: Record<string, [string, string]> = {strong: ['bold', 'b'], emphasis: ['italic', 'i'], link: ['link', 'a'], 'inline-code': ['x-code', 'code']}
  const numbers = new Map<InlineMark, number>()
  const numberOf = (mark: InlineMark) => {
    if (!numbers.has(mark)) numbers.set(mark, numbers.size + 1)
    return numbers.get(mark) as number
  }
  return inlineXml(
    text,
    (mark) => {
      if (mark.kind === 'placeholder') return `<ph x="${numberOf(mark)}">${escapeXml(`{${mark.id}}`)}</ph>`
      const [type, tag] = types[mark.kind] ?? ['x-other', 'span']
      const open = mark.kind === 'link' && mark.url !== undefined ? `<${tag} href="${mark.url}">` : `<${tag}>`
      return `<bpt i="${numberOf(mark)}" type="${type}">${escapeXml(open)}</bpt>`
    },
    (mark) => `<ept i="${numberOf(mark)}">${escapeXml(`</${(types[mark.kind] ?? ['', 'span'])[1]}>`)}</ept>`,
    escapeXml,
  )
}

/** `--format tmx`: the aligned sentence pairs as a TMX 1.4b translation memory. */
export const tmxFormatter: Formatter = {
  id: 'tmx',
  description: 'the aligned sentence pairs with both sides as a TMX 1.4b translation memory, findings as notes',
  check: (report) => formatTmx(report),
}
