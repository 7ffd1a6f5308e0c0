import { type Organisatie, type Rol } from "@gezinsbeeld/shared-schema";
import { demoOuders, demoScenario, type DemoScenario } from "@gezinsbeeld/demo";

/** Whom the development sign-in page offers. */
export interface DemoPersonen {
  medewerkers: { userId: string; naam: string; functie: string; organisatie: Organisatie; rol: Rol }[];
  /** Household members: a parent of a household in each phase (under a measure, under investigation, voluntary). */
  inwoners: { bsn: string; naam: string; gezin: string }[];
}

/** The demo scenario's professionals and one parent of a household per phase, as `npm run token -- --list` names them. */
export function demoPersonen(scenario: DemoScenario = demoScenario()): DemoPersonen {
  return {
    medewerkers: scenario.medewerkers.map((m) => ({ userId: m.id, naam: m.naam, functie: m.functie, organisatie: m.organisatie, rol: m.rol })),
    inwoners: demoOuders(scenario).map(({ gezin, ouder }) => ({ bsn: ouder.bsn, naam: `${ouder.voornamen} ${ouder.achternaam}`, gezin: gezin.naam })),
  };
}
