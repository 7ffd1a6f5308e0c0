import { randomBytes } from "node:crypto";
import { GATEWAY_WEIGERINGEN_PAD, organisatieRegister, Rol, toegangslogQueryNaam, type Organisatie, type Principal } from "@gezinsbeeld/shared-schema";
import { type DemoScenario } from "@gezinsbeeld/demo";
import { type DocumentNode, Kind, type FieldDefinitionNode, type TypeNode } from "graphql";
import type { Antwoord, Controle } from "./Controle";
import type { Tokenmaker } from "./conformanceTokens";
import { beschrijf, gatewayHeaders, heeftData, postJson } from "./subgraphVerzoek";


/** A request id as the gateway makes them (32 hex digits), so the log entry can be found by it. */
export function nieuwRequestId(): string {
  return randomBytes(16).toString("hex");
}

/** The personal-data field of `Gezin` the checks read, and how to select it. */
export interface Proefveld {
  naam: string;
  categorie: string;
  /** `{ __typename }` for an object, interface or union; empty for a scalar or enum. */
  selectie: string;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function categorieVan(field: FieldDefinitionNode): string | undefined {
  const argument = field.directives?.find((d) => d.name.value === "gegevens")?.arguments?.find((a) => a.name.value === "categorie");
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/**
 * The first field this subgraph adds to `Gezin` that carries personal data (a
 * category other than GEEN) and needs no argument; a scalar one when there is.
 */
export function kiesProefveld(document: DocumentNode): Proefveld | undefined {
  const samengesteld = new Set<string>();
  const velden: FieldDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_EXTENSION ||
      definition.kind === Kind.UNION_TYPE_DEFINITION ||
      definition.kind === Kind.UNION_TYPE_EXTENSION
    ) {
      samengesteld.add(definition.name.value);
    }
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === "Gezin") velden.push(...(definition.fields ?? []));
  }
  const kandidaten = velden
    .filter((field) => !(field.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue))
    .flatMap((field) => {
      const categorie = categorieVan(field);
      if (!categorie || categorie === "GEEN") return [];
      const object = samengesteld.has(namedType(field.type));
      return [{ naam: field.name.value, categorie, selectie: object ? "{ __typename }" : "", object }];
    });
  const gekozen = kandidaten.find((k) => !k.object) ?? kandidaten[0];
  return gekozen && { naam: gekozen.naam, categorie: gekozen.categorie, selectie: gekozen.selectie };
}

/** Where the checks find the decision service and households. */
export interface Toegangsomgeving {
  url: string;
  subgraph: string;
  organisatie: string;
  /** The lokaal-team GraphQL URL; the decision service runs on its origin. */
  registerUrl: string;
  /** The household to check with; default: the first the decision service lets one of the organisation's professionals read. */
  gezinId?: string;
  scenario: DemoScenario;
  tokens: Tokenmaker;
}

/** What check 4 leaves for checks 5 and 7. */
export interface Toegangsproef {
  controle: Controle;
  antwoorden: Antwoord[];
  /** The requests the log must show, when they were made. */
  gelogd?: { gezinId: string; toegestaan: string; geweigerd: string };
}

type Besluit = { toegestaan: boolean; reden?: string };

async function beslis(omgeving: Toegangsomgeving, principal: Principal, gezinIds: readonly string[], categorie: string): Promise<Besluit[] | string> {
  const requestId = nieuwRequestId();
  const token = await omgeving.tokens.geldig(principal, requestId);
  const antwoord = await postJson(
    `${new URL(omgeving.registerUrl).origin}/access/v1/evaluations`,
    {
      subject: { type: "user", id: principal.userId },
      action: { name: "lezen" },
      evaluations: gezinIds.map((id) => ({ resource: { type: "gezin", id, properties: { categorie } } })),
    },
    gatewayHeaders(token, requestId),
    "decision service",
  );
  return besluitenUit(antwoord, gezinIds.length);
}

/** One principal's decisions for (household, category) pairs, in their order. */
async function beslisPerCategorie(omgeving: Toegangsomgeving, principal: Principal, paren: ReadonlyArray<{ gezinId: string; categorie: string }>): Promise<Besluit[] | string> {
  const requestId = nieuwRequestId();
  const antwoord = await postJson(
    `${new URL(omgeving.registerUrl).origin}/access/v1/evaluations`,
    {
      subject: { type: "user", id: principal.userId },
      action: { name: "lezen" },
      evaluations: paren.map(({ gezinId, categorie }) => ({ resource: { type: "gezin", id: gezinId, properties: { categorie } } })),
    },
    gatewayHeaders(await omgeving.tokens.geldig(principal, requestId), requestId),
    "decision service",
  );
  return besluitenUit(antwoord, paren.length);
}

