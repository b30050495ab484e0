import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {withRelated} from '../helpers.js'
import type {Finding} from '../../src/types.js'

// Line 3 is the English paragraph, line 7 the French one.
const notice = (english: string, french: string, options?: Parameters<typeof check>[1]) =>
  check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}, options)
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'format-mismatch')

const act = {
  en: 'The *Employment Insurance Act* sets the rules for benefits.',
  fr: "La Loi sur l'assurance-emploi fixe les règles relatives aux prestations.",
}

describe('format-mismatch', () => {
  it('flags an italic title the French leaves in roman, as a warning, pointing at the italic words and the French paragraph', () => {
    const findings = rule(notice(act.en, act.fr).findings)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'format-mismatch',
      severity: 'warning',
      category: 'format',
      message: 'the title “Employment Insurance Act” is in italics in the English but not in the French',
      en: {text: 'Employment Insurance Act', position: {start: {line: 3, column: 6}, end: {line: 3, column: 30}}},
      fr: {text: act.fr, position: {start: {line: 7, column: 1}, end: {line: 7, column: 73}}},
    })
  })

  it('reports bold only the French has as a typographic choice (info), and code the French writes as plain text', () => {
    const bold = rule(notice('Applications close on March 31.', 'Les demandes doivent être reçues au plus tard le **31 mars**.').findings)
    expect(bold).toMatchObject([
      {
        severity: 'info',
        message: '“31 mars” is in bold in the French only (0 in the English, 1 in the French)',
        en: {text: 'Applications close on March 31.'},
        fr: {text: '31 mars', position: {start: {line: 7, column: 52}, end: {line: 7, column: 59}}},
      },
    ])
    const code = rule(notice('Enter the code `GST34` in the form.', 'Entrez le code GST34 dans le formulaire.').findings)
    expect(code.map((finding) => [finding.severity, finding.message, finding.en?.text, finding.en?.position.start.column, finding.fr?.text])).toEqual([
      ['warning', '“GST34” is code in the English but plain text in the French', 'GST34', 17, 'GST34'],
    ])
  })

  it('flags markup the French wrote but that does not render, at the literal markup', () => {
    const bold = rule(notice('Deploy the **Application Gateway** first.', "Déployez d'abord la ** Passerelle d'application **.").findings)
    expect(bold.map((finding) => [finding.severity, finding.message, finding.fr?.text])).toEqual([
      ['warning', "the bold of the French does not render: “** Passerelle d'application **” shows its asterisks", "** Passerelle d'application **"],
    ])
    const link = rule(notice('See the [MIT License](LICENSE).', 'Voir la [Licence MIT] (LICENCE).').findings)
    expect(link.map((finding) => finding.message)).toEqual(['the link of the French does not render: “[Licence MIT] (LICENCE)” shows its brackets'])
  })

  it('flags a link the French drops, and a link to another site', () => {
    const dropped = rule(
      notice('Read the [application guide](https://www.canada.ca/en/guide.html) before you apply.', 'Lisez le guide de demande avant de présenter une demande.')
        .findings,
    )
    expect(dropped.map((finding) => [finding.message, finding.en?.text, finding.en?.position.start.column])).toEqual([
      ['“application guide” is a link in the English only (1 in the English, 0 in the French)', 'application guide', 11],
    ])
    const elsewhere = rule(
      notice('Read the [application guide](https://www.canada.ca/en/services/guide.html).', 'Lisez le [guide de demande](https://www.example.com/guide.html).')
        .findings,
    )
    expect(elsewhere).toMatchObject([
      {
        message: 'the English links to https://www.canada.ca/en/services/guide.html where the French links to https://www.example.com/guide.html',
        en: {text: 'application guide', position: {start: {line: 3, column: 11}, end: {line: 3, column: 28}}},
        fr: {text: 'guide de demande', position: {start: {line: 7, column: 11}, end: {line: 7, column: 27}}},
      },
    ])
  })

  it('tells of a link to another page of the same bilingual site at info: most often the page filed under French folders', () => {
    const findings = rule(
      notice(
        'See [benefits](https://www.canada.ca/en/services/benefits.html).',
        'Consultez les [prestations](https://www.canada.ca/fr/ministeres/prestations.html).',
      ).findings,
    )
    expect(findings.map((finding) => [finding.severity, finding.confidence, finding.message])).toEqual([
      [
        'info',
        0.3,
        'the English links to https://www.canada.ca/en/services/benefits.html where the French links to another page of the same site, https://www.canada.ca/fr/ministeres/prestations.html',
      ],
    ])
  })

  it('flags paired headings of different levels', () => {
    const text =
      '# Notice\n\n## How to apply\n\nSubmit your application online before the deadline.\n\n# Avis\n\n### Comment présenter une demande\n\nSoumettez votre demande en ligne avant la date limite.\n'
    expect(rule(check({path: 'notice.md', text}).findings)).toMatchObject([
      {
        message: 'the English heading is level 2, the French one level 3',
        en: {text: 'How to apply', position: {start: {line: 3, column: 4}}},
        fr: {text: 'Comment présenter une demande', position: {start: {line: 9, column: 5}}},
      },
    ])
  })

  it('stays quiet for localized links: /en/ and /fr/, lang=eng and lang=fra, translated paths on canada.ca, anchors', () => {
    expect(
      rule(
        notice(
          'See [Canada.ca](https://www.canada.ca/en.html), the [form](https://www.example.gc.ca/form?lang=eng), the [guide](/en/guide) and [how to apply](#how-to-apply).',
          'Voir [Canada.ca](https://www.canada.ca/fr.html), le [formulaire](https://www.example.gc.ca/form?lang=fra), le [guide](/fr/guide) et [comment présenter une demande](#comment-presenter-une-demande).',
        ).findings,
      ),
    ).toEqual([])
    expect(
      rule(
        notice(
          'See the [tax guide](https://www.canada.ca/en/revenue-agency/services/forms-publications.html).',
          "Consultez le [guide d'impôt](https://www.canada.ca/fr/agence-revenu/services/formulaires-publications.html).",
        ).findings,
      ),
    ).toEqual([])
  })

  it('stays quiet for links localized the ways real documents do, and for links reordered with their clauses', () => {
    const chapters = notice(
      'Read [Open Culture](en/6_Open_Culture.md) and the [licence](https://open.canada.ca/en/open-government-licence-canada).',
      'Lisez [Culture ouverte](fr/6_Culture_ouverte.md) et la [licence](https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada).',
    )
    expect(rule(chapters.findings)).toEqual([])
    const reordered = notice(
      'See the [policy](https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603) and the [notice](notice_e.html).',
      "Consultez l'[avis](notice_f.html) et la [politique](https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32603).",
    )
    expect(rule(reordered.findings)).toEqual([])
  })

  it('still flags a localized-looking link to another document number, and names the link the French lacks', () => {
    const other = rule(
      notice(
        'See the [policy](https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603).',
        'Consultez la [politique](https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32604).',
      ).findings,
    )
    expect(other.map((finding) => finding.message)).toEqual([
      'the English links to https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603 where the French links to https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32604',
    ])
    const dropped = rule(
      notice(
        'Read the [guide](https://www.canada.ca/en/guide.html) and the [FAQ](https://www.canada.ca/en/faq.html).',
        'Lisez la [FAQ](https://www.canada.ca/fr/faq.html).',
      ).findings,
    )
    expect(dropped.map((finding) => [finding.message, finding.en?.text])).toEqual([
      ['“guide” is a link in the English only (2 in the English, 1 in the French)', 'guide'],
    ])
  })

  it('stays quiet for a word of the other language set in italics on one side only', () => {
    expect(rule(notice('The minister spoke of the *raison d’être* of the program.', 'La ministre a parlé de la raison d’être du programme.').findings)).toEqual(
      [],
    )
    expect(rule(notice('Use the new mobile app to apply.', 'Utilisez la nouvelle *app* mobile pour présenter une demande.').findings)).toEqual([])
  })

  it('stays quiet when both versions carry the same formatting', () => {
    expect(
      rule(
        notice(
          'The *Employment Insurance Act* sets the **rules** for benefits.',
          "La *Loi sur l'assurance-emploi* fixe les **règles** relatives aux prestations.",
        ).findings,
      ),
    ).toEqual([])
  })

  it('can be re-levelled or turned off', () => {
    expect(rule(notice(act.en, act.fr, {rules: {'format-mismatch': 'info'}}).findings).map((finding) => finding.severity)).toEqual(['info'])
    expect(rule(notice(act.en, act.fr, {rules: {'format-mismatch': 'off'}}).findings)).toEqual([])
  })
})

