import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'untranslated')

// Six paragraphs a side: the English on lines 3–13, the French on lines 17–27 (paragraph k on line 3 + 2k, 17 + 2k).
const english = [
  'The office will be closed on Monday for maintenance of the building.',
  'Staff will work from home during the closure and meetings will be held online.',
  'Visitors who need help in person should call the front desk to book an appointment.',
  'Deliveries will be received at the loading dock on the east side of the building.',
  'Parking will remain open to employees who must come to the office during the work.',
  'The office will reopen on Tuesday morning at the usual time.',
]
const french = [
  "Le bureau sera fermé lundi pour l'entretien de l'immeuble.",
  'Le personnel travaillera à domicile pendant la fermeture et les réunions se tiendront en ligne.',
  "Les visiteurs qui ont besoin d'aide en personne doivent appeler la réception pour prendre rendez-vous.",
  "Les livraisons seront reçues au quai de chargement, du côté est de l'immeuble.",
  'Le stationnement restera ouvert aux employés qui doivent se rendre au bureau pendant les travaux.',
  "Le bureau rouvrira mardi matin à l'heure habituelle.",
]
const replace = (paragraphs: readonly string[], index: number, text: string) => paragraphs.map((paragraph, k) => (k === index ? text : paragraph))
const notice = (en: readonly string[], fr: readonly string[], options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Service notice\n\n${en.join('\n\n')}\n\n# Avis de service\n\n${fr.join('\n\n')}\n`}, options)

const pasted = replace(french, 2, english[2] as string)

describe('untranslated', () => {
  it('flags a paragraph of the French version left in English word for word, as an error, pointing at both paragraphs', () => {
    const findings = rule(notice(english, pasted).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'untranslated',
      severity: 'error',
      category: 'untranslated',
      message: 'this paragraph of the French version is in English, word for word as in the English version',
      en: {text: english[2], position: {start: {line: 7, column: 1}, end: {line: 7, column: 84}}},
      fr: {text: english[2], position: {start: {line: 21, column: 1}, end: {line: 21, column: 84}}},
    })
  })

  it('flags a French paragraph written in English that is not a copy, without saying “word for word”', () => {
    const rewritten = 'Visitors needing in-person help should phone the front desk to make an appointment.'
    const findings = rule(notice(english, replace(french, 2, rewritten)).findings)
    expect(findings.map((finding) => [finding.message, finding.fr?.text, finding.fr?.position.start.line])).toEqual([
      ['this paragraph of the French version is in English', rewritten, 21],
    ])
  })

  it('flags a paragraph of the English version left in French', () => {
    const findings = rule(notice(replace(english, 3, french[3] as string), french).findings)
    expect(findings.map((finding) => [finding.message, finding.en?.text, finding.en?.position.start.line, finding.fr?.position.start.line])).toEqual([
      ['this paragraph of the English version is in French, word for word as in the French version', french[3], 9, 23],
    ])
  })

  it('names the kind of block: a list item left in English', () => {
    const text =
      `# Service notice\n\n${english.slice(0, 3).join('\n\n')}\n\n- ${english.slice(3).join('\n- ')}\n\n` +
      `# Avis de service\n\n${french.slice(0, 3).join('\n\n')}\n\n- ${replace(french, 4, english[4] as string)
        .slice(3)
        .join('\n- ')}\n`
    const findings = rule(check({path: 'notice.md', text}).findings)
    expect(findings.map((finding) => [finding.message, finding.fr?.position.start.line, finding.fr?.position.start.column])).toEqual([
      ['this list item of the French version is in English, word for word as in the English version', 22, 3],
    ])
  })

  it('flags English pasted into a separate French file', () => {
    const findings = rule(
      check([
        {path: 'en.md', text: `# Service notice\n\n${english.join('\n\n')}\n`},
        {path: 'fr.md', text: `# Avis de service\n\n${pasted.join('\n\n')}\n`},
      ]).findings,
    )
    expect(findings).toMatchObject([
      {en: {source: 0, position: {start: {line: 7, column: 1}}}, fr: {source: 1, text: english[2], position: {start: {line: 7, column: 1}}}},
    ])
  })

  it('leaves alone short lines, quotations, names and addresses, and a short title kept in English in both versions', () => {
    const quiet: Array<[readonly string[], readonly string[]]> = [
      [english, replace(french, 2, 'Book an appointment online.')],
      [english, replace(french, 2, `“${english[2]}”`)],
      [
        replace(english, 2, 'Canadian Heritage, 15 Eddy Street, Gatineau QC K1A 0M5'),
        replace(french, 2, 'Canadian Heritage, 15 Eddy Street, Gatineau QC K1A 0M5'),
      ],
      [replace(english, 2, 'The Future of Work in the Public Service'), replace(french, 2, 'The Future of Work in the Public Service')],
    ]
    for (const [en, fr] of quiet) expect(rule(notice(en, fr).findings), fr[2]).toEqual([])
  })

  it('leaves alone code pasted as prose', () => {
    expect(rule(notice(english, replace(french, 2, 'Run pareil check --glossary terms.csv --fail-on error (see the_manual) for details.')).findings)).toEqual(
      [],
    )
  })

  it('leaves alone a letterhead that opens both versions alike', () => {
    const letterhead = 'Office of the Minister of Public Safety and Emergency Preparedness of Canada, Ottawa, Ontario'
    const text = `${letterhead}\n\n${english.join('\n\n')}\n\n${letterhead}\n\n${french.join('\n\n')}\n`
    expect(rule(check({path: 'letter.md', text}).findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(english, pasted, {rules: {untranslated: 'warning'}}).findings).map((finding) => finding.severity)).toEqual(['warning'])
    expect(rule(notice(english, pasted, {rules: {untranslated: 'off'}}).findings)).toEqual([])
  })
})
