import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A benchmark's command-line flags (strings and booleans, each with its
 * default, plus `--help`), typed by what each is declared as, and a reader for
 * the numeric ones that names the flag and shows the usage when a value is not
 * a number at least `minimum`.
 */
export function leesBenchOpties<O extends NonNullable<ParseArgsConfig["options"]>>(
  options: O,
  usage: string,
): { values: BenchWaarden<O>; getal: (naam: TekstOptie<O>, minimum: number) => number } {
  const { values } = parseArgs({ options: { ...options, help: { type: "boolean", default: false } } });
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  const tekst = values as unknown as BenchWaarden<O>;
  const getal = (naam: TekstOptie<O>, minimum: number): number => {
    const waarde = Number(tekst[naam]);
    if (!Number.isFinite(waarde) || waarde < minimum) throw new Error(`--${naam} must be a number ≥ ${minimum}, got '${tekst[naam]}'\n\n${usage}`);
    return waarde;
  };
  return { values: tekst, getal };
}

/** Each flag's value as parseArgs gives it with a default: a string, or a boolean for `type: "boolean"`. */
type BenchWaarden<O extends NonNullable<ParseArgsConfig["options"]>> = { [K in keyof O]: O[K]["type"] extends "boolean" ? boolean : string };

/** The flags that take a text (and so may hold a number). */
type TekstOptie<O extends NonNullable<ParseArgsConfig["options"]>> = { [K in keyof O]: O[K]["type"] extends "boolean" ? never : K }[keyof O] & string;
