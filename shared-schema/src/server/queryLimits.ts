import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type ParseOptions,
  TypeInfo,
  type ValidationContext,
  type ValidationRule,
  validate,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * Limits on the shape of one GraphQL operation, checked before anything runs
 * (graphql-armor's rules, graphql-js's token limit). The defaults sit above what
 * the hub's own queries need, measured with these very rules: the README's
 * gezinsbeeld, the whole gezinsbeeld (`GEZINSBEELD_QUERY`), its page of
 * households (`GEZINSBEELD_PAGE_QUERY`) and every query in the tests, and the
 * subgraph queries the gateway plans for them.
 */
export interface QueryLimits {
  /**
   * Deepest nesting of selections (a fragment counts one level, as graphql-armor
   * counts). Gateway default 10 (the README query needs 4, the page of
   * gezinsbeelden 5, the deepest query in the tests 6); subgraph default 12: a
   * planned query adds `_entities` and `... on Gezin` above the fields.
   */
  maxDepth: number;
  /**
   * Aliases in one operation (`__typename` is free). Gateway default 15 (the tests
   * use 4 at most); subgraph default 30: the planner keeps the client's aliases
   * and adds its own where fields conflict.
   */
  maxAliases: number;
  /** Directives in one operation. Gateway default 20 (the hub's queries use none); subgraph default 40. */
  maxDirectives: number;
  /**
   * Lexical tokens in the query text, counted while parsing, so an oversized
   * query is refused before it is even parsed. Gateway default 2,000 (README 69,
   * the page of gezinsbeelden 229); subgraph default 10,000: the planner inlines
   * the client's fragments, so a planned query can be longer than the client's.
   */
  maxTokens: number;
  /**
   * graphql-armor's cost: every object field costs 2 and every leaf 1, a level
   * deeper weighs 1.5 times as much, and a field with `first`/`last` costs that
   * many times its selection: list fan-out. Unlike graphql-armor alone, the cost
   * is also counted per request with `first`/`last` taken from the variables or
   * the schema's default, and with `_entities` multiplied by its number of
   * representations. Gateway default 30,000 (README 80; the whole gezinsbeeld
   * 338; a page of 50 gezinsbeelden 25,497; a privacy officer's page of 50 log
   * entries 2,838); subgraph default 60,000, twice the gateway's: the planned
   * `_entities` levels weigh up to 1.5 times the client's.
   */
  maxCost: number;
}

/** The gateway's limits; see {@link QueryLimits} for each number and what it was measured against. */
export const GATEWAY_QUERY_LIMITS: Readonly<QueryLimits> = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2_000, maxCost: 30_000 };

/** Every subgraph's limits: above whatever the gateway lets through and plans; see {@link QueryLimits}. */
export const SUBGRAPH_QUERY_LIMITS: Readonly<QueryLimits> = { maxDepth: 12, maxAliases: 30, maxDirectives: 40, maxTokens: 10_000, maxCost: 60_000 };

const ENV_NAMES: Record<keyof QueryLimits, string> = {
  maxDepth: "MAX_DEPTH",
  maxAliases: "MAX_ALIASES",
  maxDirectives: "MAX_DIRECTIVES",
  maxTokens: "MAX_TOKENS",
  maxCost: "MAX_COST",
};

/**
 * `defaults` with overrides from the environment: `<prefix>MAX_DEPTH`,
 * `…MAX_ALIASES`, `…MAX_DIRECTIVES`, `…MAX_TOKENS`, `…MAX_COST`, e.g.
 * `GEZINSBEELD_GATEWAY_MAX_DEPTH=8`. A value that is not a positive whole
 * number stops the start: a typo must not switch a limit off.
 */
export function queryLimitsFromEnvironment(defaults: Readonly<QueryLimits>, prefix: string, env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...defaults };
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof QueryLimits, string][]) {
    const raw = env[`${prefix}${name}`];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${prefix}${name}=${raw}: expected a positive whole number`);
    limits[key] = value;
  }
  return limits;
}

/** What to spread into an ApolloServer's options: `new ApolloServer({ ...protection, plugins: [...protection.plugins, …] })`. */
export interface QueryLimitProtection {
  /** graphql-js's own token limit: Apollo refuses an oversized query while parsing it (GRAPHQL_PARSE_FAILED, HTTP 400). */
  parseOptions: ParseOptions;
  /** graphql-armor's depth, alias, directive and cost rules, with Dutch messages (GRAPHQL_VALIDATION_FAILED, HTTP 400). */
  validationRules: ValidationRule[];
  /** graphql-armor's suggestion masking, and the cost counted per request with the variables. */
  plugins: ApolloServerPlugin<BaseContext>[];
}

/** The number graphql-armor found (its message ends in "found N."), rounded. */
function found(error: GraphQLError): number | undefined {
  const match = error.message.match(/found ([\d.]+?)\.?$/);
  return match ? Math.ceil(Number(match[1])) : undefined;
}

function weigering(limiet: keyof QueryLimits, maximum: number, gevonden: number | undefined): GraphQLError {
  const aantal = gevonden === undefined ? "" : ` (${gevonden})`;
  const message = {
    maxDepth: `De query is te diep genest${aantal}: ten hoogste ${maximum} niveaus.`,
    maxAliases: `De query gebruikt te veel aliassen${aantal}: ten hoogste ${maximum}.`,
    maxDirectives: `De query gebruikt te veel directives${aantal}: ten hoogste ${maximum}.`,
    maxTokens: `De query is te lang: meer dan ${maximum} tokens.`,
    maxCost: `De query vraagt te veel gegevens tegelijk (kosten ${gevonden ?? "onbekend"}, ten hoogste ${maximum}); vraag minder velden of kleinere pagina's (first).`,
  }[limiet];
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limiet, maximum, http: { status: 400 } } });
}

