/**
 * "Cette section est disponible seulement en anglais", "(available in French only)", "Le document est offert en
 * anglais seulement": a notice that some content exists in one language only. Government of Canada sites add it to
 * the version that lacks the content (the Official Languages Act asks them to say so), so the other version, which
 * has the content, has no counterpart for it: a localization convention, not a divergence.
 */
const language = String.raw`(?:anglais|français|francais|english|french)`
const only = String.raw`(?:seulement|uniquement|only)`
const notices = [
  // "disponible seulement en anglais", "offert uniquement en français", "available only in English"
  new RegExp(String.raw`(?:disponibles?|offerts?|offertes?|available|provided|published|publiée?s?)\s+${only}\s+(?:en|in)\s+${language}`, 'iu'),
  // "en anglais seulement", "in English only"
  new RegExp(String.raw`(?:en|in)\s+${language}\s+${only}`, 'iu'),
  // "only available in English", "is only in French"
  new RegExp(String.raw`only\s+(?:(?:available|provided|published)\s*)?in\s+${language}`, 'iu'),
]

/** Longest a notice runs, in words: past it, a sentence says more than which language something is in. */
const noticeWords = 40

/** Whether a sentence tells that some content is in one language only. */
export function isLanguageNotice(sentence: string): boolean {
  if (sentence.split(/\s+/).filter((word) => word !== '').length > noticeWords) return false
  return notices.some((notice) => notice.test(sentence))
}
