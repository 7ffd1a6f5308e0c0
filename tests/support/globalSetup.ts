import { startPostgres } from "@gezinsbeeld/infra";

/**
 * One PostgreSQL for the whole run: the embedded server in a throw-away data
 * directory, or the server in GEZINSBEELD_DATABASE_URL. Each test file creates
 * its own databases on it.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startPostgres({
    port: 0,
    persistent: false,
    dataDir: `/tmp/gezinsbeeld-test-pg-${process.pid}`,
  });
  process.env.GEZINSBEELD_TEST_DATABASE_URL = server.baseUrl;
  (globalThis as { __gezinsbeeldPostgres?: typeof server }).__gezinsbeeldPostgres = server;
}