function besluitenUit(antwoord: Antwoord, aantal: number): Besluit[] | string {
  const evaluations = (antwoord.body as { evaluations?: Array<{ decision?: unknown; context?: { reden?: unknown } }> } | undefined)?.evaluations;
  if (antwoord.status !== 200 || !Array.isArray(evaluations) || evaluations.length !== aantal) return `the decision service answered ${beschrijf(antwoord)}`;
  return evaluations.map((e) => ({ toegestaan: e.decision === true, ...(typeof e.context?.reden === "string" ? { reden: e.context.reden } : {}) }));
}

/**
 * Households to try (the one asked for, else those the register lists for its
 * teamleider, else the demo scenario's), and the professionals the register
 * names on this organisation's involvements: a partner's own people are not in
 * the hub's demo scenario, but its announcements put them in the register.
 */
async function huishoudens(omgeving: Toegangsomgeving): Promise<{ gezinIds: string[]; benoemd: string[] }> {
  // The register is kept by the dossier keeper (the register's duty `dossierhouder`): its teamleider lists the households.
  const houder = organisatieRegister().dossierhouder();
  const teamleider = omgeving.scenario.medewerkers.find((m) => m.organisatie === houder.code && m.rol === Rol.TEAMLEIDER);
  let gezinIds: string[] = [];
  const benoemd = new Set<string>();
  if (teamleider) {
    const requestId = nieuwRequestId();
    const principal: Principal = { userId: teamleider.id, organisatie: teamleider.organisatie, rol: teamleider.rol };
    // A token for the register, signed as the gateway would for the local team's own teamleider.
    const register = await omgeving.tokens.voor(houder.subgraph, houder.code).geldig(principal, requestId);
    const antwoord = await postJson(
      omgeving.registerUrl,
      { query: "{ gezinnen(first: 50) { nodes { id betrokkenheden { organisatie medewerkerId actief } } } }" },
      gatewayHeaders(register, requestId),
      "register",
    );
    type Knoop = { id?: unknown; betrokkenheden?: Array<{ organisatie?: unknown; medewerkerId?: unknown; actief?: unknown }> | null };
    const nodes = (antwoord.body?.data as { gezinnen?: { nodes?: Knoop[] } } | undefined)?.gezinnen?.nodes ?? [];
    gezinIds = nodes.flatMap((n) => (typeof n.id === "string" ? [n.id] : []));
    for (const n of nodes) for (const b of n.betrokkenheden ?? []) if (b.organisatie === omgeving.organisatie && b.actief === true && typeof b.medewerkerId === "string") benoemd.add(b.medewerkerId);
  }
  if (omgeving.gezinId) gezinIds = [omgeving.gezinId];
  else if (gezinIds.length === 0) gezinIds = omgeving.scenario.gezinnen.slice(0, 50).map((g) => g.id);
  return { gezinIds, benoemd: [...benoemd] };
}

const UITVOEREND: readonly string[] = [Rol.MEDEWERKER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER];

function alsPrincipal(m: { id: string; organisatie: Organisatie; rol: Rol }): Principal {
  return { userId: m.id, organisatie: m.organisatie, rol: m.rol };
}

function entiteitenQuery(veld: Proefveld): string {
  return `query Conformance($representations: [_Any!]!) { _entities(representations: $representations) { ... on Gezin { ${veld.naam} ${veld.selectie} } } }`;
}

/** The errors whose path leads to the field (the field itself, or the household entity above it). */
function foutenOp(antwoord: Antwoord, pad: readonly (string | number)[]): NonNullable<NonNullable<Antwoord["body"]>["errors"]> {
  return (antwoord.body?.errors ?? []).filter((e) => Array.isArray(e.path) && e.path.length > 0 && e.path.every((deel, i) => deel === pad[i]));
}

function waardeOp(data: unknown, pad: readonly (string | number)[]): unknown {
  let waarde: unknown = data;
  for (const deel of pad) {
    if (waarde === null || waarde === undefined) return waarde;
    waarde = (waarde as Record<string | number, unknown>)[deel];
  }
  return waarde;
}

