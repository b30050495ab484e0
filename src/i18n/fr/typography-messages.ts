/** The French of the typography rules' messages, rule id → message id → template (plain spaces; `typeset` adds the no-break ones). */
export const typographyMessages: Record<string, Record<string, string>> = {
  'french-spacing': {
    colonNoSpace: 'la version française écrit « {{text}} » : le français met une espace insécable avant le deux-points (« {{fix}} »)',
    spaceBeforeMark: 'la version française écrit « {{text}} » : le français canadien ne met pas d’espace avant « {{mark}} » (« {{fix}} »)',
    noSpaceBeforeMark: 'la version française écrit « {{text}} » : le français de France met une espace fine insécable avant « {{mark}} » (« {{fix}} »)',
    guillemetSpace: 'la version française écrit « {{text}} » : le français met une espace insécable à l’intérieur des guillemets (« {{fix}} »)',
    dashSpace: 'la version française écrit « {{text}} » : le français met une espace de part et d’autre du tiret (« {{fix}} »)',
  },
  'french-quotes': {
    straightQuotes: 'la version française écrit {{text}} entre guillemets droits : le français emploie les guillemets français ({{fix}})',
    englishQuotes: 'la version française écrit {{text}} entre guillemets anglais : le français emploie les guillemets français ({{fix}})',
  },
  'french-numbers': {
    dollarBefore: 'la version française écrit « {{text}} », le symbole du dollar avant la somme : le français le met après (« {{fix}} »)',
    decimalPoint: 'la version française écrit « {{text}} » avec un point décimal : le français emploie la virgule décimale (« {{fix}} »)',
    thousandsComma:
      'la version française écrit « {{text}} » avec des virgules entre les milliers : le français les sépare par une espace insécable (« {{fix}} »)',
    thousandsRun:
      'la version française écrit « {{text}} » sans espace entre les milliers : le français groupe par trois les chiffres d’un nombre de cinq chiffres ou plus (« {{fix}} »)',
    percentSpace: 'la version française écrit « {{text}} » : le français met une espace insécable avant le symbole pour cent (« {{fix}} »)',
    clockTime: 'la version française écrit l’heure « {{text}} » à l’anglaise : le français écrit « {{fix}} »',
  },
  'french-capitals': {
    ministry: 'la version française écrit « {{text}} » : en français, le mot ministère prend la minuscule devant le nom de son domaine (« {{fix}} »)',
    month: 'la version française écrit « {{text}} » : le français écrit les noms de mois avec une minuscule (« {{fix}} »)',
    weekday: 'la version française écrit « {{text}} » : le français écrit les noms de jours avec une minuscule (« {{fix}} »)',
  },
  'canadian-spelling': {
    usSpelling: 'la version anglaise écrit « {{text}} » : l’orthographe canadienne est « {{fix}} » (forme en {{pattern}}, que recommande The Canadian Style)',
  },
}

/** The French descriptions of the typography rules, by rule id. */
export const typographyDescriptions: Record<string, string> = {
  'french-spacing':
    'Une espace manque ou est de trop autour d’un signe de ponctuation du français (deux-points, point-virgule, point d’exclamation ou d’interrogation, guillemets, tiret), selon le profil typographique.',
  'french-quotes': 'Des mots français entre guillemets droits ou anglais, là où la typographie française emploie les guillemets français.',
  'french-numbers':
    'Un nombre de la version française écrit à l’anglaise : point décimal, virgules entre les milliers, symbole du dollar avant la somme, pourcentage sans espace, heure avec a.m. ou p.m.',
  'french-capitals': 'Une majuscule que le français ne met pas : le Ministère de la Justice, un nom de mois ou de jour en majuscule au milieu d’une phrase.',
  'canadian-spelling':
    'Une graphie américaine dans la version anglaise, là où l’usage canadien diffère (color, center, defense, traveled), selon le profil en-CA.',
}
