import {describe, expect, it} from 'vitest'
import {KINDS, type PerturbationKind, perturbSentence} from '../../bench/perturb.js'

type Lang = 'en' | 'fr'
/** [sentence, perturbed sentence, the changed words as `start`/`end` delimit them] */
type Example = [string, string, string]

function expectPerturbation(lang: Lang, kind: PerturbationKind, [sentence, expected, changed]: Example) {
  const result = perturbSentence(sentence, lang, kind)
  expect(result?.text).toBe(expected)
  expect(result?.text.slice(result.start, result.end)).toBe(changed)
  expect(result?.note).toMatch(/\S/)
}

const examples: Record<PerturbationKind, Record<Lang, Example[]>> = {
  'negation-insert': {
    fr: [
      ['Le ministre est responsable de la gestion du programme.', "Le ministre n'est pas responsable de la gestion du programme.", "n'est pas"],
      ["C'est un outil interactif de visualisation de données.", "Ce n'est pas un outil interactif de visualisation de données.", "Ce n'est pas"],
      [
        'Ce code de conduite s’applique à tous les espaces du projet.',
        'Ce code de conduite ne s’applique pas à tous les espaces du projet.',
        'ne s’applique pas',
      ],
      ['Vous pouvez exécuter l’application avec Docker.', 'Vous ne pouvez pas exécuter l’application avec Docker.', 'ne pouvez pas'],
      [
        'Les utilisateurs qui ont un compte peuvent se connecter au portail.',
        'Les utilisateurs qui ont un compte ne peuvent pas se connecter au portail.',
        'ne peuvent pas',
      ],
      ['Ce projet a été développé par une équipe de Lacombe.', "Ce projet n'a pas été développé par une équipe de Lacombe.", "n'a pas"],
      ['Il y a des limites au nombre de messages envoyés chaque jour.', "Il n'y a pas de limites au nombre de messages envoyés chaque jour.", "n'y a pas de"],
      ['Cela vous permet de tester vos modifications localement.', 'Cela ne vous permet pas de tester vos modifications localement.', 'ne vous permet pas'],
      [
        'Ajoutez votre nouveau widget dans les composants du formulaire.',
        "N'ajoutez pas votre nouveau widget dans les composants du formulaire.",
        "N'ajoutez pas",
      ],
      [
        'Assurez-vous de disposer d’une version récente de Node.js.',
        'Ne vous assurez pas de disposer d’une version récente de Node.js.',
        'Ne vous assurez pas',
      ],
      ['Veuillez consulter le document SECURITY.md pour toute question.', 'Veuillez ne pas consulter le document SECURITY.md pour toute question.', 'ne pas'],
      [
        'Le programme offre une aide financière aux organismes admissibles.',
        "Le programme n'offre pas d'aide financière aux organismes admissibles.",
        "n'offre pas d'",
      ],
    ],
    en: [
      ['The minister is responsible for the management of the program.', 'The minister is not responsible for the management of the program.', 'is not'],
      ['You can run the application locally using Docker.', 'You cannot run the application locally using Docker.', 'cannot'],
      ['The tool provides a way to check that files are valid.', 'The tool does not provide a way to check that files are valid.', 'does not provide'],
      ['The program has a budget of two million dollars.', 'The program does not have a budget of two million dollars.', 'does not have'],
      ['Contributions have been reviewed by the whole team.', 'Contributions have not been reviewed by the whole team.', 'have not'],
      ['Add your new widget to the form components.', 'Do not add your new widget to the form components.', 'Do not add'],
      [
        'The language toggle automatically generates URLs for each page.',
        'The language toggle does not automatically generate URLs for each page.',
        'does not automatically generate',
      ],
      ['If you have an account, you must sign in first.', 'If you have an account, you must not sign in first.', 'must not'],
    ],
  },
  'negation-remove': {
    fr: [
      ['Les noms de variables ne peuvent pas excéder 64 caractères.', 'Les noms de variables peuvent excéder 64 caractères.', 'peuvent'],
      ["Ce n'est pas un outil de production.", "C'est un outil de production.", "C'est"],
      ["Il n'y a pas de limites au nombre de messages.", 'Il y a des limites au nombre de messages.', 'y a des'],
      ['Il est recommandé de ne pas utiliser cette option en production.', "Il est recommandé d'utiliser cette option en production.", "d'utiliser"],
      ['Ce code ne s’applique jamais aux entrepreneurs.', 'Ce code s’applique aux entrepreneurs.', 's’applique'],
      [
        "À l'heure actuelle, il n'existe aucune façon de détecter les erreurs.",
        "À l'heure actuelle, il existe une façon de détecter les erreurs.",
        'existe une',
      ],
      ['Ne modifiez pas les noms des normes.', 'Modifiez les noms des normes.', 'Modifiez'],
      ["La version française n'a pas encore été publiée.", 'La version française a déjà été publiée.', 'a déjà'],
      ['Les fichiers non modifiés sont conservés.', 'Les fichiers modifiés sont conservés.', 'modifiés'],
    ],
    en: [
      ['This code does not apply to contractors.', 'This code applies to contractors.', 'applies'],
      ['You cannot change the name of the file.', 'You can change the name of the file.', 'can'],
      ['Do not use this option in production.', 'Use this option in production.', 'Use'],
      ['Commits are not accepted on the main branch.', 'Commits are accepted on the main branch.', 'are'],
      ["The widget won't display any text.", 'The widget will display any text.', 'will'],
      ['We did not create a new branch.', 'We created a new branch.', 'created'],
      ['This feature is no longer supported.', 'This feature is supported.', 'supported'],
    ],
  },
  'modal-flip': {
    fr: [
      ['Les demandeurs doivent soumettre leur demande avant le 31 mars.', 'Les demandeurs peuvent soumettre leur demande avant le 31 mars.', 'peuvent'],
      ['Vous pouvez exécuter l’application localement.', 'Vous devez exécuter l’application localement.', 'devez'],
      ["Le ministre est tenu d'informer le comité de toute modification.", 'Le ministre peut informer le comité de toute modification.', 'peut'],
      ['Il faut installer Python avant de commencer.', "Il est possible d'installer Python avant de commencer.", "Il est possible d'"],
      [
        'Une liste des modules devrait être affichée après leur installation.',
        'Une liste des modules pourrait être affichée après leur installation.',
        'pourrait',
      ],
    ],
    en: [
      ['Applicants must submit their application before March 31.', 'Applicants may submit their application before March 31.', 'may'],
      ['You can run the application locally.', 'You must run the application locally.', 'must'],
      ['Employees are required to complete the training.', 'Employees may complete the training.', 'may'],
      ['The minister shall table a report every year.', 'The minister may table a report every year.', 'may'],
    ],
  },
  'opposite-swap': {
    fr: [
      ['Le budget augmente de 10 % par rapport à l’année dernière.', 'Le budget diminue de 10 % par rapport à l’année dernière.', 'diminue'],
      ['Les enfants doivent être accompagnés d’un parent.', 'Les adultes doivent être accompagnés d’un parent.', 'adultes'],
      ['À la fin du projet, un rapport sera déposé.', 'Au début du projet, un rapport sera déposé.', 'Au début'],
      ['La formation obligatoire doit être suivie par tous.', 'La formation facultative doit être suivie par tous.', 'facultative'],
      ["Les données d'entrée sont stockées dans le dossier.", 'Les données de sortie sont stockées dans le dossier.', 'de sortie'],
      [
        'Le programme est ouvert à tous les employés, y compris les étudiants.',
        'Le programme est fermé à tous les employés, y compris les étudiants.',
        'fermé',
      ],
      [
        'Tous les employés, y compris les étudiants, peuvent participer.',
        "Tous les employés, à l'exception des étudiants, peuvent participer.",
        "à l'exception des",
      ],
      ["L'ancien système sera retiré en mars.", 'Le nouveau système sera retiré en mars.', 'Le nouveau'],
    ],
    en: [
      ['The budget increases by 10% compared with last year.', 'The budget decreases by 10% compared with last year.', 'decreases'],
      ['Applicants must apply before the deadline.', 'Applicants must apply after the deadline.', 'after'],
      ['This is an open source project maintained by the team.', 'This is a closed source project maintained by the team.', 'a closed'],
      ['Children must be accompanied by a parent.', 'Adults must be accompanied by a parent.', 'Adults'],
      ['The first step is to create a new account.', 'The last step is to create a new account.', 'last'],
    ],
  },
}

