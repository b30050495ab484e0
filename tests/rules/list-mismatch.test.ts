import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the first English line, line 7 the first French one (with one English line).
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'list-mismatch')

const documents = {
  en: 'To apply, you need:\n\n- a valid passport\n- two recent photos\n- proof of address',
  fr: 'Pour présenter une demande, il vous faut :\n\n- un passeport valide\n- deux photos récentes',
}

describe('list-mismatch', () => {
  it('flags a bulleted list with fewer items in the French, as a warning, naming the item left out and spanning both lists', () => {
    const findings = rule(notice(documents.en, documents.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'list-mismatch',
      severity: 'warning',
      category: 'structure',
      message: 'the French list has 2 items where the English has 3; no counterpart for “proof of address”',
      en: {text: 'a valid passport · two recent photos · proof of address', position: {start: {line: 5, column: 3}, end: {line: 7, column: 19}}},
      fr: {text: 'un passeport valide · deux photos récentes', position: {start: {line: 13, column: 3}, end: {line: 14, column: 23}}},
    })
  })

  it('flags a list shortened in a separate French file, with positions in each file', () => {
    const english = {
      path: 'en.md',
      text: '# Before you apply\n\nYou will need:\n\n- your social insurance number\n- a void cheque\n- your most recent notice of assessment\n',
    }
    const french = {
      path: 'fr.md',
      text: "# Avant de présenter une demande\n\nVous aurez besoin de :\n\n- votre numéro d'assurance sociale\n- votre plus récent avis de cotisation\n",
    }
    expect(rule(check([english, french]).findings)).toMatchObject([
      {
        message: 'the French list has 2 items where the English has 3; no counterpart for “a void cheque”',
        en: {source: 0, position: {start: {line: 5, column: 3}, end: {line: 7, column: 40}}},
        fr: {source: 1, position: {start: {line: 5, column: 3}, end: {line: 6, column: 39}}},
      },
    ])
  })

  it('flags an inline enumeration with an item fewer in the French, naming it', () => {
    const findings = rule(
      notice(
        'The fund covers training, equipment, travel, translation and child care.',
        "Le fonds couvre la formation, l'équipement, la traduction et la garde d'enfants.",
      ).findings,
    )
    expect(findings).toMatchObject([
      {
        message: 'the French enumeration has 4 items where the English has 5; no counterpart for “travel”',
        confidence: 0.8,
        // The first item is taken as the last three words before the first comma.
        en: {text: 'fund covers training, equipment, travel, translation and child care', position: {start: {line: 3, column: 5}, end: {line: 3, column: 72}}},
        fr: {
          text: "couvre la formation, l'équipement, la traduction et la garde d'enfants",
          position: {start: {line: 7, column: 10}, end: {line: 7, column: 80}},
        },
      },
    ])
  })

  it('flags an inline enumeration with an item more in the French', () => {
    const findings = rule(
      notice(
        'The fund covers training, equipment, translation and child care.',
        "Le fonds couvre la formation, l'équipement, les déplacements, la traduction et la garde d'enfants.",
      ).findings,
    )
    expect(findings.map((finding) => finding.message)).toEqual([
      'the English enumeration has 4 items where the French has 5; no counterpart for “les déplacements”',
    ])
  })

  it('gives only the counts, at info, when it cannot single out the missing item: most often commas read differently', () => {
    const findings = rule(
      notice(
        'The fund covers training, equipment, travel, translation and child care.',
        'Le fonds couvre la formation, le matériel, les services linguistiques et la garde.',
      ).findings,
    )
    expect(findings.map((finding) => [finding.message, finding.confidence, finding.severity])).toEqual([
      ['the French enumeration has 4 items where the English has 5', 0.4, 'info'],
    ])
  })

  it('stays quiet when the lists have as many items, whatever their wording', () => {
    const french = "Pour présenter une demande, il vous faut :\n\n- un passeport valide\n- deux photos récentes\n- une preuve d'adresse"
    expect(rule(notice(documents.en, french).findings)).toEqual([])
    expect(
      rule(
        notice(
          'Applicants must be 18 or older, live in Canada, and hold a valid work permit.',
          'Les demandeurs doivent être âgés de 18 ans ou plus, résider au Canada et détenir un permis de travail valide.',
        ).findings,
      ),
    ).toEqual([])
  })

  it('counts a step the French nests under the one before as an item', () => {
    const findings = rule(
      notice(
        'To deploy:\n\n1. Clone the repository.\n2. Set the variables.\n3. Run the setup script.\n4. Check the dashboard.',
        'Pour déployer :\n\n1. Clonez le dépôt.\n2. Réglez les variables.\n   - Exécutez le script d’installation.\n3. Vérifiez le tableau de bord.',
      ).findings,
    )
    expect(findings).toEqual([])
  })

  it('is unsure of the counts where the French runs a nested list into its item', () => {
    const findings = rule(
      notice(
        'Each folder holds:\n\n- a readme\n- a models folder, which will contain\n  1. The model definitions\n  2. The code that fills the models',
        'Chaque dossier contient :\n\n- un fichier readme\n- un dossier de modèles, qui contient i. Les définitions des modèles ii. Le code qui remplit les modèles',
      ).findings,
    )
    expect(findings.map((finding) => [finding.severity, finding.confidence])).toEqual([['info', 0.3]])
  })

  it('counts an Oxford comma as no extra item', () => {
    expect(
      rule(notice('The delegation visited Japan, Korea, China, and India.', "La délégation s'est rendue au Japon, en Corée, en Chine et en Inde.").findings),
    ).toEqual([])
  })

  it('stays quiet when the French sets an English enumeration out as a list', () => {
    const findings = notice(
      'You need a passport, two photos and a proof of address.',
      "Il vous faut :\n\n- un passeport\n- deux photos\n- une preuve d'adresse",
    ).findings
    expect(rule(findings)).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(documents.en, documents.fr, {rules: {'list-mismatch': 'error'}}).findings).map((finding) => finding.severity)).toEqual(['error'])
    expect(rule(notice(documents.en, documents.fr, {rules: {'list-mismatch': 'off'}}).findings)).toEqual([])
  })
})
