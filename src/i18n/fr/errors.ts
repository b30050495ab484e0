import type {PareilErrorCode} from '../../errors.js'
import {guillemets, noBreakSpace} from '../typography.js'

/**
 * The French of pareil's refusals. A `PareilError` carries its English message
 * and its code; each entry here matches one English message of that code (its
 * parameters as named groups) and writes it in French. A message no entry
 * matches stays English: see docs/locale.md for which those are.
 */
interface Translation {
  code: PareilErrorCode
  english: RegExp
  french(groups: Readonly<Record<string, string>>): string
}

/** French puts a no-break space before a colon; the English `path: ` prefix becomes `path : `. */
const colon = `${noBreakSpace}:`
const seeHelp = '(voir pareil --help)'

/** The lists of formats and names the readers build in English ("Markdown (.md), plain text (.txt) or TMX (.tmx)"). */
function formatList(list: string): string {
  return list
    .replace(/ or /g, ' ou ')
    .replace(/plain text/g, 'texte brut')
    .replace(/source code/g, 'code source')
    .replace(/legacy Word/g, 'ancien Word')
}

/** What a refused file is, as the readers name it (`contentName`, or "a NAME file"). */
const contents: Record<string, string> = {
  'an HTML page': 'une page HTML',
  'a PDF document': 'un document PDF',
  'JSON data': 'des données JSON',
  'a Word document': 'un document Word',
}
function whatItIs(what: string): string {
  const file = /^an? (.+) file$/.exec(what)
  return contents[what] ?? (file === null ? what : `un fichier ${formatList(file[1] as string)}`)
}

/** A value as a message quotes it: the English quotes it in '…' or as JSON ("…"). */
function quoted(value: string): string {
  return guillemets(value.replace(/^'(.*)'$|^"(.*)"$/, (_, single?: string, double?: string) => single ?? double ?? ''))
}

const writeReasons: Record<string, string> = {'its folder does not exist': 'son dossier n’existe pas', 'it is a directory': 'c’est un dossier'}

