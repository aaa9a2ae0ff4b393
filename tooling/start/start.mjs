// `pnpm start`: runs every process of the product side by side, prefixes their output, and stops them
// all on Ctrl-C. A process that exits on its own stops the others, so a failure is never hidden.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The product's processes; an app joins the list once its folder exists. */
const services = [
  { name: "api", dir: "packages/api", command: ["pnpm", "--filter", "@insats/api", "start"] },
  { name: "showcase", dir: "apps/showcase", command: ["pnpm", "--filter", "@insats/showcase", "start"] },
  { name: "calculator", dir: "apps/calculator", command: ["pnpm", "--filter", "@insats/calculator", "start"] },
].filter((service) => existsSync(join(root, service.dir, "package.json")));

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
    env: process.env,
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

process.on("SIGINT", () => stopAll("SIGINT"));
process.on("SIGTERM", () => stopAll("SIGTERM"));
