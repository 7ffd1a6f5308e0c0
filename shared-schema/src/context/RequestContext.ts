import type { DataSource } from "typeorm";
import type { Organisatie } from "../enums/Organisatie";
import type { Rol } from "../enums/Rol";
import { Loaders } from "./Loaders";

/**
 * Who asks. Issue 2 runs without identity (`principal` is null); issue 3 fills it
 * from the gateway-signed token, so every resolver already learns who asks here.
 */
export interface Principal {
  /** Stable user id, e.g. `lt-fatima-bakker`. */
  userId: string;
  /** Null for role INWONER: a household member belongs to no organisation. */
  organisatie: Organisatie | null;
  rol: Rol;
  /** Only for role INWONER: the BSN of the household member viewing their own dossier. */
  bsn?: string;
}

/** Per-request context every resolver receives (`@Ctx()`). Never shared between requests. */
export interface RequestContext {
  /** Same id across all subgraphs for one gateway request (`x-request-id`). */
  requestId: string;
  principal: Principal | null;
  /** The subgraph's own database. */
  db: DataSource;
  /** Per-request DataLoaders; created lazily, dropped with the request. */
  loaders: Loaders;
  /** Name of the subgraph serving the request, e.g. `lokaal-team`. */
  subgraph: string;
}

/** Build a fresh context for one request. */
export function createRequestContext(init: Omit<RequestContext, "loaders">): RequestContext {
  const context = { ...init } as RequestContext;
  context.loaders = new Loaders(context);
  return context;
}
