import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/execAsync.js
import * as child_process from "child_process";
import * as util from "util";
var execAsync;
var init_execAsync = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/execAsync.js"() {
    "use strict";
    execAsync = util.promisify(child_process.exec);
  }
});

export {
  execAsync,
  init_execAsync
};
//# sourceMappingURL=chunk-QWLV5YGG.js.map