// npm test, as CI runs it. Where a PostgreSQL cluster is installed on this machine (Debian's pg_lsclusters) and
// BAOCAO_TEST_PG is not set, starts it and points the tests at the baocao_test database when that answers, so the
// PostgreSQL suites run here too; where none is installed nothing happens and the run lists them as skipped.
// Then Jest with coverage (the floor in jest.config.cjs), and its exit code.
import { execFileSync, spawnSync } from "node:child_process";
import pg from "pg";

const LOCAL_PG = "postgres://baocao:baocao@127.0.0.1:5432/baocao_test";

function startLocalCluster() {
  let clusters;
  try {
    clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  } catch {
    return false; // no PostgreSQL installed
  }
  for (const line of clusters.split("\n").filter((l) => l.trim() !== "")) {
    const [version, name, , status] = line.trim().split(/\s+/);
    if (status === "online") return true;
    if (spawnSync("pg_ctlcluster", [version, name, "start"], { stdio: "inherit" }).status === 0) return true;
  }
  return false;
}

/** Whether the test database answers (CI's .ci/run makes the baocao role and the baocao_test database). */
async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.warn(`PostgreSQL is installed but ${url} does not answer (${error.message}): its suites are skipped.`);
    return false;
  }
}

const env = { ...process.env };
if (!env.BAOCAO_TEST_PG && startLocalCluster() && (await reachable(LOCAL_PG))) env.BAOCAO_TEST_PG = LOCAL_PG;
const jest = spawnSync(
  process.execPath,
  ["node_modules/jest/bin/jest.js", "--ci", "--coverage", ...process.argv.slice(2)],
  { stdio: "inherit", env },
);
process.exit(jest.status ?? 1);
