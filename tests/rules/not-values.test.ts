import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'

// Issue 11, class 3: things that are not numbers, names or list items. Each excerpt is the shape met on real
// documents; the real difference of the same shape must still be flagged.
const notice = (english: string, french: string) => check({path: 'notice.md', text: `# Notice\n\n${english}\n\n# Avis\n\n${french}\n`})
const raised = (english: string, french: string) =>
  notice(english, french)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.rule}: ${finding.message}`)

describe('things that are not numbers, names or list items', () => {
  it('reads “3rd party” as an idiom, not as the number 3, and still flags a third that is dropped', () => {
    expect(
      raised('Do not share your credentials with any 3rd party tool or service.', 'Ne communiquez pas vos identifiants à un outil ou à un service tiers.'),
    ).toEqual([])
    expect(raised('Submit the 3rd report by March.', 'Soumettez le rapport d’ici mars.')).toEqual([
      'number-mismatch: the French has no counterpart for the English number “3rd” (3)',
    ])
  })

  it('answers ordinals in digits with ordinal words, and still flags a changed ordinal', () => {
    const support = 'Escalate the ticket to 2nd or 3rd line support if needed.'
    expect(raised(support, 'Transférez le billet au soutien de deuxième ou troisième ligne au besoin.').filter((line) => line.startsWith('number'))).toEqual([])
    expect(raised(support, 'Transférez le billet au soutien de deuxième ou quatrième ligne au besoin.').filter((line) => line.startsWith('number'))).toEqual([
      'number-mismatch: the French has no counterpart for the English number “3rd” (3)',
    ])
  })

  it('reads an ISSN as a code, not as a span of years, and still flags a span of years changed', () => {
    expect(raised('Proceedings Series ISSN 1701-1280, published in Ottawa.', 'Série des comptes rendus ISSN 2292-4264, publiée à Ottawa.')).toEqual([])
    expect(raised('The plan covers 2024-2027 for every region.', 'Le plan couvre 2024-2028 pour toutes les régions.')).toEqual([
      'number-mismatch: the English “2027” became “2028” in the French',
    ])
  })

  it('does not ask a number for a first the other version says in words', () => {
    expect(
      raised(
        'List Bullet: Arial, size 11, left-aligned, hanging indentation of 18 points, for every item.',
        'Liste à puces : Arial, taille 11, alignement à gauche, retrait de 1re ligne négatif de 18 points, pour chaque élément.',
      ).filter((line) => line.startsWith('number')),
    ).toEqual([])
  })

  it('does not read link labels [1](…),[2](…) as the number 1,2', () => {
    expect(
      raised(
        'Several studies support this approach [1](https://a.org/1),[2](https://a.org/2) and are listed below.',
        'Plusieurs études appuient cette approche [1](https://a.org/1), [2](https://a.org/2) et sont énumérées ci-dessous.',
      ),
    ).toEqual([])
  })

  it('does not take a package version (node@20.x) for an e-mail address', () => {
    expect(
      raised(
        'Install the prerequisites: git, node@20.x and npm@10.x before you start.',
        'Installez les prérequis : git, node@20.x et npm@10.x avant de commencer.',
      ),
    ).toEqual([])
  })

  it('keeps a name written with non-breaking hyphens whole', () => {
    expect(
      raised(
        'The AAFC\u2011Bioinfo\u2011AAC team maintains this repository for the department.',
        'L’équipe AAFC\u2011Bioinfo\u2011AAC tient à jour ce dépôt pour le ministère.',
      ),
    ).toEqual([])
  })

  it('does not count the words before “(e.g., …” as an item of the examples', () => {
    expect(
      raised(
        'The procedure reads input tables (e.g., indata, indata_hist, instatus) and writes its results.',
        'La procédure lit les tables d’entrée (par exemple indata, indata_hist, instatus) et écrit ses résultats.',
      ),
    ).toEqual([])
  })

  it('reads a badge as an image, not as words to translate', () => {
    expect(
      raised(
        '[![Build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.org) The library parses bilingual documents for the department.',
        '[![Compilation](https://img.shields.io/badge/compilation-réussie-green.svg)](https://ci.example.org) La bibliothèque analyse les documents bilingues du ministère.',
      ),
    ).toEqual([])
  })
})
