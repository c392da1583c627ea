/**
 * Give the page its turn between our steps, so no task of ours runs long: input, painting
 * and the page's own scripts go first. scheduler.yield where the browser has it, else a
 * macrotask.
 */
export function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