/**
 * Check 4: the subgraph follows the decision service. The decision service is
 * asked first which of the demo professionals it allows for the field's
 * category in which household (nothing hard-coded): one of the organisation's
 * own who is allowed, one of another organisation who is refused. Then the
 * subgraph must serve the allowed one the field and answer the refused one
 * `null` with FORBIDDEN and a `reden`; and an unknown household exactly as the
 * refused one (existence is data).
 */
export async function controleerToegang(omgeving: Toegangsomgeving, veld: Proefveld | undefined): Promise<Toegangsproef> {
  const wat = "it returns data where the decision service allows, and null + FORBIDDEN with a reden where it denies";
  const mislukt = (waarom: string, herstel: string, antwoorden: Antwoord[] = [], details?: string[]): Toegangsproef => ({
    antwoorden,
    controle: { nummer: 4, wat, geslaagd: false, waarom, herstel, ...(details ? { details } : {}) },
  });
  if (!veld) return mislukt("its SDL adds no personal-data field (a category other than GEEN, without required arguments) to Gezin", 'extend Gezin @key(fields: "id") with the fields the organisation holds about a household');
  const { gezinIds, benoemd } = await huishoudens(omgeving);
  const uitScenario = omgeving.scenario.medewerkers.filter((m) => m.organisatie === omgeving.organisatie && UITVOEREND.includes(m.rol)).sort((a, b) => UITVOEREND.indexOf(a.rol) - UITVOEREND.indexOf(b.rol));
  // The demo's own professionals, else whoever the register names on the organisation's running involvements (a partner's), as MEDEWERKER.
  const eigen = uitScenario.length > 0 ? uitScenario : benoemd.map((id) => ({ id, organisatie: omgeving.organisatie as Organisatie, rol: Rol.MEDEWERKER }));
  let toegestaan: { principal: Principal; gezinId: string } | undefined;
  let toegestaneGezinnen: string[] = [];
  for (const medewerker of eigen) {
    const besluiten = await beslis(omgeving, alsPrincipal(medewerker), gezinIds, veld.categorie);
    if (typeof besluiten === "string") return mislukt(besluiten, `check --register (now ${omgeving.registerUrl}): the decision service runs on the local team's origin`);
    toegestaneGezinnen = gezinIds.filter((_, i) => besluiten[i]!.toegestaan).slice(0, 20);
    if (toegestaneGezinnen.length > 0) {
      toegestaan = { principal: alsPrincipal(medewerker), gezinId: toegestaneGezinnen[0]! };
      break;
    }
  }
  if (!toegestaan) {
    return mislukt(
      `the decision service allows none of ${omgeving.organisatie}'s professionals (${eigen.map((m) => m.id).join(", ") || "none in the demo scenario, none named on its running involvements in the register"}) to read ${veld.categorie} of ${gezinIds.length} household(s)`,
      "pass --gezin <id> of a household your organisation is involved with, on a register seeded with the demo scenario",
    );
  }
  // Refused at the field, not the household as a whole: one who may know the household (GEEN) but not this
  // category, in any of the allowed households. A household refused whole never reaches the field (and a
  // shared-schema subgraph does not log that refusal), so it is only the fallback.
  let geweigerd: { principal: Principal; gezinId: string; reden?: string; heelHuishouden: boolean } | undefined;
  const anderen = [
    ...omgeving.scenario.medewerkers.filter((m) => m.organisatie !== omgeving.organisatie),
    ...omgeving.scenario.medewerkers.filter((m) => m.organisatie === omgeving.organisatie && !UITVOEREND.includes(m.rol)),
  ];
  zoek: for (const medewerker of anderen) {
    const paren = toegestaneGezinnen.flatMap((gezinId) => [{ gezinId, categorie: "GEEN" }, { gezinId, categorie: veld.categorie }]);
    const besluiten = await beslisPerCategorie(omgeving, alsPrincipal(medewerker), paren);
    if (typeof besluiten === "string") continue;
    for (let i = 0; i < toegestaneGezinnen.length; i++) {
      const [gezin, categorie] = [besluiten[2 * i]!, besluiten[2 * i + 1]!];
      if (categorie.toegestaan) continue;
      const kandidaat = { principal: alsPrincipal(medewerker), gezinId: toegestaneGezinnen[i]!, ...(categorie.reden ? { reden: categorie.reden } : {}), heelHuishouden: !gezin.toegestaan };
      if (!kandidaat.heelHuishouden) {
        geweigerd = kandidaat;
        break zoek;
      }
      geweigerd ??= kandidaat;
    }
  }
  if (geweigerd) toegestaan = { ...toegestaan, gezinId: geweigerd.gezinId };
  if (!geweigerd) return mislukt(`the decision service refuses no other organisation's demo professional ${veld.categorie} of household ${toegestaan.gezinId}`, "pass --gezin <id> of a household fewer organisations are involved with");

  const vraag = async (principal: Principal, gezinId: string, wie: string): Promise<{ antwoord: Antwoord; requestId: string }> => {
    const requestId = nieuwRequestId();
    const token = await omgeving.tokens.geldig(principal, requestId);
    const antwoord = await postJson(omgeving.url, { query: entiteitenQuery(veld), variables: { representations: [{ __typename: "Gezin", id: gezinId }] } }, gatewayHeaders(token, requestId), wie);
    return { antwoord, requestId };
  };
  const pad = ["_entities", 0, veld.naam] as const;
  const ja = await vraag(toegestaan.principal, toegestaan.gezinId, `Gezin.${veld.naam} as ${toegestaan.principal.userId} (allowed)`);
  const nee = await vraag(geweigerd.principal, toegestaan.gezinId, `Gezin.${veld.naam} as ${geweigerd.principal.userId} (denied)`);
  const onbekend = await vraag(toegestaan.principal, "00000000-0000-5000-a000-000000000000", `Gezin.${veld.naam} of an unknown household`);
  const fouten: string[] = [];
  const entiteit = waardeOp(ja.antwoord.body?.data, ["_entities", 0]);
  if (ja.antwoord.status !== 200 || foutenOp(ja.antwoord, pad).length > 0 || typeof entiteit !== "object" || entiteit === null || !(veld.naam in entiteit)) {
    fouten.push(`${toegestaan.principal.userId} (${toegestaan.principal.organisatie}), whom the decision service allows, got ${beschrijf(ja.antwoord)}`);
  }
  const geweigerdeFout = (antwoord: Antwoord, wie: string): Record<string, unknown> | undefined => {
    const fout = foutenOp(antwoord, pad).find((e) => e.extensions?.code === "FORBIDDEN");
    if (!heeftData(antwoord) || waardeOp(antwoord.body?.data, pad) != null || !fout || typeof fout.extensions?.reden !== "string" || fout.extensions.reden === "") {
      fouten.push(`${wie} expected Gezin.${veld.naam} null with a FORBIDDEN error carrying a reden on its path, got ${beschrijf(antwoord)}`);
      return undefined;
    }
    return fout.extensions;
  };
  const nee_ = geweigerdeFout(nee.antwoord, `${geweigerd.principal.userId} (${geweigerd.principal.organisatie}), whom the decision service denies (${geweigerd.reden ?? "no reason"}),`);
  const onbekend_ = geweigerdeFout(onbekend.antwoord, "an unknown household:");
  if (nee_ && onbekend_ && onbekend_.reden !== "no-involvement") fouten.push(`an unknown household was refused with reden ${String(onbekend_.reden)}, not no-involvement: that tells a caller it does not exist`);
  const antwoorden = [nee.antwoord, onbekend.antwoord];
  if (fouten.length > 0) {
    return mislukt(
      `Gezin.${veld.naam} (${veld.categorie}) does not follow the decision service`,
      "decide every field by the decision service (POST /access/v1/evaluations with the call's own token, docs/toegangsbeslisser.md) and answer a refusal as null with extensions { code: \"FORBIDDEN\", categorie, reden }; a shared-schema subgraph does this without code",
      antwoorden,
      fouten,
    );
  }
  return {
    antwoorden,
    gelogd: { gezinId: toegestaan.gezinId, toegestaan: ja.requestId, geweigerd: nee.requestId },
    controle: {
      nummer: 4,
      wat: `${wat} (Gezin.${veld.naam}, ${veld.categorie}: ${toegestaan.principal.userId} served, ${geweigerd.principal.userId} refused with ${String(nee_?.reden)})`,
      geslaagd: true,
    },
  };
}

