/** `pareil --help` in English; the French is `frenchUsage` (src/i18n/fr/help.ts). */
export const usage = `Usage: pareil check <file> [<file2>] [options]
       pareil check <folder|glob|files…> [--format text|jsonl] [--jobs N] [--shard K/N] [options]
       pareil detect <file> [<file2>] [--format text|json]
       pareil align <en-file> <fr-file> [--presegmented] [--format beads|json]
       pareil learn <memory.tmx> [--out FILE]
       pareil compare <old> <new> [--format text|json|html] [options]
       pareil rules [--format text|json]

Checks that the English and French versions of a document say the same thing.
Give one bilingual file (Markdown or .txt), or an English file and a French file.

Commands:
  check <file> [<file2>]   check one bilingual document, or two files (one per language)
  check <folder|glob|…>    check every document: English and French files paired by their
                           names (report-en/-fr, _e/_f, -eng/-fra, .en/.fr, en/ and fr/
                           folders), then a summary (docs/batch.md)
  detect <file> [<file2>]  show the layout, the English and French parts with their lines,
                           and the language of every block
  align <en> <fr>          align the sentences of an English and a French file; with
                           --presegmented, one segment per line; prints beads such as
                           [0]:[0] and [1, 2]:[1] (0-based, English first) or JSON
  learn <memory.tmx>       learn English–French word pairs from a translation memory (IBM
                           Model 1) and print them as a lexicon for --lexicon (TSV, or JSON
                           with --out FILE.json)
  compare <old> <new>      compare two drafts, each one bilingual file (or give four files: the old
                           draft's English and French, then the new one's): what changed in one
                           version and not the other, edits that disagree, paragraphs added or
                           removed in one version only (docs/compare.md)
  rules                    list the rules with their category and default severity
  help                     show this help
  version                  show the version

Options:
  --format FORMAT          check: text (default), json, jsonl (one finding per line), sarif (SARIF 2.1.0
                           for GitHub code scanning), html (a page to review, both versions side by
                           side), xliff or tmx (the aligned sentence pairs, findings as notes);
                           detect: text or json; compare: text, json or html;
                           align: beads (default) or json
  --xliff-version VERSION  check --format xliff: 2.0 (default) or 1.2
  --presegmented           align: the files hold one segment per line
  --out FILE               write the report to FILE instead of standard output
  --fail-on LEVEL          exit 1 when a finding is at or above LEVEL:
                           error (default), warning, info, or never
  --max-size SIZE          refuse input files larger than SIZE (default: 20MB)
  --jobs N                 check a batch with N worker threads (default: one per core)
  --shard K/N              check the K-th of N deterministic shares of a batch
  --glossary FILE          check: term pairs to hold to: TBX, or CSV or TSV with "en" and "fr" columns
  --lexicon FILE           check: word pairs of your own (TSV or JSON, as pareil learn writes them),
                           consulted with pareil's lexicon (repeatable)
  --no-freedict            check: leave out the FreeDict dictionary that Debian's
                           dict-freedict-eng-fra installs (used when present)
  --rule ID=LEVEL          check: set a rule to error, warning, info or off (repeatable)
  --profile PROFILE        check: the house typography to hold the text to: fr-CA (Translation Bureau),
                           en-CA (Canadian spelling) or fr-FR; off by default (docs/typography.md)
  --config FILE            check and detect: settings from FILE instead of the pareil.config.json (or
                           .pareilrc.json) found from the first file's folder upward
  --write-baseline FILE    check: record the findings in FILE as known ones
  --baseline FILE          check: leave out the findings FILE knows; exit on new ones only
  --revisions WHICH        check and detect: a Word document's tracked changes: accepted (default,
                           the text as it reads with them) or original (the text before them)
  --locale LOCALE          the language of messages, reports and help: en (default) or fr;
                           without it, LC_ALL, LC_MESSAGES or LANG starting with fr choose French
  --color, --no-color      force colours on or off (default: on for a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 no finding at or above --fail-on, 1 some finding is, 2 usage or input error.

Examples:
  pareil check letter.md
  pareil check letter-en.md letter-fr.md --format json --out report.json
  pareil check README.md --fail-on warning --rule format-mismatch=off
  pareil detect letter.md
  pareil align en.txt fr.txt --presegmented > beads.txt
  pareil learn memory.tmx --out lexicon.tsv && pareil check letter.md --lexicon lexicon.tsv
`
