// What the import queue loads on first use, as one chunk: the steps of an import, and the host
// of the frame conversions run in (with the schema its answers are checked against). Nothing
// of it is needed to start the app.

export { prepareImport } from './prepare';
export { createExtractionHost } from './extraction/extractionHost';
