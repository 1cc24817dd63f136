/**
 * Group commit: items submitted while earlier writes are in flight are written together by the next one,
 * so a burst of audited reads costs one transaction instead of one each. An idle writer starts at once (no
 * added latency when there is no queue). Each submitter's promise settles only when its own batch has
 * committed (or failed): nothing is acknowledged before it is durable.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    /** Writes a batch; settles each item, in order (a throw fails the whole batch). */
    private readonly write: (items: readonly T[]) => Promise<readonly PromiseSettledResult<R>[]>,
    private readonly options: { readonly maxInFlight: number; readonly maxBatch: number },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      this.write(batch.map((b) => b.item))
        .then(
          (results) =>
            batch.forEach((b, i) => {
              const result = results[i];
              if (result?.status === 'fulfilled') b.resolve(result.value);
              else b.reject(result ? result.reason : new Error('group commit: no result for an item'));
            }),
          (error: unknown) => batch.forEach((b) => b.reject(error)),
        )
        .finally(() => {
          this.inFlight -= 1;
          this.drain();
        });
    }
  }
}
