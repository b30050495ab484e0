export {
  type AlignedBead,
  type AlignOptions,
  type AlignSegment,
  type AlignWeights,
  alignSegments as align,
  defaultWeights,
  type Granularity,
} from './aligner.js'
export {alignDocuments} from './documents.js'
