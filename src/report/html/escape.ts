/**
 * Text as HTML character data or a double-quoted attribute value. Every character that could open markup or close
 * an attribute is escaped, so that no document text can become a tag, an attribute or a script.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char)
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
