/** 7. What a browser tab downloads before pdf.js: the bundle without pdf-parse, minified and gzipped. */
import { browserBundleSize } from '../lib/build.js';
import type { Figure } from '../lib/figure.js';

export async function bundleFigure(): Promise<Figure> {
  const size = await browserBundleSize();
  return {
    name: 'browser bundle at start, no pdf.js, min+gzip',
    value: size.gzip / 1024, unit: 'kB', budget: { max: 250 },
    detail: `minified ${(size.minified / 1024).toFixed(0)} kB; DOCX chunk on demand ${(size.onDemandGzip / 1024).toFixed(0)} kB gzip`,
  };
}