describe('perturbSentence', () => {
  it('knows four kinds', () => {
    expect(KINDS).toEqual(['negation-insert', 'negation-remove', 'modal-flip', 'opposite-swap'])
  })

  for (const kind of KINDS) {
    for (const lang of ['fr', 'en'] as const) {
      describe(`${kind} (${lang})`, () => {
        for (const example of examples[kind][lang]) {
          it(`${example[0]} → ${example[1]}`, () => expectPerturbation(lang, kind, example))
        }
      })
    }
  }

  it('leaves alone sentences already negative, questions and headings, for negation-insert', () => {
    for (const sentence of [
      'Le financement n’est offert qu’aux organismes admissibles.',
      'Les organismes sans but lucratif peuvent présenter une demande.',
      'Jamais un dossier incomplet ne sera accepté par le comité.',
      'Est-ce que le programme est ouvert aux étudiants?',
      'Objectifs du programme',
    ]) {
      expect(perturbSentence(sentence, 'fr', 'negation-insert')).toBeNull()
    }
    for (const sentence of [
      'The program is not open to students this year.',
      "Applicants shouldn't send their forms by email.",
      'No fees are charged for the first application.',
      'Is the program open to students this year?',
      'Program objectives',
    ]) {
      expect(perturbSentence(sentence, 'en', 'negation-insert')).toBeNull()
    }
  })

  it('does not take "ne … que" (only) for a negation, nor "n’importe" for a verb', () => {
    expect(perturbSentence('Le financement n’est offert qu’aux organismes admissibles.', 'fr', 'negation-remove')).toBeNull()
    expect(perturbSentence('Ces scripts peuvent être appliqués à n’importe quel tableur.', 'fr', 'opposite-swap')).toBeNull()
  })

  it('gives null when a kind does not apply', () => {
    expect(perturbSentence('Le ministre a présenté le rapport annuel au comité.', 'fr', 'negation-remove')).toBeNull()
    expect(perturbSentence('The minister presented the annual report to the committee.', 'en', 'negation-remove')).toBeNull()
    expect(perturbSentence('Le ministre a présenté le rapport annuel au comité.', 'fr', 'modal-flip')).toBeNull()
    expect(perturbSentence('The minister presented the annual report to the committee.', 'en', 'modal-flip')).toBeNull()
    expect(perturbSentence('Le ministre a présenté le rapport au comité.', 'fr', 'opposite-swap')).toBeNull()
    expect(perturbSentence('The minister presented the report to the committee.', 'en', 'opposite-swap')).toBeNull()
    // A negated modal is a prohibition: turning "cannot" into "must not" is not the flip this kind makes.
    expect(perturbSentence('Les noms ne peuvent pas excéder 64 caractères.', 'fr', 'modal-flip')).toBeNull()
    expect(perturbSentence('Names cannot exceed 64 characters.', 'en', 'modal-flip')).toBeNull()
  })

  it('keeps grammar it cannot be sure of out: no swap that would leave a word twice, no verb taken for a noun', () => {
    // "d'entrée et de sortie" would become "de sortie et de sortie".
    expect(perturbSentence("Les formats des données d'entrée et de sortie affectent la performance.", 'fr', 'opposite-swap')).toBeNull()
    // "une offre" is a noun; the finite verb is "est".
    expect(perturbSentence('Une offre écrite est envoyée à chaque candidat retenu.', 'fr', 'negation-insert')?.text).toBe(
      "Une offre écrite n'est pas envoyée à chaque candidat retenu.",
    )
    // "ne … pas … ni": without the negation, "ni" would be left hanging.
    expect(perturbSentence('Ce logo ne doit pas être modifié ni déformé.', 'fr', 'negation-remove')).toBeNull()
  })

  it('leaves a sentence in the other language alone', () => {
    expect(perturbSentence('Design APIs to be easy to memorize by implementing a consistent naming convention.', 'fr', 'negation-insert')).toBeNull()
    expect(perturbSentence('Le ministre est responsable de la gestion du programme.', 'en', 'negation-insert')).toBeNull()
  })

  it('is deterministic and keeps the text outside the changed words', () => {
    for (const kind of KINDS) {
      for (const lang of ['fr', 'en'] as const) {
        for (const [sentence] of examples[kind][lang]) {
          const first = perturbSentence(sentence, lang, kind)
          expect(perturbSentence(sentence, lang, kind)).toEqual(first)
          if (first === null) continue
          // Before and after the changed words, the sentence is as it was, give or take an article or elision.
          expect(sentence.startsWith(first.text.slice(0, Math.max(0, first.start - 4)))).toBe(true)
          expect(sentence.endsWith(first.text.slice(first.end + 4))).toBe(true)
        }
      }
    }
  })

  it('rejects an unknown kind', () => {
    expect(() => perturbSentence('Le ministre est responsable.', 'fr', 'reorder' as PerturbationKind)).toThrow(/unknown kind/)
  })
})
