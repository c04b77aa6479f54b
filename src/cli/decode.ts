// The CLI decodes saved pages as the extension's background decodes fetched ones: one decoder, in
// the sites layer (sites/decode-html.ts).
export { declaredCharset, decodeHtml } from '../sites/decode-html';
