import { randomBytes } from "node:crypto";
import type { Principal } from "@gezinsbeeld/shared-schema";

/** One signed-in browser: the user token the gateway keeps for it, never sent to the page. */
export interface Sessie {
  /** The user token every GraphQL request of this session carries. */
  token: string;
  principal: Principal;
  /** Display name, when the demo scenario or the provider's ID token gives one. */
  naam: string | null;
  /** When the token expires; the session ends then too. */
  verloopt: Date;
  wijze: "demo" | "oidc";
  /** The ID token, for the provider's sign-out (RP-initiated logout). */
  idToken?: string;
}

/** Options of {@link Sessies}. */
export interface SessiesOptions {
  /** At most this many live sessions; the oldest goes first. Default 10000. */
  maximum?: number;
  /** Clock, for tests. */
  nu?: () => number;
}

/**
 * The gateway's sessions, in memory: a random 256-bit id (the cookie's value)
 * maps to the session. Signing out deletes it, so a copied cookie is worthless
 * from then on; a restarted gateway has none, and everyone signs in again.
 * (Several gateway replicas need sticky sessions, or a shared store: see the README.)
 */
export class Sessies {
  private readonly sessies = new Map<string, Sessie>();
  private readonly maximum: number;
  private readonly nu: () => number;

  constructor(options: SessiesOptions = {}) {
    this.maximum = options.maximum ?? 10_000;
    this.nu = options.nu ?? Date.now;
  }

  /** Start a session; returns its id. */
  begin(sessie: Sessie): string {
    this.ruimOp();
    while (this.sessies.size >= this.maximum) {
      const oudste = this.sessies.keys().next().value;
      if (oudste === undefined) break;
      this.sessies.delete(oudste);
    }
    const id = randomBytes(32).toString("base64url");
    this.sessies.set(id, sessie);
    return id;
  }

  /** The live session with this id, if any. */
  lees(id: string | undefined): Sessie | undefined {
    if (!id) return undefined;
    const sessie = this.sessies.get(id);
    if (!sessie) return undefined;
    if (sessie.verloopt.getTime() <= this.nu()) {
      this.sessies.delete(id);
      return undefined;
    }
    return sessie;
  }

  /** End a session (signing out). */
  beeindig(id: string | undefined): Sessie | undefined {
    if (!id) return undefined;
    const sessie = this.sessies.get(id);
    this.sessies.delete(id);
    return sessie;
  }

  get aantal(): number {
    return this.sessies.size;
  }

  private ruimOp(): void {
    const nu = this.nu();
    for (const [id, sessie] of this.sessies) if (sessie.verloopt.getTime() <= nu) this.sessies.delete(id);
  }
}
