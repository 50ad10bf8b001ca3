/** What every benchmark records about the run: the machine, Node, the time and the load. */
import os from "node:os"

/** Rounds `x` to `digits` decimals. */
export const round = (x: number, digits: number) => Number(x.toFixed(digits))

/** Node version, time, platform, CPUs and load average, for a results file's `*.meta.json`. */
export const machine = () => {
  const cpus = os.cpus()
  return {
    node: process.version,
    timestamp: new Date().toISOString(),
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    loadAverage: os.loadavg().map((l) => round(l, 2))
  }
}
