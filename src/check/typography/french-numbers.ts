import type {Rule, RuleContext} from '../rule.js'
import {frenchProfile, inEnglishClause} from './french-words.js'
import {isSkipped, type ProseBlock, proseBlocks, type Range} from './text.js'

/**
 * Numbers written the English way in French: a decimal point, commas between
 * thousands, the dollar sign before the amount, a percent sign without its
 * space, a time with a.m./p.m. or a colon. Only amounts are looked at: a
 * decimal point counts before a unit, a currency or a percent sign (not in
 * "version 2.1" or "section 4.2"), a run of five digits or more before a unit
 * or currency (not a postal code, a phone number, a year or a file number), a
 * time after a preposition of time (not a ratio, 1:50); in tables, "$ 47 432"
 * and 14:30 are accepted, as the Translation Bureau accepts them there.
 */
export const frenchNumbers: Rule = {
  meta: {
    id: 'french-numbers',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'A number in the French written the English way: decimal point, commas between thousands, $ before the amount, 25%, 2:30 p.m.',
    messages: {
      dollarBefore: 'the French writes "{{text}}" with the dollar sign before the amount: French puts it after ("{{fix}}")',
      decimalPoint: 'the French writes "{{text}}" with a decimal point: French uses a decimal comma ("{{fix}}")',
      thousandsComma: 'the French writes "{{text}}" with commas between the thousands: French separates them with a no-break space ("{{fix}}")',
      thousandsRun:
        'the French writes "{{text}}" without a space between the thousands: French groups the digits of a number of five digits or more by three ("{{fix}}")',
      percentSpace: 'the French writes "{{text}}": French puts a no-break space before the percent sign ("{{fix}}")',
      clockTime: 'the French writes the time "{{text}}" the English way: French writes "{{fix}}"',
    },
  },
  check(context) {
    if (frenchProfile(context.profile) === undefined) return
    for (const prose of proseBlocks(context, 'fr')) new NumberReader(context, prose).read()
  },
}

/** Units, currencies and counted things after which a number is an amount. */
const unit = String.raw`(?:%|\$|€|¢|(?:dollars?|euros?|cents?|millions?|milliards?|k?m|[cm]m|km\/h|k?g|mg|t|m[lL]|[lL]|ha|h|min|Go|Mo|Ko|To|personnes|habitants|employés|emplois|entreprises|ménages|familles)(?![\p{L}\p{N}])|°C)`
const space = '[ \\u00A0\\u202F]'

class NumberReader {
  readonly #context: RuleContext
  readonly #prose: ProseBlock
  readonly #taken: Range[] = []
  readonly #text: string
  readonly #table: boolean

  constructor(context: RuleContext, prose: ProseBlock) {
    this.#context = context
    this.#prose = prose
    this.#text = prose.block.text
    this.#table = prose.block.kind === 'table-cell'
  }

  read(): void {
    this.#dollarsBefore()
    this.#twelveHourTimes()
    this.#percents()
    this.#thousandsCommas()
    this.#decimalPoints()
    this.#thousandsRuns()
    this.#colonTimes()
  }

