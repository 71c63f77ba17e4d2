// Resolves once the browser has drawn the next frame: the task after the next animation frame
// callback runs after that frame's style, layout and paint. Work that would otherwise land in
// that frame (a React render, a database write and the live queries it wakes) waits for it.
// A hidden window draws no frames, so a timeout stands in for the frame there.

export const HIDDEN_FRAME_TIMEOUT_MS = 100;

export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, HIDDEN_FRAME_TIMEOUT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timeout);
        resolve();
      }, 0),
    );
  });
}
