import { parseArgs } from "node:util";
import {
  createDevToken,
  KeyConfigurationError,
  IdentityError,
  type Organisatie,
  organisatieRegister,
  parseOrganisatie,
  parseRol,
  PROFESSIONELE_ROLLEN,
  Rol,
} from "@gezinsbeeld/shared-schema";
import { demoOuders, type DemoScenario, demoScenario } from "@gezinsbeeld/demo";
import { openbareHuishoudens } from "./openbareHuishoudens";

const USAGE = `npm run token -- --org <organisatie> --role <rol> --user <id> [--ttl 8h]
npm run token -- --org <organisatie> --role privacy-officer --user <id> --samenwerking
npm run token -- --role inwoner --bsn <bsn> [--user <id>] [--ttl 8h]
npm run token -- --list

Prints a development token signed with the key \`npm start\` trusts; use
\`npm run -s token …\` to get only the token, e.g. in $(…).
  organisatie  ${organisatieRegister().codes().map(dashed).join(", ")}
  rol          ${Object.values(Rol).map(dashed).join(", ")}
  --ttl        lifetime: 90s, 30m, 8h (default 8h, at most 12h)
  --samenwerking  a privacy officer of the partnership: reads every organisation's access log
  --list       the demo professionals and a few household members to try`;

/**
 * `npm run token`: a development token for a demo professional or household
 * member, signed with the development key set `npm start` uses
 * (`GEZINSBEELD_KEYS_DIR`, default `.data/keys`). Only the token goes to stdout.
 * Refused under NODE_ENV=production.
 */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    fail("npm run token makes development tokens only and is refused under NODE_ENV=production.");
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        org: { type: "string" },
        role: { type: "string" },
        rol: { type: "string" },
        user: { type: "string" },
        bsn: { type: "string" },
        ttl: { type: "string" },
        samenwerking: { type: "boolean" },
        list: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.list) {
    console.log(await list(demoScenario()));
    return;
  }

  const roleText = (values.role ?? values.rol) as string | undefined;
  if (!roleText) fail(`--role is required.\n\n${USAGE}`);
  const rol = parseRol(roleText);
  if (!rol) fail(`Unknown role '${roleText}'; one of ${Object.values(Rol).map(dashed).join(", ")}.`);
  const orgText = values.org as string | undefined;
  const bsn = values.bsn as string | undefined;
  let org: Organisatie | null = null;
  if (rol === Rol.INWONER) {
    if (orgText && orgText !== "-") fail("A household member (role inwoner) belongs to no organisation: leave out --org.");
    if (!bsn) fail("Role inwoner needs --bsn <bsn> (see npm run token -- --list).");
  } else {
    if (!orgText) fail(`--org is required for role ${dashed(rol)}.\n\n${USAGE}`);
    const parsed = parseOrganisatie(orgText);
    if (!parsed) fail(`Unknown organisation '${orgText}'; one of ${organisatieRegister().codes().map(dashed).join(", ")}.`);
    org = parsed;
    if (bsn) fail("Only a household member (role inwoner) has a BSN in the token: leave out --bsn.");
  }
  const samenwerking = values.samenwerking === true;
  if (samenwerking && rol !== Rol.PRIVACY_OFFICER) fail("--samenwerking is only for role privacy-officer: a privacy officer of the partnership.");
  const user = (values.user as string | undefined) ?? (rol === Rol.INWONER ? `inwoner-${bsn}` : undefined);
  if (!user) fail(`--user is required (see npm run token -- --list).\n\n${USAGE}`);

  try {
    const token = await createDevToken({
      org,
      rol,
      user,
      ...(bsn ? { bsn } : {}),
      ...(samenwerking ? { samenwerking } : {}),
      ...(values.ttl ? { ttl: values.ttl as string } : {}),
    });
    process.stdout.write(`${token}\n`);
  } catch (error) {
    if (error instanceof IdentityError || error instanceof KeyConfigurationError) fail(error.message);
    throw error;
  }
}

/**
 * The demo people to make tokens for, one per line, each professional with a
 * household they can open right now (decided by the policy on the register the
 * seed's records built: see `openbareHuishoudens`).
 */
async function list(scenario: DemoScenario): Promise<string> {
  const principals = scenario.medewerkers.map((m) => ({ userId: m.id, organisatie: m.organisatie, rol: m.rol }));
  const { perGebruiker, bron } = await openbareHuishoudens(scenario, principals);
  const lines = [`# <org> <role> <user-id>: name, function; for a professional the households they can open now (from ${bron}), with one to try`];
  const rows = scenario.medewerkers.map((medewerker) => {
    let detail = `${medewerker.naam}, ${medewerker.functie}`;
    const open = PROFESSIONELE_ROLLEN.includes(medewerker.rol) ? perGebruiker.get(medewerker.id)?.gezinnen ?? [] : null;
    if (open) detail += open[0] ? `, ${open.length} gezinnen, bv. ${open[0].id} (${open[0].naam})` : ", 0 gezinnen";
    return [dashed(medewerker.organisatie), dashed(medewerker.rol), medewerker.id, detail];
  });
  lines.push(...columns(rows));
  lines.push("", "# inwoner - <bsn>: a household member viewing their own dossier (npm run token -- --role inwoner --bsn <bsn>)");
  const inwoners = demoOuders(scenario).map(({ gezin, ouder }) => ["inwoner", "-", ouder.bsn, `${ouder.voornamen} ${ouder.achternaam} (ouder), gezin ${gezin.id} (${gezin.naam})`]);
  lines.push(...columns(inwoners));
  return lines.join("\n");
}

function columns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "));
}

/** `VEILIG_THUIS` → `veilig-thuis`, `PRIVACY_OFFICER` → `privacy-officer`. */
function dashed(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error("npm run token failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
