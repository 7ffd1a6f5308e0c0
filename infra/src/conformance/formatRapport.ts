import type { Conformancerapport } from "./Controle";

/** The report as people read it: a line per check, and under a failure why and how to mend it. */
export function formatRapport(rapport: Conformancerapport): string {
  const regels = [`conformance of ${rapport.subgraph} (${rapport.organisatie}) at ${rapport.url}`];
  for (const controle of rapport.controles) {
    regels.push(`${controle.geslaagd ? "✓" : "✗"} ${controle.nummer}. ${controle.wat}`);
    if (controle.geslaagd) continue;
    if (controle.waarom) regels.push(`    why: ${controle.waarom}`);
    for (const detail of controle.details ?? []) regels.push(`      ${detail}`);
    if (controle.herstel) regels.push(`    fix: ${controle.herstel}`);
  }
  const mislukt = rapport.controles.filter((c) => !c.geslaagd).length;
  regels.push(mislukt === 0 ? `all ${rapport.controles.length} checks passed` : `${mislukt} of ${rapport.controles.length} checks FAILED`);
  return regels.join("\n");
}
