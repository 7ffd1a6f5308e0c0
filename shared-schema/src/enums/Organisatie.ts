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
