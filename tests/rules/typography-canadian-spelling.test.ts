import {describe, expect, it} from 'vitest'
import type {TypographyProfile} from '../../src/types.js'
import {notice, place, typographyFindings} from './typography-notice.js'

/** The canadian-spelling findings of `text`, in text order. */
const spelling = (text: string, profile?: TypographyProfile) => typographyFindings('canadian-spelling', text, profile)

describe('canadian-spelling', () => {
  it('flags US spellings in the English under en-CA, at the word, with the Canadian form', () => {
    const text = notice().replace(
      'The office will be renovated this spring and the work will last about six months.',
      'The center will review the behavior of its services, the defense of data and the labeling of forms; staff traveled to the regions and the enrollment grew.',
    )
    const findings = spelling(text, 'en-CA')
    expect(findings.map((finding) => [finding.data?.['text'], finding.data?.['fix'], finding.data?.['pattern'], finding.confidence])).toEqual([
      ['center', 'centre', '-re', 0.85],
      ['behavior', 'behaviour', '-our', 0.85],
      ['defense', 'defence', '-ce', 0.85],
      ['labeling', 'labelling', '-ll-', 0.8],
      ['traveled', 'travelled', '-ll-', 0.8],
      ['enrollment', 'enrolment', '-l-', 0.75],
    ])
    expect(findings[1]).toMatchObject({
      severity: 'info',
      category: 'typography',
      message: 'the English writes "behavior": Canadian spelling is "behaviour" (-our, as The Canadian Style recommends)',
      fr: null,
      en: {text: 'behavior', position: {start: place(text, 'behavior')}},
    })
    expect(findings[1]?.en?.position.end.offset).toBe(place(text, 'behavior').offset + 'behavior'.length)
  })

  it('keeps the capital of a word that opens a sentence', () => {
    const text = notice().replace('The office will be renovated', 'Color codes will be renovated')
    expect(spelling(text, 'en-CA').map((finding) => finding.data?.['fix'])).toEqual(['Colour'])
  })

  it('says nothing without a profile, nor under the French profiles', () => {
    const text = notice().replace('six months.', 'six months, and the center will review its behavior.')
    expect(spelling(text)).toEqual([])
    expect(spelling(text, 'fr-CA')).toEqual([])
    expect(spelling(text, 'fr-FR')).toEqual([])
  })

  it('leaves Canadian spellings, -ize, names, quotations, titles, code and identifiers alone', () => {
    const text = notice().replace(
      'The office will be renovated this spring and the work will last about six months.',
      [
        'The centre will organize a review of the behaviour of its program, and its licence and practice.',
        'The U.S. Department of Labor, the World Trade Center and Pearl Harbor keep their names; Center for Disease Control staff came too.',
        'The guide quotes the "color of law" and the novel *The Color Purple*, and sets the `color` field and the background-color property.',
        'See [the center](https://example.gc.ca/center) and the COLOR constant, color_scheme and theme.color values.',
      ].join(' '),
    )
    expect(spelling(text, 'en-CA')).toEqual([])
  })

  it('leaves a block quote alone: a quotation keeps its spelling', () => {
    const text = notice().replace('Staff will work from home', '> The center will review the behavior of staff who work from home')
    expect(spelling(text, 'en-CA')).toEqual([])
  })
})
