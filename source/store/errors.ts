/** A request the store cannot carry out; the message is for the user. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store was written by a newer sectriage and is left untouched. */
export class NewerStoreError extends StoreError {
  constructor(path: string, found: number, known: number) {
    super(
      `${path} has schema version ${found}, newer than this sectriage ` +
        `understands (${known}); upgrade sectriage. ` +
        'The store was not modified.',
    );
    this.name = 'NewerStoreError';
  }
}

/** An import that read no findings and was not allowed to be empty. */
export class EmptyImportError extends StoreError {
  constructor(scan: string) {
    super(
      `no findings read; importing it would mark every finding of scan ` +
        `"${scan}" gone (use --allow-empty if the scan really found nothing)`,
    );
    this.name = 'EmptyImportError';
  }
}
