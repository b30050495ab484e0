// The seed letter as pandoc writes it in Word (fixtures/formats/letter.docx, 6 pages as LibreOffice lays it out), with
// its body repeated: the Word input of the reading benches, built in memory.
import {readFileSync} from 'node:fs'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'

const letter = unzipSync(new Uint8Array(readFileSync(new URL('../fixtures/formats/letter.docx', import.meta.url))))

/** The size of the letter's `word/document.xml`, in bytes. */
export const letterXmlBytes = letter['word/document.xml'].length

/** The letter's package with its body repeated `copies` times (about 6 pages a copy). */
export function repeatedLetterDocx(copies) {
  const xml = strFromU8(letter['word/document.xml'])
  const start = xml.indexOf('<w:body>') + '<w:body>'.length
  const end = xml.lastIndexOf('<w:sectPr')
  return zipSync({...letter, 'word/document.xml': strToU8(xml.slice(0, start) + xml.slice(start, end).repeat(copies) + xml.slice(end))})
}
