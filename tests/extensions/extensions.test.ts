import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {run, type CliExtensions} from '../../src/cli/run.js'
import {builtinReaders, createReaders, read} from '../../src/index.js'
import type {Report} from '../../src/types.js'
import {countsFormatter} from './counts-formatter.js'
import {stringsReader} from './strings-reader.js'

const dir = mkdtempSync(join(tmpdir(), 'pareil-extensions-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function cli(args: string[], extensions: CliExtensions = {readers: [stringsReader], formatters: [countsFormatter]}) {
  let stdout = ''
  let stderr = ''
  const code = run(
    args,
    {stdout: (text) => (stdout += String(text)), stderr: (text) => (stderr += text), isTTY: false, env: {PAREIL_DICTD_DIR: join(dir, 'none')}},
    extensions,
  )
  return {code, stdout, stderr}
}

const faithful = `[en]
closed = The passport office in Gatineau is closed on Monday for maintenance of the building.
online = Applications submitted online are processed as usual during the closure.
[fr]
closed = Le bureau des passeports de Gatineau est fermé lundi pour l’entretien de l’immeuble.
online = Les demandes présentées en ligne sont traitées comme d’habitude pendant la fermeture.
`
const dropped = faithful.replace(/^online = Les demandes.*\n/m, '')

describe('a reader and a formatter of ones own, each one file, through the CLI', () => {
  it('reads the new format and writes the new output', () => {
    const result = cli(['check', file('notice.strings', faithful), '--format', 'counts'])
    expect(result).toEqual({code: 0, stdout: 'errors=0 warnings=0 infos=0\n', stderr: ''})
    expect(cli(['detect', file('notice.strings', faithful), '--format', 'counts']).stdout).toBe('layout=en-fr-halves blocks=4\n')
  })

  it('finds a divergence in the new format, at the place of the value in the file', () => {
    const path = file('dropped.strings', dropped)
    // A paragraph the French lacks is a warning (as often real as measured: docs/rules/omitted-content.md).
    expect(cli(['check', path, '--format', 'counts', '--fail-on', 'warning'])).toMatchObject({code: 1, stdout: 'errors=0 warnings=1 infos=0\n'})
    const report = JSON.parse(cli(['check', path, '--format', 'json', '--fail-on', 'never']).stdout) as Report
    expect(report.sources).toEqual([{path, format: 'strings'}])
    const [finding] = report.findings
    expect(finding?.rule).toBe('omitted-content')
    expect(finding?.en?.text).toBe('Applications submitted online are processed as usual during the closure.')
    expect(finding?.en?.position.start).toEqual({line: 3, column: 10, offset: dropped.indexOf('Applications')})
  })

  it('gives places in the format’s own terms through its reader', () => {
    const readers = createReaders([...builtinReaders, stringsReader])
    const [document] = read({path: 'notice.strings', text: faithful}, {readers})
    const placeOf = (k: number) => {
      const block = document?.blocks[k]
      return block === undefined ? undefined : document?.source.place(block.position.start.offset, block.position.end.offset)
    }
    expect([placeOf(0), placeOf(1), placeOf(3)]).toEqual(['en.closed', 'en.online', 'fr.online'])
    // Contents tell the format too: the reader's signature claims a file whatever its name.
    expect(read({path: 'notice.txt', text: faithful}, {readers})[0]?.source.format).toBe('strings')
  })

  it('is not there without the extension: the formatter is refused, the file read as Markdown', () => {
    const path = file('plain.strings', faithful)
    expect(cli(['check', path, '--format', 'counts'], {})).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^pareil: --format: expected one of text, json, .*got 'counts'\n$/),
    })
    const report = JSON.parse(cli(['check', path, '--format', 'json', '--fail-on', 'never'], {}).stdout) as Report
    expect(report.sources[0]?.format).toBe('markdown')
  })
})
