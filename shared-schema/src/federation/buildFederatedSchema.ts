import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import { buildSchema, createResolversMap } from "type-graphql";
import { gegevensDirective } from "../classification/gegevens";
import { bewaakReferenties, bewaakVelden } from "./bewaakVelden";
import { handhavingAan } from "../server/benchSchakelaars";
import { SUBGRAPH_SCHEMA_HEADER } from "./links";
import { SCHRIJFREGEL, type Schrijfregel } from "./Schrijfregel";
import type { SubgraphDefinition } from "./SubgraphDefinition";
import { toegangslogQueryNaam, toegangslogResolver } from "../audit/ToegangslogResolver";

/**
 * Each mutation's `@Schrijft` declaration, by mutation name. Read from the
 * type-graphql schema: printing the SDL drops field extensions.
 */
export function schrijfregelsVan(schema: GraphQLSchema): Map<string, Schrijfregel> {
  const velden = Object.values(schema.getMutationType()?.getFields() ?? {});
  return new Map(velden.flatMap((veld) => {
    const regel = veld.extensions?.[SCHRIJFREGEL] as Schrijfregel | undefined;
    return regel ? [[veld.name, regel] as const] : [];
  }));
}

/** A subgraph's executable federated schema and the SDL it publishes for composition. */
export interface FederatedSchema {
  schema: GraphQLSchema;
  /** Every mutation's declaration (`@Schrijft`), by name: what the guard enforces. */
  schrijfregels: ReadonlyMap<string, Schrijfregel>;
  /** Subgraph SDL with the pinned `@link`s; input to `@apollo/composition`. */
  typeDefs: string;
}

const cache = new Map<SubgraphDefinition, Promise<FederatedSchema>>();

/**
 * Turn a subgraph's type-graphql resolvers into an Apollo Federation 2 subgraph
 * schema: build with type-graphql, print with directives, add the federation and
 * privacy `@link`s, and hand that to `buildSubgraphSchema` with the merged
 * resolvers. `_entities` and `_service` come from `@apollo/subgraph`; subgraphs
 * never write them. Built once per definition per process.
 */
export function buildFederatedSchema(definition: SubgraphDefinition): Promise<FederatedSchema> {
  let built = cache.get(definition);
  if (!built) {
    built = build(definition);
    cache.set(definition, built);
  }
  return built;
}

async function build(definition: SubgraphDefinition): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    // The organisation's own access log (and its chain status) is mounted by the kit, under the organisation's name.
    resolvers: [...definition.resolvers, toegangslogResolver(toegangslogQueryNaam(definition.organisatie), definition.organisatie)],
    orphanedTypes: definition.orphanedTypes,
    directives: [gegevensDirective],
    // Federation's own types (_Any, _Entity) are added later by buildSubgraphSchema.
    skipCheck: true,
  });
  const typeDefs = `${SUBGRAPH_SCHEMA_HEADER}\n${printSchemaWithDirectives(typeGraphqlSchema)}`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  // Enforcement off only in the benchmark's unguarded baseline (GEZINSBEELD_HANDHAVING=uit).
  const bewaakt = handhavingAan();
  const referenties = bewaakt ? bewaakReferenties(definition) : definition.referenceResolvers;
  for (const [typeName, resolveReference] of Object.entries(referenties)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema([{ typeDefs: gql(typeDefs), resolvers }]);
  const schrijfregels = schrijfregelsVan(typeGraphqlSchema);
  if (bewaakt) bewaakVelden(schema, definition, schrijfregels);
  return { schema, typeDefs, schrijfregels };
}
