import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A benchmark's command-line flags (all strings with defaults, plus `--help`),
 * and a reader for the numeric ones that names the flag and shows the usage
 * when a value is not a number at least `minimum`.
 */
export function leesBenchOpties<O extends NonNullable<ParseArgsConfig["options"]>>(
  options: O,
  usage: string,
): { values: Record<keyof O, string>; getal: (naam: keyof O & string, minimum: number) => number } {
  const { values } = parseArgs({ options: { ...options, help: { type: "boolean", default: false } } });
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  const tekst = values as unknown as Record<keyof O, string>;
  const getal = (naam: keyof O & string, minimum: number): number => {
    const waarde = Number(tekst[naam]);
    if (!Number.isFinite(waarde) || waarde < minimum) throw new Error(`--${naam} must be a number ≥ ${minimum}, got '${tekst[naam]}'\n\n${usage}`);
    return waarde;
  };
  return { values: tekst, getal };
}
