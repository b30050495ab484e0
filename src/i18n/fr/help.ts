import {typeset} from '../typography.js'

/** `pareil --help` in French: the same commands and options, each explained as a Canadian reader expects. */
export const frenchUsage = typeset(`Usage : pareil check <fichier> [<fichier2>] [options]
       pareil check <dossier|motif|fichiers…> [--format text|jsonl] [--jobs N] [--shard K/N] [options]
        pareil detect <fichier> [<fichier2>] [--format text|json]
        pareil align <fichier-en> <fichier-fr> [--presegmented] [--format beads|json]
        pareil learn <mémoire.tmx> [--out FICHIER]
        pareil compare <ancien> <nouveau> [--format text|json|html] [options]
        pareil rules [--format text|json]

Vérifie que les versions anglaise et française d’un document disent la même chose.
Fournissez un fichier bilingue (Markdown ou .txt), ou un fichier anglais et un fichier français.

Commandes :
  check <fichier> [<f2>]   vérifier un document bilingue, ou deux fichiers (un par langue)
  check <dossier|motif|…>  vérifier chaque document : fichiers anglais et français appariés
                           par leur nom (rapport-en/-fr, _e/_f, -eng/-fra, .en/.fr, dossiers
                           en/ et fr/), puis un bilan (docs/batch.md)
  detect <fichier> [<f2>]  afficher la disposition, les parties anglaise et française avec
                           leurs lignes, et la langue de chaque bloc
  align <en> <fr>          aligner les phrases d’un fichier anglais et d’un fichier français;
                           avec --presegmented, un segment par ligne; affiche des appariements
                           comme [0]:[0] et [1, 2]:[1] (à partir de 0, l’anglais d’abord) ou du JSON
  learn <mémoire.tmx>      apprendre des paires de mots anglais-français d’une mémoire de
                           traduction (modèle IBM 1) et les écrire en lexique pour --lexicon
                           (TSV, ou JSON avec --out FICHIER.json)
  compare <anc.> <nouv.>   comparer deux ébauches, chacune un fichier bilingue (ou quatre fichiers :
                           l’anglais et le français de l’ancienne, puis de la nouvelle) : ce qui a
                           changé dans une version et pas dans l’autre, les modifications qui ne
                           concordent pas, les paragraphes ajoutés ou retirés d’un seul côté
                           (docs/compare.md)
  rules                    énumérer les règles avec leur catégorie et leur gravité par défaut
  help                     afficher cette aide
  version                  afficher la version

Options :
  --format FORMAT          check : text (par défaut), json, jsonl (une constatation par ligne),
                           sarif (SARIF 2.1.0 pour l’analyse de code de GitHub), html (une page
                           de révision, les deux versions côte à côte), xliff ou tmx (les paires
                           de phrases alignées, constatations en notes);
                           detect : text ou json; compare : text, json ou html;
                           align : beads (par défaut) ou json
  --xliff-version VERSION  check --format xliff : 2.0 (par défaut) ou 1.2
  --presegmented           align : les fichiers contiennent un segment par ligne
  --out FICHIER            écrire le rapport dans FICHIER plutôt que sur la sortie standard
  --fail-on NIVEAU         sortir avec le code 1 si une constatation atteint NIVEAU :
                           error (par défaut), warning, info ou never
  --max-size TAILLE        refuser les fichiers de plus de TAILLE (par défaut : 20MB)
  --jobs N                 vérifier un lot avec N fils d’exécution (par défaut : un par cœur)
  --shard K/N              vérifier la K-ième de N parts déterministes d’un lot
  --glossary FICHIER       check : paires de termes à respecter : TBX, ou CSV ou TSV avec des
                           colonnes « en » et « fr »
  --lexicon FICHIER        check : vos propres paires de mots (TSV ou JSON, comme les écrit
                           pareil learn), consultées avec le lexique de pareil (répétable)
  --no-freedict            check : laisser de côté le dictionnaire FreeDict qu’installe le
                           paquet Debian dict-freedict-eng-fra (utilisé s’il est présent)
  --rule ID=NIVEAU         check : régler une règle à error, warning, info ou off (répétable)
  --profile PROFIL         check : la typographie maison à respecter : fr-CA (Bureau de la traduction),
                           en-CA (orthographe canadienne) ou fr-FR; aucune par défaut (docs/typography.md)
  --config FICHIER         check et detect : les réglages de FICHIER au lieu du pareil.config.json
                           (ou .pareilrc.json) trouvé à partir du dossier du premier fichier
  --write-baseline FICHIER check : inscrire les constats dans FICHIER comme déjà connus
  --baseline FICHIER       check : laisser de côté les constats que FICHIER connaît; ne sortir en
                           échec que sur les nouveaux
  --revisions LESQUELLES   check et detect : les modifications suivies d’un document Word :
                           accepted (par défaut, le texte tel qu’il se lit avec elles) ou
                           original (le texte d’avant)
  --locale LANGUE          la langue des messages, des rapports et de l’aide : en (par défaut)
                           ou fr; sinon, LC_ALL, LC_MESSAGES ou LANG commençant par fr
                           choisissent le français
  --color, --no-color      forcer ou supprimer les couleurs (par défaut : en couleurs dans un
                           terminal)
  -h, --help               afficher cette aide
  -v, --version            afficher la version

Code de sortie : 0 aucune constatation n’atteint --fail-on, 1 au moins une l’atteint,
2 erreur d’utilisation ou de données d’entrée.

Exemples :
  pareil check lettre.md --locale fr
  pareil check lettre-en.md lettre-fr.md --format json --out rapport.json
  pareil check README.md --fail-on warning --rule format-mismatch=off
  pareil detect lettre.md
  pareil align en.txt fr.txt --presegmented > appariements.txt
  pareil learn memoire.tmx --out lexique.tsv && pareil check lettre.md --lexicon lexique.tsv
`)