describe('format-mismatch: images whose markup does not render', () => {
  const guide = (frenchImage: string) =>
    check({
      path: 'guide.md',
      text: `# Network\n\nThe network is shown below.\n\n![Network diagram](./diagram.png)\n\nEach hub has its own firewall.\n\n# Réseau\n\nLe réseau est illustré ci-dessous.\n\n${frenchImage}\n\nChaque concentrateur a son propre pare-feu.\n`,
    })

  it('flags the French image written with a space before its path, where it stands, and says nothing of added content', () => {
    const text = guide('![Schéma du réseau] (./diagram.png)')
    const images = rule(text.findings).filter((finding) => finding.message.startsWith('the image'))
    expect(images.map((finding) => [finding.message, finding.severity, finding.fr?.text, finding.fr?.position.start.line])).toEqual([
      [
        'the image of the French does not render: “![Schéma du réseau] (./diagram.png)” shows its brackets and path',
        'warning',
        '![Schéma du réseau] (./diagram.png)',
        13,
      ],
    ])
    const others = text.findings.filter((finding) => finding.rule !== 'format-mismatch' && (finding.severity !== 'info' || finding.fr?.text.includes('![')))
    expect(others).toEqual([])
  })

  it('is quiet when the French image renders', () => {
    expect(rule(guide('![Schéma du réseau](./diagram.png)').findings)).toEqual([])
  })
})
