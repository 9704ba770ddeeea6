// Polling for state, shared by the integration and UI tests (no `vscode` import here).

/**
 * Runs `check` until it returns without throwing (then returns its value), polling every 100 ms;
 * after `timeoutMs` rethrows the last failure.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
