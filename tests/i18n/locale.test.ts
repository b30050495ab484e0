import {describe, expect, it} from 'vitest'
import {PareilError} from '../../src/errors.js'
import {localizedError} from '../../src/i18n/errors.js'
import {localeFromEnv, localeOfCommandLine, parseLocale} from '../../src/i18n/locale.js'
import {check} from '../../src/pipeline.js'
import {formatRuleTable, ruleListings} from '../../src/report/rules.js'
import {formatText} from '../../src/report/text.js'
import {rules} from '../../src/check/rules/index.js'

describe('the locale', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG; fr* is French, anything else English', () => {
    expect(localeFromEnv({})).toBe('en')
    expect(localeFromEnv({LANG: 'fr_CA.UTF-8'})).toBe('fr')
    expect(localeFromEnv({LANG: 'fr'})).toBe('fr')
    expect(localeFromEnv({LANG: 'fr_CA.UTF-8', LC_ALL: 'C'})).toBe('en')
    expect(localeFromEnv({LANG: 'en_CA.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8'})).toBe('fr')
    expect(localeFromEnv({LANG: 'fr_CA', LC_ALL: ''})).toBe('fr')
    expect(localeFromEnv({LANG: 'fy_NL'})).toBe('en')
  })

  it('is chosen by --locale first', () => {
    expect(localeOfCommandLine(['check', 'x.md', '--locale', 'en'], {LANG: 'fr_CA'})).toBe('en')
    expect(localeOfCommandLine(['check', '--locale=fr-CA', 'x.md'], {})).toBe('fr')
    expect(localeOfCommandLine(['check', '--locale', 'de'], {LANG: 'fr_CA'})).toBe('fr')
    expect(parseLocale('FR')).toBe('fr')
    expect(parseLocale('de')).toBeUndefined()
  })
})

describe('check() with a locale', () => {
  const letter = {
    path: 'letter.md',
    text: 'The fee is $25 for 3 copies.\n\nIt applies to everyone.\n\nLes frais sont de 30 $ pour 3 copies.\n',
  }

  it('writes the messages in French and keeps their id and data', () => {
    const english = check(letter)
    const french = check(letter, {locale: 'fr'})
    expect(french.findings.length).toBeGreaterThan(0)
    expect(french.findings.map((finding) => [finding.rule, finding.messageId, finding.data])).toEqual(
      english.findings.map((finding) => [finding.rule, finding.messageId, finding.data]),
    )
    for (const finding of french.findings) expect(finding.message).toMatch(/version (?:anglaise|française)|nombre/)
    expect(french.findings.map((finding) => finding.message)).not.toEqual(english.findings.map((finding) => finding.message))
  })

  it('leaves a ready message of a rule of the user’s as it was written', () => {
    const report = check(letter, {
      locale: 'fr',
      ruleSet: [
        {
          meta: {id: 'mine', category: 'term', defaultSeverity: 'warning', description: 'Mine.'},
          check: (context) => context.report({message: 'my words', confidence: 1, en: null, fr: null}),
        },
      ],
    })
    expect(report.findings.map((finding) => finding.message)).toEqual(['my words'])
  })

  it('and the text report in French: header, counts with French plurals, severities, decimal commas', () => {
    const text = formatText(check(letter, {locale: 'fr'}), {locale: 'fr'})
    expect(text).toContain('disposition\u00A0: en-fr-halves (moitié anglaise, puis moitié française)')
    expect(text).toMatch(/\d+ blocs?, \d+ paires? alignées?/)
    expect(text).toMatch(/erreur\u00A0: |avertissement\u00A0: |info\u00A0: /)
    expect(text).toMatch(/confiance \d,\d\d/)
    expect(text).toMatch(/\n\d+ erreurs?, \d+ avertissements?, \d+ infos?\n$/)
    expect(text).not.toMatch(/\b(?:layout|aligned|warning|confidence|English|French)\b/)
  })
})

describe('the rules table in French', () => {
  it('describes each rule in French, with French categories and severities', () => {
    const table = formatRuleTable(ruleListings(rules, 'fr'), 'fr')
    expect(table).toMatch(/^omitted-content +omission +erreur +Un paragraphe ou une phrase de la version anglaise n’a pas d’équivalent/m)
    expect(table).toMatch(/^format-mismatch +mise en forme +avertissement /m)
  })

  it('and the English table is as it was', () => {
    expect(formatRuleTable(ruleListings(rules))).toMatch(/^omitted-content +omission +error +A paragraph or sentence of the English has no counterpart/m)
  })
})

describe('refusals in French', () => {
  const cases: Array<[PareilError, string]> = [
    [new PareilError('not-found', 'a/b.md: no such file'), 'a/b.md\u00A0: fichier introuvable'],
    [new PareilError('not-a-file', 'docs: is a directory; give a file'), 'docs\u00A0: c’est un dossier; fournissez un fichier'],
    [new PareilError('empty', 'x.md: the file is empty'), 'x.md\u00A0: le fichier est vide'],
    [new PareilError('binary', 'x.md: this is a binary file, not text'), 'x.md\u00A0: c’est un fichier binaire, pas du texte'],
    [
      new PareilError('too-large', 'x.md: the file is 25.3 MB, over the 20 MB limit (raise it with --max-size)'),
      'x.md\u00A0: le fichier fait 25,3\u00A0Mo, au-delà de la limite de 20\u00A0Mo (relevez-la avec --max-size)',
    ],
    [
      new PareilError('bad-option', "--format: expected one of text, json, got 'yaml'"),
      '--format\u00A0: valeur attendue parmi text, json; reçu «\u00A0yaml\u00A0»',
    ],
  ]
  it.each(cases)('%s', (error, french) => {
    expect(localizedError(error, 'fr')).toBe(french)
    expect(localizedError(error, 'en')).toBe(error.message)
  })

  it('keep the English of a refusal they do not know', () => {
    expect(localizedError(new PareilError('bad-input', 'x: something new'), 'fr')).toBe('x: something new')
  })
})
