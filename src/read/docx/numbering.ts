import {walkXml} from './xml.js'

/** A numbering level as a paragraph shows it. */
export interface ListLevel {
  /** Numbers or letters (`decimal`, `lowerLetter`, `upperRoman`…) rather than bullets. */
  ordered: boolean
}

/** The numbering definitions of a document (`word/numbering.xml`). */
export interface Numbering {
  /** The level `level` of numbering instance `numId`; undefined when it shows no marker (no list). */
  level(numId: string, level: number): ListLevel | undefined
}

interface AbstractNumbering {
  formats: Map<number, string>
  /** A numbering style this definition takes its levels from (`w:numStyleLink`). */
  styleLink?: string
}

/**
 * Reads `word/numbering.xml`: each instance (`w:num`) points to an abstract
 * definition whose levels say bullet or number (`w:numFmt`); an instance may
 * override a level, and a definition may borrow its levels from a numbering
 * style, which points to another instance.
 */
export function readNumbering(xml: string | undefined, styleNumbering: (styleId: string) => string | undefined, path: string): Numbering {
  const abstracts = new Map<string, AbstractNumbering>()
  const instances = new Map<string, {abstractId: string; overrides: Map<number, string>}>()
  if (xml !== undefined) {
    let abstract: AbstractNumbering | undefined
    let instance: {abstractId: string; overrides: Map<number, string>} | undefined
    let level: number | undefined
    walkXml(xml, 'word/numbering.xml', path, {
      open(name, attributes) {
        const value = attributes['w:val']
        if (name === 'w:abstractNum') {
          abstract = {formats: new Map()}
          abstracts.set(attributes['w:abstractNumId'] ?? '', abstract)
        } else if (name === 'w:num') {
          instance = {abstractId: '', overrides: new Map()}
          instances.set(attributes['w:numId'] ?? '', instance)
        } else if (name === 'w:abstractNumId' && instance !== undefined && value !== undefined) {
          instance.abstractId = value
        } else if (name === 'w:lvl') {
          level = Number(attributes['w:ilvl'] ?? '0')
          // A level without a format counts in decimal.
          if (instance !== undefined) instance.overrides.set(level, 'decimal')
          else abstract?.formats.set(level, 'decimal')
        } else if (name === 'w:lvlOverride') {
          level = Number(attributes['w:ilvl'] ?? '0')
        } else if (name === 'w:numFmt' && level !== undefined && value !== undefined) {
          if (instance !== undefined) instance.overrides.set(level, value)
          else abstract?.formats.set(level, value)
        } else if (name === 'w:numStyleLink' && abstract !== undefined && value !== undefined) {
          abstract.styleLink = value
        }
      },
      close(name) {
        if (name === 'w:abstractNum') abstract = undefined
        else if (name === 'w:num') instance = undefined
        else if (name === 'w:lvl' && instance === undefined) level = undefined
        else if (name === 'w:lvlOverride') level = undefined
      },
      text() {},
    })
  }

  const formatOf = (numId: string, level: number, seen: Set<string>): string | undefined => {
    if (seen.has(numId)) return undefined
    seen.add(numId)
    const instance = instances.get(numId)
    if (instance === undefined) return undefined
    const overridden = instance.overrides.get(level)
    if (overridden !== undefined) return overridden
    const abstract = abstracts.get(instance.abstractId)
    if (abstract === undefined) return undefined
    const format = abstract.formats.get(level)
    if (format !== undefined || abstract.styleLink === undefined) return format
    const linked = styleNumbering(abstract.styleLink)
    return linked === undefined ? undefined : formatOf(linked, level, seen)
  }

  return {
    level(numId, level) {
      // numId 0 removes the numbering a style gives.
      if (numId === '0') return undefined
      const format = formatOf(numId, level, new Set())
      if (format === undefined || format === 'none') return undefined
      return {ordered: format !== 'bullet'}
    },
  }
}
