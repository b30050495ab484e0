import type {Report} from '../types.js'
import type {FormatOptions, Formatter} from './formatter.js'
import {type InlineMark, type InlineText, inlineXml} from './inline.js'
import {notePriority, noteText, reportUnits} from './units.js'
import {escapeXml} from './xml.js'

/**
 * The aligned sentence pairs of a check as an XLIFF file a translator opens in a CAT tool: one unit per pair,
 * English source, French target, the findings of each pair as notes. XLIFF 2.0 by default, 1.2 on request.
 * `pareil check` reads the file back (its units are paired as written).
 */
export function formatXliff(report: Report, version: '2.0' | '1.2' = '2.0'): string {
  return version === '1.2' ? xliff12(report) : xliff20(report)
}

function xliff20(report: Report): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">',
    `  <file id="f1" original="${escapeXml(report.sources.map((source) => source.path).join(' + '))}">`,
  ]
  for (const unit of reportUnits(report)) {
    lines.push(`    <unit id="${unit.id}">`)
    if (unit.findings.length > 0) {
      lines.push('      <notes>')
      for (const finding of unit.findings)
        lines.push(`        <note category="pareil" priority="${notePriority(finding)}">${escapeXml(noteText(finding))}</note>`)
      lines.push('      </notes>')
    }
    lines.push('      <segment>')
    lines.push(`        <source>${inline20(unit.enInline)}</source>`)
    if (unit.fr !== '') lines.push(`        <target>${inline20(unit.frInline)}</target>`)
    lines.push('      </segment>', '    </unit>')
  }
  lines.push('  </file>', '</xliff>')
  return `${lines.join('\n')}\n`
}

function xliff12(report: Report): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    `  <file original="${escapeXml(report.sources.map((source) => source.path).join(' + '))}" source-language="en" target-language="fr" datatype="plaintext">`,
    '    <body>',
  ]
  for (const unit of reportUnits(report)) {
    lines.push(`      <trans-unit id="${unit.id}">`)
    lines.push(`        <source>${inline12(unit.enInline)}</source>`)
    if (unit.fr !== '') lines.push(`        <target>${inline12(unit.frInline)}</target>`)
    for (const finding of unit.findings) lines.push(`        <note from="pareil" priority="${notePriority(finding)}">${escapeXml(noteText(finding))}</note>`)
    lines.push('      </trans-unit>')
  }
  lines.push('    </body>', '  </file>', '</xliff>')
  return `${lines.join('\n')}\n`
}

/** XLIFF 2.0's inline elements: `<pc>` for bold, italics, links and code, `<ph/>` for a tag of the input's unit. */
function inline20(text: InlineText): string {
  const spanned: Record<string, string> = {
    strong: 'type="fmt" subType="xlf:b"',
    emphasis: 'type="fmt" subType="xlf:i"',
    link: 'type="link"',
    'inline-code': 'type="other"',
  }
  return inlineXml(
    text,
    (mark: InlineMark) => (mark.kind === 'placeholder' ? `<ph id="${escapeXml(mark.id)}"/>` : `<pc id="${escapeXml(mark.id)}" ${spanned[mark.kind] ?? ''}>`),
    () => '</pc>',
    escapeXml,
  )
}

/** XLIFF 1.2's: `<g ctype>` for bold, italics, links and code, `<x/>` for a tag of the input's unit. */
function inline12(text: InlineText): string {
  const ctypes: Record<string, string> = {strong: 'bold', emphasis: 'italic', link: 'link', 'inline-code': 'x-code'}
  return inlineXml(
    text,
    (mark: InlineMark) =>
      mark.kind === 'placeholder' ? `<x id="${escapeXml(mark.id)}"/>` : `<g id="${escapeXml(mark.id)}" ctype="${ctypes[mark.kind] ?? 'x-other'}">`,
    () => '</g>',
    escapeXml,
  )
}

/** `--format xliff`: the aligned sentence pairs as XLIFF 2.0 (1.2 with `--xliff-version 1.2`). */
export const xliffFormatter: Formatter = {
  id: 'xliff',
  description: 'the aligned sentence pairs as XLIFF 2.0 (1.2 with --xliff-version 1.2), findings as notes, for a CAT tool',
  check: (report, options: FormatOptions) => formatXliff(report, options.xliffVersion),
}
