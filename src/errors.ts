/** Why an input or an option was refused. */
export type PareilErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'not-markdown'
  | 'no-text'
  | 'bad-input'
  | 'bad-option'

/**
 * An error caused by what the user gave pareil, not by a bug in pareil.
 * Its message is one line meant for people; the CLI prints it as it is and exits 2.
 */
export class PareilError extends Error {
  override readonly name = 'PareilError'

  constructor(
    readonly code: PareilErrorCode,
    message: string,
  ) {
    super(message)
  }
}
