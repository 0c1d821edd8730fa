// STUB: replaced by the ingest work (mammoth in a worker thread with memory limits).
export {};
