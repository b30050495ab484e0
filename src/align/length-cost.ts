/**
 * Gale & Church (1993): the length of a translation is roughly proportional to
 * the length of its source, with a variance that grows with length. The cost
 * of pairing `enLength` characters with `frLength` characters is
 * −log P(|δ| ≥ observed), computed in log space so that very unlikely pairs
 * keep finite, comparable costs.
 */
export interface LengthModel {
  /** Expected French characters per English character. */
  ratio: number
  /** Variance of French length per English character. */
  variance: number
}

/** Gale & Church's figures for English–French, close to what the gold and the seed letter show. */
export const defaultLengthModel: LengthModel = {ratio: 1.1, variance: 6.8}

export function lengthCost(enLength: number, frLength: number, model: LengthModel): number {
  if (enLength === 0 || frLength === 0) return 0
  // The mean of both sides, on the English scale, keeps the cost symmetric.
  const mean = (enLength + frLength / model.ratio) / 2
  const delta = (frLength - enLength * model.ratio) / Math.sqrt(Math.max(mean, 1) * model.variance)
  return -logTwoSidedTail(Math.abs(delta))
}

// The alignment search prices millions of beads: the tail is read from a table (step 1/512, linear
// interpolation, error below 1e-6) up to |δ| = 16, and computed beyond.
const tableStep = 1 / 512
const tableEnd = 16
const table = Float64Array.from({length: tableEnd / tableStep + 2}, (_, k) => computeLogTail(k * tableStep))

/** log(2 · (1 − Φ(x))) for x ≥ 0, that is log(erfc(x / √2)). */
function logTwoSidedTail(x: number): number {
  if (x >= tableEnd) return computeLogTail(x)
  const position = x / tableStep
  const k = Math.floor(position)
  const low = table[k] as number
  return low + ((table[k + 1] as number) - low) * (position - k)
}

function computeLogTail(x: number): number {
  const z = x / Math.SQRT2
  if (z < 5) return Math.log(Math.max(erfc(z), Number.MIN_VALUE))
  // Asymptotic form: erfc(z) ≈ exp(−z²) / (z √π).
  return -z * z - Math.log(z * Math.sqrt(Math.PI))
}

/** Complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? r : 2 - r
}
