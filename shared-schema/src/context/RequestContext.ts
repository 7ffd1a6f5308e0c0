import type { DataSource } from "typeorm";
import type { Organisatie } from "../enums/Organisatie";
import type { Rol } from "../enums/Rol";
import { Loaders } from "./Loaders";

/**
 * Who asks, as the gateway vouches for it in the token it signs for each
 * subgraph (see `verifySubgraphToken`). Every resolver learns who asks here.
 */
export interface Principal {
  /** Stable user id, e.g. `lt-fatima-bakker`. */
  userId: string;
  /** Null for role INWONER: a household member belongs to no organisation. */
  organisatie: Organisatie | null;
  rol: Rol;
  /** Only for role INWONER: the BSN of the household member viewing their own dossier. */
  bsn?: string;
  /**
   * Only for role PRIVACY_OFFICER, and only when true: a privacy officer of the
   * partnership, who audits the access logs of every organisation, not only their own.
   */
  samenwerking?: boolean;
}

/** Per-request context every resolver receives (`@Ctx()`). Never shared between requests. */
export interface RequestContext {
  /** Same id across all subgraphs for one gateway request: the `rid` the gateway signed into the token. */
  requestId: string;
  /**
   * Who asks, from the gateway-signed token. Every HTTP request to a subgraph
   * carries one (a request without it gets 401 before any resolver runs); null
   * only in a context built outside a request.
   */
  principal: Principal | null;
  /** The subgraph's own database. */
  db: DataSource;
  /** Per-request DataLoaders; created lazily, dropped with the request. */
  loaders: Loaders;
  /** Name of the subgraph serving the request, e.g. `lokaal-team`. */
  subgraph: string;
  /**
   * The decision token the gateway signed for this request (audience the decision
   * service only): shown to the decision service, which then decides for this
   * principal and this subgraph's owner, and no one else.
   */
  beslisToken?: string;
  /**
   * Decisions about this subgraph owner's data the gateway passed with the call
   * (handed out for this request by the register holder; verified against the
   * token's `bsl`). Households they do not cover are asked of `beslisser`.
   */
  besluitenVooraf?: readonly import("../toegang/Besluiten").Gezinsbesluiten[];
  /** Where this request's access decisions come from (in-process where the register is kept, else the decision service). */
  beslisser?: import("../toegang/Besluiten").Toegangsbeslisser;
  /** The access facts of this request, written to the organisation's log before the response leaves. */
  toegangslog?: import("../audit/Toegangslog").Toegangslog;
  /** The purpose the requester stated (`x-doel`), recorded with every access. */
  doel?: string | null;
  /** The operation's name, recorded with every access. */
  operatie?: string | null;
  /** Records an opening mutation of this request created: its writer reads them back. */
  zelfVastgelegd?: WeakSet<object>;
  /**
   * Only in the context a guarded mutation's resolver receives: the mutation's
   * own transaction, which `inTransaction` joins, so the guard's checks, the
   * change and its log entry commit together or not at all.
   */
  mutatie?: { manager: import("typeorm").EntityManager };
  /**
   * The audit public key this subgraph checks stored checkpoints' signatures
   * with (see `Ketenstatus`); absent when none is configured, and then no
   * checkpoint is trusted.
   */
  auditSleutel?: import("../identity/IdentityKeys").UserTokenVerificationKey;
  /** The relay of this subgraph's outbox: a mutation that announced something awaits its delivery. */
  bezorger?: import("../register/Bezorger").Bezorger;
  /** Access decisions of this request; created on first use by the field guard. */
  toegang?: import("../toegang/Toegang").Toegang;
  /**
   * Access decisions of this request about the data of owners other than this
   * subgraph's (objects that declare `EIGENAAR`), one per owner; created on first
   * use by the field guard, only where the register is kept.
   */
  toegangPerEigenaar?: Map<Organisatie, import("../toegang/Toegang").Toegang>;
}

/** Build a fresh context for one request. */
export function createRequestContext(init: Omit<RequestContext, "loaders">): RequestContext {
  const context = { ...init } as RequestContext;
  context.loaders = new Loaders(context);
  return context;
}
