// Runs an async step over a list with at most `limit` steps in flight, results in input order.
// Decrypting, decoding and hashing a document are mostly WebCrypto and IndexedDB waits, so a
// few at once keep the crypto threads busy; the bound keeps memory in check (an image part can
// be 10 MB, and each step holds its sealed and opened copies until it ends).

export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  step: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After a failure no new step starts; the first error is what the caller sees.
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await step(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
