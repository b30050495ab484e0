import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'

const english = 'The office will be closed on Monday for maintenance of the building.'
const french = 'Le bureau sera fermé pendant 3 jours pour l’entretien de l’immeuble.'
const raised = (text: string) => check({path: 'notice.md', text}).findings.map((finding) => finding.rule)

describe('<!-- pareil-disable-next-block --> in Markdown', () => {
  const page = (comment: string) => `# Notice\n\n${comment}${english}\n\n# Avis\n\n${french}\n`

  it('turns the named rules off for the next block only', () => {
    expect(raised(page(''))).toContain('number-mismatch')
    expect(raised(page('<!-- pareil-disable-next-block number-mismatch -->\n'))).not.toContain('number-mismatch')
    expect(raised(page('<!-- pareil-disable-next-block date-mismatch -->\n'))).toContain('number-mismatch')
  })

  it('turns every rule off when it names none, and is not a block itself', () => {
    const report = check({path: 'notice.md', text: page('<!-- pareil-disable-next-block -->\n')})
    expect(report.findings.filter((finding) => finding.en?.position.start.line === 5)).toEqual([])
    expect(report.blocks.some((block) => block.text.includes('pareil-disable'))).toBe(false)
  })
})
