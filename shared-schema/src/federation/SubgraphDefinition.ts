import type { DataSource } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { RequestContext } from "../context/RequestContext";
import type { Organisatie } from "../enums/Organisatie";
import type { RegisterBron } from "../toegang/registerBeslisser";

/** Resolves an entity representation sent by the gateway (`_entities`). Delegate to a loader. */
export type ReferenceResolver = (reference: { __typename: string; id: string }, context: RequestContext) => unknown;

/**
 * Everything the hub needs to know about one subgraph. Each organisation exports
 * one; the plumbing (schema, server, database, migrations, access log) is the
 * kit's, so a reader who knows one subgraph knows all, and a partner writes only
 * this. `Demo` is whatever its seed is given (the hub's demo subgraphs get the
 * shared demo scenario of `@gezinsbeeld/demo`; a partner's own seed, nothing).
 */
export interface SubgraphDefinition<Demo = unknown> {
  /** Subgraph name in the supergraph, e.g. `veilig-thuis`. */
  name: string;
  /** The organisation that owns this subgraph's data. */
  organisatie: Organisatie;
  /** Port when started on its own; default of the `PORT` variable. */
  defaultPort: number;
  /** Name of its own database, e.g. `gezinsbeeld_veilig_thuis`. */
  databaseName: string;
  /** type-graphql resolver classes. */
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a root field that must still be in the schema. */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name; each only delegates to a loader. */
  referenceResolvers: Record<string, ReferenceResolver>;
  /** TypeORM entity classes. */
  entities: Function[];
  /** TypeORM migration classes, in order. The schema is only ever changed by these. */
  migrations: Function[];
  /**
   * The access register, for the one subgraph that keeps it (lokaal-team): it
   * decides in-process and serves the decision service (`/access/v1/…`) to every
   * other. Others leave it out and ask the decision service
   * (`GEZINSBEELD_TOEGANGSREGISTER_URL`).
   */
  toegangsregister?: RegisterBron;
  /**
   * Types a privacy officer reads whole for review (break-glass claims): their
   * task is to check these, so the need-to-know rule does not hide them.
   */
  toezichtTypen?: string[];
  /** Writes this organisation's part of a synthetic demo (never real data) into an empty database. */
  seed(db: DataSource, demo: Demo): Promise<void>;
}
