/**
 * form.js: the whole browser API (src/browser.ts, mountReviewForm included) in one module. On the
 * standalone page, which marks its <main> with data-bla-check-form, it also mounts the form there; a
 * ministry page that imports form.js mounts it where it likes instead.
 */
import { mountReviewForm } from '../../src/form/index.js';
import type { Report } from '../../src/score/report.js';

export * from '../../src/browser.js';

declare global {
  interface Window {
    /** The last report the standalone page showed (decisions applied), for scripts and tests. */
    __lastReport?: Report;
  }
}

const host = document.querySelector<HTMLElement>('main[data-bla-check-form]');
if (host) {
  // form.css carries the form's styles, so the page's policy needs no inline styles.
  mountReviewForm(host, { styles: false, onResult: (report) => void (window.__lastReport = report) });
}
