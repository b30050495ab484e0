import {typeset} from '../typography.js'
import {typographyDescriptions, typographyMessages} from './typography-messages.js'

/**
 * The French of every rule message, keyed by rule id and message id, with the
 * same placeholders as the English (`meta.messages`). A language is asked for in
 * the form the sentence needs (`{{absentLang|version}}` → « la version française »,
 * `|ofVersion`, `|adj`, or its name by default), a kind with its article
 * (`{{kind|the}}`, `{{kind|this}}`): see `writeFrenchValue`. Written with plain
 * spaces; `typeset` puts the no-break ones.
 */

/** omitted-content and added-content share these, as they share `unpairedMessages`. */
const unpaired = {
  unpairedBlock: '{{absentLang|version}} n’a pas d’équivalent pour {{kind|this}} {{presentLang|ofVersion}} : « {{text}} »',
  unpairedSentence: '{{absentLang|version}} n’a pas d’équivalent pour cette phrase {{presentLang|ofVersion}} : « {{text}} »',
  pageArtefact:
    '« {{text}} » figure dans {{presentLang|version}} seulement; sans doute un élément de mise en page (mot-symbole, en-tête ou pied de page) plutôt qu’un texte à traduire',
}

const byRule: Record<string, Record<string, string>> = {
  'acronym-mismatch': {
    noCounterpart:
      '{{definedLang|version}} définit le sigle {{acronym}} (« {{expansion}} »); le passage correspondant {{otherLang|ofVersion}} n’a ni ce sigle, ni un sigle qui lui soit propre, ni les mots qu’il abrège',
  },
  'added-content': unpaired,
  'date-mismatch': {
    dateChanged: 'la date « {{enText}} » ({{enValue}}) de la version anglaise devient « {{frText}} » ({{frValue}}) dans la version française',
    dateUnmatched: '{{absentLang|version}} n’a pas d’équivalent pour la date « {{text}} » ({{value}}) {{presentLang|ofVersion}}',
  },
  'format-mismatch': {
    headingLevel: 'le titre anglais est de niveau {{enLevel}}, le titre français de niveau {{frLevel}}',
    extraItalics: '« {{text}} » est en italique dans {{moreLang|version}} seulement ({{enCount}} en anglais, {{frCount}} en français)',
    extraBold: '« {{text}} » est en gras dans {{moreLang|version}} seulement ({{enCount}} en anglais, {{frCount}} en français)',
    extraCode: '« {{text}} » est balisé comme code dans {{moreLang|version}} seulement ({{enCount}} en anglais, {{frCount}} en français)',
    extraLink: '« {{text}} » est un lien dans {{moreLang|version}} seulement ({{enCount}} en anglais, {{frCount}} en français)',
    plainCode: '« {{text}} » est balisé comme code dans {{moreLang|version}}, mais en texte ordinaire dans {{otherLang|version}}',
    romanTitle: 'le titre « {{text}} » est en italique dans {{moreLang|version}}, mais pas dans {{otherLang|version}}',
    brokenBold: 'le gras {{brokenLang|ofVersion}} ne s’affiche pas : « {{literal}} » laisse voir ses astérisques',
    brokenItalics: 'l’italique {{brokenLang|ofVersion}} ne s’affiche pas : « {{literal}} » laisse voir son balisage',
    brokenCode: 'le code {{brokenLang|ofVersion}} ne s’affiche pas : « {{literal}} » laisse voir ses apostrophes inverses',
    brokenLink: 'le lien {{brokenLang|ofVersion}} ne s’affiche pas : « {{literal}} » laisse voir ses crochets',
    brokenImage: 'l’image {{brokenLang|ofVersion}} ne s’affiche pas : « {{literal}} » laisse voir ses crochets et son chemin',
    linkTarget: 'la version anglaise renvoie à {{enUrl}}, la version française à {{frUrl}}',
    linkSibling: 'la version anglaise renvoie à {{enUrl}}, la version française à une autre page du même site, {{frUrl}}',
    placeholder:
      'la balise {{id}} {{moreLang|ofVersion}} n’a pas d’équivalent dans {{otherLang|version}} : la traduction doit conserver les balises du texte source',
  },
  'layout-undetermined': {
    noLanguageFound: 'aucun texte anglais ou français n’a été trouvé : rien n’a été comparé',
    layoutMixed:
      'les parties anglaise et française n’ont pu être distinguées avec certitude (disposition mixte) : rien n’a été comparé; ' +
      'fournissez chaque version dans un fichier distinct, ou consultez `pareil detect`',
  },
  'list-mismatch': {
    listItems: 'la liste française compte {{frCount}} éléments, contre {{enCount}} dans la version anglaise',
    listItemsWithMissing: 'la liste française compte {{frCount}} éléments, contre {{enCount}} dans la version anglaise; aucun équivalent pour {{missing}}',
    listSingleItem: 'la liste française compte {{frCount}} élément, contre {{enCount}} dans la version anglaise',
    listSingleItemWithMissing: 'la liste française compte {{frCount}} élément, contre {{enCount}} dans la version anglaise; aucun équivalent pour {{missing}}',
    enumerationItems: 'l’énumération {{shorterLang|adj}} compte {{shorterCount}} éléments, contre {{longerCount}} dans {{longerLang|version}}',
    enumerationItemsWithMissing:
      'l’énumération {{shorterLang|adj}} compte {{shorterCount}} éléments, contre {{longerCount}} dans {{longerLang|version}}; aucun équivalent pour {{missing}}',
  },
  'meaning-shift': {
    lowCoverage:
      'ces phrases sont alignées, mais ne disent pas la même chose : {{enCoverage}} % des mots pleins de la version anglaise et {{frCoverage}} % de ceux de la version française ont un équivalent',
  },
  'modality-mismatch': {
    obligationPermission: 'la version anglaise en fait une obligation (« {{enText}} »), la version française une permission (« {{frText}} »)',
    permissionObligation: 'la version anglaise en fait une permission (« {{enText}} »), la version française une obligation (« {{frText}} »)',
    prohibitionExemption: 'la version anglaise l’interdit (« {{enText}} »), la version française lève seulement une obligation (« {{frText}} »)',
    exemptionProhibition: 'la version anglaise lève seulement une obligation (« {{enText}} »), la version française l’interdit (« {{frText}} »)',
    recommendationObligation: 'la version anglaise le recommande (« {{enText}} »), la version française en fait une obligation (« {{frText}} »)',
    obligationRecommendation: 'la version anglaise en fait une obligation (« {{enText}} »), la version française le recommande seulement (« {{frText}} »)',
    recommendationPermission: 'la version anglaise le recommande (« {{enText}} »), la version française en fait une permission (« {{frText}} »)',
    permissionRecommendation: 'la version anglaise en fait une permission (« {{enText}} »), la version française le recommande (« {{frText}} »)',
  },
  'negation-mismatch': {
    negatedOneSide: '{{negatedLang|version}} est négative (« {{negation}} »), {{plainLang|version}} ne l’est pas',
  },
  'opposite-meaning': {
    opposite: 'la version anglaise dit « {{enText}} », la version française dit le contraire : « {{frText}} »',
  },
  'missing-translation': {
    missingVersion: 'aucune version {{missingLang|adj}} trouvée : le document est en {{presentLang}} seulement (blocs : {{blocks}})',
  },
  'name-mismatch': {
    nameChanged: '{{kind|the}} « {{enText}} » de la version anglaise devient « {{frText}} » dans la version française',
    nameUnmatched: '{{absentLang|version}} n’a pas d’équivalent pour {{kind|the}} « {{text}} » {{presentLang|ofVersion}}',
  },
  'number-mismatch': {
    numberChanged: 'le nombre « {{enText}} »{{enReading}} de la version anglaise devient « {{frText}} »{{frReading}} dans la version française',
    numberUnmatched: '{{absentLang|version}} n’a pas d’équivalent pour le nombre « {{text}} »{{reading}} {{presentLang|ofVersion}}',
  },
  'omitted-content': unpaired,
  'term-consistency': {
    termUnmatched: '{{usedLang|version}} mentionne « {{used}} »; le passage correspondant {{otherLang|ofVersion}} n’en a pas d’équivalent (« {{expected}} »)',
    termUnmatchedOrAcronym:
      '{{usedLang|version}} mentionne « {{used}} »; le passage correspondant {{otherLang|ofVersion}} n’en a pas d’équivalent (« {{expected}} » ou {{expectedAcronym}})',
    acronymUnmatched:
      '{{usedLang|version}} mentionne le sigle {{used}} (« {{term}} »); le passage correspondant {{otherLang|ofVersion}} n’en a pas d’équivalent (« {{expected}} »)',
    acronymUnmatchedOrAcronym:
      '{{usedLang|version}} mentionne le sigle {{used}} (« {{term}} »); le passage correspondant {{otherLang|ofVersion}} n’en a pas d’équivalent (« {{expected}} » ou {{expectedAcronym}})',
  },
  'unmatched-content': {
    reworded: 'les versions divergent ici : la version anglaise dit « {{enText}} », la version française « {{frText}} »',
    unmatchedWords: '{{absentLang|version}} n’a pas d’équivalent pour « {{text}} »',
    unmatchedItem: 'l’énumération {{absentLang|ofVersion}} n’a pas d’équivalent pour « {{text}} »',
  },
  'empty-section': {
    labelBeforeLabel: 'l’intitulé « {{label}} » n’est suivi de rien : la ligne suivante est « {{next}} »',
    labelBeforeHeading: 'l’intitulé « {{label}} » n’est suivi de rien : le titre « {{next}} » vient ensuite',
    labelAtEnd: 'l’intitulé « {{label}} » n’est suivi de rien : {{versionLang|version}} s’arrête là',
    emptyField: 'le champ « {{label}} » est vide : les champs au-dessus donnent leur valeur sur la même ligne, et un espace vide le sépare du texte qui suit',
    headingBeforeHeading: 'le titre « {{heading}} » n’a pas de contenu : le titre « {{next}} » le suit au même niveau',
    headingAtEnd: 'le titre « {{heading}} » n’a pas de contenu : {{versionLang|version}} s’arrête là',
  },
  'missing-list': {
    paragraphFollows: '« {{lead}} » annonce une liste, mais aucune ne suit : le paragraphe suivant est du texte ordinaire (« {{next}} »)',
    headingFollows: '« {{lead}} » annonce une liste, mais aucune ne suit : le titre « {{next}} » vient ensuite',
    versionEnds: '« {{lead}} » annonce une liste, mais aucune ne suit : {{versionLang|version}} s’arrête là',
  },
  placeholder: {
    both: 'les deux versions ont encore un espace réservé ici : « {{enText}} » en anglais, « {{frText}} » en français',
    oneVersion: '{{presentLang|version}} a encore l’espace réservé « {{text}} »; {{otherLang|version}} n’en a pas ici',
    unpaired: '{{presentLang|version}} a encore l’espace réservé « {{text}} »',
  },
  'review-mark': {
    reviewMark: 'une marque de révision reste dans le texte {{versionLang|ofVersion}} : « {{text}} »',
    commentAnchor: 'un renvoi de commentaire reste dans le texte {{versionLang|ofVersion}} : « {{text}} » (les initiales et le numéro d’un commentaire Word)',
  },
  'template-variable': {
    missing: '{{presentLang|version}} a la variable « {{text}} », qui manque dans {{absentLang|version}}',
    renamed: 'les variables diffèrent : l’anglais a « {{enText}} » là où le français a « {{frText}} »',
    otherLanguage: '{{versionLang|version}} emploie « {{text}} », une variable nommée pour {{namedLang|version}}',
  },
  untranslated: {
    otherLanguage: '{{kind|this}} {{versionLang|ofVersion}} est en {{writtenLang}}',
    otherLanguageVerbatim: '{{kind|this}} {{versionLang|ofVersion}} est en {{writtenLang}}, mot pour mot comme dans {{writtenLang|version}}',
  },
}

