// What the benchmark injects into the page (built by scripts/bench.ts as one IIFE, global
// `QuestionLensBench`): the engine's text model and full analysis, the same code the content script runs.
export { flatten } from '../../src/core/text';
export { analysePage, readPage } from '../../src/sites/analyse-page';
