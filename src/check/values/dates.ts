/** A date or time found in text, by value: `2020-11-25`, `2020-11`, `--11-25` (no year), `T14:30`. */
export interface FoundDate {
  value: string
  start: number
  end: number
}

/** Month names in both languages from Intl (long and short forms), lower case, without the final period. */
const months = new Map<string, number>()
for (const locale of ['en-CA', 'fr-CA']) {
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, {month, timeZone: 'UTC'})
    for (let m = 0; m < 12; m++)
      months.set(
        format
          .format(new Date(Date.UTC(2020, m, 15)))
          .toLowerCase()
          .replace(/\.$/, ''),
        m + 1,
      )
  }
}
months.set('sept', 9)

const monthPattern = [...months.keys()].sort((a, b) => b.length - a.length).join('|')
const day = String.raw`(?:[12]\d|3[01]|0?[1-9])`
const year = String.raw`(?:1[6-9]\d\d|2[01]\d\d)`

// Each pattern names its parts; the order matters where patterns overlap (the longest first).
// regex-safe: built at run time from Intl's month names, a fixed alternation of words without quantifiers; recheck
// found each built pattern safe when this was written, and tests/regex-audit.test.ts runs findDates on hostile text.
const patterns: RegExp[] = [
  new RegExp(String.raw`\b(?<y>${year})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b`, 'gu'),
  new RegExp(String.raw`\b(?<month>${monthPattern})\.?\s+(?<d>${day})(?:st|nd|rd|th)?,?\s+(?<y>${year})\b`, 'giu'),
  new RegExp(String.raw`\b(?<d>${day}|1er)(?:st|nd|rd|th)?\s+(?<month>${monthPattern})\.?,?\s+(?<y>${year})\b`, 'giu'),
  new RegExp(String.raw`\b(?<month>${monthPattern})\.?\s+(?<d>${day})(?:st|nd|rd|th)?\b(?!\d|,?\s*\d{4})`, 'giu'),
  new RegExp(String.raw`\b(?<d>${day}|1er)\s+(?<month>${monthPattern})\b\.?`, 'giu'),
  new RegExp(String.raw`\b(?<month>${monthPattern})\.?\s+(?<y>${year})\b`, 'giu'),
  // Times: 2:30 p.m., 14:30, 14 h 30, 9 h
  new RegExp(String.raw`\b(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)\s*(?<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?`, 'giu'),
  new RegExp(String.raw`\b(?<h>[01]?\d|2[0-3])\s?h\s?(?<min>[0-5]\d)?\b`, 'gu'),
  new RegExp(String.raw`\b(?<h>1[0-2]|0?[1-9])\s*(?<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)`, 'giu'),
]

/**
 * The dates and times of a text, each by value, so that "November 25, 2020",
 * "25 novembre 2020" and "2020-11-25" meet, and "2:30 p.m." meets "14 h 30".
 * Month names come from Intl in both languages; a word that is also a month
 * ("May", "mars") counts only next to a day or a year.
 */
export function findDates(text: string): FoundDate[] {
  // Every pattern holds a digit (a day, a year, an hour): most sentences have none, and need not run nine patterns.
  if (!/\d/.test(text)) return []
  const found: FoundDate[] = []
  const taken = (start: number, end: number) => found.some((date) => start < date.end && date.start < end)
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].trimEnd().length
      if (taken(start, end)) continue
      const value = valueOf(match.groups ?? {})
      if (value !== undefined) found.push({value, start, end})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function valueOf(groups: Record<string, string | undefined>): string | undefined {
  if (groups['h'] !== undefined) {
    let hour = Number(groups['h'])
    const ampm = groups['ampm']?.toLowerCase().replace(/[^ap]/g, '')
    if (ampm === 'p' && hour < 12) hour += 12
    if (ampm === 'a' && hour === 12) hour = 0
    return `T${String(hour).padStart(2, '0')}:${groups['min'] ?? '00'}`
  }
  const month = groups['m'] !== undefined ? Number(groups['m']) : months.get((groups['month'] ?? '').toLowerCase())
  if (month === undefined) return undefined
  const y = groups['y'] ?? ''
  const d = groups['d'] === undefined ? '' : groups['d'] === '1er' ? '01' : groups['d'].padStart(2, '0')
  const mm = String(month).padStart(2, '0')
  if (y !== '' && d !== '') return `${y}-${mm}-${d}`
  if (y !== '') return `${y}-${mm}`
  return `--${mm}-${d}`
}

/** Whether two date values name the same day, month or time (a missing year on one side matches any year). */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true
  const noYear = (value: string) => (/^\d{4}-\d\d-\d\d$/.test(value) ? `--${value.slice(5)}` : value)
  return (a.startsWith('--') || b.startsWith('--')) && noYear(a) === noYear(b)
}
