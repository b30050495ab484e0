/** Text as XML character data or an attribute value: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  let allowed = ''
  for (const char of text) if (xmlChar(char.codePointAt(0) ?? 0)) allowed += char
  return allowed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** XML 1.0's Char production: tab, line feed, carriage return and the rest of Unicode but surrogates and U+FFFE/FFFF. */
function xmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000
}
