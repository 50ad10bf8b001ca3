import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  execAsync,
  init_execAsync
} from "./chunk-QWLV5YGG.js";
import {
  diag,
  init_esm
} from "./chunk-YMC5COE2.js";
import {
  __esm
} from "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-darwin.js
async function getMachineId() {
  try {
    const result = await execAsync('ioreg -rd1 -c "IOPlatformExpertDevice"');
    const idLine = result.stdout.split("\n").find((line) => line.includes("IOPlatformUUID"));
    if (!idLine) {
      return void 0;
    }
    const parts = idLine.split('" = "');
    if (parts.length === 2) {
      return parts[1].slice(0, -1);
    }
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  return void 0;
}
var init_getMachineId_darwin = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-darwin.js"() {
    init_execAsync();
    init_esm();
  }
});
init_getMachineId_darwin();
export {
  getMachineId
};
//# sourceMappingURL=getMachineId-darwin-L373ZYBK.js.map