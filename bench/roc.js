// Shared by bench/meaning.bench.js and scripts/calibrate-equivalence.mjs.

/** ROC AUC by the Mann–Whitney U statistic: the chance that a positive scores above a negative, ties counting half. */
export function rocAuc(positives, negatives) {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN
  const all = [...positives.map((score) => ({score, positive: true})), ...negatives.map((score) => ({score, positive: false}))].sort(
    (a, b) => a.score - b.score,
  )
  let rankSum = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j < all.length && all[j].score === all[i].score) j++
    const rank = (i + 1 + j) / 2 // the mean of ranks i+1 … j, shared by the tied scores
    for (let k = i; k < j; k++) if (all[k].positive) rankSum += rank
    i = j
  }
  return (rankSum - (positives.length * (positives.length + 1)) / 2) / (positives.length * negatives.length)
}
