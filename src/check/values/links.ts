import type {Lexicon} from '../../words/lexicon.js'
import {pairScore} from '../../words/link.js'
import {tokenize} from '../../words/tokens.js'

/**
 * How an English link target relates to a French one: the same target, the
 * same resource in the other language (a localized link), a page of the same
 * folder of the same bilingual site under another name (`spin.html` /
 * `amops.html`: most often a translated slug), another page of the same
 * bilingual site (both targets say their language, their paths differ beyond
 * what the lexicon translates: most often the same page filed under the
 * other language's folders), or somewhere else.
 */
export type LinkRelation = 'same' | 'localized' | 'renamed' | 'sibling' | 'different'

/** A link target taken apart, with what marks its language removed. */
interface Target {
  scheme: string
  host: string
  port: string
  /** Path segments, decoded, lower case, language segments and suffixes removed. */
  segments: string[]
  /** Query parameters other than the language's and the view's, sorted, as `key=` steps followed by the steps of their values. */
  query: string[]
  fragment: string
  /** Whether anything language-specific was removed. */
  localized: boolean
}

/** Path segments that name a language (`/en/`, `/fra/`, `/fr-ca/`). */
const languageSegment = /^(?:en|fr|eng|fra|english|french|francais|français|anglais|en-ca|fr-ca|en_ca|fr_ca)$/
/** A language suffix before a file's extension: `index-eng.html`, `doc_e.pdf`, `README.fr.md`, `README_FR.md`. */
const languageSuffix = /[-_.](?:en|fr|eng|fra|e|f)(?=\.[a-z0-9]{1,5}$)|[-_.](?:en|fr|eng|fra)$/
/** Query parameters that choose a language, or only how a page is shown or tracked. */
const ignoredParameter = /^(?:lang|language|locale|hl|tab|utm_\w+|api-?version)$/
/** Host labels that name a language or a mobile site: `en.wikipedia.org`, `fr.m.wikipedia.org`. */
const languageLabel = /^(?:en|fr|m|www)$/

/**
 * Relates two link targets. Targets are compared once what marks their
 * language is removed (`/en/` and `/fr/` segments, `-eng` and `-fra` suffixes,
 * `lang=` parameters, `en.` and `fr.` subdomains); anchors within a page are
 * translated with their headings; a host whose words translate each other is
 * the same site in the other language (`open.canada.ca` / `ouvert.canada.ca`);
 * and a path whose steps translate each other, with the same numbers, is the
 * same page with translated names (`en/6_Open_Culture.md` /
 * `fr/6_Culture_ouverte.md`). Another host, port or scheme, another number, or
 * a step that names something else (`services/` / `ministeres/`) is another
 * target.
 *
 * `documents` names the files holding each link, so that a link to the
 * document itself (`README.md#install`) meets an anchor (`#installation`).
 */
export function relateLinks(english: string, french: string, lexicon: Lexicon, documents: {en: string; fr: string} = {en: '', fr: ''}): LinkRelation {
  if (english === french) return 'same'
  const en = parseTarget(english, documents.en)
  const fr = parseTarget(french, documents.fr)
  if (en.scheme !== fr.scheme || en.port !== fr.port) return 'different'
  const sameHost = en.host === fr.host || translatedHost(en.host, fr.host, lexicon)
  if (!sameHost) return 'different'
  const samePath = en.segments.join('/') === fr.segments.join('/')
  const sameQuery = en.query.join('/') === fr.query.join('/')
  if (samePath && sameQuery) {
    const localized = en.localized || fr.localized || en.host !== fr.host
    // Anchors are translated with the headings they point at.
    return en.fragment === fr.fragment && !localized ? 'same' : 'localized'
  }
  const enSteps = [...en.segments, '?', ...en.query]
  const frSteps = [...fr.segments, '?', ...fr.query]
  if (numbersOf(enSteps).join(',') !== numbersOf(frSteps).join(',')) return 'different'
  const bilingualSite = en.localized && fr.localized
  if (enSteps.length !== frSteps.length) return bilingualSite ? 'sibling' : 'different'
  // The same place on the same site, each step of the path (and of a query that holds one) named in its language:
  // /en/revenue-agency/forms.html against /fr/agence-revenu/formulaires.html, en/6_Open_Culture.md against
  // fr/6_Culture_ouverte.md.
  const differing = enSteps.flatMap((step, k) => (step === frSteps[k] || namesTranslate(step, frSteps[k] as string, lexicon) ? [] : [k]))
  if (differing.length === 0) return 'localized'
  // Only the page's own name differs, on a site that says which language it is in: a slug translated beyond what
  // the lexicon knows (an acronym: spin.html / amops.html).
  const lastStep = en.segments.length - 1
  if (differing.length === 1 && differing[0] === lastStep && bilingualSite) return 'renamed'
  return bilingualSite ? 'sibling' : 'different'
}

