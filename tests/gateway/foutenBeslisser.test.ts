import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { beslisserTimeoutFromEnvironment, httpBeslisser, type RequestContext, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";

/**
 * A decision service that takes every request and never answers: what a
 * partner subgraph's client costs then, without a real hub (its answers are
 * covered by tests/toegang).
 */
let server: Server;
let url: string;
/** Connections open at once, at most, since the last reset. */
let open = 0;
let mostOpen = 0;

beforeAll(async () => {
  server = createServer(() => undefined);
  server.on("connection", (socket) => {
    mostOpen = Math.max(mostOpen, ++open);
    socket.once("close", () => open--);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const vraag = { principal: { userId: "vt-test", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER }, eigenaar: DemoOrganisatie.VEILIG_THUIS };
const context = { beslisToken: "test" } as RequestContext;

async function timed(call: Promise<unknown>): Promise<{ ms: number; error: string }> {
  const start = Date.now();
  const error = await call.then(
    () => "answered",
    (e: unknown) => String(e),
  );
  return { ms: Date.now() - start, error };
}

describe("the decision-service client when the decision service hangs", () => {
  it("gives up after its timeout, on no more connections than its pool, and refuses at once beyond its queue", async () => {
    mostOpen = open;
    const beslisser = httpBeslisser({ url, timeoutMs: 400, maxSockets: 2, maxQueued: 1 });
    const calls = [
      timed(beslisser.besluiten(vraag, ["g1"], context)),
      timed(beslisser.zijnLeden(vraag, "g1", ["p1"], context)),
      timed(beslisser.besluiten(vraag, ["g2"], context)),
      timed(beslisser.besluiten(vraag, ["g3"], context)),
    ];
    // Before any time runs out (after it, a freed turn may connect anew while the server still counts the old one).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mostOpen).toBe(2);
    const [first, second, queued, refused] = await Promise.all(calls);
    for (const call of [first, second]) {
      expect(call.error).toMatch(/no answer within 400 ms/);
      expect(call.ms).toBeGreaterThanOrEqual(390);
      expect(call.ms).toBeLessThan(2000);
    }
    // Its turn comes as its own time runs out: whichever is seen first.
    expect(queued.error).toMatch(/no (free connection|answer) within 400 ms/);
    expect(queued.ms).toBeLessThan(2000);
    expect(refused.error).toMatch(/2 calls open and 1 waiting; not queueing more/);
    expect(refused.ms).toBeLessThan(300);
  });

  it("takes its timeout from GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS, 3000 ms by default, and refuses one that would switch it off", () => {
    expect(beslisserTimeoutFromEnvironment({})).toBe(3000);
    expect(beslisserTimeoutFromEnvironment({ GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS: "1200" })).toBe(1200);
    for (const value of ["0", "3s", "-5"]) {
      expect(() => beslisserTimeoutFromEnvironment({ GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS: value })).toThrow(`GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS=${value}`);
    }
  });
});
