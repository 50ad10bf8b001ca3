import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/execAsync.js
import * as child_process from "child_process";
import * as util from "util";
var execAsync = util.promisify(child_process.exec);
var execFileAsync = util.promisify(child_process.execFile);

export {
  execAsync,
  execFileAsync
};
//# sourceMappingURL=chunk-6G4C4YJ5.js.map