import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check, detectLayout} from '../../src/pipeline.js'
import type {DetectionReport} from '../../src/types.js'

const detectText = (text: string): DetectionReport => detectLayout({path: 'doc.md', text})
const lines = (report: DetectionReport) => report.parts.map((part) => `${part.lang} ${part.position.start.line}-${part.position.end.line}`)

const english = [
  'The department will publish its annual report on the results of the program in the spring.',
  'Applications must be submitted online before the deadline, together with the required documents.',
  'We thank all the organizations that took part in the consultation for their thoughtful comments.',
  'The committee will meet every month to review the progress of the work and to approve the budget.',
  'Further information about eligibility and funding is available on our website.',
]
const french = [
  'Le ministère publiera son rapport annuel sur les résultats du programme au printemps.',
  'Les demandes doivent être présentées en ligne avant la date limite, avec les documents exigés.',
  'Nous remercions toutes les organisations qui ont participé à la consultation pour leurs commentaires.',
  'Le comité se réunira chaque mois pour examiner l’avancement des travaux et approuver le budget.',
  'De plus amples renseignements sur l’admissibilité et le financement se trouvent sur notre site Web.',
]
const neutral = ['2024-05-17', 'Ottawa ON K1A 0A4', '613-555-0142', 'https://www.canada.ca/', 'Marie-Ève Tremblay']

describe('part boundaries', () => {
  it('leaves HTML wrappers, language links and letterless separators out of the parts', () => {
    const text = [
      '<div lang="en">',
      '[Français](#francais)',
      '# Annual report',
      english[0],
      english[1],
      '</div>',
      '## ----------',
      '<div lang="fr">',
      '[English](#english)',
      '# Rapport annuel',
      french[0],
      french[1],
      '</div>',
    ].join('\n\n')
    const report = detectText(text)
    expect(report.layout).toBe('en-fr-halves')
    expect(lines(report)).toEqual(['en 5-9', 'fr 19-23'])
  })

  it('gives a heading between two parts to the part it opens, and a date or signature to the part it ends', () => {
    const text = [english[0], english[1], '2024-05-17', '## Summary | Résumé', french[0], french[1], 'Marie-Ève Tremblay'].join('\n\n')
    expect(lines(detectText(text))).toEqual(['en 1-5', 'fr 7-13'])
  })

  it('starts the second half at its repeated letterhead, even with a bilingual block between', () => {
    const head = ['Department of Examples  \nMinistère des Exemples', 'The Honourable / L’honorable Jane Doe, P.C. / c.p.']
    const text = [...head, english[0], english[1], english[2], ...head, 'Madame Tremblay / Mrs. Tremblay', french[0], french[1], french[2]].join('\n\n')
    expect(lines(detectText(text))).toEqual(['en 1-10', 'fr 12-23'])
  })

  it('finds halves, with the second part starting at its first block, whatever the neutral blocks around', () => {
    const paragraphs = (pool: readonly string[]) => fc.shuffledSubarray([...pool], {minLength: 2})
    const noise = fc.array(fc.constantFrom(...neutral), {maxLength: 2})
    fc.assert(
      fc.property(paragraphs(english), paragraphs(french), noise, noise, fc.boolean(), (en, fr, inEnglish, inFrench, frenchFirst) => {
        const first = frenchFirst ? fr : en
        const second = frenchFirst ? en : fr
        const blocks = [...first.slice(0, 1), ...inEnglish, ...first.slice(1), ...second, ...inFrench]
        const report = detectText(blocks.join('\n\n'))
        expect(report.layout).toBe(frenchFirst ? 'fr-en-halves' : 'en-fr-halves')
        const secondStart = 2 * (first.length + inEnglish.length) + 1
        expect(report.parts.map((part) => part.position.start.line)).toEqual([1, secondStart])
        expect(report.parts[1]?.position.end.line).toBe(2 * blocks.length - 1)
      }),
      {numRuns: 60},
    )
  })

  it('finds paragraph-by-paragraph interleaving, one part per paragraph', () => {
    const text = english.flatMap((paragraph, i) => [paragraph, french[i]]).join('\n\n')
    const report = detectText(text)
    expect(report.layout).toBe('interleaved')
    expect(report.parts.map((part) => part.lang)).toEqual(['en', 'fr', 'en', 'fr', 'en', 'fr', 'en', 'fr', 'en', 'fr'])
  })

  it('calls a document with no English or French text unknown', () => {
    expect(detectText('2024-05-17\n\nOttawa ON K1A 0A4\n\n613-555-0142\n').layout).toBe('unknown')
  })
})

describe('shared openings and closings of halves', () => {
  const body = (sentences: readonly string[]) => sentences.map((sentence) => `${sentence}\n`).join('\n')

  it('leaves a bilingual credits section after the French half out of both halves', () => {
    const text = [
      '# Annual report',
      '',
      body(english),
      '# Rapport annuel',
      '',
      body(french),
      '## Credits / Remerciements',
      '',
      '- Marie-Ève Tremblay',
      '- John Smith',
      '- Priya Natarajan',
      '',
      '### Data Science Team (CSA) / Équipe de science des données (ASC)',
      '',
      '- Kyle Murphy',
      '- Émiline Filion',
      '',
    ].join('\n')
    const report = detectText(text)
    expect(report.layout).toBe('en-fr-halves')
    expect(lines(report)).toEqual(['en 1-11', 'fr 13-23'])
    // Nothing of the credits is compared, so nothing of it is "added".
    expect(check({path: 'doc.md', text}).findings.filter((finding) => finding.rule === 'added-content')).toEqual([])
  })

  it('keeps a closing section in the half when it is written in that half’s language', () => {
    const text = ['# Annual report', '', body(english), '# Rapport annuel', '', body(french), '## Contact / Contactez-nous', '', `${french[4]}\n`].join('\n')
    expect(lines(detectText(text))).toEqual(['en 1-11', 'fr 13-27'])
  })

  it('reads a notice given paragraph by paragraph in both languages before the halves as interleaved', () => {
    const text = [
      '# Website is no longer maintained / Le site Web n’est plus tenu à jour',
      '',
      'As of April 2023, work on this service has wrapped up and the website has been archived.',
      '',
      'Depuis avril 2023, les travaux sur ce service sont terminés et le site Web a été archivé.',
      '',
      '# Annual report',
      '',
      body([...english, ...english]),
      '# Rapport annuel',
      '',
      body([...french, ...french]),
    ].join('\n')
    const report = detectText(text)
    expect(report.layout).toBe('en-fr-halves')
    expect(lines(report)).toEqual(['en 1-3', 'fr 5-5', 'en 7-27', 'fr 29-49'])
    expect(check({path: 'doc.md', text}).findings.filter((finding) => finding.severity !== 'info')).toEqual([])
  })

  it('keeps a letterhead of short lines in the first half, as letters have it', () => {
    const text = ['Minister of Justice', '', 'Ministre de la Justice', '', body(english), body(english), body(french), body(french)].join('\n')
    expect(lines(detectText(text))[0]).toMatch(/^en 1-/)
  })
})
