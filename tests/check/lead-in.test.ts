import {describe, expect, it} from 'vitest'
import {isLeadIn} from '../../src/check/lead-in.js'

describe('isLeadIn: sentences that announce what comes next or point back', () => {
  it.each([
    'Voici un exemple permettant d’illustrer cette explication :',
    'Les sections suivantes présentent une explication de chacun des presets disponibles.',
    'Ce qui suit illustre l’environnement d’exemple.',
    'L’exemple ci-dessus représente le modèle de base associé à chaque widget.',
    'The following sections explain each of the available widgets:',
  ])('%s', (sentence) => {
    expect(isLeadIn(sentence)).toBe(true)
  })

  it.each([
    'Les balises de début et de fin sont situées dans les dossiers suivants : wrap_start.html et wrap_end.html.',
    'Les demandeurs autochtones reçoivent une aide financière supplémentaire du ministère.',
    'Applicants must meet the following criteria before the deadline of the program, which is set each year by the minister in consultation with the provinces and the territories of Canada.',
  ])('not: %s', (sentence) => {
    expect(isLeadIn(sentence)).toBe(false)
  })
})
