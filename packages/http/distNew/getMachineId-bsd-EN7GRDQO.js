import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  execFileAsync
} from "./chunk-6G4C4YJ5.js";
import {
  diag,
  init_esm
} from "./chunk-YMC5COE2.js";
import "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-bsd.js
import { promises as fs } from "fs";
init_esm();
var EXEC_TIMEOUT_MS = 5e3;
async function getMachineId() {
  try {
    const result = await fs.readFile("/etc/hostid", { encoding: "utf8" });
    return result.trim();
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  try {
    const result = await execFileAsync("/bin/kenv", ["-q", "smbios.system.uuid"], { timeout: EXEC_TIMEOUT_MS });
    return result.stdout.trim();
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  return void 0;
}
export {
  getMachineId
};
//# sourceMappingURL=getMachineId-bsd-EN7GRDQO.js.map