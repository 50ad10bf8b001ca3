import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
  ATTR_TELEMETRY_SDK_LANGUAGE,
  ATTR_TELEMETRY_SDK_NAME,
  ATTR_TELEMETRY_SDK_VERSION,
  SDK_INFO,
  TELEMETRY_SDK_LANGUAGE_VALUE_NODEJS,
  TELEMETRY_SDK_LANGUAGE_VALUE_WEBJS,
  init_dist
} from "./chunk-M7COB76B.js";
import {
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  context,
  createTraceState,
  diag,
  init_esm,
  trace
} from "./chunk-YMC5COE2.js";
import {
  DisablePropagation,
  GenericTag,
  LoggerTypeId,
  MetricTypeId,
  add2 as add,
  addLogger,
  addLoggerEffect,
  addLoggerScoped,
  batchedLogger,
  clockWith,
  constTrue,
  counter,
  currentPropagatedSpan,
  defaultLogger,
  die2 as die,
  dual,
  effect,
  empty10 as empty5,
  empty6 as empty,
  empty7 as empty2,
  empty8 as empty3,
  empty9 as empty4,
  externalSpan,
  fail,
  fiberActive,
  fiberFailures,
  fiberLifetimes,
  fiberStarted,
  fiberSuccesses,
  filterLogLevel,
  flatMap,
  flatMap5 as flatMap2,
  frequency,
  fromMetricKey,
  fromNullable,
  gauge,
  gen,
  get2 as get,
  getOption,
  getOrElse,
  getOrUndefined,
  globalMetricRegistry,
  histogram,
  increment,
  incrementBy,
  isCounterKey,
  isCounterState,
  isFrequencyKey,
  isFrequencyState,
  isGaugeKey,
  isGaugeState,
  isHistogramKey,
  isHistogramState,
  isInterruptedOnly,
  isLogger,
  isSummaryState,
  jsonLogger,
  jsonLogger2,
  liftThrowable,
  logFmtLogger,
  logLevelInfo,
  logfmtLogger,
  loggerWithConsoleError,
  loggerWithConsoleLog,
  loggerWithLeveledLog,
  loggerWithSpanAnnotations,
  make11 as make2,
  make9 as make,
  makeLogger,
  map10 as map2,
  map12 as map3,
  map13 as map4,
  map9 as map,
  mapInput2 as mapInput,
  mapInput3 as mapInput2,
  mapInputOptions,
  mapType,
  match2 as match,
  minimumLogLevel,
  modify2 as modify,
  none,
  none2,
  none4 as none3,
  option,
  orDie,
  orElse,
  pipe,
  pretty,
  prettyErrors,
  prettyLogger,
  prettyLogger2,
  prettyLoggerDefault,
  provideMerge,
  reduce,
  removeLogger,
  replaceLogger,
  replaceLoggerEffect,
  replaceLoggerScoped,
  set4 as set,
  setTracer,
  simple,
  snapshot,
  some,
  string,
  stringLogger,
  structuredLogger,
  structuredLogger2,
  succeed3 as succeed,
  succeed4 as succeed2,
  succeed8 as succeed3,
  summary,
  summaryTimestamp,
  sync2 as sync,
  sync3 as sync2,
  sync5 as sync3,
  tagged,
  taggedWithLabels,
  taggedWithLabelsInput,
  timer,
  timerWithBoundaries,
  toStringUnknown,
  tracerLogger,
  trackAll,
  trackDefect,
  trackDefectWith,
  trackDuration,
  trackDurationWith,
  trackError,
  trackErrorWith,
  trackSuccess,
  trackSuccessWith,
  unsafeSnapshot,
  unwrapEffect,
  update2 as update,
  value,
  void_2 as void_,
  withConstantInput,
  withDefault,
  withMinimumLogLevel,
  withNow,
  zip2 as zip,
  zip3 as zip2,
  zip4 as zip3,
  zipLeft,
  zipRight3 as zipRight
} from "./chunk-NTHP6WWR.js";
import {
  __export
} from "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/Logger.js
var Logger_exports = {};
__export(Logger_exports, {
  LoggerTypeId: () => LoggerTypeId2,
  add: () => add2,
  addEffect: () => addEffect,
  addScoped: () => addScoped,
  batched: () => batched,
  defaultLogger: () => defaultLogger2,
  filterLogLevel: () => filterLogLevel2,
  isLogger: () => isLogger2,
  json: () => json,
  jsonLogger: () => jsonLogger3,
  logFmt: () => logFmt,
  logfmtLogger: () => logfmtLogger2,
  make: () => make3,
  map: () => map5,
  mapInput: () => mapInput3,
  mapInputOptions: () => mapInputOptions2,
  minimumLogLevel: () => minimumLogLevel2,
  none: () => none4,
  pretty: () => pretty2,
  prettyLogger: () => prettyLogger3,
  prettyLoggerDefault: () => prettyLoggerDefault2,
  remove: () => remove,
  replace: () => replace,
  replaceEffect: () => replaceEffect,
  replaceScoped: () => replaceScoped,
  simple: () => simple2,
  stringLogger: () => stringLogger2,
  structured: () => structured,
  structuredLogger: () => structuredLogger3,
  succeed: () => succeed4,
  sync: () => sync4,
  test: () => test2,
  tracerLogger: () => tracerLogger2,
  withConsoleError: () => withConsoleError,
  withConsoleLog: () => withConsoleLog,
  withLeveledConsole: () => withLeveledConsole,
  withMinimumLogLevel: () => withMinimumLogLevel2,
  withSpanAnnotations: () => withSpanAnnotations,
  zip: () => zip4,
  zipLeft: () => zipLeft2,
  zipRight: () => zipRight2
});

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/internal/logger-circular.js
var test = /* @__PURE__ */ dual(2, (self, input) => self.log({
  fiberId: none2,
  logLevel: logLevelInfo,
  message: input,
  cause: empty4,
  context: empty5(),
  spans: empty3(),
  annotations: empty2(),
  date: /* @__PURE__ */ new Date()
}));

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/Logger.js
var LoggerTypeId2 = LoggerTypeId;
var make3 = makeLogger;
var add2 = addLogger;
var addEffect = addLoggerEffect;
var addScoped = addLoggerScoped;
var mapInput3 = mapInput;
var mapInputOptions2 = mapInputOptions;
var filterLogLevel2 = filterLogLevel;
var map5 = map;
var batched = batchedLogger;
var withConsoleLog = loggerWithConsoleLog;
var withLeveledConsole = loggerWithLeveledLog;
var withConsoleError = loggerWithConsoleError;
var none4 = none3;
var remove = removeLogger;
var replace = replaceLogger;
var replaceEffect = replaceLoggerEffect;
var replaceScoped = replaceLoggerScoped;
var simple2 = simple;
var succeed4 = succeed;
var sync4 = sync;
var test2 = test;
var withMinimumLogLevel2 = withMinimumLogLevel;
var withSpanAnnotations = loggerWithSpanAnnotations;
var zip4 = zip;
var zipLeft2 = zipLeft;
var zipRight2 = zipRight;
var defaultLogger2 = defaultLogger;
var jsonLogger3 = jsonLogger;
var logfmtLogger2 = logfmtLogger;
var stringLogger2 = stringLogger;
var prettyLogger3 = prettyLogger;
var prettyLoggerDefault2 = prettyLoggerDefault;
var structuredLogger3 = structuredLogger;
var tracerLogger2 = tracerLogger;
var json = /* @__PURE__ */ replace(defaultLogger, jsonLogger2);
var logFmt = /* @__PURE__ */ replace(defaultLogger, logFmtLogger);
var pretty2 = /* @__PURE__ */ replace(defaultLogger, prettyLogger2);
var structured = /* @__PURE__ */ replace(defaultLogger, structuredLogger2);
var minimumLogLevel2 = minimumLogLevel;
var isLogger2 = isLogger;

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/ResourceImpl.js
init_esm();
init_dist();

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/default-service-name.js
var serviceName;
function defaultServiceName() {
  if (serviceName === void 0) {
    try {
      const argv0 = globalThis.process.argv0;
      serviceName = argv0 ? `unknown_service:${argv0}` : "unknown_service";
    } catch {
      serviceName = "unknown_service";
    }
  }
  return serviceName;
}

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/utils.js
var isPromiseLike = (val) => {
  return val !== null && typeof val === "object" && typeof val.then === "function";
};

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/ResourceImpl.js
var ResourceImpl = class _ResourceImpl {
  _rawAttributes;
  _asyncAttributesPending = false;
  _schemaUrl;
  _memoizedAttributes;
  static FromAttributeList(attributes, options) {
    const res = new _ResourceImpl({}, options);
    res._rawAttributes = guardedRawAttributes(attributes);
    res._asyncAttributesPending = attributes.filter(([_, val]) => isPromiseLike(val)).length > 0;
    return res;
  }
  constructor(resource, options) {
    const attributes = resource.attributes ?? {};
    this._rawAttributes = Object.entries(attributes).map(([k, v]) => {
      if (isPromiseLike(v)) {
        this._asyncAttributesPending = true;
      }
      return [k, v];
    });
    this._rawAttributes = guardedRawAttributes(this._rawAttributes);
    this._schemaUrl = validateSchemaUrl(options?.schemaUrl);
  }
  get asyncAttributesPending() {
    return this._asyncAttributesPending;
  }
  async waitForAsyncAttributes() {
    if (!this.asyncAttributesPending) {
      return;
    }
    for (let i = 0; i < this._rawAttributes.length; i++) {
      const [k, v] = this._rawAttributes[i];
      this._rawAttributes[i] = [k, isPromiseLike(v) ? await v : v];
    }
    this._asyncAttributesPending = false;
  }
  get attributes() {
    if (this.asyncAttributesPending) {
      diag.error("Accessing resource attributes before async attributes settled");
    }
    if (this._memoizedAttributes) {
      return this._memoizedAttributes;
    }
    const attrs = {};
    for (const [k, v] of this._rawAttributes) {
      if (isPromiseLike(v)) {
        diag.debug(`Unsettled resource attribute ${k} skipped`);
        continue;
      }
      if (v != null) {
        attrs[k] ??= v;
      }
    }
    if (!this._asyncAttributesPending) {
      this._memoizedAttributes = attrs;
    }
    return attrs;
  }
  getRawAttributes() {
    return this._rawAttributes;
  }
  get schemaUrl() {
    return this._schemaUrl;
  }
  merge(resource) {
    if (resource == null)
      return this;
    const mergedSchemaUrl = mergeSchemaUrl(this, resource);
    const mergedOptions = mergedSchemaUrl ? { schemaUrl: mergedSchemaUrl } : void 0;
    return _ResourceImpl.FromAttributeList([...resource.getRawAttributes(), ...this.getRawAttributes()], mergedOptions);
  }
};
function resourceFromAttributes(attributes, options) {
  return ResourceImpl.FromAttributeList(Object.entries(attributes), options);
}
function emptyResource() {
  return resourceFromAttributes({});
}
function defaultResource() {
  return resourceFromAttributes({
    [ATTR_SERVICE_NAME]: defaultServiceName(),
    [ATTR_TELEMETRY_SDK_LANGUAGE]: SDK_INFO[ATTR_TELEMETRY_SDK_LANGUAGE],
    [ATTR_TELEMETRY_SDK_NAME]: SDK_INFO[ATTR_TELEMETRY_SDK_NAME],
    [ATTR_TELEMETRY_SDK_VERSION]: SDK_INFO[ATTR_TELEMETRY_SDK_VERSION]
  });
}
function guardedRawAttributes(attributes) {
  return attributes.map(([k, v]) => {
    if (isPromiseLike(v)) {
      return [
        k,
        v.catch((err) => {
          diag.debug("promise rejection for resource attribute: %s - %s", k, err);
          return void 0;
        })
      ];
    }
    return [k, v];
  });
}
function validateSchemaUrl(schemaUrl) {
  if (typeof schemaUrl === "string" || schemaUrl === void 0) {
    return schemaUrl;
  }
  diag.warn("Schema URL must be string or undefined, got %s. Schema URL will be ignored.", schemaUrl);
  return void 0;
}
function mergeSchemaUrl(old, updating) {
  const oldSchemaUrl = old?.schemaUrl;
  const updatingSchemaUrl = updating?.schemaUrl;
  const isOldEmpty = oldSchemaUrl === void 0 || oldSchemaUrl === "";
  const isUpdatingEmpty = updatingSchemaUrl === void 0 || updatingSchemaUrl === "";
  if (isOldEmpty) {
    return updatingSchemaUrl;
  }
  if (isUpdatingEmpty) {
    return oldSchemaUrl;
  }
  if (oldSchemaUrl === updatingSchemaUrl) {
    return oldSchemaUrl;
  }
  diag.warn('Schema URL merge conflict: old resource has "%s", updating resource has "%s". Resulting resource will have undefined Schema URL.', oldSchemaUrl, updatingSchemaUrl);
  return void 0;
}

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/Resource.js
init_dist();
var Resource = /* @__PURE__ */ GenericTag("@effect/opentelemetry/Resource");
var configToAttributes = (options) => {
  const attributes = {
    ...options.attributes ?? void 0,
    [ATTR_SERVICE_NAME]: options.serviceName,
    [ATTR_TELEMETRY_SDK_NAME]: "@effect/opentelemetry",
    [ATTR_TELEMETRY_SDK_LANGUAGE]: typeof globalThis.document === "undefined" ? TELEMETRY_SDK_LANGUAGE_VALUE_NODEJS : TELEMETRY_SDK_LANGUAGE_VALUE_WEBJS
  };
  if (options.serviceVersion) {
    attributes[ATTR_SERVICE_VERSION] = options.serviceVersion;
  }
  return attributes;
};
var layerFromEnv = (additionalAttributes) => effect(Resource, gen(function* () {
  const serviceName2 = yield* pipe(string("OTEL_SERVICE_NAME"), option, orDie);
  const attributes = yield* pipe(string("OTEL_RESOURCE_ATTRIBUTES"), withDefault(""), map4((s) => {
    const attrs = s.split(",");
    return reduce(attrs, {}, (acc, attr) => {
      const parts = attr.split("=");
      if (parts.length !== 2) {
        return acc;
      }
      acc[parts[0].trim()] = parts[1].trim();
      return acc;
    });
  }), orDie);
  if (serviceName2._tag === "Some") {
    attributes[ATTR_SERVICE_NAME] = serviceName2.value;
  }
  if (additionalAttributes) {
    Object.assign(attributes, additionalAttributes);
  }
  return resourceFromAttributes(attributes);
}));
var layerEmpty = /* @__PURE__ */ succeed3(Resource, /* @__PURE__ */ emptyResource());

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/internal/utils.js
var bigint1e9 = 1000000000n;
var nanosToHrTime = (timestamp) => {
  return [Number(timestamp / bigint1e9), Number(timestamp % bigint1e9)];
};
var recordToAttributes = (value3) => Object.entries(value3).reduce((acc, [key, value4]) => {
  acc[key] = unknownToAttributeValue(value4);
  return acc;
}, {});
var unknownToAttributeValue = (value3) => {
  if (typeof value3 === "string" || typeof value3 === "number" || typeof value3 === "boolean") {
    return value3;
  } else if (typeof value3 === "bigint") {
    return value3.toString();
  }
  return toStringUnknown(value3);
};
var isNonEmpty = (a) => a !== void 0 && !(Array.isArray(a) && a.length === 0);

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/internal/tracer.js
init_esm();
init_dist();
var OtelSpanTypeId = /* @__PURE__ */ Symbol.for("@effect/opentelemetry/Tracer/OtelSpan");
var kindMap = {
  "internal": SpanKind.INTERNAL,
  "client": SpanKind.CLIENT,
  "server": SpanKind.SERVER,
  "producer": SpanKind.PRODUCER,
  "consumer": SpanKind.CONSUMER
};
var getOtelParent = (tracer, otelContext, context2) => {
  const active = tracer.getSpan(otelContext);
  const otelParent = active ? active.spanContext() : void 0;
  return otelParent ? some(externalSpan({
    spanId: otelParent.spanId,
    traceId: otelParent.traceId,
    sampled: (otelParent.traceFlags & 1) === 1,
    context: context2
  })) : none();
};
var OtelSpan = class {
  name;
  context;
  links;
  kind;
  [OtelSpanTypeId];
  _tag = "Span";
  span;
  spanId;
  traceId;
  attributes = /* @__PURE__ */ new Map();
  sampled;
  parent;
  status;
  constructor(contextApi, traceApi, tracer, name, effectParent, context2, links, startTime, kind, options) {
    this.name = name;
    this.context = context2;
    this.links = links;
    this.kind = kind;
    this[OtelSpanTypeId] = OtelSpanTypeId;
    const active = contextApi.active();
    this.parent = effectParent._tag === "Some" ? effectParent : options?.root !== true ? getOtelParent(traceApi, active, context2) : none();
    this.span = tracer.startSpan(name, {
      startTime: nanosToHrTime(startTime),
      links: links.length > 0 ? links.map((link) => ({
        context: makeSpanContext(link.span),
        attributes: recordToAttributes(link.attributes)
      })) : void 0,
      kind: kindMap[this.kind]
    }, this.parent._tag === "Some" ? populateContext(active, this.parent.value, context2) : trace.deleteSpan(active));
    const spanContext = this.span.spanContext();
    this.spanId = spanContext.spanId;
    this.traceId = spanContext.traceId;
    this.status = {
      _tag: "Started",
      startTime
    };
    this.sampled = (spanContext.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED;
  }
  attribute(key, value3) {
    this.span.setAttribute(key, unknownToAttributeValue(value3));
    this.attributes.set(key, value3);
  }
  addLinks(links) {
    this.links.push(...links);
    this.span.addLinks(links.map((link) => ({
      context: makeSpanContext(link.span),
      attributes: recordToAttributes(link.attributes)
    })));
  }
  end(endTime, exit) {
    const hrTime = nanosToHrTime(endTime);
    this.status = {
      _tag: "Ended",
      endTime,
      exit,
      startTime: this.status.startTime
    };
    if (exit._tag === "Success") {
      this.span.setStatus({
        code: SpanStatusCode.OK
      });
    } else {
      if (isInterruptedOnly(exit.cause)) {
        this.span.setStatus({
          code: SpanStatusCode.OK,
          message: pretty(exit.cause)
        });
        this.span.setAttribute("span.label", "\u26A0\uFE0E Interrupted");
        this.span.setAttribute("status.interrupted", true);
      } else {
        const firstError = prettyErrors(exit.cause)[0];
        if (firstError) {
          firstError.stack = pretty(exit.cause, {
            renderErrorCause: true
          });
          this.span.recordException(firstError, hrTime);
          this.span.setStatus({
            code: SpanStatusCode.ERROR,
            message: firstError.message
          });
        } else {
          this.span.setStatus({
            code: SpanStatusCode.OK
          });
        }
      }
    }
    this.span.end(hrTime);
  }
  event(name, startTime, attributes) {
    this.span.addEvent(name, attributes ? recordToAttributes(attributes) : void 0, nanosToHrTime(startTime));
  }
};
var TracerProvider = /* @__PURE__ */ GenericTag("@effect/opentelemetry/Tracer/OtelTracerProvider");
var Tracer = /* @__PURE__ */ GenericTag("@effect/opentelemetry/Tracer/OtelTracer");
var make4 = /* @__PURE__ */ map3(Tracer, (tracer) => make({
  span(name, parent, context2, links, startTime, kind, options) {
    return new OtelSpan(context, trace, tracer, name, parent, context2, links.slice(), startTime, kind, options);
  },
  context(execution, fiber) {
    const currentSpan = getOrUndefined(filterDisablePropagation(fromNullable(fiber.currentSpan)));
    if (currentSpan === void 0) {
      return execution();
    }
    return context.with(populateContext(context.active(), currentSpan), execution);
  }
}));
var filterDisablePropagation = /* @__PURE__ */ flatMap((span) => get(span.context, DisablePropagation) ? span._tag === "Span" ? filterDisablePropagation(span.parent) : none() : some(span));
var traceFlagsTag = /* @__PURE__ */ GenericTag("@effect/opentelemetry/Tracer/OtelTraceFlags");
var traceStateTag = /* @__PURE__ */ GenericTag("@effect/opentelemetry/Tracer/OtelTraceState");
var makeExternalSpan = (options) => {
  let context2 = empty();
  if (options.traceFlags !== void 0) {
    context2 = add(context2, traceFlagsTag, options.traceFlags);
  }
  if (typeof options.traceState === "string") {
    context2 = match(createTraceState2(options.traceState), {
      onNone: () => context2,
      onSome: (traceState) => add(context2, traceStateTag, traceState)
    });
  } else if (options.traceState) {
    context2 = add(context2, traceStateTag, options.traceState);
  }
  return {
    _tag: "ExternalSpan",
    traceId: options.traceId,
    spanId: options.spanId,
    sampled: options.traceFlags !== void 0 ? (options.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED : true,
    context: context2
  };
};
var makeOtelSpan = (span, clock) => {
  const spanContext = {
    traceId: span.traceId,
    spanId: span.spanId,
    traceFlags: span.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: false
  };
  let exit = void_;
  const self = {
    spanContext: () => spanContext,
    setAttribute(key, value3) {
      span.attribute(key, value3);
      return self;
    },
    setAttributes(attributes) {
      for (const [key, value3] of Object.entries(attributes)) {
        span.attribute(key, value3);
      }
      return self;
    },
    addEvent(name) {
      let attributes = void 0;
      let startTime = void 0;
      if (arguments.length === 3) {
        attributes = arguments[1];
        startTime = arguments[2];
      } else if (arguments.length === 2) {
        const arg1 = arguments[1];
        if (isTimeInput(arg1)) {
          startTime = arg1;
        } else {
          attributes = arg1;
        }
      }
      span.event(name, convertOtelTimeInput(startTime, clock), attributes);
      return self;
    },
    addLink(link) {
      span.addLinks([{
        _tag: "SpanLink",
        span: makeExternalSpan(link.context),
        attributes: link.attributes ?? {}
      }]);
      return self;
    },
    addLinks(links) {
      span.addLinks(links.map((link) => ({
        _tag: "SpanLink",
        span: makeExternalSpan(link.context),
        attributes: link.attributes ?? {}
      })));
      return self;
    },
    setStatus(status) {
      exit = SpanStatusCode.ERROR ? die(status.message ?? "Unknown error") : void_;
      return self;
    },
    updateName: () => self,
    end(endTime) {
      const time = convertOtelTimeInput(endTime, clock);
      span.end(time, exit);
      return self;
    },
    isRecording: constTrue,
    recordException(exception, timeInput) {
      const time = convertOtelTimeInput(timeInput, clock);
      const cause = fail(exception);
      const error = prettyErrors(cause)[0];
      span.event(error.message, time, {
        "exception.type": error.name,
        "exception.message": error.message,
        "exception.stacktrace": error.stack ?? ""
      });
    }
  };
  return self;
};
var bigint1e6 = /* @__PURE__ */ BigInt(1e6);
var bigint1e92 = /* @__PURE__ */ BigInt(1e9);
var isTimeInput = (u) => typeof u === "number" || u instanceof Date || Array.isArray(u) && u.length === 2 && typeof u[0] === "number" && typeof u[1] === "number";
var convertOtelTimeInput = (input, clock) => {
  if (input === void 0) {
    return clock.unsafeCurrentTimeNanos();
  } else if (typeof input === "number") {
    return BigInt(Math.round(input * 1e6));
  } else if (input instanceof Date) {
    return BigInt(input.getTime()) * bigint1e6;
  }
  const [seconds, nanos] = input;
  return BigInt(seconds) * bigint1e92 + BigInt(nanos);
};
var currentOtelSpan = /* @__PURE__ */ clockWith((clock) => map3(currentPropagatedSpan, (span) => {
  if (OtelSpanTypeId in span) {
    return span.span;
  }
  return makeOtelSpan(span, clock);
}));
var layerTracer = /* @__PURE__ */ effect(Tracer, /* @__PURE__ */ flatMap2(/* @__PURE__ */ zip3(Resource, TracerProvider), ([resource, provider]) => sync3(() => provider.getTracer(resource.attributes[ATTR_SERVICE_NAME], resource.attributes[ATTR_SERVICE_VERSION]))));
var layerWithoutOtelTracer = /* @__PURE__ */ unwrapEffect(/* @__PURE__ */ map3(make4, setTracer));
var layer = /* @__PURE__ */ layerWithoutOtelTracer.pipe(/* @__PURE__ */ provideMerge(layerTracer));
var createTraceState2 = /* @__PURE__ */ liftThrowable(createTraceState);
var populateContext = (otelContext, span, context2) => span instanceof OtelSpan ? trace.setSpan(otelContext, span.span) : trace.setSpanContext(otelContext, makeSpanContext(span, context2));
var makeSpanContext = (span, context2) => ({
  spanId: span.spanId,
  traceId: span.traceId,
  isRemote: span._tag === "ExternalSpan",
  traceFlags: getOrElse(context2 ? extractTraceTag(span, context2, traceFlagsTag) : getOption(span.context, traceFlagsTag), () => TraceFlags.SAMPLED),
  traceState: getOrUndefined(context2 ? extractTraceTag(span, context2, traceStateTag) : getOption(span.context, traceStateTag))
});
var extractTraceTag = (parent, context2, tag) => orElse(getOption(context2, tag), () => getOption(parent.context, tag));

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/Tracer.js
var currentOtelSpan2 = currentOtelSpan;
var layer2 = layer;
var OtelTracerProvider = TracerProvider;

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/Metric.js
var Metric_exports = {};
__export(Metric_exports, {
  MetricTypeId: () => MetricTypeId2,
  counter: () => counter2,
  fiberActive: () => fiberActive2,
  fiberFailures: () => fiberFailures2,
  fiberLifetimes: () => fiberLifetimes2,
  fiberStarted: () => fiberStarted2,
  fiberSuccesses: () => fiberSuccesses2,
  frequency: () => frequency2,
  fromMetricKey: () => fromMetricKey2,
  gauge: () => gauge2,
  globalMetricRegistry: () => globalMetricRegistry2,
  histogram: () => histogram2,
  increment: () => increment2,
  incrementBy: () => incrementBy2,
  make: () => make5,
  map: () => map6,
  mapInput: () => mapInput4,
  mapType: () => mapType2,
  modify: () => modify2,
  set: () => set2,
  snapshot: () => snapshot2,
  succeed: () => succeed5,
  summary: () => summary2,
  summaryTimestamp: () => summaryTimestamp2,
  sync: () => sync6,
  tagged: () => tagged2,
  taggedWithLabels: () => taggedWithLabels2,
  taggedWithLabelsInput: () => taggedWithLabelsInput2,
  timer: () => timer2,
  timerWithBoundaries: () => timerWithBoundaries2,
  trackAll: () => trackAll2,
  trackDefect: () => trackDefect2,
  trackDefectWith: () => trackDefectWith2,
  trackDuration: () => trackDuration2,
  trackDurationWith: () => trackDurationWith2,
  trackError: () => trackError2,
  trackErrorWith: () => trackErrorWith2,
  trackSuccess: () => trackSuccess2,
  trackSuccessWith: () => trackSuccessWith2,
  unsafeSnapshot: () => unsafeSnapshot2,
  update: () => update2,
  value: () => value2,
  withConstantInput: () => withConstantInput2,
  withNow: () => withNow2,
  zip: () => zip5
});
var MetricTypeId2 = MetricTypeId;
var globalMetricRegistry2 = globalMetricRegistry;
var make5 = make2;
var mapInput4 = mapInput2;
var counter2 = counter;
var frequency2 = frequency;
var withConstantInput2 = withConstantInput;
var fromMetricKey2 = fromMetricKey;
var gauge2 = gauge;
var histogram2 = histogram;
var increment2 = increment;
var incrementBy2 = incrementBy;
var map6 = map2;
var mapType2 = mapType;
var modify2 = modify;
var set2 = set;
var snapshot2 = snapshot;
var succeed5 = succeed2;
var sync6 = sync2;
var summary2 = summary;
var summaryTimestamp2 = summaryTimestamp;
var tagged2 = tagged;
var taggedWithLabelsInput2 = taggedWithLabelsInput;
var taggedWithLabels2 = taggedWithLabels;
var timer2 = timer;
var timerWithBoundaries2 = timerWithBoundaries;
var trackAll2 = trackAll;
var trackDefect2 = trackDefect;
var trackDefectWith2 = trackDefectWith;
var trackDuration2 = trackDuration;
var trackDurationWith2 = trackDurationWith;
var trackError2 = trackError;
var trackErrorWith2 = trackErrorWith;
var trackSuccess2 = trackSuccess;
var trackSuccessWith2 = trackSuccessWith;
var update2 = update;
var value2 = value;
var withNow2 = withNow;
var zip5 = zip2;
var unsafeSnapshot2 = unsafeSnapshot;
var fiberStarted2 = fiberStarted;
var fiberSuccesses2 = fiberSuccesses;
var fiberFailures2 = fiberFailures;
var fiberLifetimes2 = fiberLifetimes;
var fiberActive2 = fiberActive;

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/MetricKeyType.js
var isCounterKey2 = isCounterKey;
var isFrequencyKey2 = isFrequencyKey;
var isGaugeKey2 = isGaugeKey;
var isHistogramKey2 = isHistogramKey;

// ../../node_modules/.pnpm/effect@3.22.4/node_modules/effect/dist/esm/MetricState.js
var isCounterState2 = isCounterState;
var isFrequencyState2 = isFrequencyState;
var isGaugeState2 = isGaugeState;
var isHistogramState2 = isHistogramState;
var isSummaryState2 = isSummaryState;

export {
  unsafeSnapshot2 as unsafeSnapshot,
  Metric_exports,
  make3 as make,
  addEffect,
  defaultLogger2 as defaultLogger,
  prettyLoggerDefault2 as prettyLoggerDefault,
  Logger_exports,
  isCounterKey2 as isCounterKey,
  isFrequencyKey2 as isFrequencyKey,
  isGaugeKey2 as isGaugeKey,
  isHistogramKey2 as isHistogramKey,
  isCounterState2 as isCounterState,
  isFrequencyState2 as isFrequencyState,
  isGaugeState2 as isGaugeState,
  isHistogramState2 as isHistogramState,
  isSummaryState2 as isSummaryState,
  defaultResource,
  Resource,
  configToAttributes,
  layerFromEnv,
  layerEmpty,
  unknownToAttributeValue,
  isNonEmpty,
  currentOtelSpan2 as currentOtelSpan,
  layer2 as layer,
  OtelTracerProvider
};
//# sourceMappingURL=chunk-465WKOKY.js.map