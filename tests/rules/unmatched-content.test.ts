import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import type {Finding} from '../../src/types.js'
import {readFixture, withRelated} from '../helpers.js'

const original = readFixture('ministerial-letter-2021.md')
const letter = check({path: 'letter.md', text: original})
const rule = (findings: readonly Finding[]) => withRelated(findings).filter((finding) => finding.rule === 'unmatched-content')
const warnings = (findings: readonly Finding[]) => rule(findings).filter((finding) => finding.severity !== 'info')
const notice = (english: string, french: string) => check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`})

describe('unmatched-content on the seed letter', () => {
  it('pinpoints “advertising”, the enumeration item the French drops', () => {
    const advertising = warnings(letter.findings).find((finding) => finding.en?.text === 'advertising')
    expect(advertising?.en?.position.start).toMatchObject({line: 28, column: 248})
    expect(advertising?.message).toBe('the French enumeration has no counterpart for “advertising”')
    // The French span is the place where the item would be: after "sa vente,".
    expect(advertising?.fr?.text).toBe('')
    expect(original.split('\n')[83]?.slice(0, (advertising?.fr?.position.start.column ?? 0) - 1)).toMatch(/sa vente$/)
  })

  it('highlights “improve the MRA” against the French that speaks of federal laws instead, as the term finding’s related place', () => {
    const mra = rule(letter.findings).find((finding) => finding.en?.text === 'improve the MRA')
    // A reworded stretch is most often paraphrase (7 real of 16 judged): an info, here under term-consistency's warning.
    expect(mra?.severity).toBe('info')
    const host = letter.findings.find((finding) => finding.related?.some((related) => related.en?.text === 'improve the MRA'))
    expect(host?.rule).toBe('term-consistency')
    expect(mra?.en?.position.start).toMatchObject({line: 38, column: 239})
    expect(mra?.fr?.text).toBe('améliorer les lois fédérales exigeant que les plateformes dénoncent la pornographie juvénile')
    expect(mra?.fr?.position.start.line).toBe(96)
  })

  it('raises fewer than one warning per ten clean paragraph pairs', () => {
    const divergent = new Set([28, 38])
    const clean = letter.pairs.filter((pair) => pair.en.length > 0 && pair.fr.length > 0)
    const others = warnings(letter.findings).filter((finding) => !divergent.has(finding.en?.position.start.line ?? -1))
    expect(others.length / (clean.length - divergent.size)).toBeLessThan(0.1)
  })

  it('says nothing of the salutation, the closing, the honorifics or the letterhead', () => {
    const lines = new Set(rule(letter.findings).flatMap((finding) => [finding.en?.position.start.line, finding.fr?.position.start.line]))
    const conventional = ['Dear Senator', 'Respectfully', 'Madame la Sénatrice', "Je vous prie d'agréer", 'Thank you again', 'Je vous remercie encore']
    const honorifics = ['P.C., Q.C., M.P.', 'P.C., M.P.', 'c.p., c.r., député', 'c.p., député']
    original.split('\n').forEach((line, index) => {
      const quiet = conventional.some((text) => line.startsWith(text)) || honorifics.some((text) => line.includes(text))
      if (quiet) expect(lines.has(index + 1), line).toBe(false)
    })
  })
})

describe('unmatched-content on small documents', () => {
  it('flags a clause the French drops, and stays quiet once the French has it', () => {
    const english = 'The program pays the travel costs of participants who live far from a centre, and it lends them the equipment they need.'
    const dropped = rule(notice(english, "Le programme paie les frais de déplacement des participants qui vivent loin d'un centre.").findings)
    expect(dropped.map((finding) => [finding.severity, finding.en?.text])).toEqual([['warning', 'lends them the equipment they need']])
    const kept = notice(
      english,
      "Le programme paie les frais de déplacement des participants qui habitent loin d'un centre et leur prête le matériel nécessaire.",
    )
    expect(rule(kept.findings)).toEqual([])
  })

  it('leaves at info a few words unmatched in a long sentence otherwise translated: most often a paraphrase', () => {
    const english =
      'The department publishes the annual report on its public website every spring, after the minister tables it in the House of Commons and the Senate, with the detailed statistical appendices that support each of its findings and recommendations.'
    const french =
      'Le ministère publie le rapport annuel sur son site Web public chaque printemps, après son dépôt par le ministre à la Chambre des communes et au Sénat, avec les tableaux qui appuient chacune de ses conclusions et recommandations.'
    const findings = rule(notice(english, french).findings)
    expect(findings.map((finding) => [finding.en?.text, finding.severity])).toEqual([['detailed statistical appendices', 'info']])
  })

  it('leaves at info words the French says in words of its own, and warns where the French is shorter by them', () => {
    // "to fix this issue, try" is there as « permet de remédier à cela »: the French is no shorter, the words are unlinked.
    const reworded = notice(
      'If the build fails, to fix this issue, try using the option described in the setup guide.',
      "Si la compilation échoue, utiliser l'option décrite dans le guide d'installation permet de remédier à cela.",
    )
    const paraphrase = rule(reworded.findings).find((finding) => finding.en?.text === 'fix this issue, try')
    expect(paraphrase?.severity).toBe('info')
    expect(paraphrase?.confidence).toBeLessThan(0.5)
    // Dropped: the French is shorter by the clause.
    const dropped = notice(
      'The office answers questions from the public, keeps the register of applications and publishes an annual report on its work.',
      'Le bureau répond aux questions du public et publie un rapport annuel sur ses travaux.',
    )
    expect(warnings(dropped.findings).map((finding) => finding.en?.text)).toEqual(['keeps the register of applications'])
  })

  it('warns of a statement the French tacks on, where an explicitation would add a word or three', () => {
    const findings = rule(
      notice(
        'Staff will work from home during the closure of the building.',
        "Le personnel travaillera à domicile pendant la fermeture de l'immeuble, et les frais de déplacement des visiteurs seront remboursés par le ministère cette année.",
      ).findings,
    )
    expect(findings.map((finding) => [finding.fr?.text, finding.severity])).toEqual([
      ['frais de déplacement des visiteurs seront remboursés par le ministère cette année', 'warning'],
    ])
  })

  it('warns of a whole sentence the French adds inside an aligned pair, alone or in place of a word', () => {
    const english = 'The office will be closed on Monday for maintenance of the building and the parking.'
    const alone = rule(
      notice(
        english,
        "Le bureau sera fermé lundi. Le comité régional publiera son rapport annuel au printemps pour l'entretien de l'immeuble et du stationnement.",
      ).findings,
    )
    expect(alone.map((finding) => [finding.fr?.text, finding.severity])).toEqual([['comité régional publiera son rapport annuel au printemps', 'warning']])
    const instead = rule(
      notice(english, "Le bureau sera fermé lundi pour l'entretien de l'immeuble. Le comité régional publiera son rapport annuel au printemps.").findings,
    )
    expect(instead.map((finding) => [finding.en?.text, finding.fr?.text, finding.severity])).toEqual([
      ['parking', 'comité régional publiera son rapport annuel au printemps', 'warning'],
    ])
  })

  it('flags a qualifier the French adds', () => {
    const findings = rule(
      notice(
        'Requests are answered within thirty days by the department.',
        'Les demandes reçoivent une réponse dans un délai de trente jours par le ministère, sauf pendant la période des fêtes et les longues fins de semaine.',
      ).findings,
    )
    expect(findings.map((finding) => finding.fr?.text)).toEqual(['sauf pendant la période des fêtes et les longues fins de semaine'])
    expect(findings[0]?.message).toMatch(/^the English has no counterpart for/)
  })

  it('leaves paraphrase the lexicon explains alone', () => {
    const quiet = notice(
      'As you may know, the Government of Canada is committed to protecting children from all forms of sexual exploitation.',
      "Comme vous le savez peut-être, le gouvernement du Canada s'est engagé à protéger les enfants contre toutes les formes d'exploitation sexuelle.",
    )
    expect(rule(quiet.findings)).toEqual([])
  })

  it('reports a lone changed word only where everything else matches, one level below the rule’s severity', () => {
    const findings = rule(
      notice(
        'The committee reviewed the annual report of the agency yesterday afternoon.',
        "Le comité a examiné le rapport annuel confidentiel de l'agence hier après-midi.",
      ).findings,
    )
    expect(findings.map((finding) => [finding.severity, finding.fr?.text])).toEqual([['info', 'confidentiel']])
  })
})

describe('word coverage in the report', () => {
  it('gives each aligned sentence pair the share of its content words with a counterpart', () => {
    const beads = letter.pairs.flatMap((pair) => pair.sentences)
    const covered = beads.filter((bead) => bead.coverage !== undefined)
    expect(covered.length).toBeGreaterThan(20)
    for (const bead of covered) for (const share of [bead.coverage?.en ?? -1, bead.coverage?.fr ?? -1]) expect(share >= 0 && share <= 1).toBe(true)
    // Sentences with no counterpart have no coverage.
    for (const bead of beads) if (bead.en.length === 0 || bead.fr.length === 0) expect(bead.coverage).toBeUndefined()
    const mra = covered.find((bead) => bead.en.some((span) => span.text.includes('improve the MRA')))
    expect(mra?.coverage?.fr).toBeLessThan(0.9)
  })
})

describe('unmatched-content: what the French makes explicit', () => {
  const notice = (english: string, french: string) =>
    withRelated(check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`}).findings).filter(
      (finding) => finding.rule === 'unmatched-content',
    )

  it('reports words the French adds to explain as a lesser case (info): translators make things explicit', () => {
    const findings = notice(
      'Set the variables to change how the page is built.',
      'Définissez les variables dans les fichiers YAML de configuration du site pour modifier la façon dont la page est construite.',
    )
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true)
  })

  it('still warns when the French adds a condition or an exception', () => {
    const findings = notice(
      'Applications are processed within thirty days of receipt.',
      'Les demandes sont traitées dans les trente jours suivant leur réception, sauf lorsque le dossier exige une vérification supplémentaire des documents fournis.',
    )
    expect(findings.map((finding) => finding.severity)).toContain('warning')
  })
})
