import {existsSync} from 'node:fs'
import axe from 'axe-core'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/compare/index.js'
import {comparisonPage} from '../../src/report/html/compare-page.js'
import {readFixture} from '../helpers.js'

/** Debian's Chromium; CI installs it. Without it these tests are skipped, saying so. */
const chromiumPath = process.env['PAREIL_CHROMIUM'] ?? '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
if (!haveChromium) console.warn(`compare HTML browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set PAREIL_CHROMIUM)`)

const letter = readFixture('ministerial-letter-2021.md')
const draft = letter
  .replace('correspondence of November 25, 2020', 'correspondence of November 28, 2020')
  .replace('which I will briefly summarize.', 'which I will briefly summarize \\<here\\>.')
const comparison = compareDrafts({path: 'draft-2.md', text: letter}, {path: 'draft-3.md', text: draft})

describe('the comparison page, without a browser', () => {
  it('escapes the documents’ text: markup in a draft stays text', () => {
    const html = comparisonPage(comparison)
    expect(html).toContain('&lt;here&gt;')
    expect(html).not.toContain('<here>')
  })

  it('says so when nothing changed in one version only', () => {
    const same = compareDrafts({path: 'a.md', text: letter}, {path: 'b.md', text: letter})
    expect(comparisonPage(same)).toContain('No change in one version that the other did not follow.')
    expect(comparisonPage(same, 'fr')).toContain('<html lang="fr-CA">')
  })
})

describe.skipIf(!haveChromium)('the comparison page in Chromium', () => {
  let browser: Browser
  let page: Page
  const html = comparisonPage(comparison)

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await page.setContent(html)
  }, 20_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the English edit struck through and put in, in its sentence, and the French that did not follow highlighted', async () => {
    const first = page.locator('#change-1')
    expect(await first.locator('.message').textContent()).toContain('the English changed “25” to “28”')
    const english = first.locator('tbody tr').nth(0)
    expect(await english.locator('td').nth(0).locator('del').textContent()).toBe('25')
    expect(await english.locator('td').nth(1).locator('ins').textContent()).toBe('28')
    expect(await english.locator('td').nth(1).textContent()).toContain('Thank you for your correspondence of November 28, 2020')
    const frenchRow = first.locator('tbody tr').nth(1)
    expect(await frenchRow.locator('td').nth(1).locator('mark').textContent()).toBe('25')
    expect(await frenchRow.locator('td').nth(1).textContent()).toContain('draft-3.md:78:45')
    // Struck through and put in are told apart by more than colour.
    const del = english.locator('td').nth(0).locator('del')
    expect(await del.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).textDecorationLine)).toContain('line-through')
  })

  it('shows the words added in the English, and the rest of the page as text', async () => {
    const second = page.locator('#change-2')
    expect(await second.locator('tbody tr').nth(0).locator('td').nth(1).locator('ins').textContent()).toBe('<here>')
    expect(await page.locator('here').count()).toBe(0)
  })

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // axe is injected as an inline script, which the page's policy refuses: this page bypasses it.
    const context = await browser.newContext({bypassCSP: true, viewport: {width: 1280, height: 900}})
    const scanned = await context.newPage()
    await scanned.setContent(html)
    await scanned.addScriptTag({content: axe.source})
    const results = await scanned.evaluate<axe.AxeResults>("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})")
    await context.close()
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(serious.map((violation) => ({id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' '))}))).toEqual([])
  })
})