/** The French templates of pareil's rules: rule id → message id → template, typeset. */
export const frenchMessages: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries({...byRule, ...typographyMessages}).map(([rule, messages]) => [
    rule,
    Object.fromEntries(Object.entries(messages).map(([id, template]) => [id, typeset(template)])),
  ]),
)

const descriptions: Record<string, string> = {
  'acronym-mismatch':
    'Un sigle défini dans une version n’a pas d’équivalent dans le paragraphe correspondant de l’autre : ni le sigle, ni un sigle propre, ni les mots qu’il abrège.',
  'added-content': 'Un paragraphe ou une phrase de la version française n’a pas d’équivalent dans la version anglaise.',
  'date-mismatch': 'Une date ou une heure d’une version n’a pas d’égale dans la phrase correspondante de l’autre.',
  'format-mismatch': 'L’italique, le gras, le code, les liens ou les niveaux de titre diffèrent entre des blocs correspondants.',
  'layout-undetermined': 'Les parties anglaise et française n’ont pu être trouvées : rien n’a été comparé.',
  'list-mismatch': 'Une liste ou une énumération compte plus d’éléments dans une version que dans l’autre.',
  'meaning-shift': 'Deux phrases alignées ont trop peu de mots en commun pour dire la même chose.',
  'missing-translation': 'Le document est dans une seule langue : l’autre version manque.',
  'modality-mismatch': 'Une version fait une obligation de ce que l’autre permet (must / peut, may / doit), ou l’inverse.',
  'negation-mismatch': 'Une version nie une phrase que l’autre dit sans négation.',
  'opposite-meaning': 'Un mot d’une version a pour équivalent un mot de sens contraire dans l’autre (increase / réduire, before / après).',
  'name-mismatch':
    'Une adresse, un numéro de téléphone, un code postal, un numéro de référence, un renvoi ou un nom propre ne figure que dans une version, ou un pays ou une institution a été remplacé par un autre.',
  'number-mismatch': 'Un nombre d’une version n’a pas d’égal dans la phrase correspondante de l’autre.',
  'omitted-content': 'Un paragraphe ou une phrase de la version anglaise n’a pas d’équivalent dans la version française.',
  'term-consistency': 'Un terme connu ou son sigle n’a pas d’équivalent dans la phrase correspondante de l’autre version.',
  'unmatched-content':
    'Des mots d’une version n’ont pas d’équivalent dans l’autre : un élément omis, une proposition ajoutée ou un passage reformulé qui dit autre chose.',
  'empty-section': 'Un intitulé ou un titre n’est suivi de rien : l’intitulé ou le titre suivant vient aussitôt, ou la version s’arrête.',
  'missing-list': 'Une phrase annonce une liste (elle finit par un deux-points après « vise à », « comprennent », « suivants »…) et aucune liste ne suit.',
  placeholder: 'Un espace réservé reste dans le texte : TBD, XXX, ???, [insérer …], [À confirmer], lorem ipsum.',
  'review-mark': 'Une marque de révision ou un commentaire reste dans le texte : TODO, FIXME, [Commentaire : …], une note au traducteur.',
  'template-variable': 'Les versions d’un paragraphe n’ont pas les mêmes variables de gabarit ({nom}, {{nom}}, %s), ou l’une emploie celle de l’autre langue.',
  untranslated: 'Un bloc d’une version est rédigé dans l’autre langue.',
}

/** What each rule flags, in French, for `pareil rules`, typeset. */
export const frenchDescriptions: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({...descriptions, ...typographyDescriptions}).map(([rule, description]) => [rule, typeset(description)]),
)
