// The regexes the audit rewrote (docs/regex-audit.md) against the ones they replaced, on random text made of the
// characters that matter to each: the same matches, splits, replacements. The old patterns live only here.
import fc from 'fast-check'
import {expect, it} from 'vitest'
import {brokenImagesIn, onlyBrokenImages} from '../src/check/broken-image.js'
import {replaceDelimited} from '../src/read/delimited.js'
import {attributesOf, elementsIn, xmlText} from '../src/read/xml.js'

const str = (chars: string[], max = 40) => fc.string({unit: fc.constantFrom(...chars), maxLength: max})
const runs = {numRuns: 1000}
type Mode = 'test' | 'replace' | 'split' | 'matchAll' | 'exec' | 'replace$1'
function same(name: string, oldRe: RegExp, newRe: RegExp, mode: Mode, chars: string[], max = 40) {
  it(name, () => {
    fc.assert(
      fc.property(str(chars, max), (s) => {
        const a = new RegExp(oldRe.source, oldRe.flags)
        const b = new RegExp(newRe.source, newRe.flags)
        if (mode === 'test') expect(b.test(s)).toBe(a.test(s))
        if (mode === 'replace') expect(s.replace(b, '#')).toBe(s.replace(a, '#'))
        if (mode === 'replace$1') expect(s.replace(b, '$1')).toBe(s.replace(a, ''))
        if (mode === 'split') expect(s.split(b)).toEqual(s.split(a))
        if (mode === 'matchAll') expect([...s.matchAll(b)].map((m) => [m.index, ...m])).toEqual([...s.matchAll(a)].map((m) => [m.index, ...m]))
        if (mode === 'exec') expect(b.exec(s)?.slice() ?? null).toEqual(a.exec(s)?.slice() ?? null)
      }),
      runs,
    )
  })
}
const ws = [' ', '\t', '\n', '\r', '\u2028', '\u00a0']
same('segment', /\p{L}[^/|]*\s[/|]\s[^/|]*\p{L}/u, /(?:^|[/|])[^/|\p{L}]*\p{L}[^/|]*\s[/|]\s[^/|\p{L}]*\p{L}/u, 'test', [
  'a',
  'B',
  '/',
  '|',
  ' ',
  '\t',
  '1',
  '-',
  'é',
])
same(
  'only',
  /only\s+(?:available|provided|published)?\s*in\s+(?:english|french)/iu,
  /only\s+(?:(?:available|provided|published)\s*)?in\s+(?:english|french)/iu,
  'test',
  ['only', 'in', 'available', 'english', ' ', '\t', 'x', 'ONLY', 'french'],
)
same('links', /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?(.*)$/i, /^([a-z][a-z0-9+.-]*):(?:\/\/(?=([^/?#]*))\2)?(.*)$/i, 'exec', [
  'a',
  'B',
  '1',
  ':',
  '/',
  '?',
  '#',
  '\n',
  '.',
  '+',
  ' ',
])
same('email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu, /\b(?<=(?:^|[^\w.+-])[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu, 'matchAll', [
  'a',
  '1',
  '.',
  '+',
  '-',
  '@',
  ' ',
  '_',
  'é',
  '!',
])
same(
  'reference',
  /\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}(?:[-/]\d+)+-[A-Z]{2,6}\b|\b[A-Z]{1,6}\s?#\d{4,}\b/gu,
  /\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}(?:[-/]\d+)+(?:-[A-Z]{2,6}\b|(?<skip>))|\b[A-Z]{1,6}\s?#\d{4,}\b/gu,
  'test',
  ['A'],
)
it('reference skip', () => {
  const a = /\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}(?:[-/]\d+)+-[A-Z]{2,6}\b|\b[A-Z]{1,6}\s?#\d{4,}\b/gu
  const b = /\b[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*\b|\b\d{2,}(?:[-/]\d+)+(?:-[A-Z]{2,6}\b|(?<skip>))|\b[A-Z]{1,6}\s?#\d{4,}\b/gu
  fc.assert(
    fc.property(str(['A', 'B', '1', '2', '-', '/', '#', ' ', 'a'], 40), (s) => {
      expect([...s.matchAll(b)].filter((m) => m.groups?.['skip'] === undefined).map((m) => [m.index, m[0]])).toEqual(
        [...s.matchAll(a)].map((m) => [m.index, m[0]]),
      )
    }),
    runs,
  )
})
same('email strip', /\S+@\S+\.\S+/gu, /(?<!\S)\S[^\s@]*@\S+\.\S+/gu, 'replace', ['a', '@', '.', ' ', '\n', '\u{1F600}'])
same('code strip', /\S*[_{}<>=\\#]\S*/gu, /(?<!\S)\S*[_{}<>=\\#]\S*/gu, 'replace', ['a', '_', '#', ' ', '\n', '='])
same('nav split', /\s*[|/•·]\s*|\n/u, /(?<!\s)\s+[|/•·]\s*|[|/•·]\s*|\n/u, 'split', ['a', '|', '/', '•', ...ws])
same('nav punct', /[.:;,!]+(?=\s|$)/gu, /(?<![.:;,!])[.:;,!]+(?=\s|$)/gu, 'replace', ['a', '.', '!', ',', ' ', '\n'])
same('notices', /(\d+) (insertion|deletion|move)(s?)/g, /(?<!\d)(\d+) (insertion|deletion|move)(s?)/g, 'matchAll', [
  '1',
  '2',
  ' ',
  'move',
  'moves',
  'insertion',
  'x',
])
same('hyphen', /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, /^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, 'replace', ['a', '1', '-', '.', ' ', '\u{1F600}'])
same('furniture digits', /\S*\d\S*/g, /(?<!\S)\S*\d\S*/g, 'replace', ['a', '1', ' ', '\n', '-'])
same('plain paragraphs', /[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g, /(?<![^\r\n])[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g, 'matchAll', [
  'a',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u2028',
])
same(
  'tmx sniff',
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<tmx[\s>]/,
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<tmx[\s>]/,
  'test',
  ['<!--', '-->', '-', '>', '<tmx', ' ', 'x', '<?xml', '<!DOCTYPE'],
  12,
)
same('attributes', /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, /(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g, 'matchAll', [
  'a',
  ':',
  '-',
  '=',
  '"',
  "'",
  ' ',
  '<',
])
same(
  'page number',
  /^(?:(?:page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?$/i,
  /^(?:(?:page|p\.)\s*(?:[-–—]\s*)?|[-–—]\s*|\s*)(?:\d{1,4}|[ivxlcdm]{1,7})\s*(?:[-–—](?:\s*(?:of|de|sur|\/)\s*\d{1,4})?|(?:of|de|sur|\/)\s*\d{1,4})?$/i,
  'test',
  ['page', 'p.', '-', '—', ' ', '1', 'i', 'd', 'e', 'of', 'de', '/', 'x', '\t'],
  12,
)
same('stray fence', /^\s*(?:\\?`\s*){3,}[\w-]*\s*$/, /^\s*(?:\\?`\s*){3,}(?:[\w-]+\s*)?$/, 'test', ['`', '\\', ' ', '\t', 'a', '-', '\n', 'x!'], 14)
same(
  'template line',
  /^\s*(?:<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>|@[a-z]\w*(?:\([^()]*\))?|\{%-?[^%]*-?%\}|\.{2,3}\s+[\w-]+::?.*)\s*$/,
  /^\s*(?:<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>|@[a-z]\w*(?:\([^()]*\))?|\{%-?[^%]*-?%\}|\.{2,3}\s+[\w-]+::?(?:.*\S)?)\s*$/,
  'test',
  ['..', '.', ' ', 'a', ':', '::', '\t', '\r', '\u2028', 'x'],
  14,
)
same(
  'code line',
  /^\s*(?:(?:from\s+[\w.]+\s+)?import\s+[\w.{}, *]+|(?:const|let|var|def|class|function|return|if|for|while)\b.*[:{(]|[\w.[\]]+\s*[-+*/]?=\s*\S.*|[\w.]+\([^()]*\)\s*;?|\$\s+\S.*|(?:pip|npm|yarn|pnpm|git|cd|docker|python3?|node)\s+\S.*|[{}\])];?)\s*$/,
  /^\s*(?:(?:from\s+[\w.]+\s+)?import(?:\s+[\w.{},*](?:[\w.{}, *]*[\w.{},*])?|\s[^\S ]* )|(?:const|let|var|def|class|function|return|if|for|while)\b.*[:{(]|[\w.[\]]+\s*[-+*/]?=\s*\S(?:.*\S)?|[\w.]+\([^()]*\)(?:\s*;)?|\$\s+\S(?:.*\S)?|(?:pip|npm|yarn|pnpm|git|cd|docker|python3?|node)\s+\S(?:.*\S)?|[{}\])];?)\s*$/,
  'test',
  ['import', 'from', ' ', '\t', 'a', '.', '{', '*', ',', '=', '(', ')', ';', '$', 'npm', '\r', '\u2028', 'const', ':', '!'],
  10,
)
same(
  'strong code line',
  /^\s*(?:(?:from\s+[\w.]+\s+)?import\s+\w.*|[\w.]+\s*=\s*[\w.]+\(.*\)\s*;?|[\w.]+\.\w+\(.*\)\s*;?)\s*$/,
  /^\s*(?:(?:from\s+[\w.]+\s+)?import\s+\w(?:.*\S)?|[\w.]+\s*=\s*[\w.]+\(.*\)(?:\s*;)?|[\w.]+\.\w+\(.*\)(?:\s*;)?)\s*$/,
  'test',
  ['import', 'from', ' ', '\t', 'a', '.', '=', '(', ')', ';', '\r', '\u2028', '!'],
  12,
)
same('xliff unit', /\/.*$/, /(?<=^|[\n\r\u2028\u2029])([^/\n\r\u2028\u2029]*)\/.*$/, 'replace$1', ['a', '/', '\n', '\r', '\u2028'])
same(
  'place',
  /, (?:character|column) \d+.*$/,
  /(?<=^|[\n\r\u2028\u2029])(?=.*$)(.*?), (?:character|column) \d+.*$/,
  'replace$1',
  [', column ', ', character ', '1', 'a', '\n', ' ', ','],
  12,
)
it('suppression', () => {
  const a = /^<!--\s*pareil-disable-next-block(?:\s+([\w\s,-]*?))?\s*-->\s*$/
  const b = /^<!--\s*pareil-disable-next-block(?=\s|-->)([\w\s,-]*)-->\s*$/
  const ids = (m: RegExpExecArray | null) => (m === null ? null : (m[1] ?? '').split(/[\s,]+/).filter((id) => id !== ''))
  fc.assert(
    fc.property(str(['-', '>', ' ', '\t', 'a', ',', '-->', '!', '\n'], 12), (tail) => {
      const s = `<!-- pareil-disable-next-block${tail}`
      expect(ids(b.exec(s))).toEqual(ids(a.exec(s)))
    }),
    runs,
  )
})
it('inline list', () => {
  const a = /(?:^|\s)(?:1|i)\.\s+\p{Lu}.*?\s(?:2|ii)\.\s+\p{Lu}/u
  const b = /(?:^|\s)(?:1|i)\.\s+\p{Lu}(?:.*?(\s(?:2|ii)\.\s+\p{Lu})|.*)/gu
  fc.assert(
    fc.property(str(['1.', 'i.', '2.', 'ii.', ' ', '\n', 'A', 'a'], 16), (s) => {
      expect([...s.matchAll(b)].some((m) => m[1] !== undefined)).toBe(a.test(s))
    }),
    runs,
  )
})
it('typography', () => {
  fc.assert(
    fc.property(str(['“', '”', 'a', ' '], 16), (s) => {
      expect(s.replace(/“([^”]*)(”)?/g, (q, inner: string, close?: string) => (close === undefined ? q : `«${inner}»`))).toBe(
        s.replace(/“([^”]*)”/g, (_, inner: string) => `«${inner}»`),
      )
    }),
    runs,
  )
})
it('override', () => {
  fc.assert(
    fc.property(str(['<Override', '<w:Override', '>', ' ', 'x', '<'], 12), (s) => {
      expect([...s.matchAll(/<(?:\w+:)?Override\b[^>]*>?/g)].filter((m) => m[0].endsWith('>')).map((m) => [m.index, m[0]])).toEqual(
        [...s.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].map((m) => [m.index, m[0]]),
      )
    }),
    runs,
  )
})
it('delimited', () => {
  fc.assert(
    fc.property(str(['{%', '%}', '{{', '}}', '{:', '}', '{', '%', 'a', ' '], 16), (s) => {
      expect(
        replaceDelimited(
          s,
          [
            ['{%', '%}'],
            ['{{', '}}'],
            ['{:', '}'],
          ],
          ' ',
        ),
      ).toBe(s.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{:[^}]*\}/gu, ' '))
    }),
    runs,
  )
  fc.assert(
    fc.property(str(['<', '>', '[', ']', '(', ')', '/', 'a', ' '], 16), (s) => {
      expect(
        replaceDelimited(
          s,
          [
            ['<', '>'],
            ['[', ']'],
            ['(', ')'],
            ['/', '/'],
          ],
          ' ',
        ),
      ).toBe(s.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\/[^/]*\//g, ' '))
    }),
    runs,
  )
})
it('xml text', () => {
  const old = (inner: string) =>
    inner
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, d: string) => d.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(bpt|ept|ph|it)\b[^>]*>[\s\S]*?<\/\1\s*>/g, '')
      .replace(/<[^>]+>/g, '')
  fc.assert(
    fc.property(
      str(['<ph>', '</ph>', '<ph', '<it x>', '</it >', '<ph/>', '>', '<', 'a', ' ', '<!--', '-->', '<![CDATA[', ']]>', '</bpt>', '<bpt>', '<b>'], 14),
      (s) => {
        const expected = old(s)
        // compare through xmlText on both: xmlText(s) must equal xmlText applied to a pre-stripped text with no markup left
        expect(xmlText(s)).toBe(xmlText(expected.replace(/</g, '&lt;').replace(/>/g, '&gt;')).replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
      },
    ),
    runs,
  )
})
it('broken image', () => {
  const a = /!\[[^\]\n]*\]\s+\([^)\s]+(?:\s+"[^"\n]*")?\)/g
  fc.assert(
    fc.property(str(['![', ']', ' ', '\n', '(', ')', 'a', '"', '!', '['], 16), (s) => {
      expect(brokenImagesIn(s).map((m) => [m.index, m[0]])).toEqual([...s.matchAll(a)].map((m) => [m.index, m[0]]))
      expect(onlyBrokenImages(s)).toBe(s.trim() !== '' && s.replace(a, '').trim() === '')
    }),
    runs,
  )
})

function oldElementsIn(xml: string, name: string, from = 0, to = xml.length) {
  const pattern = new RegExp(`<(${name})(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'dg')
  pattern.lastIndex = from
  const found = []
  for (let match = pattern.exec(xml); match !== null && match.index < to; match = pattern.exec(xml)) {
    const end = match.index + match[0].length
    if (end > to) break
    const inner = match.indices?.[3]
    found.push({attributes: attributesOf(match[2] ?? ''), start: match.index, end, innerStart: inner?.[0] ?? end, innerEnd: inner?.[1] ?? end})
  }
  return found
}
it('elementsIn: the elements the old regex found, from and to any offsets', () => {
  const unit = fc.constantFrom(
    '<tu',
    '<tu>',
    '</tu>',
    '</tu >',
    '<tu/>',
    '<tu />',
    '<tu a="1">',
    ' ',
    '\n',
    '>',
    '/',
    'x',
    '<',
    '<tuv>',
    '</tuv>',
    '<b>',
    '</b>',
    'a="2"',
  )
  fc.assert(
    fc.property(fc.array(unit, {maxLength: 14}), fc.nat(40), fc.nat(60), fc.constantFrom('tu', 'tu|b', 'b|tuv'), (parts, from, to, name) => {
      const xml = parts.join('')
      expect(elementsIn(xml, name, Math.min(from, xml.length), Math.min(to, xml.length))).toEqual(
        oldElementsIn(xml, name, Math.min(from, xml.length), Math.min(to, xml.length)),
      )
      expect(elementsIn(xml, name)).toEqual(oldElementsIn(xml, name))
    }),
    runs,
  )
})
