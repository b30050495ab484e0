import {describe, expect, it} from 'vitest'
import {blockLanguage, textLanguage} from '../../src/detect/language.js'
import {read} from '../../src/read/index.js'
import type {Block} from '../../src/types.js'

const lang = (text: string) => textLanguage(text).lang

describe('language of a block', () => {
  it.each([
    ['Minister of Justice\nand Attorney General of Canada', 'en'],
    ['Ministre de la Justice\net procureur général du Canada', 'fr'],
    ['Thank you again for writing.', 'en'],
    ['Respectfully,', 'en'],
    ['Madame la Sénatrice et cosignataires :', 'fr'],
    ['Le Sénat', 'fr'],
    ["Je vous prie d'agréer l'expression de mes sentiments les meilleurs.", 'fr'],
    ['Prochaines étapes', 'fr'],
    ['Next steps', 'en'],
    ["Canada's criminal law prohibits it.", 'en'],
  ] as const)('reads %j as %s', (text, expected) => {
    expect(lang(text)).toBe(expected)
  })

  it.each([
    'JAN 21 2021',
    'Ottawa ON K1A 0A4',
    'Ottawa, Canada K1A 0H8',
    'Julie Miville-Dechêne',
    'Canada',
    '2021-01-21',
    '613-555-0142',
    'https://www.canada.ca/en/services.html',
    'RCMP / GRC',
    '22 450 000 $',
  ])('reads %j as neutral: no language evidence', (text) => {
    expect(lang(text)).toBe('neutral')
  })

  it('reads a line holding both languages as bilingual', () => {
    expect(lang("The Honourable / L'honorable David Lametti, P.C., Q.C., M.P. / c.p., c.r., député\nOttawa, Canada K1A 0H8")).toBe('bilingual')
    expect(lang('Minister of Justice / Ministre de la Justice')).toBe('bilingual')
    expect(lang('The office is closed on Monday. Le bureau est fermé lundi.')).toBe('bilingual')
    expect(lang('Dear Ms. Côté:')).toBe('en')
  })

  it('keeps the dominant language of a French paragraph quoting an English title', () => {
    const text =
      'Le rapport, intitulé « Open Government Partnership Action Plan », présente les engagements du gouvernement du Canada pour les deux prochaines années et les résultats obtenus jusqu’à maintenant.'
    expect(lang(text)).toBe('fr')
  })

  it('calls text in another script unknown rather than guessing', () => {
    expect(lang('ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ ᐱᒻᒪᕆᐅᔪᖅ ᓄᓇᕗᒻᒥ')).toBe('unknown')
  })

  it('gives a confidence in [0, 1], higher for a paragraph than for a short line', () => {
    const paragraph = textLanguage('The Government of Canada continues to work closely with its allies to ensure that we have the tools.')
    const line = textLanguage('Respectfully,')
    for (const found of [paragraph, line]) {
      expect(found.confidence).toBeGreaterThanOrEqual(0)
      expect(found.confidence).toBeLessThanOrEqual(1)
    }
    expect(paragraph.confidence).toBeGreaterThan(line.confidence)
  })

  it('ignores inline code and reads code blocks as neutral', () => {
    const [document] = read({
      path: 'a.md',
      text: 'Pour installer le paquet, exécutez `npm install --save the package with the tools`.\n\n```\nthe quick brown fox\n```\n',
    })
    const [prose, code] = document?.blocks as [Block, Block]
    expect(blockLanguage(prose).lang).toBe('fr')
    expect(blockLanguage(code).lang).toBe('neutral')
  })
})
