import {describe, expect, it} from 'vitest'
import {relateLinks} from '../../src/check/values/links.js'
import {bundledLexicon} from '../../src/words/bundled.js'

const relate = (en: string, fr: string, documents?: {en: string; fr: string}) => relateLinks(en, fr, bundledLexicon(), documents)

describe('relateLinks: localized targets are the same link in the other language', () => {
  it.each([
    ['en/6_Open_Culture.md', 'fr/6_Culture_ouverte.md'],
    ['https://www.canada.ca/en/services/benefits.html', 'https://www.canada.ca/fr/services/prestations.html'],
    ['https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603', 'https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32603'],
    ['https://example.gc.ca/page?lang=eng', 'https://example.gc.ca/page?lang=fra'],
    ['https://www.ic.gc.ca/eic/site/icgc.nsf/eng/h_07050.html', 'https://www.ic.gc.ca/eic/site/icgc.nsf/fra/h_07050.html'],
    ['https://ftp.maps.canada.ca/pub/publications/295663/cgdi_ip_33_e.pdf', 'https://ftp.maps.canada.ca/pub/publications/295663/cgdi_ip_33_f.pdf'],
    ['https://open.canada.ca/en/open-government-licence-canada', 'https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada'],
    ['https://digital.canada.ca', 'https://numerique.canada.ca'],
    ['https://en.m.wikipedia.org/wiki/Root_directory', 'https://fr.wikipedia.org/wiki/R%C3%A9pertoire_racine'],
    ['https://licensehub.org', 'https://licensehub.org/fr'],
    ['CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.md#charte-code-de-conduite-contributeurs'],
    ['https://github.com/cds-snc/nrcan_api/', 'https://github.com/cds-snc/nrcan_api#lapi-de-lénerguide'],
    ['./README.md', 'README.md'],
    ['reports.md', 'rapports.md'],
    ['README.md', 'README.fr.md'],
    ['#getting-started', '#bien-demarrer'],
    ['https://www.tbs-sct.gc.ca/pol/doc-eng.aspx?id=25049', 'https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=25049'],
  ])('%s ~ %s', (en, fr) => {
    expect(relate(en, fr)).not.toBe('different')
  })

  it('takes a link to the document itself with an anchor as the anchor alone', () => {
    expect(relate('./README.md#getting-started', '#bien-demarrer', {en: 'repo/README.md', fr: 'repo/README.md'})).toBe('localized')
    expect(relate('./GUIDE.md#getting-started', '#bien-demarrer', {en: 'repo/README.md', fr: 'repo/README.md'})).toBe('different')
  })

  it('takes a page’s .html as the server’s name for it: 6.html is the page 6-fr localizes, 7-fr another', () => {
    const site = 'https://wet-boew.github.io/wet-boew-documentation/decision'
    expect(relate(`${site}/6.html`, `${site}/6-fr`)).toBe('localized')
    expect(relate(`${site}/6.html`, `${site}/7-fr`)).toBe('different')
  })

  it('tells the same link from a localized one', () => {
    expect(relate('https://www.canada.ca', 'https://www.canada.ca')).toBe('same')
    expect(relate('https://www.canada.ca/', 'https://canada.ca')).toBe('same')
    expect(relate('https://www.canada.ca/en.html', 'https://www.canada.ca/fr.html')).toBe('localized')
  })
})

describe('relateLinks: other targets are still different', () => {
  it.each([
    ['https://www.canada.ca/en/services.html', 'https://www.example.com/fr/services.html', 'another host'],
    ['https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603', 'https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32604', 'another document number'],
    ['en/2_Open_Standards.md', 'fr/3_Logiciel_libre.md', 'another chapter number'],
    ['http://localhost:1313', 'http://localhost:1314', 'another port'],
    ['docs/guide.md', 'tools/guide.md', 'another folder'],
    ['mailto:info@canada.ca', 'https://www.canada.ca', 'another scheme'],
    [
      'https://gcxgce.sharepoint.com/teams/1/Docs/General',
      'https://gcxgce.sharepoint.com/teams/1/Archive/Planning',
      'another page of a site that marks no language',
    ],
  ])('%s ≠ %s (%s)', (en, fr) => {
    expect(relate(en, fr)).toBe('different')
  })
})

describe('relateLinks: another page of the same bilingual site is a sibling', () => {
  it.each([
    ['https://www.canada.ca/en/services/benefits.html', 'https://www.canada.ca/fr/ministeres/prestations.html'],
    [
      'https://www.canada.ca/en/government/system/digital-government/cloud-services/direction-electronic-data-residency.html',
      'https://www.canada.ca/fr/secretariat-conseil-tresor/services/technologie-information/orientation-relative-residence-donnees-electroniques.html',
    ],
    ['https://docs.github.com/en/rest/reference', 'https://docs.github.com/fr/rest?apiVersion=2022-11-28'],
  ])('%s ~ %s', (en, fr) => {
    expect(relate(en, fr)).toBe('sibling')
  })
})