  /** "$25", "$22.24 million" → "25 $", "22,24 millions de dollars". */
  #dollarsBefore(): void {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}$])\$(${space}?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:${space}(millions?|milliards?|billions?)\b)?(?![\d$]|\.\d)`,
      'gu',
    )
    for (const match of this.#text.matchAll(pattern)) {
      const [written, gap = '', whole = '', decimals, scale] = match
      // Tables and financial statements may set the symbol first, with a space: "$ 47 432".
      if (gap !== '' && this.#table) continue
      const amount = frenchNumber(whole.replace(/,/g, ''), decimals)
      const fix = scale === undefined ? `${amount} $` : `${amount} ${scaleWord(scale, whole, decimals)} de dollars`
      this.#report(match.index, match.index + written.length, 'dollarBefore', written, fix, 0.9)
    }
  }

  /** "2:30 p.m.", "9 a.m." → "14 h 30", "9 h". */
  #twelveHourTimes(): void {
    for (const match of this.#text.matchAll(/(?<![\p{L}\p{N}:.,])(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \u00A0]?([ap])\.?[ \u00A0]?m(?:\.|(?![\p{L}\p{N}]))/giu)) {
      const [written, hours = '', minutes, half = ''] = match
      let hour = Number(hours) % 12
      if (half.toLowerCase() === 'p') hour += 12
      this.#report(match.index, match.index + written.length, 'clockTime', written, clock(hour, minutes), 0.9)
    }
  }

  /** "25%" → "25 %"; "3.5%" → "3,5 %". */
  #percents(): void {
    for (const match of this.#text.matchAll(/(?<![\p{L}\p{N}.,%])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)%(?![\p{L}\p{N}])/gu)) {
      const [written, number = ''] = match
      const english = /\.\d/.test(number)
      const fixed = english ? frenchFromEnglish(number) : number
      this.#report(match.index, match.index + written.length, english ? 'decimalPoint' : 'percentSpace', written, `${fixed} %`, english ? 0.8 : 0.85)
    }
  }

  /** "10,000 $", "1,500,000" → "10 000 $", "1 500 000": two groups or more, or one before a currency or with decimals. */
  #thousandsCommas(): void {
    const money = new RegExp(String.raw`^${space}?(?:\$|€|(?:dollars?|euros?)(?![\p{L}\p{N}]))`, 'u')
    for (const match of this.#text.matchAll(/(?<![\p{L}\p{N}.,$])(\d{1,3}(?:,\d{3})+)(\.\d+)?(?![\p{N}]|,\d|\.\d)/gu)) {
      const [written, whole = '', decimals] = match
      const groups = whole.split(',').length - 1
      const end = match.index + written.length
      if (groups < 2 && decimals === undefined && !money.test(this.#text.slice(end, end + 10))) continue
      const fixed = frenchNumber(whole.replace(/,/g, ''), decimals?.slice(1))
      this.#report(
        match.index,
        end,
        decimals === undefined ? 'thousandsComma' : 'decimalPoint',
        written,
        fixed,
        groups >= 2 || decimals !== undefined ? 0.85 : 0.75,
      )
    }
  }

  /** "3.5 millions", "4.5 kg" → "3,5 millions", "4,5 kg": a decimal point before a unit or a currency. */
  #decimalPoints(): void {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.,$])(\d+)\.(\d+)(?=${space}?${unit})`, 'gu')
    for (const match of this.#text.matchAll(pattern)) {
      const [written, whole = '', decimals = ''] = match
      // "version 2.1 h"? A number after "version", "v" or "section" is no amount.
      if (/(?:version|v|section|article|paragraphe|art\.)\s*$/iu.test(this.#text.slice(Math.max(0, match.index - 12), match.index))) continue
      this.#report(match.index, match.index + written.length, 'decimalPoint', written, frenchNumber(whole, decimals), 0.8)
    }
  }

  /** "25000 $" → "25 000 $": five digits or more run together before a unit or a currency. */
  #thousandsRuns(): void {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.,\-/#:])([1-9]\d{4,})(?![\p{L}\p{N}.,\-/:])(?=${space}?${unit})`, 'gu')
    for (const match of this.#text.matchAll(pattern)) {
      const [written, whole = ''] = match
      this.#report(match.index, match.index + written.length, 'thousandsRun', written, frenchNumber(whole), 0.6)
    }
  }

  /** "à 14:30" → "à 14 h 30": after a preposition of time or before a time zone; not in tables. */
  #colonTimes(): void {
    if (this.#table) return
    const before = /(?:(?<![\p{L}\p{N}])(?:à|a|de|dès|vers|avant|après|entre|et|jusqu['’]à|au|partir de)|[-–])[ \u00A0]*$/iu
    const after = /^[ \u00A0]*\(?(?:H[NA][ERPACTM]|heures?|h)(?![\p{L}\p{N}])/u
    for (const match of this.#text.matchAll(/(?<![\p{L}\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}]|[:.,]\d)/gu)) {
      const [written, hours = '', minutes = ''] = match
      const end = match.index + written.length
      if (!before.test(this.#text.slice(Math.max(0, match.index - 14), match.index)) && !after.test(this.#text.slice(end, end + 8))) continue
      this.#report(match.index, end, 'clockTime', written, clock(Number(hours), minutes), 0.7)
    }
  }

  #report(start: number, end: number, messageId: string, text: string, fix: string, confidence: number): void {
    if (isSkipped(this.#prose, start, end) || this.#taken.some((range) => start < range.end && range.start < end)) return
    if (inEnglishClause(this.#text, start, end, this.#context.lexicon, this.#prose.skipped)) return
    this.#taken.push({start, end})
    this.#context.report({messageId, data: {text, fix}, confidence, en: null, fr: this.#context.span(this.#prose.block, start, end)})
  }
}

/** Digits as French writes them: groups of three separated by a space from five digits on, a decimal comma. */
function frenchNumber(whole: string, decimals?: string): string {
  const grouped = whole.length >= 5 ? groupsOfThree(whole) : whole
  return decimals === undefined || decimals === '' ? grouped : `${grouped},${decimals}`
}

/** "1234567" → "1 234 567". */
function groupsOfThree(digits: string): string {
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end))
  return groups.join(' ')
}

/** An English number ("1,234.5", "3.5") written the French way. */
function frenchFromEnglish(number: string): string {
  const [whole = '', decimals] = number.split('.')
  return frenchNumber(whole.replace(/,/g, ''), decimals)
}

/** "million" agrees with the amount: 1,5 million, 2 millions; an English "billion" is a French "milliard". */
function scaleWord(scale: string, whole: string, decimals: string | undefined): string {
  const plural = Number(`${whole.replace(/,/g, '')}.${decimals ?? '0'}`) >= 2
  const word = /^million/i.test(scale) ? 'million' : 'milliard'
  return plural ? `${word}s` : word
}

/** A time the French way: "14 h 30", "9 h". */
function clock(hour: number, minutes: string | undefined): string {
  return minutes === undefined || minutes === '00' ? `${hour} h` : `${hour} h ${minutes}`
}
