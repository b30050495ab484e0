import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {localizeSources} from '../../src/i18n/notices.js'
import {check} from '../../src/pipeline.js'
import {fixturePath} from '../helpers.js'

describe('readers’ notices in French', () => {
  it('writes the tracked changes of a Word document in French', () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('formats/docx-tracked-changes.docx')))
    const report = check({path: 'fees.docx', bytes}, {locale: 'fr'})
    expect(report.sources[0]?.notices).toEqual([
      'le document contient des modifications suivies (1 insertion, 1 suppression)\u00a0: vérifié tel qu’il se lit une fois elles acceptées',
    ])
  })

  it('writes a PDF’s pages without text in French, and keeps a notice it has no French for', () => {
    const sources = [
      {path: 'a.pdf', format: 'pdf', notices: ['pages 2 and 4 have no text (blank, or an image without a text layer) and are not checked', 'something new']},
    ]
    expect(localizeSources(sources, 'fr')[0]?.notices).toEqual([
      'les pages 2 et 4 sont sans texte (blanches, ou une image sans couche texte) et n’ont pas été vérifiées',
      'something new',
    ])
    expect(localizeSources(sources, 'en')).toEqual(sources)
  })
})
