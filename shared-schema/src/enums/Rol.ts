import { registerEnumType } from "type-graphql";

/** The role a person acts in when using the hub. */
export enum Rol {
  MEDEWERKER = "MEDEWERKER",
  GEDRAGSWETENSCHAPPER = "GEDRAGSWETENSCHAPPER",
  TEAMLEIDER = "TEAMLEIDER",
  PRIVACY_OFFICER = "PRIVACY_OFFICER",
  COORDINATOR = "COORDINATOR",
  INWONER = "INWONER",
}

registerEnumType(Rol, {
  name: "Rol",
  description: "Rol waarin iemand de hub gebruikt.",
  valuesConfig: {
    MEDEWERKER: { description: "Uitvoerend professional." },
    GEDRAGSWETENSCHAPPER: { description: "Gedragswetenschapper; neemt kernbesluiten mee." },
    TEAMLEIDER: { description: "Teamleider." },
    PRIVACY_OFFICER: { description: "Functionaris gegevensbescherming." },
    COORDINATOR: { description: "Coördinator; vult de kwartaalmonitor in (geaggregeerd)." },
    INWONER: { description: "Lid van het huishouden dat het eigen dossier inziet." },
  },
});
