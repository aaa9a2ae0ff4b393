// An exclusive lock on a PGlite data directory. PGlite is one process per directory; a second process opening
// the same files corrupts them, so it must fail fast instead. The lock is a file beside the directory
// (`<dir>.lock`) created with O_EXCL and holding the owner's pid; a lock whose pid is no longer alive on this host
// is stale and taken over.
import { randomUUID } from "node:crypto";
import { closeSync, linkSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";

export class DatabaseLockedError extends Error {
  readonly code = "DATABASE_LOCKED";

  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holderPid: number | undefined,
  ) {
    const holder = holderPid === undefined ? "another process" : `process ${holderPid}`;
    super(
      `The PGlite data directory ${dataDir} is in use by ${holder} (lock file ${lockFile}). PGlite allows one ` +
        `process per data directory: stop that process, set PGLITE_DIR to another directory, or set DATABASE_URL ` +
        `to use PostgreSQL. If no such process is running, delete the lock file.`,
    );
    this.name = "DatabaseLockedError";
  }
}

interface LockContents {
  pid: number;
  hostname: string;
  token: string;
  acquiredAt: string;
}

export interface DataDirectoryLock {
  readonly lockFile: string;
  release(): void;
}

/** Directories locked by this process, so a second open in the same process is refused as well. */
const heldByThisProcess = new Set<string>();

export function acquireDataDirectoryLock(dataDir: string): DataDirectoryLock {
  const lockFile = `${dataDir}.lock`;
  const contents: LockContents = {
    pid: process.pid,
    hostname: hostname(),
    token: randomUUID(),
    acquiredAt: new Date().toISOString(),
  };

  for (let attempt = 0; ; attempt += 1) {
    if (tryCreate(lockFile, contents)) break;
    const holder = readLock(lockFile);
    if (attempt === 0 && !heldByThisProcess.has(lockFile) && isStale(holder)) {
      removeIfUnchanged(lockFile, holder);
      continue;
    }
    throw new DatabaseLockedError(dataDir, lockFile, holder?.pid);
  }

  heldByThisProcess.add(lockFile);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    heldByThisProcess.delete(lockFile);
    // Only remove our own lock: after a stale takeover the file may belong to someone else.
    if (readLock(lockFile)?.token === contents.token) removeQuietly(lockFile);
  };
  // Runs on a normal exit and on process.exit(); a killed process leaves a stale lock that the next open takes over.
  process.on("exit", release);
  return { lockFile, release };
}

/** Writes the contents to a temporary file and links it into place, so a reader never sees a half-written lock. */
function tryCreate(lockFile: string, contents: LockContents): boolean {
  const temporary = `${lockFile}.${contents.token}.tmp`;
  const fd = openSync(temporary, "wx", 0o644);
  try {
    writeSync(fd, `${JSON.stringify(contents)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, lockFile);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    removeQuietly(temporary);
  }
}

function readLock(lockFile: string): LockContents | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockFile, "utf8"));
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      "pid" in parsed &&
      typeof parsed.pid === "number" &&
      "hostname" in parsed &&
      typeof parsed.hostname === "string" &&
      "token" in parsed &&
      typeof parsed.token === "string"
    ) {
      return parsed as LockContents;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function isStale(holder: LockContents | undefined): boolean {
  // Unreadable contents cannot come from a live holder: locks are written whole before they appear.
  if (!holder) return true;
  // A pid on another host (a shared volume) cannot be checked, so that lock is respected.
  if (holder.hostname !== hostname()) return false;
  // Our own pid, but not held by us: a previous run of a process that got the same pid (pid 1 in a container).
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return isErrno(error, "ESRCH");
  }
}

function removeIfUnchanged(lockFile: string, holder: LockContents | undefined): void {
  if (readLock(lockFile)?.token !== holder?.token) return;
  removeQuietly(lockFile);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
