/** The conformance kit (each port's contract and its model-based suite) against the flaky memory adapter. */
import { suite } from "@sire/adapters/testkit"
import * as FlakyStore from "../FlakyStore.js"

suite("flaky memory", FlakyStore.layers({ faultRate: 0.2, maxLatencyMs: 2, seed: 42 }))
