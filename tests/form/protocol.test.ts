import { describe, expect, it } from 'vitest';
import { CHANNEL, isCheckRequest, isWorkerMessage } from '../../src/form/protocol.js';

describe('messages between the form and its worker', () => {
  it("skip pdf.js's own messages, which share the worker's port", () => {
    const pdfjs = { sourceName: 'worker', targetName: 'main', action: 'ready', data: null };
    expect(isWorkerMessage(pdfjs)).toBe(false);
    expect(isCheckRequest(pdfjs)).toBe(false);
  });

  it('recognise the form’s own messages by their channel', () => {
    expect(isWorkerMessage({ channel: CHANNEL, type: 'ready' })).toBe(true);
    expect(isWorkerMessage({ channel: CHANNEL, type: 'progress', id: 1, stage: 'reading', page: 2, pages: 9 })).toBe(true);
    expect(isWorkerMessage({ channel: 'other', type: 'ready' })).toBe(false);
    expect(isCheckRequest({ channel: CHANNEL, type: 'check', id: 1 })).toBe(true);
    expect(isCheckRequest({ channel: CHANNEL, type: 'ready' })).toBe(false);
  });
});
