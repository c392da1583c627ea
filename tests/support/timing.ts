/**
 * Linear-time checks compare sizes, never absolute times: the best of five runs (the least
 * disturbed by GC and other test files sharing the cores), with a floor for timer noise.
 */
export function bestTime(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Time for the doubled input over time for the input. ~2 means linear. */
export function doublingRatio(
  run: (input: string) => unknown,
  small: string,
  big: string,
  runs = 5,
  floorMs = 5,
): { small: number; big: number; ratio: number } {
  const s = Math.max(bestTime(() => run(small), runs), floorMs);
  const b = bestTime(() => run(big), runs);
  return { small: s, big: b, ratio: b / s };
}
