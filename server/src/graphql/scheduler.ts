/**
 * Batches DataLoader dispatches level by level: a batch waits while any SQL statement of the
 * request is still running, so every load a query level makes goes out together. The number of
 * statements then depends on the query's shape and depth alone, never on page size or on which
 * statement happened to return first.
 */
export class BatchScheduler {
  private inFlight = 0;
  private pending: Array<() => void> = [];
  private flushScheduled = false;

  /** DataLoader's `batchScheduleFn`. */
  readonly schedule = (dispatch: () => void): void => {
    this.pending.push(dispatch);
    this.scheduleFlush();
  };

  /** Wraps one statement so the scheduler knows when the database is idle. */
  async track<T>(run: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await run();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.scheduleFlush();
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight > 0 || this.pending.length === 0) return;
    this.flushScheduled = true;
    // After the resolvers waiting on the last result have run and queued their loads.
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.inFlight > 0) return;
      const batch = this.pending;
      this.pending = [];
      for (const dispatch of batch) dispatch();
    });
  }
}
