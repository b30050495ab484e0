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

// regex-safe: each pattern runs on one of pareil's own refusals (PareilError.message), whose variable parts are a
// path, a command-line value, a setting of the team's config or a library's short reason, never a document's text;
// the super-linear cases recheck finds need the message's own separators (": this is ", ", got ") repeated thousands
// of times inside those parts.
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
  // PDF and Word refusals.
  {
    code: 'no-text',
    english: /^(?<path>.+): this PDF has no text layer \(a scanned image\?\); run OCR on it first \(for example with ocrmypdf\) and check the result$/,
    french: (g) =>
      `${g['path']}${colon} ce PDF n’a pas de couche texte (une image numérisée?); faites-en d’abord la reconnaissance optique des caractères (par exemple avec ocrmypdf) et vérifiez le résultat`,
  },
  {
    code: 'bad-input',
    english: /^(?<path>.+): this PDF is encrypted and needs a password; remove the password \(for example with qpdf --decrypt\) and check the copy$/,
    french: (g) =>
      `${g['path']}${colon} ce PDF est chiffré et demande un mot de passe; retirez le mot de passe (par exemple avec qpdf --decrypt) et vérifiez la copie`,
  },
  {
    code: 'bad-input',
    english: /^(?<path>.+): this PDF is damaged: it is cut short \(its end is missing\); get a complete copy of the file$/,
    french: (g) => `${g['path']}${colon} ce PDF est endommagé : il est tronqué (sa fin manque); procurez-vous une copie complète du fichier`,
  },
  {
    code: 'bad-input',
    english: /^(?<path>.+): this PDF is damaged and cannot be read \((?<reason>.*)\)$/,
    french: (g) => `${g['path']}${colon} ce PDF est endommagé et ne peut être lu (${g['reason']})`,
  },
  {
    code: 'bad-input',
    english: /^(?<path>.+): this Word document is password-protected; remove the password in Word \(File › Info › Protect Document\) and save it again$/,
    french: (g) =>
      `${g['path']}${colon} ce document Word est protégé par un mot de passe; retirez le mot de passe dans Word (Fichier › Informations › Protéger le document) et enregistrez-le de nouveau`,
  },
  {
    code: 'not-markdown',
    english: /^(?<path>.+): this is a Word 97–2003 document \(\.doc\); open it in Word and save it as \.docx \(Word Document\)$/,
    french: (g) => `${g['path']}${colon} c’est un document Word 97-2003 (.doc); ouvrez-le dans Word et enregistrez-le en .docx (Document Word)`,
  },
  // A team's settings and baselines.
  {
    code: 'bad-option',
    english: /^(?<path>.+): (?<key>[\w$.-]+|\(top level\)): unknown setting \(known: (?<known>.+)\)$/,
    french: (g) => `${g['path']}${colon} ${g['key']}${colon} réglage inconnu (réglages connus${colon} ${g['known']})`,
  },
  {
    code: 'bad-option',
    english: /^(?<path>.+): (?<key>rules\.[\w-]+): unknown rule \(known rules: (?<known>.+)\)$/,
    french: (g) => `${g['path']}${colon} ${g['key']}${colon} règle inconnue (règles connues${colon} ${g['known']})`,
  },
  {
    code: 'bad-option',
    english: /^(?<path>.+): (?<key>[\w$.-]+): expected one of (?<choices>.+), got (?<got>.+)$/,
    french: (g) => `${g['path']}${colon} ${g['key']}${colon} attendu${colon} ${(g['choices'] ?? '').replace(/, /g, ', ')}; reçu${colon} ${g['got']}`,
  },
  {
    code: 'bad-option',
    english: /^(?<path>.+\.json): (?<key>[\w$.-]+|\(top level\)): expected (?<what>.+?)(?:, got (?<got>.+))?$/,
    french: (g) =>
      `${g['path']}${colon} ${g['key'] === '(top level)' ? '(premier niveau)' : g['key']}${colon} attendu${colon} ${settingWhat(g['what'] ?? '')}${g['got'] === undefined ? '' : `; reçu${colon} ${g['got']}`}`,
  },
  {
    code: 'bad-option',
    english: /^(?<path>.+): not valid JSON \((?<reason>.*)\)$/,
    french: (g) => `${g['path']}${colon} ce n’est pas du JSON valide (${g['reason']})`,
  },
  {
    code: 'bad-option',
    english: /^(?<path>.+): (?<reason>not valid JSON|no such file); write a baseline with --write-baseline (?<same>.+)$/,
    french: (g) =>
      `${g['path']}${colon} ${g['reason'] === 'no such file' ? 'fichier introuvable' : 'ce n’est pas du JSON valide'}; écrivez une référence avec --write-baseline ${g['same']}`,
  },
]

/** What a setting of pareil.config.json should be, in French. */
function settingWhat(what: string): string {
  const known: Record<string, string> = {
    'an object of settings': 'un objet de réglages',
    'an object of rule ids and levels': 'un objet d’identifiants de règles et de niveaux',
    'the path of a glossary file': 'le chemin d’un fichier de glossaire',
    'the path of a lexicon file, or a list of them': 'le chemin d’un fichier de lexique, ou une liste de chemins',
    'a list of file patterns': 'une liste de motifs de fichiers',
    '"en" or "fr"': `${guillemets('en')} ou ${guillemets('fr')}`,
  }
  return known[what] ?? what.replace(/ or /g, ' ou ')
}

/** "25.3 MB" → « 25,3 Mo », "512 bytes" → « 512 octets ». */
function frenchSize(size: string): string {
  return size
    .replace(/(\d)\.(\d)/, '$1,$2')
    .replace(/ MB$/, `${noBreakSpace}Mo`)
    .replace(/ kB$/, `${noBreakSpace}ko`)
    .replace(/ bytes$/, `${noBreakSpace}octets`)
}