function parseTarget(url: string, document: string): Target {
  const raw = url.trim()
  const hash = raw.indexOf('#')
  const fragment = hash < 0 ? '' : decode(raw.slice(hash + 1)).toLowerCase()
  const withoutFragment = hash < 0 ? raw : raw.slice(0, hash)
  const absolute = /^([a-z][a-z0-9+.-]*):(?:\/\/(?=([^/?#]*))\2)?(.*)$/i.exec(withoutFragment)
  const scheme = absolute?.[1]?.toLowerCase() ?? (withoutFragment.startsWith('//') ? 'https' : '')
  const authority = absolute?.[2] ?? (withoutFragment.startsWith('//') ? (/^\/\/([^/?#]*)/.exec(withoutFragment)?.[1] ?? '') : '')
  const rest = absolute !== null ? (absolute[3] ?? '') : withoutFragment.startsWith('//') ? withoutFragment.replace(/^\/\/[^/?#]*/, '') : withoutFragment
  const [hostPart = '', port = ''] = authority
    .toLowerCase()
    .replace(/^[^@]*@/, '')
    .split(':')
  let localized = false
  // Language and mobile labels in front of the host: en.wikipedia.org, fr.m.wikipedia.org.
  const labels = hostPart.split('.').filter((label) => label !== '')
  while (labels.length > 2 && languageLabel.test(labels[0] as string)) {
    if (labels[0] === 'en' || labels[0] === 'fr') localized = true
    labels.shift()
  }
  const question = rest.indexOf('?')
  const path = question < 0 ? rest : rest.slice(0, question)
  const parameters =
    question < 0
      ? []
      : rest
          .slice(question + 1)
          .split('&')
          .filter((parameter) => parameter !== '')
  const kept = parameters.filter((parameter) => !ignoredParameter.test(decode(parameter.split('=')[0] ?? '').toLowerCase()))
  if (kept.length !== parameters.length) localized = true
  const segments: string[] = []
  for (const segment of path.split('/')) {
    const name = decode(segment).toLowerCase()
    if (name === '' || name === '.') continue
    if (languageSegment.test(name)) {
      localized = true
      continue
    }
    segments.push(name)
  }
  const last = segments.at(-1)
  const languagePage = /^(?:en|fr|eng|fra|english|french|francais)(\.[a-z0-9]{1,5})$/.exec(last ?? '')
  if (languagePage !== null) {
    // A page named after its language: canada.ca/en.html, /fr.html.
    segments[segments.length - 1] = `*${languagePage[1]}`
    localized = true
  } else if (last !== undefined && languageSuffix.test(last)) {
    segments[segments.length - 1] = last.replace(languageSuffix, '')
    localized = true
  }
  // A web page's `.html` is how its server names the file: `decision/6.html` and `decision/6-fr` (a site serving
  // pages without extensions) are the same page in two languages.
  const page = segments.at(-1)
  if (page !== undefined && /\.html?$/.test(page) && scheme.startsWith('http')) segments[segments.length - 1] = page.replace(/\.html?$/, '')
  // A link to the document itself, then an anchor in it: the same as the anchor alone.
  if (scheme === '' && segments.length === 1 && document !== '' && segments[0] === baseName(document) && fragment !== '') segments.length = 0
  const query = kept
    .map((parameter) => decode(parameter).toLowerCase())
    .sort()
    .flatMap((parameter) => {
      const equals = parameter.indexOf('=')
      return equals < 0
        ? [parameter]
        : [
            parameter.slice(0, equals + 1),
            ...parameter
              .slice(equals + 1)
              .split('/')
              .filter((step) => step !== ''),
          ]
    })
  // Federal sites answer at both gc.ca and canada.ca (tbs-sct.gc.ca, tbs-sct.canada.ca): one host.
  const host = labels.join('.').replace(/\.gc\.ca$/, '.canada.ca')
  return {scheme, host, port, segments, query, fragment, localized}
}

/** Two hosts whose differing labels translate each other: digital.canada.ca / numerique.canada.ca. */
function translatedHost(english: string, french: string, lexicon: Lexicon): boolean {
  const a = english.split('.')
  const b = french.split('.')
  if (a.length !== b.length || a.length < 2) return false
  return a.every((label, k) => label === b[k] || namesTranslate(label, b[k] as string, lexicon))
}

/**
 * Whether two names in addresses (a path step, a host label) say the same
 * thing in the two languages: at least half the words of each have a
 * counterpart in the other, through the lexicon, stems, cognates or numbers
 * (`revenue-agency` / `agence-revenu`, `reports.md` / `rapports.md`).
 */
function namesTranslate(english: string, french: string, lexicon: Lexicon): boolean {
  // A file's extension is the same in both languages, and says nothing of what the file is about.
  const extension = (name: string) => /\.[a-z0-9]{1,5}$/.exec(name)?.[0] ?? ''
  if (extension(english) !== extension(french)) return false
  const words = (name: string, lang: 'en' | 'fr') =>
    tokenize(name.slice(0, name.length - extension(name).length).replace(/[-_.+]+/g, ' '), lang).filter((token) => token.content || token.value !== undefined)
  const en = words(english, 'en')
  const fr = words(french, 'fr')
  if (en.length === 0 || fr.length === 0) return false
  const answered = (mine: typeof en, theirs: typeof fr, englishFirst: boolean) =>
    mine.filter((word) => theirs.some((other) => (englishFirst ? pairScore(word, other, lexicon) : pairScore(other, word, lexicon)) !== undefined)).length
  return answered(en, fr, true) * 2 >= en.length && answered(fr, en, false) * 2 >= fr.length
}

/** The numbers of a target's steps: a document number differs, the target is another document. */
function numbersOf(steps: readonly string[]): string[] {
  return steps.join('/').match(/\d+/g) ?? []
}

function baseName(path: string): string {
  return (path.split(/[/\\]/).at(-1) ?? '').toLowerCase()
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}
