/**
 * `sire serve` as a real process for tests: started with the package's bin on a free loopback
 * port, ready once it logs `Listening on <url>`, stopped with SIGTERM (SIGKILL when it will not
 * stop), and run once to its own exit for start-up failures.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The http package's directory. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")

/** The package's `sire` bin, as a user runs it. */
export const bin = join(packageDir, "bin", "sire.js")

/** A running `sire serve`. */
export interface Running {
  readonly child: ChildProcess
  /** Where it listens (`http://127.0.0.1:<port>`). */
  readonly base: string
  /** Everything it wrote so far, stdout and stderr. */
  readonly output: () => string
}

/** How to start one: its data dir, its environment (over `PORT=0`, `HOST=127.0.0.1`), a label for errors, how long it may take. */
export interface ServeOptions {
  readonly dataDir: string
  readonly env?: Readonly<Record<string, string>>
  readonly label?: string
  readonly startMs?: number
  /** A command line to run with `sh -c` from the repository root, in a process group of its own, instead of the bin. */
  readonly shell?: string
}

const spawnServe = (options: ServeOptions): ChildProcess => {
  const env = { ...process.env, PORT: "0", HOST: "127.0.0.1", SIRE_DATA_DIR: options.dataDir, ...options.env }
  return options.shell === undefined
    ? spawn(process.execPath, [bin, "serve"], { cwd: packageDir, env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn("sh", ["-c", options.shell], { cwd: join(packageDir, "..", ".."), env, stdio: ["ignore", "pipe", "pipe"], detached: true })
}

/** Starts `sire serve`; resolves once it listens, rejects if it exits first or takes longer than `startMs` (60 s). */
export const serve = (options: ServeOptions): Promise<Running> =>
  new Promise((resolve, reject) => {
    const label = options.label === undefined ? "sire serve" : `sire serve (${options.label})`
    const startMs = options.startMs ?? 60_000
    const child = spawnServe(options)
    let output = ""
    let settled = false
    const timer = setTimeout(() => {
      settled = true
      child.kill("SIGKILL")
      reject(new Error(`${label} did not start within ${startMs / 1000} s:\n${output}`))
    }, startMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const listening = /Listening on (http:\/\/[^\s"]+)/.exec(output)
      if (listening && !settled) {
        settled = true
        clearTimeout(timer)
        resolve({ child, base: listening[1]!, output: () => output })
      }
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code, signal) => {
      clearTimeout(timer)
      if (!settled) {
        settled = true
        reject(new Error(`${label} exited with ${code ?? signal} before listening:\n${output}`))
      }
    })
  })

/** Sends SIGTERM, then SIGKILL after `killAfterMs` (15 s); resolves with the exit code (null when killed). */
export const stop = (running: Running, killAfterMs = 15_000): Promise<number | null> =>
  new Promise((resolve) => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) return resolve(running.child.exitCode)
    const timer = setTimeout(() => running.child.kill("SIGKILL"), killAfterMs)
    running.child.once("exit", (code) => {
      clearTimeout(timer)
      resolve(code)
    })
    running.child.kill("SIGTERM")
  })

/** Sends `signal` to the process's group (a process started with `shell`: the shell and what it started), else to the process; nothing when neither is left. */
export const killGroup = (running: Running, signal: NodeJS.Signals): void => {
  try {
    process.kill(-running.child.pid!, signal)
  } catch {
    running.child.kill(signal)
  }
}

/** How a process exited. */
export interface Exited {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

/**
 * Sends `signals` in order, `gapMs` (20 ms) apart — as one Ctrl-C reaches a process several times:
 * from the terminal, then forwarded by `pnpm` and the shell — each to the process, or to its whole
 * group when it is `"group"` (a process started with `shell`); SIGKILL after `killAfterMs` (15 s).
 * Resolves with how it exited.
 */
export const signal = (
  running: Running,
  signals: ReadonlyArray<NodeJS.Signals | readonly [NodeJS.Signals, "group"]>,
  gapMs = 20,
  killAfterMs = 15_000
): Promise<Exited> =>
  new Promise((resolve) => {
    const { child } = running
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode })
    const send = (target: NodeJS.Signals | readonly [NodeJS.Signals, "group"]) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      if (typeof target === "string") child.kill(target)
      else killGroup(running, target[0])
    }
    const timers = [setTimeout(() => killGroup(running, "SIGKILL"), killAfterMs)]
    child.once("exit", (code, signal) => {
      timers.forEach(clearTimeout)
      resolve({ code, signal })
    })
    signals.forEach((target, index) => timers.push(setTimeout(() => send(target), index * gapMs)))
  })

/** Runs `sire serve` until it exits by itself (killed after 30 s): its exit code and output. */
export const exitOf = (options: ServeOptions): Promise<{ readonly code: number | null; readonly output: string }> =>
  new Promise((resolve) => {
    const child = spawnServe(options)
    let output = ""
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      output += "\n[test] still running after 30 s: killed"
      child.kill("SIGKILL")
    }, 30_000)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
