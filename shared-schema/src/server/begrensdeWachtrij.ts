/** Options of {@link begrensdeWachtrij}. */
export interface BegrensdeWachtrijOptions {
  /** Calls that may run at once (the connection pool's size). */
  maxLopend: number;
  /** Calls that may wait for one of them; beyond that a call is refused at once. */
  maxWachtend: number;
}

/** A place in a {@link begrensdeWachtrij}: take one before a call, give it back after. */
export interface BegrensdeWachtrij {
  /**
   * Resolves when the call may run. Rejects with `overvol()` at once when the
   * queue is full, and with `opgegeven()` when `signal` aborts while it waits
   * (the call then no longer holds a place).
   */
  neem(signal: AbortSignal, fouten: { overvol: (lopend: number, wachtend: number) => Error; opgegeven: () => Error }): Promise<void>;
  /** Give the place back: to the longest waiting call, or free. */
  geefTerug(): void;
}

/**
 * The bounded queue in front of an outgoing connection pool. Node's `http.Agent`
 * queues without bound and keeps a call that gave up until a connection frees;
 * this one bounds both what runs and what waits, and forgets a call whose
 * deadline passed. Used by the gateway's subgraph calls and the decision-service client.
 */
export function begrensdeWachtrij(options: BegrensdeWachtrijOptions): BegrensdeWachtrij {
  let lopend = 0;
  const wachtend: Array<() => void> = [];
  return {
    neem(signal, fouten) {
      if (lopend < options.maxLopend) {
        lopend++;
        return Promise.resolve();
      }
      if (wachtend.length >= options.maxWachtend) return Promise.reject(fouten.overvol(lopend, wachtend.length));
      return new Promise((resolve, reject) => {
        const beurt = (): void => {
          signal.removeEventListener("abort", geefOp);
          resolve();
        };
        const geefOp = (): void => {
          wachtend.splice(wachtend.indexOf(beurt), 1);
          reject(fouten.opgegeven());
        };
        wachtend.push(beurt);
        signal.addEventListener("abort", geefOp, { once: true });
      });
    },
    geefTerug() {
      const volgende = wachtend.shift();
      if (volgende) volgende();
      else lopend--;
    },
  };
}
