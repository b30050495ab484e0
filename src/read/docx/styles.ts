import {isOn, walkXml} from './xml.js'

/** What a paragraph style makes of its paragraphs, its `basedOn` chain resolved. */
export interface ParagraphStyle {
  /** Outline level 1–9: a heading (from the style's name, "heading 2", "Titre 2", or its outline level). */
  heading?: number
  /** A document title ("Title"): read as a top-level heading. */
  title: boolean
  /** Program text ("Source Code", "HTML Preformatted"): not prose. */
  code: boolean
  /** A quotation ("Quote", "Block Text"). */
  quote: boolean
  /** Numbering the style gives its paragraphs ("List Bullet", numbered headings). */
  numbering?: {numId: string; level: number}
  /** The language of the style's text (`w:lang`), as written: "en-CA". */
  lang?: string
}

/** What a character style gives its runs, its chain resolved. */
export interface CharacterStyle {
  bold?: boolean
  italic?: boolean
  code: boolean
  lang?: string
}

/** The styles of a document (`word/styles.xml`), resolved on demand and kept. */
export interface StyleSheet {
  paragraph(id: string | undefined): ParagraphStyle
  character(id: string | undefined): CharacterStyle
  /** The language of text no style or run sets one for. */
  defaultLang: string | undefined
}

/** One `w:style` as written, before its chain is resolved. */
interface StyleDefinition {
  type: string
  name: string
  basedOn?: string
  outlineLevel?: number
  numbering?: {numId?: string; level?: number}
  lang?: string
  bold?: boolean
  italic?: boolean
}

/** Built-in heading names as Word writes them, and as localised copies of Word or other tools may: "heading 1", "Titre 1". */
const headingName = /^(?:heading|titre|überschrift|titulo|título|titolo|kop)\s*([1-9])$/i
const titleName = /^(?:title|titre)$/i
/** Styles of program text: pandoc's "Source Code" and "Verbatim Char", Word's HTML and macro styles. */
const codeName =
  /^(?:source code|verbatim char|html code|html preformatted|html typewriter|html keyboard|html sample|macro text|code|code char|inline code|preformatted text)$/i
const quoteName = /^(?:quote|intense quote|block text|block quote|blockquote|citation)$/i

/** Reads `word/styles.xml` (a document without one has only Word's defaults: no headings, no lists). */
export function readStyles(xml: string | undefined, path: string): StyleSheet {
  const definitions = new Map<string, StyleDefinition>()
  const defaults: {paragraph?: string; character?: string} = {}
  let defaultLang: string | undefined
  if (xml !== undefined) {
    let current: StyleDefinition | undefined
    const stack: string[] = []
    walkXml(xml, 'word/styles.xml', path, {
      open(name, attributes) {
        const parent = stack.at(-1)
        stack.push(name)
        if (name === 'w:style') {
          current = {type: attributes['w:type'] ?? 'paragraph', name: ''}
          const id = attributes['w:styleId'] ?? ''
          definitions.set(id, current)
          if (attributes['w:default'] !== undefined && isOn({'w:val': attributes['w:default']})) {
            if (current.type === 'paragraph') defaults.paragraph = id
            if (current.type === 'character') defaults.character = id
          }
          return
        }
        // Revised properties hold the style as it was: not the style.
        if (stack.includes('w:pPrChange') || stack.includes('w:rPrChange')) return
        if (current === undefined) {
          if (name === 'w:lang' && stack.includes('w:rPrDefault')) defaultLang = attributes['w:val'] ?? defaultLang
          return
        }
        const value = attributes['w:val']
        if (name === 'w:name' && parent === 'w:style') current.name = value ?? ''
        else if (name === 'w:basedOn' && parent === 'w:style' && value !== undefined) current.basedOn = value
        else if (name === 'w:outlineLvl' && value !== undefined) current.outlineLevel = Number(value)
        else if (name === 'w:numId' && value !== undefined) current.numbering = {...current.numbering, numId: value}
        else if (name === 'w:ilvl' && value !== undefined) current.numbering = {...current.numbering, level: Number(value)}
        else if (name === 'w:lang' && parent === 'w:rPr' && value !== undefined) current.lang = value
        else if (name === 'w:b' && parent === 'w:rPr') current.bold = isOn(attributes)
        else if (name === 'w:i' && parent === 'w:rPr') current.italic = isOn(attributes)
      },
      close(name) {
        stack.pop()
        if (name === 'w:style') current = undefined
      },
      text() {},
    })
  }

  /** The style and those it is based on, nearest first (a loop in `basedOn` is cut). */
  const chain = (id: string | undefined): StyleDefinition[] => {
    const styles: StyleDefinition[] = []
    const seen = new Set<string>()
    let next = id
    while (next !== undefined && !seen.has(next)) {
      seen.add(next)
      const style = definitions.get(next)
      if (style === undefined) break
      styles.push(style)
      next = style.basedOn
    }
    return styles
  }

  const paragraphs = new Map<string, ParagraphStyle>()
  const characters = new Map<string, CharacterStyle>()
  return {
    defaultLang,
    paragraph(id) {
      const key = id !== undefined && definitions.has(id) ? id : (defaults.paragraph ?? '')
      let style = paragraphs.get(key)
      if (style === undefined) {
        style = resolveParagraph(chain(key))
        paragraphs.set(key, style)
      }
      return style
    },
    character(id) {
      const key = id ?? defaults.character ?? ''
      let style = characters.get(key)
      if (style === undefined) {
        style = resolveCharacter(chain(key))
        characters.set(key, style)
      }
      return style
    },
  }
}

function resolveParagraph(chain: readonly StyleDefinition[]): ParagraphStyle {
  const style: ParagraphStyle = {title: false, code: false, quote: false}
  // The nearest style that says anything of its level decides: a custom style based on "heading 2" is a heading 2.
  for (const definition of chain) {
    const named = headingName.exec(definition.name.trim())
    if (named !== null) {
      style.heading = Number(named[1])
      break
    }
    if (definition.outlineLevel !== undefined) {
      // Level 9 is body text.
      if (definition.outlineLevel >= 0 && definition.outlineLevel <= 8) style.heading = definition.outlineLevel + 1
      break
    }
  }
  style.title = chain.some((definition) => titleName.test(definition.name.trim()))
  style.code = chain.some((definition) => codeName.test(definition.name.trim()))
  style.quote = chain.some((definition) => quoteName.test(definition.name.trim()))
  const numbering = chain.find((definition) => definition.numbering?.numId !== undefined)?.numbering
  if (numbering?.numId !== undefined) style.numbering = {numId: numbering.numId, level: numbering.level ?? 0}
  const lang = chain.find((definition) => definition.lang !== undefined)?.lang
  if (lang !== undefined) style.lang = lang
  return style
}

function resolveCharacter(chain: readonly StyleDefinition[]): CharacterStyle {
  const style: CharacterStyle = {code: chain.some((definition) => codeName.test(definition.name.trim()))}
  const bold = chain.find((definition) => definition.bold !== undefined)?.bold
  const italic = chain.find((definition) => definition.italic !== undefined)?.italic
  const lang = chain.find((definition) => definition.lang !== undefined)?.lang
  if (bold !== undefined) style.bold = bold
  if (italic !== undefined) style.italic = italic
  if (lang !== undefined) style.lang = lang
  return style
}
