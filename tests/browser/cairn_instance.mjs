// A throwaway `cairn serve` for browser tests: a fresh SQLite database and master key in a work
// folder, a demo admin and the demo data (src/app/demo_data.h) for the URL it will run at, then
// the server on a free loopback port, stopped with SIGTERM at the end.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(base, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cairn serve exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cairn serve was not ready within ${seconds} s`);
}

export async function startCairn({ cairn, work, smtp }) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = { ...process.env, CAIRN_MASTER_KEY_FILE: path.join(work, "master.key") };
  writeFileSync(env.CAIRN_MASTER_KEY_FILE, randomBytes(32).toString("base64url"));
  const db = `sqlite:${path.join(work, "cairn.db")}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const admin = "admin@demo.cairn.example";
  const run = (...args) => execFileSync(cairn, args, { env, encoding: "utf8" });
  const account = JSON.parse(
    run("admin", "create-user", "--db", db, "--email", admin, "--name", "Demo admin", "--platform-admin"),
  );
  const demo = JSON.parse(run("admin", "seed-demo", "--db", db, "--email", admin, "--base-url", base));
  const token = run("admin", "create-token", "--db", db, "--email", admin, "--name", "browser test",
    "--scopes", "read write issue revoke admin", "--days", "1")
    .split("\n")
    .find((line) => line.startsWith("token: "))
    .slice("token: ".length);
  const serveArgs = ["serve", "--db", db, "--listen", `127.0.0.1:${port}`, "--base-url", base];
  if (smtp) serveArgs.push("--smtp", smtp);
  const child = spawn(cairn, serveArgs, {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const logLines = [];
  child.stderr.on("data", (chunk) => logLines.push(chunk.toString()));
  await waitUntilReady(base, child, 30);
  return {
    base,
    demo,
    admin: { email: admin, password: account.password, token },
    // A call to the API with the admin's token.
    api: async (method, route, body) => {
      const response = await fetch(`${base}${route}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
      return JSON.parse(text);
    },
    log: () => logLines.join(""),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
