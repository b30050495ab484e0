import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {readFixture} from '../helpers.js'

const draftRules = new Set(['empty-section', 'missing-list', 'placeholder', 'review-mark', 'template-variable'])

describe('empty-section', () => {
  const note = {path: 'briefing-note-ocse.md', text: readFixture('briefing-note-ocse.md')}

  it('flags the briefing note’s empty labels at their exact places, and keeps the monolingual finding', () => {
    const findings = check(note).findings
    expect(findings[0]).toMatchObject({rule: 'missing-translation', severity: 'error'})
    const empty = findings.filter((finding) => finding.rule === 'empty-section')
    expect(empty.map((finding) => [finding.en?.text, finding.en?.position.start, finding.en?.position.end.column, finding.fr])).toEqual([
      ['Proposed Response:', {line: 7, column: 1, offset: note.text.indexOf('Proposed Response:')}, 19, null],
      ['Financial Implications:', {line: 9, column: 1, offset: note.text.indexOf('Financial Implications:')}, 24, null],
      ['Date modified:', {line: 35, column: 1, offset: note.text.indexOf('Date modified:')}, 15, null],
    ])
    expect(empty.map((finding) => finding.message)).toEqual([
      'the label “Proposed Response:” has nothing after it: the next line is “Financial Implications:”',
      'the field “Financial Implications:” is empty: the fields above it give their value on the same line, and a blank gap separates it from the text after it',
      'the label “Date modified:” has nothing after it: the English version ends there',
    ])
    expect(empty.every((finding) => finding.category === 'draft')).toBe(true)
  })

  it('gives the seed letter no finding of the draft rules', () => {
    const findings = check({path: 'letter.md', text: readFixture('ministerial-letter-2021.md')}).findings
    expect(findings.flatMap((finding) => [finding, ...(finding.related ?? [])]).filter((finding) => draftRules.has(finding.rule))).toEqual([])
  })

  it('leaves a label followed by its text, a salutation and a field with its value alone', () => {
    const text =
      'Classification: Unclassified\n\nBackground:\n\nThe program was renewed in 2009 and runs to this day.\n\nDear Minister:\n\nThank you for your letter of January 5 about the program.\n'
    expect(check({path: 'note.md', text}).findings.filter((finding) => finding.rule === 'empty-section')).toEqual([])
  })

  it('flags a label in a form only with the gap of an empty row: one blank line is a label and its text', () => {
    const form = (gap: string) => `Classification: Unclassified\n\nFinancial Implications:${gap}The program costs $2 million a year over five years.\n`
    const flagged = (text: string) => check({path: 'note.md', text}).findings.filter((finding) => finding.rule === 'empty-section').length
    expect(flagged(form('\n\n\n'))).toBe(1)
    expect(flagged(form('\n\n'))).toBe(0)
  })

  it('flags a heading followed by one of its level, not one followed by a deeper heading or a tagline', () => {
    const text =
      '# Report\n\n## Next steps\n\n## Contacts\n\nWrite to the policy team at any time of the year.\n\n## Scope\n\n### Partners\n\nThe partners are listed in the annex of this report.\n'
    const headings = check({path: 'report.md', text}).findings.filter((finding) => finding.rule === 'empty-section')
    expect(headings.map((finding) => finding.en?.text)).toEqual(['Next steps'])
    const tagline = '# Tool\n\n## Add settings for a new domain in one step!\n\n## Requirements\n\nYou need an account with the service to run the tool.\n'
    expect(check({path: 'tool.md', text: tagline}).findings.filter((finding) => finding.rule === 'empty-section')).toEqual([])
  })

  it('says which version ends after an empty label in a bilingual document, in French too', () => {
    const text = [
      '# Notice',
      'The office will be closed on Monday for maintenance of the building.',
      'Staff will work from home during the closure and meetings will be held online.',
      'Contact:',
      '# Avis',
      'Le bureau sera fermé lundi pour l’entretien de l’immeuble.',
      'Le personnel travaillera à domicile pendant la fermeture et les réunions se tiendront en ligne.',
      'Personne-ressource : Marie Tremblay',
    ].join('\n\n')
    const [finding] = check({path: 'notice.md', text}, {locale: 'fr'}).findings.filter((each) => each.rule === 'empty-section')
    expect(finding?.en?.text).toBe('Contact:')
    expect(finding?.message).toBe('l’intitulé «\u00a0Contact:\u00a0» n’est suivi de rien\u00a0: la version anglaise s’arrête là')
  })
})
