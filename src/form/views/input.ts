/** Where the reviewer gives the document (file, drop or paste), the pack and the tags. */
import { builtinPackIds } from '../../rules/builtin.js';
import { h } from '../dom.js';
import type { PackChoice } from '../protocol.js';

/** A document to check, read again on each check (its bytes are handed over to the worker). */
export interface DocumentInput {
  source: string;
  read(): Promise<Uint8Array | string>;
}

export interface InputView {
  element: HTMLElement;
  pack(): PackChoice;
  tags(): string[];
  /** Show that a document is loaded, so "Check again" applies changed pack or tags to it. */
  setLoaded(loaded: boolean): void;
}

export interface InputOptions {
  id: string;
  pack?: PackChoice;
  onDocument(input: DocumentInput): void;
  onRecheck(): void;
}

export function fileInput(file: File): DocumentInput {
  return { source: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function inputView(o: InputOptions): InputView {
  const fileField = h('input', { type: 'file', id: `${o.id}-file`, accept: '.pdf,.docx,.txt,.text,.md,.markdown,.html,.htm,application/pdf,text/plain', onchange: () => pick(fileField.files) });
  const drop = h('div', { className: 'blc-drop' },
    h('p', { className: 'blc-drop-hint' }, 'Drop a PDF, Word (DOCX) or text file here, or choose one.'),
    h('label', { for: fileField.id }, 'Agreement file'), fileField,
    h('p', { className: 'blc-note' }, 'The file is read and checked in this browser. Nothing is uploaded.'));
  wireDrop(drop, (files) => pick(files));

  const pasted = h('textarea', { id: `${o.id}-paste`, rows: 6, spellcheck: false });
  const paste = h('details', { className: 'blc-paste' },
    h('summary', {}, 'Or paste the text'),
    h('label', { for: pasted.id }, 'Text of the agreement'), pasted,
    h('button', { type: 'button', onclick: () => pasted.value.trim() && o.onDocument({ source: 'pasted-text.txt', read: async () => pasted.value }) }, 'Check pasted text'));

  const { element: packField, choice } = packControl(o);
  const tagsField = h('input', { type: 'text', id: `${o.id}-tags`, 'aria-describedby': `${o.id}-tags-hint`, autocomplete: 'off' });
  const recheck = h('button', { type: 'button', hidden: true, onclick: () => o.onRecheck() }, 'Check again with this pack and tags');
  const settings = h('fieldset', { className: 'blc-settings' },
    h('legend', {}, 'What to check against'),
    packField,
    h('div', { className: 'blc-field' },
      h('label', { for: tagsField.id }, 'Only elements tagged'), tagsField,
      h('p', { className: 'blc-note', id: `${o.id}-tags-hint` }, 'Optional. Separate tags with commas, e.g. C181-art7, GPOG-7. Empty: all elements.')),
    recheck);

  function pick(files: FileList | null | undefined): void {
    const file = files?.[0];
    if (file) o.onDocument(fileInput(file));
  }

  const element = h('section', { className: 'blc-input', 'aria-labelledby': `${o.id}-input-h` },
    h('h2', { id: `${o.id}-input-h` }, 'Document and rules'),
    h('div', { className: 'blc-input-grid' }, h('div', {}, drop, paste), settings));
  return {
    element,
    pack: choice,
    tags: () => tagsField.value.split(/[,;\s]+/).map((t) => t.trim()).filter(Boolean),
    setLoaded: (loaded) => void (recheck.hidden = !loaded),
  };
}

function wireDrop(zone: HTMLElement, onFiles: (files: FileList) => void): void {
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('blc-dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('blc-dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('blc-dragging');
    if (e.dataTransfer?.files.length) onFiles(e.dataTransfer.files);
  });
}

/** Built-in packs in a select; a pack file the reviewer picks takes their place until cleared. */
function packControl(o: InputOptions): { element: HTMLElement; choice: () => PackChoice } {
  const initial = o.pack && 'builtin' in o.pack ? o.pack.builtin : 'ilo-bla';
  const ids = [...new Set([initial, ...builtinPackIds()])];
  const select = h('select', { id: `${o.id}-pack` }, ...ids.map((id) => h('option', { value: id, selected: id === initial }, id)));
  let picked: PackChoice | undefined = o.pack && 'text' in o.pack ? o.pack : undefined;
  const status = h('p', { className: 'blc-note', 'aria-live': 'polite' });
  const clearButton = h('button', { type: 'button', className: 'blc-link', hidden: true, onclick: () => setPicked(undefined) }, 'Use the built-in pack');
  const fileField = h('input', { type: 'file', id: `${o.id}-packfile`, accept: '.yaml,.yml,.json', onchange: async () => {
    const file = fileField.files?.[0];
    if (file) setPicked({ name: file.name, text: await file.text() });
  } });
  function setPicked(p: PackChoice | undefined): void {
    picked = p;
    select.disabled = Boolean(p);
    clearButton.hidden = !p;
    if (!p) fileField.value = '';
    status.textContent = p && 'name' in p ? `Using the pack file ${p.name}.` : '';
  }
  setPicked(picked);
  const element = h('div', { className: 'blc-pack' },
    h('div', { className: 'blc-field' }, h('label', { for: select.id }, 'Rule pack'), select),
    h('div', { className: 'blc-field' }, h('label', { for: fileField.id }, 'Or a pack file of your own (YAML or JSON)'), fileField, status, clearButton));
  return { element, choice: () => picked ?? { builtin: select.value } };
}
