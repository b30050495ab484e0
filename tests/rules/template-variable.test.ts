import {describe, expect, it} from 'vitest'
import {findVariables, variableLang} from '../../src/check/draft/variables.js'
import {check} from '../../src/pipeline.js'

describe('findVariables', () => {
  it('finds the variables of the common template syntaxes', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template variables are what is tested
    const text = 'Hi {{ name }}, ${count} items, {date}, {0}, %s and %1$d, %(total)s, <%= user %>.'
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template variables are what is tested
    expect(findVariables(text).map((variable) => variable.key)).toEqual(['{{name}}', '${count}', '{date}', '{0}', '%s', '%1$d', '%(total)s', '<%=user%>'])
  })

  it('leaves percentages, prices and braces around words with spaces alone', () => {
    expect(findVariables('25 % of $10 {see the annex} 50%s').map((variable) => variable.text)).toEqual([])
  })

  it('knows a variable named for a language', () => {
    const lang = (text: string) => variableLang(findVariables(text)[0] as never)
    expect([lang('{displayNameEn}'), lang('{title_fr}'), lang('{{ NAME_EN }}'), lang('{name}'), lang('{siren}')]).toEqual([
      'en',
      'fr',
      'en',
      undefined,
      undefined,
    ])
  })
})

describe('template-variable', () => {
  const bilingual = (en: string, fr: string) =>
    [
      '# Notifications',
      en,
      'You can follow your application online at any time with your account.',
      '# Notifications',
      fr,
      'Vous pouvez suivre votre demande en ligne en tout temps avec votre compte.',
    ].join('\n\n')
  const found = (text: string) =>
    check({path: 'messages.md', text})
      .findings.flatMap((finding) => [finding, ...(finding.related ?? [])])
      .filter((finding) => finding.rule === 'template-variable')

  it('flags a variable one version lacks, at its place', () => {
    const text = bilingual('Your application {applicationId} was received on {date}.', 'Votre demande {applicationId} a été reçue.')
    const [finding, ...rest] = found(text)
    expect(rest).toEqual([])
    expect(finding?.message).toBe('the English version has the variable “{date}”, which the French version lacks')
    expect(finding?.en?.position.start.offset).toBe(text.indexOf('{date}'))
    expect(finding?.fr).toBeNull()
  })

  it('names both sides of a renamed variable, and flags the English variable in the French', () => {
    expect(
      found(bilingual('Your application {applicationId} was received.', 'Votre demande {numeroDemande} a été reçue.')).map((finding) => finding.message),
    ).toEqual(['the variables differ: the English has “{applicationId}” where the French has “{numeroDemande}”'])
    const text = bilingual('Hello {displayNameEn}, your application was received.', 'Bonjour {displayNameEn}, votre demande a été reçue.')
    expect(found(text).map((finding) => [finding.message, finding.fr?.position.start.offset])).toEqual([
      ['the French version uses “{displayNameEn}”, a variable named for English', text.lastIndexOf('{displayNameEn}')],
    ])
  })

  it('takes {nameEn} and {nameFr} for one variable in its two languages, and leaves code alone', () => {
    expect(found(bilingual('Hello {nameEn}, your application was received.', 'Bonjour {nameFr}, votre demande a été reçue.'))).toEqual([])
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: template variables are what is tested
      found(bilingual('Run `echo ${HOME}` to see your folder in the terminal.', 'Lancez `echo ${DOSSIER}` pour voir votre dossier dans le terminal.')),
    ).toEqual([])
  })
})