/**
 * Check 5: both of check 4's reads are in the organisation's own access log,
 * found by the request id the call carried, with the decision the subgraph
 * made; read as that organisation's privacy officer through `toegangslog<Org>`.
 */
export async function controleerToegangslog(omgeving: Toegangsomgeving, proef: Toegangsproef, document: DocumentNode): Promise<Controle> {
  const naam = toegangslogQueryNaam(omgeving.organisatie as Organisatie);
  const wat = `each access appears in its log (${naam})`;
  if (!proef.gelogd) return { nummer: 5, wat, geslaagd: false, waarom: "not checked: check 4 made no access to look for", herstel: "mend check 4 first" };
  const heeftVeld = document.definitions.some(
    (d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === "Query" && (d.fields ?? []).some((f) => f.name.value === naam),
  );
  if (!heeftVeld) return { nummer: 5, wat, geslaagd: false, waarom: `its SDL has no Query.${naam}`, herstel: "serve the shared access log (toegangslogResolver in shared-schema) under its organisation's name" };
  const officer = omgeving.scenario.medewerkers.find((m) => m.organisatie === omgeving.organisatie && m.rol === Rol.PRIVACY_OFFICER);
  const principal: Principal = officer ? alsPrincipal(officer) : { userId: "conformance-privacy-officer", organisatie: omgeving.organisatie as Organisatie, rol: Rol.PRIVACY_OFFICER };
  // The gateway hands over the fields it removed before planning (ones the principal may never read): they enter this log too, before the gateway answers.
  const veld = kiesProefveld(document);
  const weigeringId = nieuwRequestId();
  const overgedragen = veld
    ? await postJson(
        new URL(GATEWAY_WEIGERINGEN_PAD, omgeving.url).toString(),
        { weigeringen: [{ gezinId: proef.gelogd.gezinId, veld: `Gezin.${veld.naam}`, categorie: veld.categorie, reden: "category-not-allowed" }], operatie: "Conformance" },
        gatewayHeaders(await omgeving.tokens.geldig(principal, weigeringId), weigeringId),
        "gateway refusals",
      )
    : undefined;
  const requestId = nieuwRequestId();
  const antwoord = await postJson(
    omgeving.url,
    {
      query: `query ConformanceLog($filter: ToegangslogFilter) { ${naam}(filter: $filter, first: 200) { nodes { requestId beslissing veldpaden } } }`,
      variables: { filter: { gezinId: proef.gelogd.gezinId } },
    },
    gatewayHeaders(await omgeving.tokens.geldig(principal, requestId), requestId),
    "access log",
  );
  const nodes = (antwoord.body?.data as Record<string, { nodes?: Array<{ requestId?: unknown; beslissing?: unknown }> } | null> | undefined)?.[naam]?.nodes;
  if (!Array.isArray(nodes)) return { nummer: 5, wat, geslaagd: false, waarom: `${principal.userId} (privacy officer) could not read it: ${beschrijf(antwoord)}`, herstel: "let the organisation's privacy officer read toegangslog<Org> (magToegangslogLezen)" };
  const ontbreekt: string[] = [];
  const gevonden = (rid: string, beslissing: string) => nodes.some((n) => n.requestId === rid && n.beslissing === beslissing);
  if (!gevonden(proef.gelogd.toegestaan, "TOEGESTAAN")) ontbreekt.push(`no TOEGESTAAN entry with request id ${proef.gelogd.toegestaan} (the allowed read)`);
  if (!gevonden(proef.gelogd.geweigerd, "GEWEIGERD")) ontbreekt.push(`no GEWEIGERD entry with request id ${proef.gelogd.geweigerd} (the refused read)`);
  if (overgedragen && overgedragen.status !== 204) ontbreekt.push(`POST ${GATEWAY_WEIGERINGEN_PAD} answered ${beschrijf(overgedragen)}, not 204: the gateway's refusal of one of its fields was not recorded`);
  else if (overgedragen && !gevonden(weigeringId, "GEWEIGERD")) ontbreekt.push(`no GEWEIGERD entry with request id ${weigeringId} (the refusal the gateway handed over)`);
  if (ontbreekt.length > 0) {
    return {
      nummer: 5,
      wat,
      geslaagd: false,
      waarom: `${ontbreekt.length} of the 3 accesses are not in the log of household ${proef.gelogd.gezinId} (${nodes.length} entries read)`,
      herstel: `write every read and refusal to the organisation's own access log before the answer leaves, with the token's rid as request_id (useToegangslog in shared-schema), and the refusals the gateway hands over at POST ${GATEWAY_WEIGERINGEN_PAD} before answering 204 (docs/partners.md)`,
      details: ontbreekt,
    };
  }
  return { nummer: 5, wat: `${wat}: the allowed and the refused read, and the gateway's refusal handed over, by request id`, geslaagd: true };
}
