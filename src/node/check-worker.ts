// STUB: replaced by the CLI work (checks one document per message on a worker thread).
export {};
