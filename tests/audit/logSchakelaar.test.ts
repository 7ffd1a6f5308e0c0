import type { RequestContext } from "@gezinsbeeld/shared-schema";

/**
 * The benchmark's log switch (GEZINSBEELD_TOEGANGSLOG=uit, refused under
 * production) turns the log's own work off: the guard's decisions are still
 * counted, nothing is noted for a write. With it on, the same call notes.
 * Each case loads the kit afresh, as a process reads the switch once.
 */
describe("the access log switch of the benchmark", () => {
  const context = () =>
    ({ requestId: "r1", principal: { userId: "u1", organisatie: "LOKAAL_TEAM", rol: "MEDEWERKER" }, subgraph: "schakelaar-test" }) as unknown as RequestContext;
  const A = "11111111-1111-4111-8111-111111111111";

  async function noteerMet(waarde: string | undefined): Promise<{ genoteerd: number; geteld: number }> {
    const vorige = process.env.GEZINSBEELD_TOEGANGSLOG;
    if (waarde === undefined) delete process.env.GEZINSBEELD_TOEGANGSLOG;
    else process.env.GEZINSBEELD_TOEGANGSLOG = waarde;
    try {
      let uitkomst = { genoteerd: -1, geteld: -1 };
      await jest.isolateModulesAsync(async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const kit = require("@gezinsbeeld/shared-schema") as typeof import("@gezinsbeeld/shared-schema");
        const ctx = context();
        const ja = { toegestaan: true as const, grondslag: kit.Grondslag.EIGEN_GEGEVENS };
        kit.noteerToegang(ctx, { gezinId: A, persoonId: null, categorie: "ZORGEN", veld: "Doel.wat", handeling: "READ", besluit: ja });
        kit.noteerVeldtoegang(ctx, ja, "READ", "ZORGEN", A, null, "Doel.wie");
        // Counted at the end of the event loop's turn.
        await new Promise((klaar) => setImmediate(klaar));
        const teller = await kit.toegangMetrics("schakelaar-test").besluiten.get();
        uitkomst = {
          genoteerd: ctx.toegangslog?.alleRegels().reduce((n, r) => n + r.veldpaden.length, 0) ?? 0,
          geteld: teller.values.reduce((n, v) => n + v.value, 0),
        };
      });
      return uitkomst;
    } finally {
      if (vorige === undefined) delete process.env.GEZINSBEELD_TOEGANGSLOG;
      else process.env.GEZINSBEELD_TOEGANGSLOG = vorige;
    }
  }

  it("notes and counts with the log on", async () => {
    expect(await noteerMet(undefined)).toEqual({ genoteerd: 2, geteld: 2 });
  });

  it("counts but notes nothing with the log switched off", async () => {
    expect(await noteerMet("uit")).toEqual({ genoteerd: 0, geteld: 2 });
  });
});
