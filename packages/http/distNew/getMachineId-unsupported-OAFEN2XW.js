import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  diag,
  init_esm
} from "./chunk-YMC5COE2.js";
import {
  __esm
} from "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-unsupported.js
async function getMachineId() {
  diag.debug("could not read machine-id: unsupported platform");
  return void 0;
}
var init_getMachineId_unsupported = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-unsupported.js"() {
    init_esm();
  }
});
init_getMachineId_unsupported();
export {
  getMachineId
};
//# sourceMappingURL=getMachineId-unsupported-OAFEN2XW.js.map