export {
  type AlignedBead,
  type AlignOptions,
  type AlignSegment,
  type AlignWeights,
  alignSegments,
  alignSegments as align,
  defaultWeights,
  type Granularity,
} from './aligner.js'
export {alignDocuments, type AlignDocumentsOptions} from './documents.js'
export type {LengthModel} from './length-cost.js'