export const errorTranslations: readonly Translation[] = [
  // The CLI's usage errors (src/cli/run.ts, src/cli/size.ts, the formatter and rule registries).
  {
    code: 'bad-option',
    english: /^unknown command '(?<command>.*)'; did you mean 'pareil check .*'\? \(see pareil --help\)$/,
    french: (g) => `commande inconnue ${quoted(g['command'] ?? '')}; vouliez-vous dire pareil check ${g['command']}? ${seeHelp}`,
  },
  {
    code: 'bad-option',
    english: /^(?<command>[\w-]+): --(?<option>[\w-]+) does not apply here \(see pareil --help\)$/,
    french: (g) => `${g['command']}${colon} l’option --${g['option']} ne s’applique pas à cette commande ${seeHelp}`,
  },
  {
    code: 'bad-option',
    english: /^(?<command>[\w-]+): give a file to check \(see pareil --help\)$/,
    french: (g) => `${g['command']}${colon} fournissez un fichier à vérifier ${seeHelp}`,
  },
  {
    code: 'bad-option',
    english: /^(?<command>[\w-]+): expected one or two files, got (?<count>\d+)$/,
    french: (g) => `${g['command']}${colon} un ou deux fichiers attendus (fichiers reçus${colon} ${g['count']})`,
  },
  {
    code: 'bad-option',
    english: /^rules: takes no file, got (?<count>\d+)$/,
    french: (g) => `rules${colon} ne prend aucun fichier (fichiers reçus${colon} ${g['count']})`,
  },
  {code: 'bad-option', english: /^learn: give one translation memory \(\.tmx\)$/, french: () => `learn${colon} fournissez une mémoire de traduction (.tmx)`},
  {
    code: 'bad-option',
    english: /^align: give an English file and a French file, got (?<count>\d+) files?$/,
    french: (g) => `align${colon} fournissez un fichier anglais et un fichier français (fichiers reçus${colon} ${g['count']})`,
  },
  {
    code: 'bad-option',
    english: /^--rule: expected ID=LEVEL such as format-mismatch=off, got (?<value>.*)$/,
    french: (g) => `--rule${colon} ID=NIVEAU attendu, par exemple format-mismatch=off; reçu ${quoted(g['value'] ?? '')}`,
  },
  {
    code: 'bad-option',
    english: /^--max-size: expected a size such as 20MB, 512kB or 1000000, got (?<value>.*)$/,
    french: (g) => `--max-size${colon} taille attendue, par exemple 20MB, 512kB ou 1000000; reçu ${quoted(g['value'] ?? '')}`,
  },
  {
    code: 'bad-option',
    english: /^(?<option>.+): expected one of (?<allowed>.+), got (?<value>.*)$/,
    french: (g) => `${g['option']}${colon} valeur attendue parmi ${g['allowed']}; reçu ${quoted(g['value'] ?? '')}`,
  },
  {
    code: 'bad-option',
    english: /^unknown rule '(?<id>.*)' \(known rules: (?<list>.*)\)$/,
    french: (g) => `règle inconnue ${quoted(g['id'] ?? '')} (règles connues${colon} ${g['list']})`,
  },
  // What parseArgs says of an option it does not know, or of one without its value.
  {
    code: 'bad-option',
    english: /^Unknown option '(?<option>.*)' \(see pareil --help\)$/,
    french: (g) => `option inconnue ${quoted(g['option'] ?? '')} ${seeHelp}`,
  },
  {
    code: 'bad-option',
    english: /^Option '(?<option>\S+)(?: <value>)?' argument missing \(see pareil --help\)$/,
    french: (g) => `l’option ${g['option']} attend une valeur ${seeHelp}`,
  },
  {
    code: 'unreadable',
    english: /^--out (?<path>.+): cannot write the report \((?<reason>.*)\)$/,
    french: (g) => `--out ${g['path']}${colon} impossible d’écrire le rapport (${writeReasons[g['reason'] ?? ''] ?? g['reason']})`,
  },
  // The common refusals of an input (src/node.ts, src/read/decode.ts, src/read/registry.ts, src/read/checkable.ts).
  {code: 'not-found', english: /^(?<path>.+): no such file$/, french: (g) => `${g['path']}${colon} fichier introuvable`},
  {code: 'not-a-file', english: /^(?<path>.+): is a directory; give a file$/, french: (g) => `${g['path']}${colon} c’est un dossier; fournissez un fichier`},
  {code: 'not-a-file', english: /^(?<path>.+): is not a regular file$/, french: (g) => `${g['path']}${colon} ce n’est pas un fichier ordinaire`},
  {code: 'unreadable', english: /^(?<path>.+): permission denied$/, french: (g) => `${g['path']}${colon} permission refusée`},
  {code: 'unreadable', english: /^(?<path>.+): cannot be read \((?<reason>.*)\)$/, french: (g) => `${g['path']}${colon} lecture impossible (${g['reason']})`},
  {code: 'empty', english: /^(?<path>.+): the file is empty$/, french: (g) => `${g['path']}${colon} le fichier est vide`},
  {code: 'empty', english: /^(?<path>.+): the file holds only white space$/, french: (g) => `${g['path']}${colon} le fichier ne contient que des espaces`},
  {code: 'binary', english: /^(?<path>.+): this is a binary file, not text$/, french: (g) => `${g['path']}${colon} c’est un fichier binaire, pas du texte`},
  {
    code: 'encoding',
    english: /^(?<path>.+): the file is UTF-16; save it as UTF-8 and try again$/,
    french: (g) => `${g['path']}${colon} le fichier est en UTF-16; enregistrez-le en UTF-8 et réessayez`,
  },
  {
    code: 'encoding',
    english: /^(?<path>.+): the file is not valid UTF-8 \(byte (?<at>\d+) is not\); save it as UTF-8 and try again$/,
    french: (g) => `${g['path']}${colon} le fichier n’est pas en UTF-8 valide (octet ${g['at']}); enregistrez-le en UTF-8 et réessayez`,
  },
  {
    code: 'too-large',
    english: /^(?<path>.+): the file is (?<size>.+), over the (?<limit>.+) limit \(raise it with --max-size\)$/,
    french: (g) =>
      `${g['path']}${colon} le fichier fait ${frenchSize(g['size'] ?? '')}, au-delà de la limite de ${frenchSize(g['limit'] ?? '')} (relevez-la avec --max-size)`,
  },
  {
    code: 'no-text',
    english: /^(?<path>.+): no prose to check \(no text blocks\)$/,
    french: (g) => `${g['path']}${colon} aucun texte à vérifier (aucun bloc de texte)`,
  },
  {
    code: 'no-text',
    english: /^(?<path>.+): no prose to check \((?<count>\d+) blocks of code, HTML or symbols\)$/,
    french: (g) => `${g['path']}${colon} aucun texte à vérifier (${g['count']} blocs de code, de HTML ou de symboles)`,
  },
  {code: 'no-text', english: /^(?<path>.+): this Word document has no text$/, french: (g) => `${g['path']}${colon} ce document Word ne contient pas de texte`},
  {
    code: 'not-markdown',
    english: /^(?<path>.+): this is (?<what>.+), not (?<names>.+)$/,
    french: (g) => `${g['path']}${colon} c’est ${whatItIs(g['what'] ?? '')}, et non ${formatList(g['names'] ?? '')}`,
  },
  {
    code: 'not-markdown',
    english: /^(?<path>.+): \.(?<extension>\S+) files are not supported; give (?<accepted>.+)$/,
    french: (g) => `${g['path']}${colon} les fichiers .${g['extension']} ne sont pas pris en charge; fournissez ${formatList(g['accepted'] ?? '')}`,
  },
  {
    code: 'bad-input',
    english: /^(?<path>.+): this XLIFF file pairs (?<first>\S+) and (?<second>\S+); pareil checks English and French$/,
    french: (g) => `${g['path']}${colon} ce fichier XLIFF apparie ${g['first']} et ${g['second']}; pareil vérifie l’anglais et le français`,
  },
]

/** "25.3 MB" → « 25,3 Mo », "512 bytes" → « 512 octets ». */
function frenchSize(size: string): string {
  return size
    .replace(/(\d)\.(\d)/, '$1,$2')
    .replace(/ MB$/, `${noBreakSpace}Mo`)
    .replace(/ kB$/, `${noBreakSpace}ko`)
    .replace(/ bytes$/, `${noBreakSpace}octets`)
}
