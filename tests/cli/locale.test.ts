import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixturePath, runCli} from '../helpers.js'

const letter = fixturePath('ministerial-letter-2021.md')
const dir = mkdtempSync(join(tmpdir(), 'pareil-locale-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, env)
}

/** Words of pareil's English report and messages that have no place in a French one. */
const englishWords =
  /\b(?:layout|part|blocks?|aligned|pairs?|errors?|warnings?|also|confidence|the|has|no counterpart|where|appears|only|refers|English|French)\b/

describe('pareil check --locale fr', () => {
  const french = cli(['check', letter, '--locale', 'fr'])

  it('prints a fully French report of the seed letter', () => {
    expect(french.code).toBe(0)
    const lines = french.stdout.split('\n')
    expect(lines[1]).toBe('  disposition\u00A0: en-fr-halves (moitié anglaise, puis moitié française)')
    expect(lines).toContain('  44 blocs, 22 paires alignées')
    expect(lines.at(-2)).toBe('0 erreur, 3 avertissements, 8 infos')
    // The tool's own words, not the quoted text of the letter.
    const own = french.stdout.replace(/«\u00A0[^»]*\u00A0»/g, '«»').replace(/"[^"]*"/g, '')
    expect(own).not.toMatch(englishWords)
  })

  it('writes the three warnings in French', () => {
    const warnings = french.stdout.split('\n').filter((line) => /: avertissement\u00A0: /.test(line))
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toContain(
      'l’énumération française compte 6 éléments, contre 7 dans la version anglaise; aucun équivalent pour «\u00A0advertising\u00A0»',
    )
    expect(warnings[1]).toContain('«\u00A0Canada\u00A0» figure dans la version française seulement')
    expect(warnings[2]).toContain('la version anglaise mentionne le sigle MRA')
  })

  it('is the same report when LANG=fr_CA.UTF-8 chooses French', () => {
    expect(cli(['check', letter], {LANG: 'fr_CA.UTF-8'}).stdout).toBe(french.stdout)
  })

  it('stays English with --locale en, whatever LANG says', () => {
    const english = cli(['check', letter, '--locale', 'en'], {LANG: 'fr_CA.UTF-8'})
    expect(english.stdout).toContain('0 errors, 3 warnings, 8 infos')
    expect(english.stdout).toBe(cli(['check', letter]).stdout)
  })

  it('carries the French message with its id and data in the JSON report', () => {
    const report = JSON.parse(cli(['check', letter, '--format', 'json', '--locale', 'fr']).stdout) as {
      findings: Array<{rule: string; message: string; messageId?: string; data?: Record<string, unknown>}>
    }
    const list = report.findings.find((finding) => finding.rule === 'list-mismatch')
    expect(list?.messageId).toBe('enumerationItemsWithMissing')
    expect(list?.data).toMatchObject({shorterLang: 'fr', longerLang: 'en', shorterCount: 6, longerCount: 7})
    expect(list?.message).toMatch(/^l’énumération française compte 6 éléments/)
  })
})

describe('the rest of the CLI in French', () => {
  it('--help', () => {
    const help = cli(['--help', '--locale', 'fr'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage\u00A0: pareil check <fichier>/)
    expect(help.stdout).toContain('Vérifie que les versions anglaise et française d’un document disent la même chose.')
    expect(cli(['--help'], {LC_ALL: 'fr_CA.UTF-8'}).stdout).toBe(help.stdout)
    expect(cli(['--help']).stdout).toContain('--locale LOCALE')
  })

  it('pareil rules', () => {
    const table = cli(['rules', '--locale', 'fr']).stdout
    expect(table).toMatch(/^untranslated +non traduit +erreur +Un bloc d’une version est rédigé dans l’autre langue\.$/m)
    const json = JSON.parse(cli(['rules', '--format', 'json'], {LANG: 'fr_CA'}).stdout) as Array<{id: string; description: string}>
    expect(json.find((rule) => rule.id === 'meaning-shift')?.description).toBe('Deux phrases alignées ont trop peu de mots en commun pour dire la même chose.')
  })

  it('usage and input errors', () => {
    expect(cli(['check'], {LANG: 'fr_CA.UTF-8'}).stderr).toBe('pareil: check\u00A0: fournissez un fichier à vérifier (voir pareil --help)\n')
    expect(cli(['check', letter, '--bogus', '--locale', 'fr']).stderr).toBe('pareil: option inconnue «\u00A0--bogus\u00A0» (voir pareil --help)\n')
    expect(cli(['check', letter, '--fail-on', 'sometimes', '--locale=fr']).stderr).toBe(
      'pareil: --fail-on\u00A0: valeur attendue parmi error, warning, info, never; reçu «\u00A0sometimes\u00A0»\n',
    )
    const missing = cli(['check', join(dir, 'absent.md'), '--locale', 'fr'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`pareil: ${join(dir, 'absent.md')}\u00A0: fichier introuvable\n`)
    expect(cli(['detect', dir, '--locale', 'fr']).stderr).toBe(`pareil: ${dir}\u00A0: c’est un dossier; fournissez un fichier\n`)
  })

  it('refuses a locale it does not speak', () => {
    const refused = cli(['check', letter, '--locale', 'de'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe("pareil: --locale: expected one of en, fr, got 'de'\n")
  })
})
