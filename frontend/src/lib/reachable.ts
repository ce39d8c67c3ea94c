/**
 * Whether a server answers at all. `no-cors` because only reachability matters: any answer (even an
 * opaque one, even an error status) resolves; a refused connection, DNS failure or timeout rejects.
 */
export async function reachable(url: string, timeoutMs = 5000, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    await fetchImpl(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: abort.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