/** graphql-armor reports to the validation context, so Apollo answers 400 with the other validation errors. */
function report(limiet: keyof QueryLimits, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(weigering(limiet, maximum, found(error)));
  };
}

/**
 * What of the variables can change a document's cost: every number (a page
 * size may be one) and every list's length (the representations of
 * `_entities`); see {@link withListSizes}, which reads nothing else of them.
 */
function lijstmaten(variables: Record<string, unknown>): string {
  let maten = "";
  for (const [naam, waarde] of Object.entries(variables)) {
    if (typeof waarde === "number") maten += `${naam}=${waarde};`;
    else if (Array.isArray(waarde)) maten += `${naam}#${waarde.length};`;
  }
  return maten;
}

function isPageSize(argument: ArgumentNode): boolean {
  return argument.name.value === "first" || argument.name.value === "last";
}

/**
 * `document` with every list size the request fixes written in as a literal, the
 * only form graphql-armor's cost rule counts: `first`/`last` from the variables,
 * from the variable's default or from the argument's schema default, and
 * `_entities` given `first:` its number of representations. Undefined when
 * there is nothing to write in (the rule already counted everything).
 */
function withListSizes(document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>): DocumentNode | undefined {
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue?.kind === Kind.INT) defaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
    }
  }
  const intValue = (value: number) => ({ kind: Kind.INT, value: String(Math.max(1, Math.trunc(value))) }) as const;
  let changed = false;
  const typeInfo = new TypeInfo(schema);
  const edited = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const definition = typeInfo.getFieldDef();
        const args = [...(node.arguments ?? [])];
        const representations = args.find((a) => a.name.value === "representations");
        if (node.name.value === "_entities" && representations?.value.kind === Kind.VARIABLE) {
          const value = variables[representations.value.name.value];
          if (Array.isArray(value) && value.length > 1) args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "first" }, value: intValue(value.length) });
        }
        for (const [index, argument] of args.entries()) {
          if (!isPageSize(argument) || argument.value.kind !== Kind.VARIABLE) continue;
          const name = argument.value.name.value;
          const value = variables[name] ?? defaults.get(name) ?? definition?.args.find((a) => a.name === argument.name.value)?.defaultValue;
          if (typeof value === "number") args[index] = { ...argument, value: intValue(value) };
        }
        for (const argument of definition?.args ?? []) {
          if ((argument.name === "first" || argument.name === "last") && typeof argument.defaultValue === "number" && !args.some((a) => a.name.value === argument.name)) {
            args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value: intValue(argument.defaultValue) });
          }
        }
        if (args.length === (node.arguments?.length ?? 0) && args.every((a, i) => a === node.arguments?.[i])) return undefined;
        changed = true;
        return { ...node, arguments: args };
      },
    }),
  );
  return changed ? edited : undefined;
}

/**
 * The query limits of one Apollo Server, built on graphql-armor: depth, aliases,
 * directives and cost as validation rules (cached with the document, as
 * Apollo caches validation), the token count in graphql-js's parser, and the
 * cost once more per request with the list sizes the variables fix. Each
 * refusal is a GraphQL error with HTTP 400, code GRAPHQL_VALIDATION_FAILED (or
 * GRAPHQL_PARSE_FAILED for the token count), `extensions.limiet` naming the
 * limit, and a Dutch message; nothing is planned or executed.
 *
 * graphql-armor's own token limit is not used: in Apollo Server 5 it throws
 * from `parsingDidStart`, which Apollo answers with HTTP 500.
 */
export function queryLimits(limits: Readonly<QueryLimits>): QueryLimitProtection {
  const cost = {
    maxCost: limits.maxCost,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    ignoreIntrospection: true,
  };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [report("maxDepth", limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [report("maxAliases", limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [report("maxDirectives", limits.maxDirectives)] },
    costLimit: { ...cost, propagateOnRejection: false, onReject: [report("maxCost", limits.maxCost)] },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();

  // Per parsed document (Apollo's cache hands the same object back for the same text, the gateway the same plan's) and
  // schema: the list sizes found within the limit. The cost depends on nothing else, so a request with sizes already
  // found within it is not walked again; a refusal is worked out each time.
  const binnenLimiet = new WeakMap<DocumentNode, { schema: GraphQLSchema; maten: Set<string> }>();
  const costPerRequest: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const variables = request.variables ?? {};
          const bekend = binnenLimiet.get(document);
          const maten = lijstmaten(variables);
          if (bekend?.schema === schema && bekend.maten.has(maten)) return;
          const sized = withListSizes(document, schema, variables);
          if (sized) {
            let refused: GraphQLError | undefined;
            const rule = costLimitRule({ ...cost, propagateOnRejection: false, onReject: [(_context, error) => (refused ??= error)] });
            validate(schema, sized, [rule]);
            if (refused) throw weigering("maxCost", limits.maxCost, found(refused));
          }
          const onthouden = bekend?.schema === schema ? bekend : { schema, maten: new Set<string>() };
          // A bounded memory per document: a client varying its page size cannot grow it without end.
          if (onthouden.maten.size >= 64) onthouden.maten.clear();
          onthouden.maten.add(maten);
          binnenLimiet.set(document, onthouden);
        },
      };
    },
  };
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, costPerRequest],
  };
}
