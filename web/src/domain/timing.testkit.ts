/**
 * The shortest of several timed runs, for the budget tests (`perf.test.ts`): the CI machine is
 * shared and the first run includes JIT warm-up, so the best run is the one that measures the code.
 */
export function bestOf(runs: number, work: () => void): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}
