import type { PostgresServer } from "@gezinsbeeld/infra";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __gezinsbeeldPostgres?: PostgresServer }).__gezinsbeeldPostgres?.stop();
}
