/**
 * Give the page its turn between our steps, so no task of ours runs long: input, painting
 * and the page's own scripts go first.
 *
 * Our slices are short, but the browser lays out what they changed at the next frame: on a
 * long article, many slices' worth of changed paragraphs in one frame made a single
 * style-and-layout task of ~90 ms (1 MiB page, Chromium). So after FRAME_WORK_MS of our work
 * since the last frame we wait for one, and each frame lays out only a slice's changes.
 * Otherwise scheduler.yield where the browser has it, else a macrotask.
 */
const FRAME_WORK_MS = 4;
/** A hidden tab gets no frames; never wait longer than this for one. */
const FRAME_WAIT_CAP_MS = 50;

let workSince = 0;
let frameSeen = true;

/** Wait until the browser has drawn a frame (for work whose cost is the layout it causes). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // rAF runs before the frame's layout; the macrotask after it runs once the frame is out.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, FRAME_WAIT_CAP_MS);
  });
}

export async function pauseForPage(): Promise<void> {
  const now = performance.now();
  if (frameSeen) {
    frameSeen = false;
    workSince = now;
  }
  if (now - workSince >= FRAME_WORK_MS) {
    await nextFrame();
    frameSeen = true;
    return;
  }
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
