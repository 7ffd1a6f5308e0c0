import { Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";

/**
 * Who may carry out the GI's work with a household (an inzet, youth probation,
 * being its jeugdbeschermer): an executive professional of the GI.
 */
export const UITVOEREND_MEDEWERKER_GI = { organisatie: DemoOrganisatie.GI, rollen: [Rol.MEDEWERKER], als: "uitvoerend medewerker", organisatieNaam: "de GI" } as const;
