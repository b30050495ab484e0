import {describe, expect, it} from 'vitest'
import {isLanguageNotice} from '../../src/check/language-notice.js'
import {check} from '../../src/pipeline.js'

describe('isLanguageNotice: a notice that some content is in one language only', () => {
  it.each([
    'Cette section est disponible seulement en anglais mais vous pouvez initier et participer à des discussions dans la langue de votre choix.',
    'Le rapport complet est offert en anglais seulement.',
    'This page is available in French only.',
    'The webinar recording is only available in English.',
    'Ces documents sont publiés uniquement en anglais.',
  ])('%s', (sentence) => {
    expect(isLanguageNotice(sentence)).toBe(true)
  })

  it.each([
    'Les demandes sont acceptées en anglais et en français.',
    'The form must be completed in English or French.',
    'Seulement les résidents du Canada peuvent présenter une demande.',
  ])('not: %s', (sentence) => {
    expect(isLanguageNotice(sentence)).toBe(false)
  })
})

describe('added-content and a notice that content is in one language only', () => {
  const notice = (english: string, french: string) => check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`})
  const added = (english: string, french: string) =>
    notice(english, french).findings.filter((finding) => finding.rule === 'added-content' && finding.severity !== 'info')

  it('is a localization convention the French adds, not a divergence', () => {
    expect(
      added(
        'Share your ideas with us in our Discussions section on GitHub.',
        'Faites-nous part de vos idées dans notre section de discussion sur GitHub. Cette section est disponible seulement en anglais, mais vous pouvez participer dans la langue de votre choix.',
      ),
    ).toEqual([])
  })

  it('still warns of a French sentence that says something else', () => {
    expect(
      added(
        'Share your ideas with us in our Discussions section on GitHub.',
        'Faites-nous part de vos idées dans notre section de discussion sur GitHub. Les commentaires anonymes seront supprimés sans préavis par les modérateurs.',
      ).map((finding) => finding.fr?.text),
    ).toEqual(['Les commentaires anonymes seront supprimés sans préavis par les modérateurs.'])
  })
})
