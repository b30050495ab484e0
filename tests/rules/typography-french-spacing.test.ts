import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {TypographyProfile} from '../../src/types.js'
import {notice, place, typographyFindings} from './typography-notice.js'

/** The french-spacing findings of `text`, in text order. */
const spacing = (text: string, profile?: TypographyProfile) => typographyFindings('french-spacing', text, profile)

describe('french-spacing', () => {
  it('flags a colon glued to its word, at the word and the colon, in both French profiles', () => {
    const text = notice('Les travaux visent trois secteurs: le hall, les salles de réunion et la cafétéria.')
    for (const profile of ['fr-CA', 'fr-FR'] as const) {
      const [finding, ...others] = spacing(text, profile)
      expect(others).toEqual([])
      expect(finding).toMatchObject({
        severity: 'info',
        category: 'typography',
        messageId: 'colonNoSpace',
        message: 'the French writes "secteurs:": French puts a no-break space before the colon ("secteurs :")',
        confidence: 0.85,
        en: null,
        fr: {text: 'secteurs:', position: {start: place(text, 'secteurs:')}},
      })
      expect(finding?.fr?.position.end.offset).toBe(place(text, 'secteurs:').offset + 'secteurs:'.length)
    }
  })

  it('says nothing without a profile, nor under en-CA', () => {
    const text = notice('Les travaux visent trois secteurs: le hall. Pourquoi maintenant ? Le projet est un «nouveau départ».')
    expect(spacing(text)).toEqual([])
    expect(spacing(text, 'en-CA')).toEqual([])
    expect(check({path: 'notice.md', text}).findings.filter((finding) => finding.category === 'typography')).toEqual([])
  })

  it('wants no space before ; ! ? in Canadian French, and a thin no-break space in the French of France', () => {
    const spaced = notice('Pourquoi rénover maintenant ? L’immeuble a quarante ans ; ses systèmes sont usés !')
    const glued = notice('Pourquoi rénover maintenant? L’immeuble a quarante ans; ses systèmes sont usés!')
    const canadian = spacing(spaced, 'fr-CA')
    expect(canadian.map((finding) => finding.message)).toEqual([
      'the French writes "maintenant ?": Canadian French puts no space before "?" ("maintenant?")',
      'the French writes "ans ;": Canadian French puts no space before ";" ("ans;")',
      'the French writes "usés !": Canadian French puts no space before "!" ("usés!")',
    ])
    expect(canadian[0]?.fr?.position.start).toEqual(place(spaced, 'maintenant ?'))
    expect(spacing(glued, 'fr-CA')).toEqual([])
    const france = spacing(glued, 'fr-FR')
    expect(france.map((finding) => finding.message)).toEqual([
      'the French writes "maintenant?": the French of France puts a thin no-break space before "?" ("maintenant ?")',
      'the French writes "ans;": the French of France puts a thin no-break space before ";" ("ans ;")',
      'the French writes "usés!": the French of France puts a thin no-break space before "!" ("usés !")',
    ])
    expect(france[2]?.fr?.position.start).toEqual(place(glued, 'usés!'))
    expect(spacing(spaced, 'fr-FR')).toEqual([])
    // A no-break or a narrow no-break space is the French of France's own; Canadian French leaves the narrow one alone.
    expect(spacing(notice('Pourquoi rénover maintenant\u00A0? Parce que l’immeuble est vieux.'), 'fr-FR')).toEqual([])
    expect(spacing(notice('Pourquoi rénover maintenant\u202F? Parce que l’immeuble est vieux.'), 'fr-CA')).toEqual([])
  })

  it('flags guillemets without their inner spaces, and dashes glued to the words of an incise', () => {
    const text = notice(
      'L’entrepreneur parle d’un «nouveau départ» pour l’immeuble.',
      'Les travaux sont financés par le ministère—avec l’aide de la province—sur deux ans.',
    )
    const findings = spacing(text, 'fr-CA')
    expect(findings.map((finding) => [finding.messageId, finding.data?.['text'], finding.data?.['fix']])).toEqual([
      ['guillemetSpace', '«nouveau départ»', '« nouveau départ »'],
      ['dashSpace', 'ministère—avec', 'ministère — avec'],
      ['dashSpace', 'province—sur', 'province — sur'],
    ])
    expect(findings[1]?.fr?.position.start).toEqual(place(text, 'ministère—avec'))
    expect(findings[1]?.fr?.position.end.offset).toBe(place(text, 'ministère—avec').offset + 'ministère—avec'.length)
  })

  it('leaves correct French typography alone', () => {
    const text = notice(
      'Les travaux visent trois secteurs : le hall, les salles de réunion et la cafétéria.',
      'Pourquoi rénover maintenant? L’immeuble a quarante ans; ses systèmes sont usés!',
      'L’entrepreneur parle d’un « nouveau départ » pour l’immeuble, financé par le ministère – avec l’aide de la province – sur deux ans.',
      'Les exercices 2019—2020 et 2020—2021 sont couverts.',
    )
    expect(spacing(text, 'fr-CA')).toEqual([])
  })

  it('reads addresses, times, ratios, emoticons, operators, code and English clauses as no punctuation', () => {
    const text = notice(
      'Consultez https://exemple.gc.ca/avis?page=2&lang=fr ou écrivez à info@exemple.gc.ca pour en savoir plus.',
      'La séance commence à 10:30, à l’échelle de 1:50 000, et tout va bien :) selon l’équipe.',
      'La condition `a != b` est vérifiée; le paramètre toc: true active la table, et ERROR: signale une erreur.',
      'Ajoutez un ! après le type pour signaler un changement majeur.',
      'Pour les commits, utilisez le type `fix` : un commit fix: corrige un bogue.',
      'English toggle: "À propos de nous" → `/fr/a-propos-de-nous/`',
    )
    expect(spacing(text, 'fr-CA')).toEqual([])
  })

  it('stays in the French: English punctuation in the English half is not its concern', () => {
    const text = notice()
      .replace('six months.', 'six months: spring and summer. Why now? The building is old—and worn.')
      .replace('environ six mois.', 'environ six mois : le printemps et l’été.')
    expect(spacing(text, 'fr-CA')).toEqual([])
    expect(spacing(text, 'fr-FR')).toEqual([])
  })
})
