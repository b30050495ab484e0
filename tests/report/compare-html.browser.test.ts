import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {compareDrafts} from '../../src/compare/index.js'
import {comparisonPage} from '../../src/report/html/compare-page.js'
import {readFixture} from '../helpers.js'
import {axeViolations, haveChromium, launchChromium, warnWithoutChromium} from './browser.js'

warnWithoutChromium('compare HTML browser tests')

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
    browser = await launchChromium()
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
    const violations = await axeViolations(browser, html, {width: 1280, height: 900})
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
  })
})
