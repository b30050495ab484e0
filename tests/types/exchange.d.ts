// The little the tests use of the `xliff` and `tmexchange` packages, which ship no types: reading XLIFF and TMX back
// into their JavaScript shape ({resources: {file: {unit: {source, target, note}}}}, or {unit: {lang: text}} for TMX).
declare module 'xliff' {
  interface XliffJs {
    sourceLanguage?: string
    targetLanguage?: string
    resources: Record<string, Record<string, {source: unknown; target?: unknown; note?: unknown}>>
  }
  const xliff: {
    xliff2js(xml: string): Promise<XliffJs>
    xliff12ToJs(xml: string): Promise<XliffJs>
    js2xliff(js: object): Promise<string>
    jsToXliff12(js: object): Promise<string>
  }
  export default xliff
}

declare module 'tmexchange' {
  const tmexchange: {
    tmx2js(xml: string): Promise<{resources: Record<string, unknown>}>
    js2tmx(js: object): Promise<string>
  }
  export default tmexchange
}
