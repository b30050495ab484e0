/**
 * US spellings and the Canadian ones that replace them, by family, with the
 * source of each family. The Translation Bureau's *The Canadian Style* (3.01–3.02,
 * https://www.noslangues-ourlanguages.gc.ca/en/writing-tips-plus) recommends a
 * Canadian dictionary (Canadian Oxford, Gage) and, in light of them, "endings
 * in ize, ization, our, re, single l as in instil and ce; single l in words such
 * as enrolment; ll in travelled"; it asks that the official spelling of US names
 * be kept ("Department of Defense", "Center for Disease Control"), which the
 * rule does by leaving capitalized words alone.
 *
 * Left out on purpose, since Canadian usage accepts the US form or the word is
 * ambiguous: -ize and -yze (Canadian), program, license and practice (noun and
 * verb differ: the rule cannot tell which is meant), meter (a device keeps -er),
 * check (cheque only for payment), analog and dialog (software terms), gray,
 * mold and plow (Canadian usage divided), and the words that drop the u of
 * -our in Canadian spelling too (honorary, humorous, laborious, vigorous,
 * coloration).
 */

/** One family of spellings: the US forms the rule flags, each with its Canadian form. */
export interface SpellingFamily {
  /** How messages name the Canadian pattern: "-our", "-re", "-ce", "-ll-", "-l-", "-ogue". */
  pattern: string
  /** Where the family is recommended. */
  source: string
  /** How sure a finding of this family is. */
  confidence: number
  /** US form → Canadian form, lowercase. */
  words: Readonly<Record<string, string>>
}

/** Derived forms of a stem: every suffix, US and Canadian alike ("color" + "ful" → "colorful" → "colourful"). */
function derive(pairs: Readonly<Record<string, string>>, suffixes: readonly string[]): Record<string, string> {
  const words: Record<string, string> = {}
  for (const [us, canadian] of Object.entries(pairs)) {
    for (const suffix of suffixes) words[`${us}${suffix}`] = `${canadian}${suffix}`
  }
  return words
}

const theCanadianStyle = 'The Canadian Style, 3.02'

export const spellingFamilies: readonly SpellingFamily[] = [
  {
    pattern: '-our',
    source: `${theCanadianStyle}; Writing Tips Plus, "colour, colourful, coloration"`,
    confidence: 0.85,
    words: {
      ...derive(
        {
          color: 'colour',
          honor: 'honour',
          labor: 'labour',
          behavior: 'behaviour',
          favor: 'favour',
          neighbor: 'neighbour',
          harbor: 'harbour',
          rumor: 'rumour',
          endeavor: 'endeavour',
          flavor: 'flavour',
          armor: 'armour',
          odor: 'odour',
          demeanor: 'demeanour',
          parlor: 'parlour',
          clamor: 'clamour',
          splendor: 'splendour',
          candor: 'candour',
          rancor: 'rancour',
          tumor: 'tumour',
          ardor: 'ardour',
          fervor: 'fervour',
          valor: 'valour',
          vapor: 'vapour',
          vigor: 'vigour',
        },
        ['', 's', 'ed', 'ing'],
      ),
      ...derive({color: 'colour'}, ['ful', 'fully', 'less', 'ant', 'ants', 'ist', 'ists']),
      ...derive({discolor: 'discolour'}, ['', 's', 'ed', 'ing']),
      ...derive({honor: 'honour', favor: 'favour'}, ['able', 'ably']),
      ...derive({favor: 'favour'}, ['ite', 'ites', 'itism']),
      ...derive({labor: 'labour'}, ['er', 'ers']),
      ...derive({behavior: 'behaviour'}, ['al', 'ally', 'ism']),
      ...derive({neighbor: 'neighbour'}, ['hood', 'hoods', 'ly', 'liness']),
      ...derive({humor: 'humour'}, ['', 's', 'ed', 'less']),
      ...derive({savior: 'saviour'}, ['', 's']),
    },
  },
  {
    pattern: '-re',
    source: theCanadianStyle,
    confidence: 0.85,
    words: {
      ...derive(
        {center: 'centre', theater: 'theatre', fiber: 'fibre', liter: 'litre', caliber: 'calibre', luster: 'lustre', saber: 'sabre', specter: 'spectre'},
        ['', 's'],
      ),
      ...derive({kilometer: 'kilometre', centimeter: 'centimetre', millimeter: 'millimetre', epicenter: 'epicentre', milliliter: 'millilitre'}, ['', 's']),
      centered: 'centred',
      somber: 'sombre',
      meager: 'meagre',
      maneuver: 'manoeuvre',
      maneuvers: 'manoeuvres',
      maneuvered: 'manoeuvred',
      maneuvering: 'manoeuvring',
    },
  },
  {
    pattern: '-ce',
    source: theCanadianStyle,
    confidence: 0.85,
    words: {defense: 'defence', defenses: 'defences', offense: 'offence', offenses: 'offences', pretense: 'pretence', pretenses: 'pretences'},
  },
  {
    pattern: '-ll-',
    source: `${theCanadianStyle} ("ll in travelled")`,
    confidence: 0.8,
    words: {
      ...derive({travel: 'travell', cancel: 'cancell', label: 'labell', model: 'modell', counsel: 'counsell', fuel: 'fuell', level: 'levell'}, ['ed', 'ing']),
      ...derive({signal: 'signall', total: 'totall', marvel: 'marvell', quarrel: 'quarrell', channel: 'channell', tunnel: 'tunnell'}, ['ed', 'ing']),
      ...derive({funnel: 'funnell', equal: 'equall', rival: 'rivall', panel: 'panell', shovel: 'shovell', yodel: 'yodell'}, ['ed', 'ing']),
      traveler: 'traveller',
      travelers: 'travellers',
      modeler: 'modeller',
      modelers: 'modellers',
      counselor: 'counsellor',
      counselors: 'counsellors',
      jeweler: 'jeweller',
      jewelers: 'jewellers',
      jewelry: 'jewellery',
      cancelation: 'cancellation',
      cancelations: 'cancellations',
    },
  },
  {
    pattern: '-l-',
    source: `${theCanadianStyle} ("single l in words such as enrolment")`,
    confidence: 0.75,
    words: {
      enrollment: 'enrolment',
      enrollments: 'enrolments',
      fulfillment: 'fulfilment',
      installment: 'instalment',
      installments: 'instalments',
    },
  },
  {
    pattern: '-l',
    source: `${theCanadianStyle} ("single l as in instil")`,
    confidence: 0.6,
    words: {
      instill: 'instil',
      instills: 'instils',
      enroll: 'enrol',
      enrolls: 'enrols',
      fulfill: 'fulfil',
      fulfills: 'fulfils',
      skillful: 'skilful',
      willful: 'wilful',
    },
  },
  {
    pattern: '-ogue',
    source: 'The Canadian Style, 3.02 (a Canadian dictionary: Canadian Oxford, Gage)',
    confidence: 0.7,
    words: {catalog: 'catalogue', catalogs: 'catalogues', cataloged: 'catalogued', cataloging: 'cataloguing'},
  },
]

/** Every US form the rule flags, with its Canadian form and family. */
export const canadianSpellings: ReadonlyMap<string, {canadian: string; family: SpellingFamily}> = new Map(
  spellingFamilies.flatMap((family) => Object.entries(family.words).map(([us, canadian]) => [us, {canadian, family}] as const)),
)
