// Drives the review form's worker (worker.js, built from src/form/worker.ts) the way the form does, one file
// at a time, and hands each outcome to the test: result or failure code, and how long it took.
const CHANNEL = 'bla-check-form';
const here = (path) => new URL(path, location.href).href;
// Started from a blob: module like the form does, so the worker runs under this page's policy (no eval).
const boot = URL.createObjectURL(new Blob([`import ${JSON.stringify(here('./worker.js'))};`], { type: 'text/javascript' }));
const worker = new Worker(boot, { type: 'module' });
const waiting = new Map();
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
let nextId = 1;

worker.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.channel !== CHANNEL) return; // pdf.js talks on this port too
  if (m.type === 'ready') markReady();
  if (m.type === 'result' || m.type === 'failure') waiting.get(m.id)?.(m);
});
worker.addEventListener('error', (event) => {
  window.__workerErrors.push(String(event.message));
  for (const done of waiting.values()) done({ type: 'crash' });
});
window.__workerErrors = [];

window.checkFile = async (name, timeoutMs) => {
  await ready;
  const data = new Uint8Array(await (await fetch(here(`./files/${name}`))).arrayBuffer());
  const id = nextId++;
  const began = performance.now();
  const outcome = await new Promise((resolve) => {
    waiting.set(id, resolve);
    setTimeout(() => resolve({ type: 'timeout' }), timeoutMs);
    const request = { channel: CHANNEL, type: 'check', id, source: name, data, pack: { builtin: 'ilo-bla' }, tags: [], pdfWorkerUrl: here('./pdf.worker.mjs') };
    worker.postMessage(request, [data.buffer]);
  });
  waiting.delete(id);
  const doc = outcome.report?.documents?.[0];
  return { type: outcome.type, code: outcome.code, message: outcome.message, ms: performance.now() - began, text: doc?.text?.slice(0, 2000), warnings: doc?.warnings?.map((w) => w.code) };
};

document.getElementById('state').textContent = 'ready';
