/**
 * A one-line progress bar for a terminal: documents done of all, failures,
 * time spent and left. Drawn at most ten times a second, cleared at the end.
 */
export class ProgressLine {
  #done = 0
  #failed = 0
  #drawn = 0
  readonly #started = Date.now()

  constructor(
    readonly total: number,
    readonly write: (text: string) => void,
    readonly width = 80,
  ) {}

  tick(failed: boolean): void {
    this.#done++
    if (failed) this.#failed++
    const now = Date.now()
    if (now - this.#drawn < 100 && this.#done < this.total) return
    this.#drawn = now
    this.write(`\r${this.line(now)}\u001b[K`)
  }

  clear(): void {
    this.write('\r\u001b[K')
  }

  /** The line as it stands at `now`. */
  line(now: number): string {
    const seconds = (now - this.#started) / 1000
    const left = this.#done === 0 ? undefined : (seconds / this.#done) * (this.total - this.#done)
    const counts = `${this.#done}/${this.total} documents${this.#failed > 0 ? `, ${this.#failed} failed` : ''} · ${clock(seconds)}${left === undefined || this.#done === this.total ? '' : ` · ${clock(left)} left`}`
    const room = Math.max(10, Math.min(40, this.width - counts.length - 3))
    const filled = Math.round((room * this.#done) / Math.max(1, this.total))
    return `[${'='.repeat(filled)}${' '.repeat(room - filled)}] ${counts}`
  }
}

function clock(seconds: number): string {
  const whole = Math.round(seconds)
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}
