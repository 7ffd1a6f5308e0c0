import { registerEnumType } from "type-graphql";

/** The organisations of the hub; each runs its own subgraph on its own database. */
export enum Organisatie {
  LOKAAL_TEAM = "LOKAAL_TEAM",
  VEILIG_THUIS = "VEILIG_THUIS",
  RVDK = "RVDK",
  GI = "GI",
  ERVARINGSDESKUNDIGEN = "ERVARINGSDESKUNDIGEN",
}

registerEnumType(Organisatie, {
  name: "Organisatie",
  description: "Organisatie binnen de samenwerking rond een gezin.",
  valuesConfig: {
    LOKAAL_TEAM: { description: "Lokaal (wijk)team van de gemeente; houdt standaard de regie." },
    VEILIG_THUIS: { description: "Veilig Thuis: advies- en meldpunt huiselijk geweld en kindermishandeling." },
    RVDK: { description: "Raad voor de Kinderbescherming." },
    GI: { description: "Gecertificeerde Instelling: jeugdbescherming en jeugdreclassering." },
    ERVARINGSDESKUNDIGEN: { description: "Pool van ervaringsdeskundigen." },
  },
});

const BEKENDE_ORGANISATIES: ReadonlySet<string> = new Set(Object.values(Organisatie));

/**
 * Whether `code` names an organisation of the hub, one the decision service can
 * decide for. The one place that says which organisations exist, for the checks
 * of `npm run compose` and of the gateway's start: a later organisation register
 * replaces the {@link Organisatie} enum here, and nowhere else.
 *
 * @param code an organisation code as `gateway/subgraphs.json` gives it, e.g. `VEILIG_THUIS`
 */
export function bekendeOrganisatie(code: string): boolean {
  return BEKENDE_ORGANISATIES.has(code);
}

/** The organisation codes {@link bekendeOrganisatie} knows, to name them in a refusal. */
export function bekendeOrganisaties(): string[] {
  return [...BEKENDE_ORGANISATIES];
}
