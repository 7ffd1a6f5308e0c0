import { readFileSync } from "node:fs";
import { leesAankondigingSleutel, Relay } from "./aankondigingen";
import { leesConfig } from "./config";
import { maakPool, migreer } from "./db";
import { seedDemo } from "./seed";
import { maakServer } from "./server";

const log = (regel: Record<string, unknown>): void => console.log(JSON.stringify({ tijd: new Date().toISOString(), subgraph: "ggz", ...regel }));

/** Start: migrate (under the lock), seed the demo when asked, relay the outbox, serve. */
async function main(): Promise<void> {
  const config = leesConfig(process.env, (pad) => readFileSync(pad, "utf8"));
  const pool = maakPool(config.databaseUrl);
  let gemigreerd = false;
  const sleutel = config.aankondigingSleutel ? await leesAankondigingSleutel(config.aankondigingSleutel) : undefined;
  if (!sleutel) log({ event: "geen-aankondigingssleutel", bericht: "GEZINSBEELD_AANKONDIGING_PRIVATE_KEY is not set: announcements wait in the outbox" });
  const relay = new Relay({ pool, databaseUrl: config.databaseUrl, registerOrigin: config.registerOrigin, sleutel, meld: log });
  const server = await maakServer(config, pool, relay, () => gemigreerd);

  const verslag = await migreer(pool);
  gemigreerd = true;
  log({ event: "gemigreerd", toegepast: verslag.toegepast, alAanwezig: verslag.alAanwezig });
  if (config.demo) {
    const seed = await seedDemo(pool);
    if (seed.geseed) log({ event: "demo-geseed", trajecten: seed.trajecten });
  }
  await relay.start();
  await server.luister();
  log({ event: "gestart", port: config.port });

  let stoppend = false;
  const stop = async (): Promise<void> => {
    if (stoppend) return;
    stoppend = true;
    // Whatever still hangs (a delivery to a register that does not answer) does not keep the process.
    setTimeout(() => process.exit(0), 8000).unref();
    await server.stop().catch(() => undefined);
    await relay.stop();
    await pool.end().catch(() => undefined);
    process.exit(0);
  };
  for (const signaal of ["SIGINT", "SIGTERM"] as const) process.on(signaal, () => void stop());
  // Started by `npm start` (with an IPC channel): stop when that launcher is gone, even when it was killed with -9.
  if (process.connected) process.once("disconnect", () => void stop());
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ event: "start-mislukt", subgraph: "ggz", fout: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
