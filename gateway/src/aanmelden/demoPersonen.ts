import { demoScenario, type DemoScenario, Organisatie, Rol } from "@gezinsbeeld/shared-schema";

/** Whom the development sign-in page offers. */
export interface DemoPersonen {
  medewerkers: { userId: string; naam: string; functie: string; organisatie: Organisatie; rol: Rol }[];
  /** Household members: a parent of a household in each phase (under a measure, under investigation, voluntary). */
  inwoners: { bsn: string; naam: string; gezin: string }[];
}

/** The demo scenario's professionals and one parent of a household per phase, as `npm run token -- --list` names them. */
export function demoPersonen(scenario: DemoScenario = demoScenario()): DemoPersonen {
  const fasen = ["ROOD", "ORANJE", "GROEN"] as const;
  return {
    medewerkers: scenario.medewerkers.map((m) => ({ userId: m.id, naam: m.naam, functie: m.functie, organisatie: m.organisatie, rol: m.rol })),
    inwoners: fasen.flatMap((fase) => {
      const gezin = scenario.gezinnen.find((candidate) => candidate.fase === fase);
      const ouder = gezin?.leden.find((lid) => lid.gezinsrol === "OUDER");
      return gezin && ouder ? [{ bsn: ouder.bsn, naam: `${ouder.voornamen} ${ouder.achternaam}`, gezin: gezin.naam }] : [];
    }),
  };
}

/** Only for the organisation check of a demo sign-in: every organisation the demo has people of. */
export const DEMO_ORGANISATIES = new Set<string>(Object.values(Organisatie));
