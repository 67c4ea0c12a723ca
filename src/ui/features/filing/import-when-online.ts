// A lazy chunk that fails to load (offline, a flaky connection) must not break the card: wait for the connection,
// then ask again. webpack forgets a failed chunk, so the next import() fetches it afresh.
export function importWhenOnline<T>(load: () => Promise<T>, retryAfterMs = 5000): () => Promise<T> {
  return () =>
    new Promise<T>((resolve) => {
      const attempt = () => {
        load().then(resolve, () => {
          const again = () => {
            window.removeEventListener('online', again);
            clearTimeout(timer);
            attempt();
          };
          window.addEventListener('online', again);
          const timer = setTimeout(again, retryAfterMs);
        });
      };
      attempt();
    });
}
