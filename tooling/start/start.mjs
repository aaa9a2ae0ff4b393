// `pnpm start`: runs every process of the product side by side, prefixes their output, and stops them
// all on Ctrl-C. A process that exits on its own stops the others, so a failure is never hidden.
// `pnpm dev` (this script with --dev): the same with hot reload — `tsx watch` and `next dev`, no build.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dev = process.argv.includes("--dev");
const script = dev ? "dev" : "start";

/** The product's processes; an app joins the list once its folder exists. */
const services = [
  { name: "api", dir: "packages/api", port: 4000, ready: "/health", command: ["pnpm", "--filter", "@insats/api", script] },
  { name: "showcase", dir: "apps/showcase", port: 3000, ready: "/", command: ["pnpm", "--filter", "@insats/showcase", script] },
  { name: "calculator", dir: "apps/calculator", port: 3001, ready: "/login", command: ["pnpm", "--filter", "@insats/calculator", script] },
].filter((service) => existsSync(join(root, service.dir, "package.json")));

// The apps serve their production build; turbo rebuilds only what changed since the last start.
const apps = services.filter((service) => service.dir.startsWith("apps/"));
if (apps.length > 0 && !dev) {
  const filters = apps.map((service) => `--filter=${service.command[2]}`);
  console.info(`Building ${apps.map((service) => service.name).join(" and ")} (cached after the first time)…`);
  const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    console.error("The build failed; nothing was started.");
    process.exit(build.status ?? 1);
  }
}

// The apps run in production mode and so pass browsers' addresses to the API only with a shared secret
// (docs/deployment.md); one for this run, unless the shell has one.
const proxySecret = process.env.INSATS_PROXY_SECRET ?? randomBytes(32).toString("base64url");

const children = new Map();
let stopping = false;
let exitCode = 0;

function prefixLines(name, stream, target) {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) target.write(`${name.padEnd(10)} | ${line}\n`);
  });
  stream.on("end", () => pending && target.write(`${name.padEnd(10)} | ${pending}\n`));
}

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill(signal);
  // A process that ignores the signal is not allowed to keep the terminal.
  setTimeout(() => {
    for (const child of children.values()) child.kill("SIGKILL");
  }, 10_000).unref();
}

for (const service of services) {
  const child = spawn(service.command[0], service.command.slice(1), {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    // Each process gets its own port; a PORT set for the shell would otherwise make them collide.
    env: {
      ...process.env,
      PORT: String(service.port),
      INSATS_API_URL: process.env.INSATS_API_URL ?? "http://127.0.0.1:4000",
      INSATS_PROXY_SECRET: proxySecret,
    },
  });
  children.set(service.name, child);
  prefixLines(service.name, child.stdout, process.stdout);
  prefixLines(service.name, child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      console.error(`${service.name} stopped (${signal ?? `exit code ${code}`}); stopping the others.`);
      exitCode = code || 1;
      stopAll("SIGTERM");
    }
    if (children.size === 0) process.exit(exitCode);
  });
}

/** Waits until every process answers, then says where everything is. */
async function announceWhenReady() {
  const deadline = Date.now() + 180_000;
  for (const service of services) {
    const url = `http://127.0.0.1:${service.port}${service.ready}`;
    while (!stopping && Date.now() < deadline) {
      const up = await fetch(url, { redirect: "manual" }).then(
        (response) => response.status < 500,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  if (stopping) return;
  const lines = services.map((service) => `  ${service.name.padEnd(11)} http://localhost:${service.port}`);
  console.info(`\nInsats is running:\n${lines.join("\n")}\nDemo logins are listed above (api). Ctrl-C stops everything.\n`);
}
void announceWhenReady();

process.on("SIGINT", () => stopAll("SIGINT"));
process.on("SIGTERM", () => stopAll("SIGTERM"));
