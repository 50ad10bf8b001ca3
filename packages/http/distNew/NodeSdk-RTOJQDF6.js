import { createRequire as __sireCreateRequire } from "node:module"; const require = __sireCreateRequire(import.meta.url);
import {
  AggregationTemporality,
  BindOnceFuture as BindOnceFuture2,
  DataPointType,
  ExportResultCode,
  InstrumentType,
  SDK_INFO,
  addHrTimes,
  esm_exports as esm_exports2,
  getNumberFromEnv,
  getStringFromEnv,
  globalErrorHandler,
  hrTime,
  hrTimeDuration,
  hrTimeToMicroseconds,
  init_esm as init_esm2,
  internal,
  isAttributeValue,
  isTimeInput,
  isTimeInputHrTime,
  isTracingSuppressed,
  merge,
  millisToHrTime,
  otperformance,
  sanitizeAttributes,
  suppressTracing
} from "./chunk-K424SQU6.js";
import {
  OtelTracerProvider,
  Resource,
  addEffect,
  configToAttributes,
  defaultResource,
  isCounterKey,
  isCounterState,
  isFrequencyKey,
  isFrequencyState,
  isGaugeKey,
  isGaugeState,
  isHistogramKey,
  isHistogramState,
  isNonEmpty,
  isSummaryState,
  layer,
  layerEmpty,
  layerFromEnv,
  make,
  unknownToAttributeValue,
  unsafeSnapshot
} from "./chunk-465WKOKY.js";
import {
  ATTR_ERROR_TYPE,
  ATTR_EXCEPTION_MESSAGE,
  ATTR_EXCEPTION_STACKTRACE,
  ATTR_EXCEPTION_TYPE,
  ATTR_SERVICE_NAME,
  ATTR_TELEMETRY_SDK_LANGUAGE,
  ATTR_TELEMETRY_SDK_NAME,
  ATTR_TELEMETRY_SDK_VERSION,
  BindOnceFuture,
  callWithTimeout,
  init_dist,
  timeInputToHrTime
} from "./chunk-M7COB76B.js";
import {
  INVALID_SPAN_CONTEXT,
  SamplingDecision,
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  ValueType,
  context,
  createNoopMeter,
  diag,
  esm_exports,
  init_esm,
  isSpanContextValid,
  isValidTraceId,
  trace
} from "./chunk-YMC5COE2.js";
import {
  ParentSpan,
  Tag,
  acquireRelease2 as acquireRelease,
  allocate,
  clock,
  constant,
  currentContext2 as currentContext,
  empty11 as empty,
  ensure,
  flatMap5 as flatMap,
  gen,
  getOption,
  getOrDefault,
  getOrElse,
  ignoreLogged,
  interruptible2 as interruptible,
  isEffect,
  map12 as map,
  mergeAll,
  promise,
  provide2 as provide,
  provideMerge,
  reduce,
  scoped2 as scoped,
  scopedDiscard,
  sync5 as sync,
  threadName,
  timeoutOption,
  unwrapEffect
} from "./chunk-NTHP6WWR.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-LZL4OESY.js";

// ../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AbstractAsyncHooksContextManager.js
var require_AbstractAsyncHooksContextManager = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AbstractAsyncHooksContextManager.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AbstractAsyncHooksContextManager = void 0;
    var events_1 = __require("events");
    var ADD_LISTENER_METHODS = [
      "addListener",
      "on",
      "once",
      "prependListener",
      "prependOnceListener"
    ];
    var AbstractAsyncHooksContextManager = class {
      /**
       * Binds a the certain context or the active one to the target function and then returns the target
       * @param context A context (span) to be bind to target
       * @param target a function or event emitter. When target or one of its callbacks is called,
       *  the provided context will be used as the active context for the duration of the call.
       */
      bind(context2, target) {
        if (target instanceof events_1.EventEmitter) {
          return this._bindEventEmitter(context2, target);
        }
        if (typeof target === "function") {
          return this._bindFunction(context2, target);
        }
        return target;
      }
      _bindFunction(context2, target) {
        const manager = this;
        const contextWrapper = function(...args) {
          return manager.with(context2, () => target.apply(this, args));
        };
        Object.defineProperty(contextWrapper, "length", {
          enumerable: false,
          configurable: true,
          writable: false,
          value: target.length
        });
        return contextWrapper;
      }
      /**
       * By default, EventEmitter call their callback with their context, which we do
       * not want, instead we will bind a specific context to all callbacks that
       * go through it.
       * @param context the context we want to bind
       * @param ee EventEmitter an instance of EventEmitter to patch
       */
      _bindEventEmitter(context2, ee) {
        const map2 = this._getPatchMap(ee);
        if (map2 !== void 0)
          return ee;
        this._createPatchMap(ee);
        ADD_LISTENER_METHODS.forEach((methodName) => {
          if (ee[methodName] === void 0)
            return;
          ee[methodName] = this._patchAddListener(ee, ee[methodName], context2);
        });
        if (typeof ee.removeListener === "function") {
          ee.removeListener = this._patchRemoveListener(ee, ee.removeListener);
        }
        if (typeof ee.off === "function") {
          ee.off = this._patchRemoveListener(ee, ee.off);
        }
        if (typeof ee.removeAllListeners === "function") {
          ee.removeAllListeners = this._patchRemoveAllListeners(ee, ee.removeAllListeners);
        }
        return ee;
      }
      /**
       * Patch methods that remove a given listener so that we match the "patched"
       * version of that listener (the one that propagate context).
       * @param ee EventEmitter instance
       * @param original reference to the patched method
       */
      _patchRemoveListener(ee, original) {
        const contextManager = this;
        return function(event, listener) {
          const events = contextManager._getPatchMap(ee)?.[event];
          if (events === void 0) {
            return original.call(this, event, listener);
          }
          const patchedListener = events.get(listener);
          return original.call(this, event, patchedListener || listener);
        };
      }
      /**
       * Patch methods that remove all listeners so we remove our
       * internal references for a given event.
       * @param ee EventEmitter instance
       * @param original reference to the patched method
       */
      _patchRemoveAllListeners(ee, original) {
        const contextManager = this;
        return function(event) {
          const map2 = contextManager._getPatchMap(ee);
          if (map2 !== void 0) {
            if (arguments.length === 0) {
              contextManager._createPatchMap(ee);
            } else if (map2[event] !== void 0) {
              delete map2[event];
            }
          }
          return original.apply(this, arguments);
        };
      }
      /**
       * Patch methods on an event emitter instance that can add listeners so we
       * can force them to propagate a given context.
       * @param ee EventEmitter instance
       * @param original reference to the patched method
       * @param [context] context to propagate when calling listeners
       */
      _patchAddListener(ee, original, context2) {
        const contextManager = this;
        return function(event, listener) {
          if (contextManager._wrapped) {
            return original.call(this, event, listener);
          }
          let map2 = contextManager._getPatchMap(ee);
          if (map2 === void 0) {
            map2 = contextManager._createPatchMap(ee);
          }
          let listeners = map2[event];
          if (listeners === void 0) {
            listeners = /* @__PURE__ */ new WeakMap();
            map2[event] = listeners;
          }
          const patchedListener = contextManager.bind(context2, listener);
          listeners.set(listener, patchedListener);
          contextManager._wrapped = true;
          try {
            return original.call(this, event, patchedListener);
          } finally {
            contextManager._wrapped = false;
          }
        };
      }
      _createPatchMap(ee) {
        const map2 = /* @__PURE__ */ Object.create(null);
        ee[this._kOtListeners] = map2;
        return map2;
      }
      _getPatchMap(ee) {
        return ee[this._kOtListeners];
      }
      _kOtListeners = Symbol("OtListeners");
      _wrapped = false;
    };
    exports.AbstractAsyncHooksContextManager = AbstractAsyncHooksContextManager;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AsyncHooksContextManager.js
var require_AsyncHooksContextManager = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AsyncHooksContextManager.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsyncHooksContextManager = void 0;
    var api_1 = (init_esm(), __toCommonJS(esm_exports));
    var asyncHooks = __require("async_hooks");
    var AbstractAsyncHooksContextManager_1 = require_AbstractAsyncHooksContextManager();
    var AsyncHooksContextManager = class extends AbstractAsyncHooksContextManager_1.AbstractAsyncHooksContextManager {
      _asyncHook;
      _contexts = /* @__PURE__ */ new Map();
      _stack = [];
      constructor() {
        super();
        this._asyncHook = asyncHooks.createHook({
          init: this._init.bind(this),
          before: this._before.bind(this),
          after: this._after.bind(this),
          destroy: this._destroy.bind(this),
          promiseResolve: this._destroy.bind(this)
        });
      }
      active() {
        return this._stack[this._stack.length - 1] ?? api_1.ROOT_CONTEXT;
      }
      with(context2, fn, thisArg, ...args) {
        this._enterContext(context2);
        try {
          return fn.call(thisArg, ...args);
        } finally {
          this._exitContext();
        }
      }
      enable() {
        this._asyncHook.enable();
        return this;
      }
      disable() {
        this._asyncHook.disable();
        this._contexts.clear();
        this._stack = [];
        return this;
      }
      /**
       * Init hook will be called when userland create a async context, setting the
       * context as the current one if it exist.
       * @param uid id of the async context
       * @param type the resource type
       */
      _init(uid, type) {
        if (type === "TIMERWRAP")
          return;
        const context2 = this._stack[this._stack.length - 1];
        if (context2 !== void 0) {
          this._contexts.set(uid, context2);
        }
      }
      /**
       * Destroy hook will be called when a given context is no longer used so we can
       * remove its attached context.
       * @param uid uid of the async context
       */
      _destroy(uid) {
        this._contexts.delete(uid);
      }
      /**
       * Before hook is called just before executing a async context.
       * @param uid uid of the async context
       */
      _before(uid) {
        const context2 = this._contexts.get(uid);
        if (context2 !== void 0) {
          this._enterContext(context2);
        }
      }
      /**
       * After hook is called just after completing the execution of a async context.
       */
      _after() {
        this._exitContext();
      }
      /**
       * Set the given context as active
       */
      _enterContext(context2) {
        this._stack.push(context2);
      }
      /**
       * Remove the context at the root of the stack
       */
      _exitContext() {
        this._stack.pop();
      }
    };
    exports.AsyncHooksContextManager = AsyncHooksContextManager;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AsyncLocalStorageContextManager.js
var require_AsyncLocalStorageContextManager = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/AsyncLocalStorageContextManager.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsyncLocalStorageContextManager = void 0;
    var api_1 = (init_esm(), __toCommonJS(esm_exports));
    var async_hooks_1 = __require("async_hooks");
    var AbstractAsyncHooksContextManager_1 = require_AbstractAsyncHooksContextManager();
    var DisposeOnceToken = class {
      _isDisposed = false;
      _previousContext;
      _asyncLocalStorage;
      constructor(previousContext, asyncLocalStorage) {
        this._previousContext = previousContext;
        this._asyncLocalStorage = asyncLocalStorage;
      }
      dispose() {
        if (this._isDisposed) {
          return;
        }
        this._asyncLocalStorage.enterWith(this._previousContext);
        this._isDisposed = true;
      }
    };
    var AsyncLocalStorageContextManager = class extends AbstractAsyncHooksContextManager_1.AbstractAsyncHooksContextManager {
      _asyncLocalStorage;
      constructor() {
        super();
        this._asyncLocalStorage = new async_hooks_1.AsyncLocalStorage();
      }
      active() {
        return this._asyncLocalStorage.getStore() ?? api_1.ROOT_CONTEXT;
      }
      with(context2, fn, thisArg, ...args) {
        const cb = thisArg == null ? fn : fn.bind(thisArg);
        return this._asyncLocalStorage.run(context2, cb, ...args);
      }
      enable() {
        return this;
      }
      disable() {
        this._asyncLocalStorage.disable();
        return this;
      }
      /**
       * Imperatively sets `context` as active for the current async execution chain
       * and operations spawned from it. Returns a {@link ContextManagementToken} whose `dispose()`
       * restores the previous context (see {@link ContextManager.attach}).
       *
       * On Node.js 25.9+, delegates to `AsyncLocalStorage.withScope()` which returns
       * a native `RunScope`. On older Node.js versions, falls back to `enterWith()` with
       * a manual token.
       *
       * **Caveat for async functions:** Both `withScope()` and `enterWith()` affect the
       * entire current async execution chain. If `attach()` is called inside an async
       * function before the first `await`, the context change will leak into the caller's
       * context and remain active there until something else restores it. Prefer `with()`
       * for async code.
       *
       * @experimental This API is experimental and may change in minor releases without prior notice.
       */
      attach(context2) {
        const withScope = this._asyncLocalStorage.withScope;
        if (withScope) {
          return withScope.call(this._asyncLocalStorage, context2);
        }
        const previousContext = this.active();
        this._asyncLocalStorage.enterWith(context2);
        return new DisposeOnceToken(previousContext, this._asyncLocalStorage);
      }
    };
    exports.AsyncLocalStorageContextManager = AsyncLocalStorageContextManager;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/index.js
var require_src = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+context-async-hooks@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/context-async-hooks/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AsyncLocalStorageContextManager = exports.AsyncHooksContextManager = void 0;
    var AsyncHooksContextManager_1 = require_AsyncHooksContextManager();
    Object.defineProperty(exports, "AsyncHooksContextManager", { enumerable: true, get: function() {
      return AsyncHooksContextManager_1.AsyncHooksContextManager;
    } });
    var AsyncLocalStorageContextManager_1 = require_AsyncLocalStorageContextManager();
    Object.defineProperty(exports, "AsyncLocalStorageContextManager", { enumerable: true, get: function() {
      return AsyncLocalStorageContextManager_1.AsyncLocalStorageContextManager;
    } });
  }
});

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/default-service-name.js
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
var serviceName;
var init_default_service_name = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/default-service-name.js"() {
    "use strict";
  }
});

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/utils.js
var isPromiseLike;
var init_utils = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/utils.js"() {
    "use strict";
    isPromiseLike = (val) => {
      return val !== null && typeof val === "object" && typeof val.then === "function";
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/ResourceImpl.js
function resourceFromAttributes(attributes, options) {
  return ResourceImpl.FromAttributeList(Object.entries(attributes), options);
}
function defaultResource2() {
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
var ResourceImpl;
var init_ResourceImpl = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/ResourceImpl.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_dist();
    init_default_service_name();
    init_utils();
    ResourceImpl = class _ResourceImpl {
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
  }
});

// ../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/index.js
var init_esm3 = __esm({
  "../../node_modules/.pnpm/@opentelemetry+resources@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/resources/build/esm/index.js"() {
    "use strict";
    init_ResourceImpl();
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/enums.js
var ExceptionEventName;
var init_enums = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/enums.js"() {
    "use strict";
    ExceptionEventName = "exception";
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/inspect.js
function settledResourceAttributes(resource) {
  const attrs = {};
  for (const [k, v] of resource.getRawAttributes()) {
    if (typeof v?.then === "function") {
      continue;
    }
    if (v != null) {
      attrs[k] ??= v;
    }
  }
  return attrs;
}
function formatInspect(className, payload, depth, options, inspect) {
  if (typeof depth === "number" && depth < 0) {
    const tag = `[${className}]`;
    return options?.stylize ? options.stylize(tag, "special") : tag;
  }
  if (typeof inspect !== "function" || !options) {
    return payload;
  }
  const childOptions = {
    ...options,
    depth: options.depth == null ? options.depth : options.depth - 1
  };
  return `${className} ${inspect(payload, childOptions)}`;
}
var inspectCustom;
var init_inspect = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/inspect.js"() {
    "use strict";
    inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Span.js
var SpanImpl;
var init_Span = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Span.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_dist();
    init_enums();
    init_inspect();
    SpanImpl = class {
      // Below properties are included to implement ReadableSpan for export
      // purposes but are not intended to be written-to directly.
      _spanContext;
      kind;
      parentSpanContext;
      attributes = {};
      links = [];
      events = [];
      startTime;
      resource;
      instrumentationScope;
      _droppedAttributesCount = 0;
      _droppedEventsCount = 0;
      _droppedLinksCount = 0;
      _attributesCount = 0;
      name;
      status = {
        code: SpanStatusCode.UNSET
      };
      endTime = [0, 0];
      _ended = false;
      _duration = [-1, -1];
      _spanProcessor;
      _spanLimits;
      _attributeValueLengthLimit;
      _recordEndMetrics;
      _performanceStartTime;
      _performanceOffset;
      _startTimeProvided;
      /**
       * Constructs a new SpanImpl instance.
       */
      constructor(opts) {
        const now = Date.now();
        this._spanContext = opts.spanContext;
        this._performanceStartTime = otperformance.now();
        this._performanceOffset = now - (this._performanceStartTime + otperformance.timeOrigin);
        this._startTimeProvided = opts.startTime != null;
        this._spanLimits = opts.spanLimits;
        this._attributeValueLengthLimit = this._spanLimits.attributeValueLengthLimit ?? 0;
        this._spanProcessor = opts.spanProcessor;
        this.name = opts.name;
        this.parentSpanContext = opts.parentSpanContext;
        this.kind = opts.kind;
        if (opts.links) {
          for (const link of opts.links) {
            this.addLink(link);
          }
        }
        this.startTime = this._getTime(opts.startTime ?? now);
        this.resource = opts.resource;
        this.instrumentationScope = opts.scope;
        this._recordEndMetrics = opts.recordEndMetrics;
        if (opts.attributes != null) {
          this.setAttributes(opts.attributes);
        }
        this._spanProcessor.onStart(this, opts.context);
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(key, value) {
        if (value == null || this._isSpanEnded())
          return this;
        if (key.length === 0) {
          diag.warn(`Invalid attribute key: ${key}`);
          return this;
        }
        if (!isAttributeValue(value)) {
          diag.warn(`Invalid attribute value set for key: ${key}`);
          return this;
        }
        const { attributeCountLimit } = this._spanLimits;
        const isNewKey = !Object.prototype.hasOwnProperty.call(this.attributes, key);
        if (attributeCountLimit !== void 0 && this._attributesCount >= attributeCountLimit && isNewKey) {
          this._droppedAttributesCount++;
          return this;
        }
        this.attributes[key] = this._truncateToSize(value);
        if (isNewKey) {
          this._attributesCount++;
        }
        return this;
      }
      setAttributes(attributes) {
        for (const key in attributes) {
          if (Object.prototype.hasOwnProperty.call(attributes, key)) {
            this.setAttribute(key, attributes[key]);
          }
        }
        return this;
      }
      /**
       *
       * @param name Span Name
       * @param [attributesOrStartTime] Span attributes or start time
       *     if type is {@type TimeInput} and 3rd param is undefined
       * @param [timeStamp] Specified time stamp for the event
       */
      addEvent(name, attributesOrStartTime, timeStamp) {
        if (this._isSpanEnded())
          return this;
        const { eventCountLimit } = this._spanLimits;
        if (eventCountLimit === 0) {
          diag.warn("No events allowed.");
          this._droppedEventsCount++;
          return this;
        }
        if (eventCountLimit !== void 0 && this.events.length >= eventCountLimit) {
          if (this._droppedEventsCount === 0) {
            diag.debug("Dropping extra events.");
          }
          this.events.shift();
          this._droppedEventsCount++;
        }
        if (isTimeInput(attributesOrStartTime)) {
          if (!isTimeInput(timeStamp)) {
            timeStamp = attributesOrStartTime;
          }
          attributesOrStartTime = void 0;
        }
        const sanitized = sanitizeAttributes(attributesOrStartTime);
        const { attributePerEventCountLimit } = this._spanLimits;
        const attributes = {};
        let droppedAttributesCount = 0;
        let eventAttributesCount = 0;
        for (const attr in sanitized) {
          if (!Object.prototype.hasOwnProperty.call(sanitized, attr)) {
            continue;
          }
          const attrVal = sanitized[attr];
          if (attributePerEventCountLimit !== void 0 && eventAttributesCount >= attributePerEventCountLimit) {
            droppedAttributesCount++;
            continue;
          }
          attributes[attr] = this._truncateToSize(attrVal);
          eventAttributesCount++;
        }
        this.events.push({
          name,
          attributes,
          time: this._getTime(timeStamp),
          droppedAttributesCount
        });
        return this;
      }
      addLink(link) {
        if (this._isSpanEnded())
          return this;
        const { linkCountLimit } = this._spanLimits;
        if (linkCountLimit === 0) {
          this._droppedLinksCount++;
          return this;
        }
        if (linkCountLimit !== void 0 && this.links.length >= linkCountLimit) {
          if (this._droppedLinksCount === 0) {
            diag.debug("Dropping extra links.");
          }
          this.links.shift();
          this._droppedLinksCount++;
        }
        const { attributePerLinkCountLimit } = this._spanLimits;
        const sanitized = sanitizeAttributes(link.attributes);
        const attributes = {};
        let droppedAttributesCount = 0;
        let linkAttributesCount = 0;
        for (const attr in sanitized) {
          if (!Object.prototype.hasOwnProperty.call(sanitized, attr)) {
            continue;
          }
          const attrVal = sanitized[attr];
          if (attributePerLinkCountLimit !== void 0 && linkAttributesCount >= attributePerLinkCountLimit) {
            droppedAttributesCount++;
            continue;
          }
          attributes[attr] = this._truncateToSize(attrVal);
          linkAttributesCount++;
        }
        const processedLink = { context: link.context };
        if (linkAttributesCount > 0) {
          processedLink.attributes = attributes;
        }
        if (droppedAttributesCount > 0) {
          processedLink.droppedAttributesCount = droppedAttributesCount;
        }
        this.links.push(processedLink);
        return this;
      }
      addLinks(links) {
        for (const link of links) {
          this.addLink(link);
        }
        return this;
      }
      setStatus(status) {
        if (this._isSpanEnded())
          return this;
        if (status.code === SpanStatusCode.UNSET)
          return this;
        if (this.status.code === SpanStatusCode.OK)
          return this;
        const newStatus = { code: status.code };
        if (status.code === SpanStatusCode.ERROR) {
          if (typeof status.message === "string") {
            newStatus.message = status.message;
          } else if (status.message != null) {
            diag.warn(`Dropping invalid status.message of type '${typeof status.message}', expected 'string'`);
          }
        }
        this.status = newStatus;
        return this;
      }
      updateName(name) {
        if (this._isSpanEnded())
          return this;
        this.name = name;
        return this;
      }
      end(endTime) {
        if (this._isSpanEnded()) {
          diag.error(`${this.name} ${this._spanContext.traceId}-${this._spanContext.spanId} - You can only call end() on a span once.`);
          return;
        }
        this.endTime = this._getTime(endTime);
        this._duration = hrTimeDuration(this.startTime, this.endTime);
        if (this._duration[0] < 0) {
          diag.warn("Inconsistent start and end time, startTime > endTime. Setting span duration to 0ms.", this.startTime, this.endTime);
          this.endTime = this.startTime.slice();
          this._duration = [0, 0];
        }
        if (this._droppedEventsCount > 0) {
          diag.warn(`Dropped ${this._droppedEventsCount} events because eventCountLimit reached`);
        }
        if (this._droppedLinksCount > 0) {
          diag.warn(`Dropped ${this._droppedLinksCount} links because linkCountLimit reached`);
        }
        if (this._spanProcessor.onEnding) {
          this._spanProcessor.onEnding(this);
        }
        this._recordEndMetrics?.();
        this._ended = true;
        this._spanProcessor.onEnd(this);
      }
      _getTime(inp) {
        if (typeof inp === "number" && inp <= otperformance.now()) {
          return hrTime(inp + this._performanceOffset);
        }
        if (typeof inp === "number") {
          return millisToHrTime(inp);
        }
        if (inp instanceof Date) {
          return millisToHrTime(inp.getTime());
        }
        if (isTimeInputHrTime(inp)) {
          return inp;
        }
        if (this._startTimeProvided) {
          return millisToHrTime(Date.now());
        }
        const msDuration = otperformance.now() - this._performanceStartTime;
        return addHrTimes(this.startTime, millisToHrTime(msDuration));
      }
      isRecording() {
        return this._ended === false;
      }
      recordException(exception, time) {
        const attributes = {};
        if (typeof exception === "string") {
          attributes[ATTR_EXCEPTION_MESSAGE] = exception;
        } else if (exception) {
          if (exception.code) {
            attributes[ATTR_EXCEPTION_TYPE] = exception.code.toString();
          } else if (exception.name) {
            attributes[ATTR_EXCEPTION_TYPE] = exception.name;
          }
          if (exception.message) {
            attributes[ATTR_EXCEPTION_MESSAGE] = exception.message;
          }
          if (exception.stack) {
            attributes[ATTR_EXCEPTION_STACKTRACE] = exception.stack;
          }
        }
        if (attributes[ATTR_EXCEPTION_TYPE] || attributes[ATTR_EXCEPTION_MESSAGE]) {
          this.addEvent(ExceptionEventName, attributes, time);
        } else {
          diag.warn(`Failed to record an exception ${exception}`);
        }
      }
      get duration() {
        return this._duration;
      }
      get ended() {
        return this._ended;
      }
      get droppedAttributesCount() {
        return this._droppedAttributesCount;
      }
      get droppedEventsCount() {
        return this._droppedEventsCount;
      }
      get droppedLinksCount() {
        return this._droppedLinksCount;
      }
      _isSpanEnded() {
        if (this._ended) {
          const error = new Error(`Operation attempted on ended Span {traceId: ${this._spanContext.traceId}, spanId: ${this._spanContext.spanId}}`);
          diag.warn(`Cannot execute the operation on ended Span {traceId: ${this._spanContext.traceId}, spanId: ${this._spanContext.spanId}}`, error);
        }
        return this._ended;
      }
      // Utility function to truncate given value within size
      // for value type of string, will truncate to given limit
      // for type of non-string, will return same value
      _truncateToLimitUtil(value, limit) {
        if (value.length <= limit) {
          return value;
        }
        return value.substring(0, limit);
      }
      /**
       * If the given attribute value is of type string and has more characters than given {@code attributeValueLengthLimit} then
       * return string with truncated to {@code attributeValueLengthLimit} characters
       *
       * If the given attribute value is array of strings then
       * return new array of strings with each element truncated to {@code attributeValueLengthLimit} characters
       *
       * Otherwise return same Attribute {@code value}
       *
       * @param value Attribute value
       * @returns truncated attribute value if required, otherwise same value
       */
      _truncateToSize(value) {
        const limit = this._attributeValueLengthLimit;
        if (limit <= 0) {
          diag.warn(`Attribute value limit must be positive, got ${limit}`);
          return value;
        }
        if (typeof value === "string") {
          return this._truncateToLimitUtil(value, limit);
        }
        if (Array.isArray(value)) {
          return value.map((val) => typeof val === "string" ? this._truncateToLimitUtil(val, limit) : val);
        }
        return value;
      }
      [inspectCustom](depth, options, inspect) {
        const payload = {
          name: this.name,
          kind: this.kind,
          spanContext: this._spanContext,
          parentSpanContext: this.parentSpanContext,
          status: this.status,
          startTime: this.startTime,
          endTime: this.endTime,
          duration: this._duration,
          ended: this._ended,
          attributes: this.attributes,
          events: this.events,
          links: this.links,
          droppedAttributesCount: this._droppedAttributesCount,
          droppedEventsCount: this._droppedEventsCount,
          droppedLinksCount: this._droppedLinksCount,
          instrumentationScope: this.instrumentationScope,
          resource: { attributes: settledResourceAttributes(this.resource) }
        };
        return formatInspect("SpanImpl", payload, depth, options, inspect);
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Sampler.js
var SamplingDecision2;
var init_Sampler = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Sampler.js"() {
    "use strict";
    (function(SamplingDecision3) {
      SamplingDecision3[SamplingDecision3["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision3[SamplingDecision3["RECORD"] = 1] = "RECORD";
      SamplingDecision3[SamplingDecision3["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
    })(SamplingDecision2 || (SamplingDecision2 = {}));
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/semconv.js
var ATTR_OTEL_COMPONENT_NAME, ATTR_OTEL_COMPONENT_TYPE, ATTR_OTEL_SPAN_PARENT_ORIGIN, ATTR_OTEL_SPAN_SAMPLING_RESULT, METRIC_OTEL_SDK_PROCESSOR_SPAN_PROCESSED, METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_CAPACITY, METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_SIZE, METRIC_OTEL_SDK_SPAN_LIVE, METRIC_OTEL_SDK_SPAN_STARTED, OTEL_COMPONENT_TYPE_VALUE_BATCHING_SPAN_PROCESSOR, OTEL_COMPONENT_TYPE_VALUE_SIMPLE_SPAN_PROCESSOR;
var init_semconv = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/semconv.js"() {
    "use strict";
    ATTR_OTEL_COMPONENT_NAME = "otel.component.name";
    ATTR_OTEL_COMPONENT_TYPE = "otel.component.type";
    ATTR_OTEL_SPAN_PARENT_ORIGIN = "otel.span.parent.origin";
    ATTR_OTEL_SPAN_SAMPLING_RESULT = "otel.span.sampling_result";
    METRIC_OTEL_SDK_PROCESSOR_SPAN_PROCESSED = "otel.sdk.processor.span.processed";
    METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_CAPACITY = "otel.sdk.processor.span.queue.capacity";
    METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_SIZE = "otel.sdk.processor.span.queue.size";
    METRIC_OTEL_SDK_SPAN_LIVE = "otel.sdk.span.live";
    METRIC_OTEL_SDK_SPAN_STARTED = "otel.sdk.span.started";
    OTEL_COMPONENT_TYPE_VALUE_BATCHING_SPAN_PROCESSOR = "batching_span_processor";
    OTEL_COMPONENT_TYPE_VALUE_SIMPLE_SPAN_PROCESSOR = "simple_span_processor";
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/TracerMetrics.js
function parentOrigin(parentSpanContext) {
  if (!parentSpanContext) {
    return "none";
  }
  if (parentSpanContext.isRemote) {
    return "remote";
  }
  return "local";
}
function samplingDecisionToString(decision) {
  switch (decision) {
    case SamplingDecision2.RECORD_AND_SAMPLED:
      return "RECORD_AND_SAMPLE";
    case SamplingDecision2.RECORD:
      return "RECORD_ONLY";
    case SamplingDecision2.NOT_RECORD:
      return "DROP";
  }
}
var TracerMetrics;
var init_TracerMetrics = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/TracerMetrics.js"() {
    "use strict";
    init_Sampler();
    init_semconv();
    TracerMetrics = class {
      startedSpans;
      liveSpans;
      constructor(meter) {
        this.startedSpans = meter.createCounter(METRIC_OTEL_SDK_SPAN_STARTED, {
          unit: "{span}",
          description: "The number of created spans."
        });
        this.liveSpans = meter.createUpDownCounter(METRIC_OTEL_SDK_SPAN_LIVE, {
          unit: "{span}",
          description: "The number of currently live spans."
        });
      }
      startSpan(parentSpanCtx, samplingDecision) {
        const samplingDecisionStr = samplingDecisionToString(samplingDecision);
        this.startedSpans.add(1, {
          [ATTR_OTEL_SPAN_PARENT_ORIGIN]: parentOrigin(parentSpanCtx),
          [ATTR_OTEL_SPAN_SAMPLING_RESULT]: samplingDecisionStr
        });
        if (samplingDecision === SamplingDecision2.NOT_RECORD) {
          return () => {
          };
        }
        const liveSpanAttributes = {
          [ATTR_OTEL_SPAN_SAMPLING_RESULT]: samplingDecisionStr
        };
        this.liveSpans.add(1, liveSpanAttributes);
        return () => {
          this.liveSpans.add(-1, liveSpanAttributes);
        };
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/version.js
var VERSION;
var init_version = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/version.js"() {
    "use strict";
    VERSION = "2.12.0";
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Tracer.js
var Tracer;
var init_Tracer = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/Tracer.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_Span();
    init_TracerMetrics();
    init_version();
    init_inspect();
    Tracer = class {
      _sampler;
      _spanLimits;
      _idGenerator;
      instrumentationScope;
      _resource;
      _spanProcessor;
      _tracerMetrics;
      /**
       * Constructs a new Tracer instance.
       */
      constructor(instrumentationScope, options) {
        this.instrumentationScope = instrumentationScope;
        this._sampler = options.sampler;
        this._spanLimits = options.spanLimits;
        this._resource = options.resource;
        this._idGenerator = options.idGenerator;
        this._spanProcessor = options.spanProcessor;
        const meter = options.meterProvider.getMeter("@opentelemetry/sdk-trace", VERSION);
        this._tracerMetrics = new TracerMetrics(meter);
      }
      /**
       * Starts a new Span or returns the default NoopSpan based on the sampling
       * decision.
       */
      startSpan(name, options = {}, context2 = context.active()) {
        if (options.root) {
          context2 = trace.deleteSpan(context2);
        }
        const parentSpan = trace.getSpan(context2);
        if (isTracingSuppressed(context2)) {
          diag.debug("Instrumentation suppressed, returning Noop Span");
          const nonRecordingSpan = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
          return nonRecordingSpan;
        }
        const parentSpanContext = parentSpan?.spanContext();
        const spanId = this._idGenerator.generateSpanId();
        let validParentSpanContext;
        let traceId;
        let traceState;
        if (!parentSpanContext || !trace.isSpanContextValid(parentSpanContext)) {
          traceId = this._idGenerator.generateTraceId();
        } else {
          traceId = parentSpanContext.traceId;
          traceState = parentSpanContext.traceState;
          validParentSpanContext = parentSpanContext;
        }
        const spanKind = options.kind ?? SpanKind.INTERNAL;
        const links = (options.links ?? []).map((link) => {
          return {
            context: link.context,
            attributes: sanitizeAttributes(link.attributes)
          };
        });
        const attributes = sanitizeAttributes(options.attributes);
        const samplingResult = this._sampler.shouldSample(context2, traceId, name, spanKind, attributes, links);
        const recordEndMetrics = this._tracerMetrics.startSpan(parentSpanContext, samplingResult.decision);
        traceState = samplingResult.traceState ?? traceState;
        const traceFlags = samplingResult.decision === SamplingDecision.RECORD_AND_SAMPLED ? TraceFlags.SAMPLED : TraceFlags.NONE;
        const spanContext = { traceId, spanId, traceFlags, traceState };
        if (samplingResult.decision === SamplingDecision.NOT_RECORD) {
          diag.debug("Recording is off, propagating context in a non-recording span");
          const nonRecordingSpan = trace.wrapSpanContext(spanContext);
          return nonRecordingSpan;
        }
        const initAttributes = sanitizeAttributes(Object.assign(attributes, samplingResult.attributes));
        const span = new SpanImpl({
          resource: this._resource,
          scope: this.instrumentationScope,
          context: context2,
          spanContext,
          name,
          kind: spanKind,
          links,
          parentSpanContext: validParentSpanContext,
          attributes: initAttributes,
          startTime: options.startTime,
          spanProcessor: this._spanProcessor,
          spanLimits: this._spanLimits,
          recordEndMetrics
        });
        return span;
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) {
          return;
        } else if (arguments.length === 2) {
          fn = arg2;
        } else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = ctx ?? context.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = trace.setSpan(parentContext, span);
        return context.with(contextWithSpanSet, fn, void 0, span);
      }
      [inspectCustom](depth, options, inspect) {
        const payload = {
          instrumentationScope: this.instrumentationScope,
          resource: { attributes: settledResourceAttributes(this._resource) },
          spanLimits: this._spanLimits
        };
        return formatInspect("Tracer", payload, depth, options, inspect);
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/MultiSpanProcessor.js
var MultiSpanProcessor;
var init_MultiSpanProcessor = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/MultiSpanProcessor.js"() {
    "use strict";
    init_esm2();
    MultiSpanProcessor = class {
      _spanProcessors;
      constructor(spanProcessors) {
        this._spanProcessors = spanProcessors;
      }
      forceFlush() {
        const promises = [];
        for (const spanProcessor of this._spanProcessors) {
          promises.push(spanProcessor.forceFlush());
        }
        return new Promise((resolve) => {
          Promise.all(promises).then(() => {
            resolve();
          }).catch((error) => {
            globalErrorHandler(error || new Error("MultiSpanProcessor: forceFlush failed"));
            resolve();
          });
        });
      }
      onStart(span, context2) {
        for (const spanProcessor of this._spanProcessors) {
          spanProcessor.onStart(span, context2);
        }
      }
      onEnding(span) {
        for (const spanProcessor of this._spanProcessors) {
          if (spanProcessor.onEnding) {
            spanProcessor.onEnding(span);
          }
        }
      }
      onEnd(span) {
        for (const spanProcessor of this._spanProcessors) {
          spanProcessor.onEnd(span);
        }
      }
      shutdown() {
        const promises = [];
        for (const spanProcessor of this._spanProcessors) {
          promises.push(spanProcessor.shutdown());
        }
        return new Promise((resolve, reject) => {
          Promise.all(promises).then(() => {
            resolve();
          }, reject);
        });
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/AlwaysOffSampler.js
var AlwaysOffSampler;
var init_AlwaysOffSampler = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/AlwaysOffSampler.js"() {
    "use strict";
    init_Sampler();
    AlwaysOffSampler = class {
      shouldSample() {
        return {
          decision: SamplingDecision2.NOT_RECORD
        };
      }
      toString() {
        return "AlwaysOffSampler";
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/AlwaysOnSampler.js
var AlwaysOnSampler;
var init_AlwaysOnSampler = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/AlwaysOnSampler.js"() {
    "use strict";
    init_Sampler();
    AlwaysOnSampler = class {
      shouldSample() {
        return {
          decision: SamplingDecision2.RECORD_AND_SAMPLED
        };
      }
      toString() {
        return "AlwaysOnSampler";
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/ParentBasedSampler.js
var ParentBasedSampler;
var init_ParentBasedSampler = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/ParentBasedSampler.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_AlwaysOffSampler();
    init_AlwaysOnSampler();
    ParentBasedSampler = class {
      _root;
      _remoteParentSampled;
      _remoteParentNotSampled;
      _localParentSampled;
      _localParentNotSampled;
      constructor(config) {
        this._root = config.root;
        if (!this._root) {
          globalErrorHandler(new Error("ParentBasedSampler must have a root sampler configured"));
          this._root = new AlwaysOnSampler();
        }
        this._remoteParentSampled = config.remoteParentSampled ?? new AlwaysOnSampler();
        this._remoteParentNotSampled = config.remoteParentNotSampled ?? new AlwaysOffSampler();
        this._localParentSampled = config.localParentSampled ?? new AlwaysOnSampler();
        this._localParentNotSampled = config.localParentNotSampled ?? new AlwaysOffSampler();
      }
      shouldSample(context2, traceId, spanName, spanKind, attributes, links) {
        const parentContext = trace.getSpanContext(context2);
        if (!parentContext || !isSpanContextValid(parentContext)) {
          return this._root.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
        }
        if (parentContext.isRemote) {
          if (parentContext.traceFlags & TraceFlags.SAMPLED) {
            return this._remoteParentSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
          }
          return this._remoteParentNotSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
        }
        if (parentContext.traceFlags & TraceFlags.SAMPLED) {
          return this._localParentSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
        }
        return this._localParentNotSampled.shouldSample(context2, traceId, spanName, spanKind, attributes, links);
      }
      toString() {
        return `ParentBased{root=${this._root.toString()}, remoteParentSampled=${this._remoteParentSampled.toString()}, remoteParentNotSampled=${this._remoteParentNotSampled.toString()}, localParentSampled=${this._localParentSampled.toString()}, localParentNotSampled=${this._localParentNotSampled.toString()}}`;
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/SpanProcessorMetrics.js
var componentCounter, SpanProcessorMetrics;
var init_SpanProcessorMetrics = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/SpanProcessorMetrics.js"() {
    "use strict";
    init_dist();
    init_semconv();
    componentCounter = /* @__PURE__ */ new Map();
    SpanProcessorMetrics = class {
      processedSpans;
      queueSize;
      queueSizeCallback;
      standardAttrs;
      droppedAttrs;
      constructor(componentType, meter, queueConfig) {
        const counter = componentCounter.get(componentType) ?? 0;
        componentCounter.set(componentType, counter + 1);
        this.standardAttrs = {
          [ATTR_OTEL_COMPONENT_TYPE]: componentType,
          [ATTR_OTEL_COMPONENT_NAME]: `${componentType}/${counter}`
        };
        this.droppedAttrs = {
          ...this.standardAttrs,
          [ATTR_ERROR_TYPE]: "queue_full"
        };
        this.processedSpans = meter.createCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_PROCESSED, {
          unit: "{span}",
          description: "The number of spans for which the processing has finished, either successful or failed."
        });
        if (queueConfig) {
          const { capacity, getQueueSize } = queueConfig;
          const queueCapacity = meter.createUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_CAPACITY, {
            unit: "{span}",
            description: "The maximum number of spans the queue of a given instance of an SDK span processor can hold."
          });
          queueCapacity.add(capacity, this.standardAttrs);
          this.queueSize = meter.createObservableUpDownCounter(METRIC_OTEL_SDK_PROCESSOR_SPAN_QUEUE_SIZE, {
            unit: "{span}",
            description: "The number of spans in the queue of a given instance of an SDK span processor."
          });
          this.queueSizeCallback = (result) => result.observe(getQueueSize(), this.standardAttrs);
          this.queueSize.addCallback(this.queueSizeCallback);
        }
      }
      dropSpans(count) {
        this.processedSpans.add(count, this.droppedAttrs);
      }
      finishSpans(count, error) {
        if (!error) {
          this.processedSpans.add(count, this.standardAttrs);
          return;
        }
        const attrs = {
          ...this.standardAttrs,
          [ATTR_ERROR_TYPE]: error.name
        };
        this.processedSpans.add(count, attrs);
      }
      shutdown() {
        if (this.queueSize && this.queueSizeCallback) {
          this.queueSize.removeCallback(this.queueSizeCallback);
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/BatchSpanProcessorBase.js
var BatchSpanProcessorBase;
var init_BatchSpanProcessorBase = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/BatchSpanProcessorBase.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_SpanProcessorMetrics();
    init_semconv();
    BatchSpanProcessorBase = class {
      _maxExportBatchSize;
      _maxQueueSize;
      _scheduledDelayMillis;
      _exportTimeoutMillis;
      _exporter;
      _metrics;
      _isExporting = false;
      _finishedSpans = [];
      _timer;
      _shutdownOnce;
      _droppedSpansCount = 0;
      constructor(options) {
        this._exporter = options.exporter;
        this._maxExportBatchSize = options.maxExportBatchSize ?? 512;
        this._maxQueueSize = options.maxQueueSize ?? 2048;
        this._scheduledDelayMillis = options.scheduledDelayMillis ?? 5e3;
        this._exportTimeoutMillis = options.exportTimeoutMillis ?? 3e4;
        this._shutdownOnce = new BindOnceFuture2(this._shutdown, this);
        if (this._maxExportBatchSize > this._maxQueueSize) {
          diag.warn("BatchSpanProcessor: maxExportBatchSize must be smaller or equal to maxQueueSize, setting maxExportBatchSize to match maxQueueSize");
          this._maxExportBatchSize = this._maxQueueSize;
        }
        const meter = options.selfObsMeterProvider ? options.selfObsMeterProvider.getMeter("@opentelemetry/sdk-trace") : createNoopMeter();
        this._metrics = new SpanProcessorMetrics(OTEL_COMPONENT_TYPE_VALUE_BATCHING_SPAN_PROCESSOR, meter, {
          capacity: this._maxQueueSize,
          getQueueSize: () => this._finishedSpans.length
        });
      }
      forceFlush() {
        if (this._shutdownOnce.isCalled) {
          return this._shutdownOnce.promise;
        }
        return this._flushAll();
      }
      // does nothing.
      onStart(_span, _parentContext) {
      }
      onEnd(span) {
        if (this._shutdownOnce.isCalled) {
          return;
        }
        if ((span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0) {
          return;
        }
        this._addToBuffer(span);
      }
      shutdown() {
        return this._shutdownOnce.call();
      }
      _shutdown() {
        return Promise.resolve().then(() => {
          return this.onShutdown();
        }).then(() => {
          return this._flushAll();
        }).then(() => {
          this._metrics.shutdown();
          return this._exporter.shutdown();
        });
      }
      /** Add a span in the buffer. */
      _addToBuffer(span) {
        if (this._finishedSpans.length >= this._maxQueueSize) {
          if (this._droppedSpansCount === 0) {
            diag.debug("maxQueueSize reached, dropping spans");
          }
          this._droppedSpansCount++;
          this._metrics.dropSpans(1);
          return;
        }
        if (this._droppedSpansCount > 0) {
          diag.warn(`Dropped ${this._droppedSpansCount} spans because maxQueueSize reached`);
          this._droppedSpansCount = 0;
        }
        this._finishedSpans.push(span);
        this._maybeStartTimer();
      }
      /**
       * Send all spans to the exporter respecting the batch size limit
       * This function is used only on forceFlush or shutdown,
       * for all other cases _flush should be used
       * */
      _flushAll() {
        return new Promise((resolve, reject) => {
          const promises = [];
          const count = Math.ceil(this._finishedSpans.length / this._maxExportBatchSize);
          for (let i = 0, j = count; i < j; i++) {
            promises.push(this._flushOneBatch());
          }
          Promise.all(promises).then(() => {
            resolve();
          }).catch(reject);
        });
      }
      _flushOneBatch() {
        this._clearTimer();
        if (this._finishedSpans.length === 0) {
          return Promise.resolve();
        }
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            reject(new Error("Timeout"));
          }, this._exportTimeoutMillis);
          context.with(suppressTracing(context.active()), () => {
            let spans;
            if (this._finishedSpans.length <= this._maxExportBatchSize) {
              spans = this._finishedSpans;
              this._finishedSpans = [];
            } else {
              spans = this._finishedSpans.splice(0, this._maxExportBatchSize);
            }
            const doExport = () => this._exporter.export(spans, (result) => {
              clearTimeout(timer);
              this._metrics.finishSpans(spans.length, result.error);
              if (result.code === ExportResultCode.SUCCESS) {
                resolve();
              } else {
                reject(result.error ?? new Error("BatchSpanProcessor: span export failed"));
              }
            });
            let pendingResources = null;
            for (let i = 0, len = spans.length; i < len; i++) {
              const span = spans[i];
              if (span.resource.asyncAttributesPending && span.resource.waitForAsyncAttributes) {
                pendingResources ??= [];
                pendingResources.push(span.resource.waitForAsyncAttributes());
              }
            }
            if (pendingResources === null) {
              doExport();
            } else {
              Promise.all(pendingResources).then(doExport, (err) => {
                globalErrorHandler(err);
                reject(err);
              });
            }
          });
        });
      }
      _maybeStartTimer() {
        if (this._isExporting)
          return;
        const flush = () => {
          this._isExporting = true;
          this._flushOneBatch().finally(() => {
            this._isExporting = false;
            if (this._finishedSpans.length > 0) {
              this._clearTimer();
              this._maybeStartTimer();
            }
          }).catch((e) => {
            this._isExporting = false;
            globalErrorHandler(e);
          });
        };
        if (this._finishedSpans.length >= this._maxExportBatchSize) {
          return flush();
        }
        if (this._timer !== void 0)
          return;
        this._timer = setTimeout(() => flush(), this._scheduledDelayMillis);
        if (typeof this._timer !== "number") {
          this._timer.unref();
        }
      }
      _clearTimer() {
        if (this._timer !== void 0) {
          clearTimeout(this._timer);
          this._timer = void 0;
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/export/BatchSpanProcessor.js
var BatchSpanProcessor;
var init_BatchSpanProcessor = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/export/BatchSpanProcessor.js"() {
    "use strict";
    init_BatchSpanProcessorBase();
    BatchSpanProcessor = class extends BatchSpanProcessorBase {
      onShutdown() {
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/RandomIdGenerator.js
function getIdGenerator(bytes) {
  return function generateId() {
    for (let i = 0; i < bytes / 4; i++) {
      SHARED_BUFFER.writeUInt32BE(Math.random() * 2 ** 32 >>> 0, i * 4);
    }
    for (let i = 0; i < bytes; i++) {
      if (SHARED_BUFFER[i] > 0) {
        break;
      } else if (i === bytes - 1) {
        SHARED_BUFFER[bytes - 1] = 1;
      }
    }
    return SHARED_BUFFER.toString("hex", 0, bytes);
  };
}
var SPAN_ID_BYTES, TRACE_ID_BYTES, RandomIdGenerator, SHARED_BUFFER;
var init_RandomIdGenerator = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/RandomIdGenerator.js"() {
    "use strict";
    SPAN_ID_BYTES = 8;
    TRACE_ID_BYTES = 16;
    RandomIdGenerator = class {
      /**
       * Returns a random 16-byte trace ID formatted/encoded as a 32 lowercase hex
       * characters corresponding to 128 bits.
       */
      generateTraceId = getIdGenerator(TRACE_ID_BYTES);
      /**
       * Returns a random 8-byte span ID formatted/encoded as a 16 lowercase hex
       * characters corresponding to 64 bits.
       */
      generateSpanId = getIdGenerator(SPAN_ID_BYTES);
    };
    SHARED_BUFFER = Buffer.allocUnsafe(TRACE_ID_BYTES);
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/index.js
var init_node = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/node/index.js"() {
    "use strict";
    init_BatchSpanProcessor();
    init_RandomIdGenerator();
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/index.js
var init_platform = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/platform/index.js"() {
    "use strict";
    init_node();
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/TracerProvider.js
var ForceFlushState, TracerProvider;
var init_TracerProvider = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/TracerProvider.js"() {
    "use strict";
    init_esm();
    init_esm3();
    init_Tracer();
    init_MultiSpanProcessor();
    init_ParentBasedSampler();
    init_AlwaysOnSampler();
    init_platform();
    init_inspect();
    (function(ForceFlushState2) {
      ForceFlushState2[ForceFlushState2["resolved"] = 0] = "resolved";
      ForceFlushState2[ForceFlushState2["timeout"] = 1] = "timeout";
      ForceFlushState2[ForceFlushState2["error"] = 2] = "error";
      ForceFlushState2[ForceFlushState2["unresolved"] = 3] = "unresolved";
    })(ForceFlushState || (ForceFlushState = {}));
    TracerProvider = class {
      _resource;
      _activeSpanProcessor;
      _forceFlushTimeoutMillis;
      _tracerOptions;
      _tracers = /* @__PURE__ */ new Map();
      constructor(options = {}) {
        this._forceFlushTimeoutMillis = options.forceFlushTimeoutMillis ?? 3e4;
        this._resource = options.resource ?? defaultResource2();
        const spanProcessors = options.spanProcessors ?? [];
        this._activeSpanProcessor = new MultiSpanProcessor(spanProcessors);
        this._tracerOptions = {
          resource: this._resource,
          sampler: options.sampler ?? new ParentBasedSampler({
            root: new AlwaysOnSampler()
          }),
          spanLimits: {
            attributeCountLimit: options.spanLimits?.attributeCountLimit ?? 128,
            attributeValueLengthLimit: options.spanLimits?.attributeValueLengthLimit ?? Infinity,
            eventCountLimit: options.spanLimits?.eventCountLimit ?? 128,
            linkCountLimit: options.spanLimits?.linkCountLimit ?? 128,
            attributePerEventCountLimit: options.spanLimits?.attributePerEventCountLimit ?? 128,
            attributePerLinkCountLimit: options.spanLimits?.attributePerLinkCountLimit ?? 128
          },
          idGenerator: options.idGenerator || new RandomIdGenerator(),
          spanProcessor: this._activeSpanProcessor,
          meterProvider: options.meterProvider ?? {
            getMeter() {
              return createNoopMeter();
            }
          }
        };
      }
      getTracer(name, version, options) {
        const key = `${name}@${version || ""}:${options?.schemaUrl || ""}`;
        if (!this._tracers.has(key)) {
          this._tracers.set(key, new Tracer({ name, version, schemaUrl: options?.schemaUrl }, this._tracerOptions));
        }
        return this._tracers.get(key);
      }
      forceFlush(options) {
        const timeout = options?.timeoutMillis ?? this._forceFlushTimeoutMillis;
        const promises = this._activeSpanProcessor["_spanProcessors"].map((spanProcessor) => {
          return new Promise((resolve) => {
            let state;
            const timeoutInterval = setTimeout(() => {
              resolve(new Error(`Span processor did not completed within timeout period of ${timeout} ms`));
              state = ForceFlushState.timeout;
            }, timeout);
            spanProcessor.forceFlush().then(() => {
              clearTimeout(timeoutInterval);
              if (state !== ForceFlushState.timeout) {
                state = ForceFlushState.resolved;
                resolve(state);
              }
            }).catch((error) => {
              clearTimeout(timeoutInterval);
              state = ForceFlushState.error;
              resolve(error);
            });
          });
        });
        return new Promise((resolve, reject) => {
          Promise.all(promises).then((results) => {
            const errors = results.filter((result) => result !== ForceFlushState.resolved);
            if (errors.length > 0) {
              reject(errors);
            } else {
              resolve();
            }
          }).catch((error) => reject([error]));
        });
      }
      shutdown() {
        return this._activeSpanProcessor.shutdown();
      }
      [inspectCustom](depth, options, inspect) {
        const processors = this._activeSpanProcessor["_spanProcessors"];
        const payload = {
          resource: { attributes: settledResourceAttributes(this._resource) },
          tracers: Array.from(this._tracers.keys()),
          spanProcessors: processors.map((p) => p.constructor?.name ?? "SpanProcessor")
        };
        return formatInspect("TracerProvider", payload, depth, options, inspect);
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/ConsoleSpanExporter.js
var ConsoleSpanExporter;
var init_ConsoleSpanExporter = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/ConsoleSpanExporter.js"() {
    "use strict";
    init_esm2();
    ConsoleSpanExporter = class {
      /**
       * Export spans.
       * @param spans
       * @param resultCallback
       */
      export(spans, resultCallback) {
        return this._sendSpans(spans, resultCallback);
      }
      /**
       * Shutdown the exporter.
       */
      shutdown() {
        this._sendSpans([]);
        return this.forceFlush();
      }
      /**
       * Exports any pending spans in exporter
       */
      forceFlush() {
        return Promise.resolve();
      }
      /**
       * converts span info into more readable format
       * @param span
       */
      _exportInfo(span) {
        return {
          resource: {
            attributes: span.resource.attributes
          },
          instrumentationScope: span.instrumentationScope,
          traceId: span.spanContext().traceId,
          parentSpanContext: span.parentSpanContext,
          traceState: span.spanContext().traceState?.serialize(),
          name: span.name,
          id: span.spanContext().spanId,
          kind: span.kind,
          timestamp: hrTimeToMicroseconds(span.startTime),
          duration: hrTimeToMicroseconds(span.duration),
          attributes: span.attributes,
          status: span.status,
          events: span.events,
          links: span.links
        };
      }
      /**
       * Showing spans in console
       * @param spans
       * @param done
       */
      _sendSpans(spans, done) {
        for (const span of spans) {
          console.dir(this._exportInfo(span), { depth: 3 });
        }
        if (done) {
          return done({ code: ExportResultCode.SUCCESS });
        }
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/InMemorySpanExporter.js
var InMemorySpanExporter;
var init_InMemorySpanExporter = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/InMemorySpanExporter.js"() {
    "use strict";
    init_esm2();
    InMemorySpanExporter = class {
      _finishedSpans = [];
      /**
       * Indicates if the exporter has been "shutdown."
       * When false, exported spans will not be stored in-memory.
       */
      _stopped = false;
      export(spans, resultCallback) {
        if (this._stopped)
          return resultCallback({
            code: ExportResultCode.FAILED,
            error: new Error("Exporter has been stopped")
          });
        this._finishedSpans.push(...spans);
        setTimeout(() => resultCallback({ code: ExportResultCode.SUCCESS }), 0);
      }
      shutdown() {
        this._stopped = true;
        this._finishedSpans = [];
        return this.forceFlush();
      }
      /**
       * Exports any pending spans in the exporter
       */
      forceFlush() {
        return Promise.resolve();
      }
      reset() {
        this._finishedSpans = [];
      }
      getFinishedSpans() {
        return this._finishedSpans;
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/SimpleSpanProcessor.js
var SimpleSpanProcessor;
var init_SimpleSpanProcessor = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/SimpleSpanProcessor.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_SpanProcessorMetrics();
    init_semconv();
    SimpleSpanProcessor = class {
      _exporter;
      _metrics;
      _shutdownOnce;
      _pendingExports;
      constructor(options) {
        this._exporter = options.exporter;
        this._shutdownOnce = new BindOnceFuture2(this._shutdown, this);
        this._pendingExports = /* @__PURE__ */ new Set();
        const meter = options.selfObsMeterProvider ? options.selfObsMeterProvider.getMeter("@opentelemetry/sdk-trace") : createNoopMeter();
        this._metrics = new SpanProcessorMetrics(OTEL_COMPONENT_TYPE_VALUE_SIMPLE_SPAN_PROCESSOR, meter);
      }
      async forceFlush() {
        let pendingExportError;
        let pendingExportRejected = false;
        try {
          await Promise.all(Array.from(this._pendingExports));
        } catch (err) {
          pendingExportError = err;
          pendingExportRejected = true;
        }
        if (this._exporter.forceFlush) {
          await this._exporter.forceFlush();
        }
        if (pendingExportRejected) {
          throw pendingExportError;
        }
      }
      onStart(_span, _parentContext) {
      }
      onEnd(span) {
        if (this._shutdownOnce.isCalled) {
          return;
        }
        if ((span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0) {
          return;
        }
        const pendingExport = this._doExport(span);
        this._pendingExports.add(pendingExport);
        void pendingExport.then(() => {
          this._pendingExports.delete(pendingExport);
        }, (err) => {
          globalErrorHandler(err);
          this._pendingExports.delete(pendingExport);
        });
      }
      async _doExport(span) {
        if (span.resource.asyncAttributesPending) {
          await span.resource.waitForAsyncAttributes?.();
        }
        const result = await internal._export(this._exporter, [span]);
        this._metrics.finishSpans(1, result.error);
        if (result.code !== ExportResultCode.SUCCESS) {
          throw result.error ?? new Error(`SimpleSpanProcessor: span export failed (status ${result})`);
        }
      }
      shutdown() {
        return this._shutdownOnce.call();
      }
      _shutdown() {
        this._metrics.shutdown();
        return this._exporter.shutdown();
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/NoopSpanProcessor.js
var NoopSpanProcessor;
var init_NoopSpanProcessor = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/export/NoopSpanProcessor.js"() {
    "use strict";
    NoopSpanProcessor = class {
      onStart(_span, _context) {
      }
      onEnd(_span) {
      }
      shutdown() {
        return Promise.resolve();
      }
      forceFlush() {
        return Promise.resolve();
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/TraceIdRatioBasedSampler.js
var TraceIdRatioBasedSampler;
var init_TraceIdRatioBasedSampler = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/sampler/TraceIdRatioBasedSampler.js"() {
    "use strict";
    init_esm();
    init_Sampler();
    TraceIdRatioBasedSampler = class {
      _ratio;
      _upperBound;
      constructor(ratio = 0) {
        this._ratio = this._normalize(ratio);
        this._upperBound = this._ratio === 1 ? 4294967296 : Math.floor(this._ratio * 4294967295);
      }
      shouldSample(context2, traceId) {
        return {
          decision: isValidTraceId(traceId) && this._accumulate(traceId) < this._upperBound ? SamplingDecision2.RECORD_AND_SAMPLED : SamplingDecision2.NOT_RECORD
        };
      }
      toString() {
        return `TraceIdRatioBased{${this._ratio}}`;
      }
      _normalize(ratio) {
        if (typeof ratio !== "number" || isNaN(ratio))
          return 0;
        return ratio >= 1 ? 1 : ratio <= 0 ? 0 : ratio;
      }
      _accumulate(traceId) {
        let accumulation = 0;
        for (let i = 0; i < 32; i += 8) {
          let part = 0;
          for (let j = 0; j < 8; j++) {
            const c = traceId.charCodeAt(i + j);
            const v = c < 58 ? c - 48 : c < 71 ? c - 55 : c - 87;
            part = part << 4 | v;
          }
          accumulation = (accumulation ^ part) >>> 0;
        }
        return accumulation;
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/index.js
var init_esm4 = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace/build/esm/index.js"() {
    "use strict";
    init_TracerProvider();
    init_platform();
    init_ConsoleSpanExporter();
    init_InMemorySpanExporter();
    init_SimpleSpanProcessor();
    init_NoopSpanProcessor();
    init_AlwaysOffSampler();
    init_AlwaysOnSampler();
    init_ParentBasedSampler();
    init_TraceIdRatioBasedSampler();
    init_Sampler();
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/config.js
function loadDefaultConfig() {
  return {
    sampler: buildSamplerFromEnv(),
    forceFlushTimeoutMillis: 3e4,
    generalLimits: {
      attributeValueLengthLimit: getNumberFromEnv("OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT") ?? Infinity,
      attributeCountLimit: getNumberFromEnv("OTEL_ATTRIBUTE_COUNT_LIMIT") ?? 128
    },
    spanLimits: {
      attributeValueLengthLimit: getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT") ?? Infinity,
      attributeCountLimit: getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT") ?? 128,
      linkCountLimit: getNumberFromEnv("OTEL_SPAN_LINK_COUNT_LIMIT") ?? 128,
      eventCountLimit: getNumberFromEnv("OTEL_SPAN_EVENT_COUNT_LIMIT") ?? 128,
      attributePerEventCountLimit: getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_PER_EVENT_COUNT_LIMIT") ?? 128,
      attributePerLinkCountLimit: getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_PER_LINK_COUNT_LIMIT") ?? 128
    }
  };
}
function buildSamplerFromEnv() {
  const sampler = getStringFromEnv("OTEL_TRACES_SAMPLER") ?? TracesSamplerValues.ParentBasedAlwaysOn;
  switch (sampler) {
    case TracesSamplerValues.AlwaysOn:
      return new AlwaysOnSampler();
    case TracesSamplerValues.AlwaysOff:
      return new AlwaysOffSampler();
    case TracesSamplerValues.ParentBasedAlwaysOn:
      return new ParentBasedSampler({
        root: new AlwaysOnSampler()
      });
    case TracesSamplerValues.ParentBasedAlwaysOff:
      return new ParentBasedSampler({
        root: new AlwaysOffSampler()
      });
    case TracesSamplerValues.TraceIdRatio:
      return new TraceIdRatioBasedSampler(getSamplerProbabilityFromEnv());
    case TracesSamplerValues.ParentBasedTraceIdRatio:
      return new ParentBasedSampler({
        root: new TraceIdRatioBasedSampler(getSamplerProbabilityFromEnv())
      });
    default:
      diag.error(`OTEL_TRACES_SAMPLER value "${sampler}" invalid, defaulting to "${TracesSamplerValues.ParentBasedAlwaysOn}".`);
      return new ParentBasedSampler({
        root: new AlwaysOnSampler()
      });
  }
}
function getSamplerProbabilityFromEnv() {
  const probability = getNumberFromEnv("OTEL_TRACES_SAMPLER_ARG");
  if (probability == null) {
    diag.error(`OTEL_TRACES_SAMPLER_ARG is blank, defaulting to ${DEFAULT_RATIO}.`);
    return DEFAULT_RATIO;
  }
  if (probability < 0 || probability > 1) {
    diag.error(`OTEL_TRACES_SAMPLER_ARG=${probability} was given, but it is out of range ([0..1]), defaulting to ${DEFAULT_RATIO}.`);
    return DEFAULT_RATIO;
  }
  return probability;
}
var TracesSamplerValues, DEFAULT_RATIO;
var init_config = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/config.js"() {
    "use strict";
    init_esm();
    init_esm2();
    init_esm4();
    (function(TracesSamplerValues2) {
      TracesSamplerValues2["AlwaysOff"] = "always_off";
      TracesSamplerValues2["AlwaysOn"] = "always_on";
      TracesSamplerValues2["ParentBasedAlwaysOff"] = "parentbased_always_off";
      TracesSamplerValues2["ParentBasedAlwaysOn"] = "parentbased_always_on";
      TracesSamplerValues2["ParentBasedTraceIdRatio"] = "parentbased_traceidratio";
      TracesSamplerValues2["TraceIdRatio"] = "traceidratio";
    })(TracesSamplerValues || (TracesSamplerValues = {}));
    DEFAULT_RATIO = 1;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/utility.js
function reconfigureLimits(userConfig) {
  const spanLimits = Object.assign({}, userConfig.spanLimits);
  spanLimits.attributeCountLimit = userConfig.spanLimits?.attributeCountLimit ?? userConfig.generalLimits?.attributeCountLimit ?? getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT") ?? getNumberFromEnv("OTEL_ATTRIBUTE_COUNT_LIMIT") ?? DEFAULT_ATTRIBUTE_COUNT_LIMIT;
  spanLimits.attributeValueLengthLimit = userConfig.spanLimits?.attributeValueLengthLimit ?? userConfig.generalLimits?.attributeValueLengthLimit ?? getNumberFromEnv("OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT") ?? getNumberFromEnv("OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT") ?? DEFAULT_ATTRIBUTE_VALUE_LENGTH_LIMIT;
  return Object.assign({}, userConfig, { spanLimits });
}
var DEFAULT_ATTRIBUTE_COUNT_LIMIT, DEFAULT_ATTRIBUTE_VALUE_LENGTH_LIMIT;
var init_utility = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/utility.js"() {
    "use strict";
    init_esm2();
    DEFAULT_ATTRIBUTE_COUNT_LIMIT = 128;
    DEFAULT_ATTRIBUTE_VALUE_LENGTH_LIMIT = Infinity;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/BasicTracerProvider-shim.js
var BasicTracerProvider;
var init_BasicTracerProvider_shim = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/BasicTracerProvider-shim.js"() {
    "use strict";
    init_esm2();
    init_config();
    init_utility();
    init_esm4();
    BasicTracerProvider = class extends TracerProvider {
      constructor(config = {}) {
        const mergedConfig = merge({}, loadDefaultConfig(), reconfigureLimits(config));
        delete mergedConfig.generalLimits;
        super(mergedConfig);
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/BatchSpanProcessor-shim.js
var BatchSpanProcessor2;
var init_BatchSpanProcessor_shim = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/BatchSpanProcessor-shim.js"() {
    "use strict";
    init_esm2();
    init_esm4();
    BatchSpanProcessor2 = class extends BatchSpanProcessor {
      constructor(exporter, config) {
        if (!config) {
          config = {};
        }
        const envFallbacks = [
          ["maxExportBatchSize", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE"],
          ["maxQueueSize", "OTEL_BSP_MAX_QUEUE_SIZE"],
          ["scheduledDelayMillis", "OTEL_BSP_SCHEDULE_DELAY"],
          ["exportTimeoutMillis", "OTEL_BSP_EXPORT_TIMEOUT"]
        ];
        for (const [configName, envName] of envFallbacks) {
          if (config[configName] === void 0) {
            const envFallback = getNumberFromEnv(envName);
            if (envFallback !== void 0) {
              config[configName] = envFallback;
            }
          }
        }
        super({ exporter, ...config });
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/SimpleSpanProcessor-shim.js
var SimpleSpanProcessor2;
var init_SimpleSpanProcessor_shim = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/SimpleSpanProcessor-shim.js"() {
    "use strict";
    init_esm4();
    SimpleSpanProcessor2 = class extends SimpleSpanProcessor {
      constructor(exporter) {
        super({ exporter });
      }
    };
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/index-shim.js
var index_shim_exports = {};
__export(index_shim_exports, {
  AlwaysOffSampler: () => AlwaysOffSampler,
  AlwaysOnSampler: () => AlwaysOnSampler,
  BasicTracerProvider: () => BasicTracerProvider,
  BatchSpanProcessor: () => BatchSpanProcessor2,
  ConsoleSpanExporter: () => ConsoleSpanExporter,
  InMemorySpanExporter: () => InMemorySpanExporter,
  NoopSpanProcessor: () => NoopSpanProcessor,
  ParentBasedSampler: () => ParentBasedSampler,
  RandomIdGenerator: () => RandomIdGenerator,
  SamplingDecision: () => SamplingDecision2,
  SimpleSpanProcessor: () => SimpleSpanProcessor2,
  TraceIdRatioBasedSampler: () => TraceIdRatioBasedSampler
});
var init_index_shim = __esm({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-base@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-base/build/esm/index-shim.js"() {
    "use strict";
    init_BasicTracerProvider_shim();
    init_BatchSpanProcessor_shim();
    init_SimpleSpanProcessor_shim();
    init_esm4();
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-node@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-node/build/src/NodeTracerProvider.js
var require_NodeTracerProvider = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-node@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-node/build/src/NodeTracerProvider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NodeTracerProvider = void 0;
    var context_async_hooks_1 = require_src();
    var sdk_trace_base_1 = (init_index_shim(), __toCommonJS(index_shim_exports));
    var api_1 = (init_esm(), __toCommonJS(esm_exports));
    var core_1 = (init_esm2(), __toCommonJS(esm_exports2));
    function setupContextManager(contextManager) {
      if (contextManager === null) {
        return;
      }
      if (contextManager === void 0) {
        const defaultContextManager = new context_async_hooks_1.AsyncLocalStorageContextManager();
        defaultContextManager.enable();
        api_1.context.setGlobalContextManager(defaultContextManager);
        return;
      }
      contextManager.enable();
      api_1.context.setGlobalContextManager(contextManager);
    }
    function setupPropagator(propagator) {
      if (propagator === null) {
        return;
      }
      if (propagator === void 0) {
        api_1.propagation.setGlobalPropagator(new core_1.CompositePropagator({
          propagators: [
            new core_1.W3CTraceContextPropagator(),
            new core_1.W3CBaggagePropagator()
          ]
        }));
        return;
      }
      api_1.propagation.setGlobalPropagator(propagator);
    }
    var NodeTracerProvider2 = class extends sdk_trace_base_1.BasicTracerProvider {
      constructor(config = {}) {
        super(config);
      }
      /**
       * Register this TracerProvider for use with the OpenTelemetry API.
       * Undefined values may be replaced with defaults, and
       * null values will be skipped.
       *
       * @param config Configuration object for SDK registration
       */
      register(config = {}) {
        api_1.trace.setGlobalTracerProvider(this);
        setupContextManager(config.contextManager);
        setupPropagator(config.propagator);
      }
    };
    exports.NodeTracerProvider = NodeTracerProvider2;
  }
});

// ../../node_modules/.pnpm/@opentelemetry+sdk-trace-node@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-node/build/src/index.js
var require_src2 = __commonJS({
  "../../node_modules/.pnpm/@opentelemetry+sdk-trace-node@2.12.0_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-trace-node/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TraceIdRatioBasedSampler = exports.SimpleSpanProcessor = exports.SamplingDecision = exports.RandomIdGenerator = exports.ParentBasedSampler = exports.NoopSpanProcessor = exports.InMemorySpanExporter = exports.ConsoleSpanExporter = exports.BatchSpanProcessor = exports.BasicTracerProvider = exports.AlwaysOnSampler = exports.AlwaysOffSampler = exports.NodeTracerProvider = void 0;
    var NodeTracerProvider_1 = require_NodeTracerProvider();
    Object.defineProperty(exports, "NodeTracerProvider", { enumerable: true, get: function() {
      return NodeTracerProvider_1.NodeTracerProvider;
    } });
    var sdk_trace_base_1 = (init_index_shim(), __toCommonJS(index_shim_exports));
    Object.defineProperty(exports, "AlwaysOffSampler", { enumerable: true, get: function() {
      return sdk_trace_base_1.AlwaysOffSampler;
    } });
    Object.defineProperty(exports, "AlwaysOnSampler", { enumerable: true, get: function() {
      return sdk_trace_base_1.AlwaysOnSampler;
    } });
    Object.defineProperty(exports, "BasicTracerProvider", { enumerable: true, get: function() {
      return sdk_trace_base_1.BasicTracerProvider;
    } });
    Object.defineProperty(exports, "BatchSpanProcessor", { enumerable: true, get: function() {
      return sdk_trace_base_1.BatchSpanProcessor;
    } });
    Object.defineProperty(exports, "ConsoleSpanExporter", { enumerable: true, get: function() {
      return sdk_trace_base_1.ConsoleSpanExporter;
    } });
    Object.defineProperty(exports, "InMemorySpanExporter", { enumerable: true, get: function() {
      return sdk_trace_base_1.InMemorySpanExporter;
    } });
    Object.defineProperty(exports, "NoopSpanProcessor", { enumerable: true, get: function() {
      return sdk_trace_base_1.NoopSpanProcessor;
    } });
    Object.defineProperty(exports, "ParentBasedSampler", { enumerable: true, get: function() {
      return sdk_trace_base_1.ParentBasedSampler;
    } });
    Object.defineProperty(exports, "RandomIdGenerator", { enumerable: true, get: function() {
      return sdk_trace_base_1.RandomIdGenerator;
    } });
    Object.defineProperty(exports, "SamplingDecision", { enumerable: true, get: function() {
      return sdk_trace_base_1.SamplingDecision;
    } });
    Object.defineProperty(exports, "SimpleSpanProcessor", { enumerable: true, get: function() {
      return sdk_trace_base_1.SimpleSpanProcessor;
    } });
    Object.defineProperty(exports, "TraceIdRatioBasedSampler", { enumerable: true, get: function() {
      return sdk_trace_base_1.TraceIdRatioBasedSampler;
    } });
  }
});

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/NodeSdk.js
var import_sdk_trace_node = __toESM(require_src2(), 1);

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/LoggerProvider.js
init_esm();

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/types/LogRecord.js
var SeverityNumber;
(function(SeverityNumber2) {
  SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
  SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
  SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
  SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
  SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
  SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
  SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
  SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
  SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
  SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
  SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
  SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
  SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
  SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
  SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
  SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
  SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
  SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
  SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
  SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
  SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
  SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
  SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
  SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
  SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
})(SeverityNumber || (SeverityNumber = {}));

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/NoopLogger.js
var NoopLogger = class {
  emit(_logRecord) {
  }
  enabled() {
    return false;
  }
};
var NOOP_LOGGER = new NoopLogger();
function createNoopLogger() {
  return NOOP_LOGGER;
}

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/internal/global-utils.js
var GLOBAL_LOGS_API_KEY = Symbol.for("io.opentelemetry.js.api.logs");
var _global = globalThis;
function makeGetter(requiredVersion, instance, fallback) {
  return (version) => version === requiredVersion ? instance : fallback;
}
var API_BACKWARDS_COMPATIBILITY_VERSION = 1;

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/NoopLoggerProvider.js
var NoopLoggerProvider = class {
  getLogger(_name, _version, _options) {
    return new NoopLogger();
  }
};
var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/ProxyLogger.js
var ProxyLogger = class {
  constructor(provider, name, version, options) {
    this._provider = provider;
    this.name = name;
    this.version = version;
    this.options = options;
  }
  /**
   * Emit a log record. This method should only be used by log appenders.
   *
   * @param logRecord
   */
  emit(logRecord) {
    this._getLogger().emit(logRecord);
  }
  enabled(options) {
    return this._getLogger().enabled(options);
  }
  /**
   * Try to get a logger from the proxy logger provider.
   * If the proxy logger provider has no delegate, return a noop logger.
   */
  _getLogger() {
    if (this._delegate) {
      return this._delegate;
    }
    const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
    if (!logger) {
      return NOOP_LOGGER;
    }
    this._delegate = logger;
    return this._delegate;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/ProxyLoggerProvider.js
var ProxyLoggerProvider = class {
  getLogger(name, version, options) {
    var _a;
    return (_a = this._getDelegateLogger(name, version, options)) !== null && _a !== void 0 ? _a : new ProxyLogger(this, name, version, options);
  }
  /**
   * Get the delegate logger provider.
   * Used by tests only.
   * @internal
   */
  _getDelegate() {
    var _a;
    return (_a = this._delegate) !== null && _a !== void 0 ? _a : NOOP_LOGGER_PROVIDER;
  }
  /**
   * Set the delegate logger provider
   * @internal
   */
  _setDelegate(delegate) {
    this._delegate = delegate;
  }
  /**
   * @internal
   */
  _getDelegateLogger(name, version, options) {
    var _a;
    return (_a = this._delegate) === null || _a === void 0 ? void 0 : _a.getLogger(name, version, options);
  }
};

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/api/logs.js
var LogsAPI = class _LogsAPI {
  constructor() {
    this._proxyLoggerProvider = new ProxyLoggerProvider();
  }
  static getInstance() {
    if (!this._instance) {
      this._instance = new _LogsAPI();
    }
    return this._instance;
  }
  setGlobalLoggerProvider(provider) {
    if (_global[GLOBAL_LOGS_API_KEY]) {
      return this.getLoggerProvider();
    }
    _global[GLOBAL_LOGS_API_KEY] = makeGetter(API_BACKWARDS_COMPATIBILITY_VERSION, provider, NOOP_LOGGER_PROVIDER);
    this._proxyLoggerProvider._setDelegate(provider);
    return provider;
  }
  /**
   * Returns the global logger provider.
   *
   * @returns LoggerProvider
   */
  getLoggerProvider() {
    var _a, _b;
    return (_b = (_a = _global[GLOBAL_LOGS_API_KEY]) === null || _a === void 0 ? void 0 : _a.call(_global, API_BACKWARDS_COMPATIBILITY_VERSION)) !== null && _b !== void 0 ? _b : this._proxyLoggerProvider;
  }
  /**
   * Returns a Logger, creating one if one with the given name, version,
   * schemaUrl, and attributes is not already created.
   *
   * Getting a Logger may be expensive, especially when `attributes` are
   * provided. Reuse Logger instances where possible instead of calling
   * `getLogger()` on hot paths.
   *
   * @param name The name of the logger or instrumentation library.
   * @param version The version of the logger or instrumentation library.
   * @param options The options of the logger or instrumentation library.
   * @returns {@link Logger}
   */
  getLogger(name, version, options) {
    return this.getLoggerProvider().getLogger(name, version, options);
  }
  /** Remove the global logger provider */
  disable() {
    delete _global[GLOBAL_LOGS_API_KEY];
    this._proxyLoggerProvider = new ProxyLoggerProvider();
  }
};

// ../../node_modules/.pnpm/@opentelemetry+api-logs@0.223.1/node_modules/@opentelemetry/api-logs/build/esm/index.js
var logs = LogsAPI.getInstance();

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/Logger.js
init_esm();

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/LogRecordImpl.js
init_esm();
init_dist();

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/utils/validation.js
init_esm();
function isLogAttributeValue(val) {
  return isLogAttributeValueInternal(val, /* @__PURE__ */ new WeakSet());
}
function isLogAttributeValueInternal(val, visited) {
  if (val == null) {
    return true;
  }
  if (typeof val === "string" || typeof val === "number" || typeof val === "boolean") {
    return true;
  }
  if (val instanceof Uint8Array) {
    return true;
  }
  if (typeof val === "object") {
    if (visited.has(val)) {
      return false;
    }
    visited.add(val);
    if (Array.isArray(val)) {
      for (const item of val) {
        if (!isLogAttributeValueInternal(item, visited)) {
          return false;
        }
      }
      return true;
    }
    const obj = val;
    if (obj.constructor !== Object && obj.constructor !== void 0) {
      return false;
    }
    for (const key in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key) && !isLogAttributeValueInternal(obj[key], visited)) {
        return false;
      }
    }
    return true;
  }
  return false;
}
var AddAttributeDecision;
(function(AddAttributeDecision2) {
  AddAttributeDecision2[AddAttributeDecision2["DROP_INVALID"] = 0] = "DROP_INVALID";
  AddAttributeDecision2[AddAttributeDecision2["DROP_LIMIT_REACHED"] = 1] = "DROP_LIMIT_REACHED";
  AddAttributeDecision2[AddAttributeDecision2["ADD_NEW"] = 2] = "ADD_NEW";
  AddAttributeDecision2[AddAttributeDecision2["ADD_OVERWRITE_EXISTING"] = 3] = "ADD_OVERWRITE_EXISTING";
})(AddAttributeDecision || (AddAttributeDecision = {}));
function addAttribute(attributes, limits, currentAttributesCount, key, value) {
  if (key.length === 0) {
    diag.warn(`Invalid attribute key: ${key}`);
    return AddAttributeDecision.DROP_INVALID;
  }
  if (!isLogAttributeValue(value)) {
    diag.warn(`Invalid attribute value set for key: ${key}`);
    return AddAttributeDecision.DROP_INVALID;
  }
  const isNewKey = !Object.prototype.hasOwnProperty.call(attributes, key);
  if (isNewKey && currentAttributesCount >= limits.attributeCountLimit) {
    return AddAttributeDecision.DROP_LIMIT_REACHED;
  }
  attributes[key] = truncateToSize(value, limits.attributeValueLengthLimit);
  if (isNewKey) {
    return AddAttributeDecision.ADD_NEW;
  }
  return AddAttributeDecision.ADD_OVERWRITE_EXISTING;
}
function truncateToSize(value, limit) {
  if (limit <= 0) {
    diag.warn(`Attribute value limit must be positive, got ${limit}`);
    return value;
  }
  if (value == null) {
    return value;
  }
  if (typeof value === "string") {
    if (value.length <= limit) {
      return value;
    }
    return value.substring(0, limit);
  }
  if (value instanceof Uint8Array) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((val) => truncateToSize(val, limit));
  }
  if (typeof value === "object") {
    const truncatedObj = {};
    for (const [k, v] of Object.entries(value)) {
      truncatedObj[k] = truncateToSize(v, limit);
    }
    return truncatedObj;
  }
  return value;
}
function normalizeScopeAttributes(limits, attributes) {
  if (attributes == null) {
    return {};
  }
  const normalizedAttributes = {};
  let currentAttributesCount = 0;
  let droppedAttributesCount = 0;
  for (const [key, value] of Object.entries(attributes)) {
    const decision = addAttribute(normalizedAttributes, limits, currentAttributesCount, key, value);
    if (decision === AddAttributeDecision.ADD_NEW) {
      currentAttributesCount += 1;
    } else if (decision === AddAttributeDecision.DROP_INVALID) {
      droppedAttributesCount += 1;
    } else if (decision === AddAttributeDecision.DROP_LIMIT_REACHED) {
      droppedAttributesCount += 1;
    } else {
    }
  }
  return {
    attributes: currentAttributesCount > 0 ? normalizedAttributes : void 0,
    droppedAttributesCount
  };
}

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/LogRecordImpl.js
var LogRecordImpl = class {
  resource;
  instrumentationScope;
  attributes = {};
  _hrTime;
  _hrTimeObserved;
  _spanContext;
  _severityText;
  _severityNumber;
  _body;
  _eventName;
  _attributesCount = 0;
  _droppedAttributesCount = 0;
  _isReadonly = false;
  _logRecordLimits;
  get hrTime() {
    return this._hrTime;
  }
  set hrTime(hrTime2) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._hrTime = hrTime2;
  }
  get hrTimeObserved() {
    return this._hrTimeObserved;
  }
  set hrTimeObserved(hrTimeObserved) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._hrTimeObserved = hrTimeObserved;
  }
  get spanContext() {
    return this._spanContext;
  }
  set spanContext(spanContext) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._spanContext = spanContext;
  }
  set severityText(severityText) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._severityText = severityText;
  }
  get severityText() {
    return this._severityText;
  }
  set severityNumber(severityNumber) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._severityNumber = severityNumber;
  }
  get severityNumber() {
    return this._severityNumber;
  }
  set body(body) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._body = body;
  }
  get body() {
    return this._body;
  }
  get eventName() {
    return this._eventName;
  }
  set eventName(eventName) {
    if (this._isLogRecordReadonly()) {
      return;
    }
    this._eventName = eventName;
  }
  get droppedAttributesCount() {
    return this._droppedAttributesCount;
  }
  constructor(_sharedState, instrumentationScope, logRecord) {
    const { timestamp, observedTimestamp, eventName, severityNumber, severityText, body, attributes = {}, exception, context: context2 } = logRecord;
    const now = Date.now();
    this._hrTime = timeInputToHrTime(timestamp ?? now);
    this._hrTimeObserved = timeInputToHrTime(observedTimestamp ?? now);
    if (context2) {
      const spanContext = trace.getSpanContext(context2);
      if (spanContext && isSpanContextValid(spanContext)) {
        this._spanContext = spanContext;
      }
    }
    this.severityNumber = severityNumber;
    this.severityText = severityText;
    this.body = body;
    this.resource = _sharedState.resource;
    this.instrumentationScope = instrumentationScope;
    this._logRecordLimits = _sharedState.logRecordLimits;
    this._eventName = eventName;
    this.setAttributes(attributes);
    if (exception != null) {
      this._setException(exception);
    }
  }
  setAttribute(key, value) {
    if (this._isLogRecordReadonly()) {
      return this;
    }
    const decision = addAttribute(this.attributes, this._logRecordLimits, this._attributesCount, key, value);
    if (decision === AddAttributeDecision.DROP_LIMIT_REACHED) {
      this._droppedAttributesCount++;
      if (this._droppedAttributesCount === 1) {
        diag.warn("Dropping extra attributes.");
      }
    } else if (decision === AddAttributeDecision.ADD_NEW) {
      this._attributesCount++;
    }
    return this;
  }
  setAttributes(attributes) {
    for (const [k, v] of Object.entries(attributes)) {
      this.setAttribute(k, v);
    }
    return this;
  }
  setBody(body) {
    this.body = body;
    return this;
  }
  setEventName(eventName) {
    this.eventName = eventName;
    return this;
  }
  setSeverityNumber(severityNumber) {
    this.severityNumber = severityNumber;
    return this;
  }
  setSeverityText(severityText) {
    this.severityText = severityText;
    return this;
  }
  /**
   * @internal
   * A LogRecordProcessor may freely modify logRecord for the duration of the OnEmit call.
   * If logRecord is needed after OnEmit returns (i.e. for asynchronous processing) only reads are permitted.
   */
  _makeReadonly() {
    this._isReadonly = true;
  }
  _setException(exception) {
    let hasMinimumAttributes = false;
    if (typeof exception === "string" || typeof exception === "number") {
      if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_MESSAGE)) {
        this.setAttribute(ATTR_EXCEPTION_MESSAGE, String(exception));
      }
      hasMinimumAttributes = true;
    } else if (exception && typeof exception === "object") {
      const exceptionObj = exception;
      if (exceptionObj.code) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_TYPE)) {
          this.setAttribute(ATTR_EXCEPTION_TYPE, exceptionObj.code.toString());
        }
        hasMinimumAttributes = true;
      } else if (exceptionObj.name) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_TYPE)) {
          this.setAttribute(ATTR_EXCEPTION_TYPE, exceptionObj.name);
        }
        hasMinimumAttributes = true;
      }
      if (exceptionObj.message) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_MESSAGE)) {
          this.setAttribute(ATTR_EXCEPTION_MESSAGE, exceptionObj.message);
        }
        hasMinimumAttributes = true;
      }
      if (exceptionObj.stack) {
        if (!Object.hasOwn(this.attributes, ATTR_EXCEPTION_STACKTRACE)) {
          this.setAttribute(ATTR_EXCEPTION_STACKTRACE, exceptionObj.stack);
        }
        hasMinimumAttributes = true;
      }
    }
    if (!hasMinimumAttributes) {
      diag.warn(`Failed to record an exception ${exception}`);
    }
  }
  _isLogRecordReadonly() {
    if (this._isReadonly) {
      diag.warn("Can not execute the operation on emitted log record");
    }
    return this._isReadonly;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/Logger.js
var Logger = class {
  _instrumentationScope;
  _sharedState;
  _loggerConfig;
  constructor(instrumentationScope, sharedState) {
    this._instrumentationScope = instrumentationScope;
    this._sharedState = sharedState;
    this._loggerConfig = this._sharedState.getLoggerConfig(this._instrumentationScope);
  }
  emit(logRecord) {
    const currentContext2 = logRecord.context || context.active();
    if (!this.enabled(logRecord)) {
      return;
    }
    const logRecordInstance = new LogRecordImpl(this._sharedState, this._instrumentationScope, {
      context: currentContext2,
      ...logRecord
    });
    this._sharedState.loggerMetrics.emitLog();
    this._sharedState.activeProcessor.onEmit(logRecordInstance, currentContext2);
    logRecordInstance._makeReadonly();
  }
  enabled(options) {
    if (this._sharedState.hasShutdown) {
      return false;
    }
    const loggerConfig = this._loggerConfig;
    if (loggerConfig.disabled) {
      return false;
    }
    const severityNumber = options?.severityNumber;
    if (typeof severityNumber === "number" && severityNumber !== SeverityNumber.UNSPECIFIED && severityNumber < loggerConfig.minimumSeverity) {
      return false;
    }
    const currentContext2 = options?.context || context.active();
    if (loggerConfig.traceBased) {
      const spanContext = trace.getSpanContext(currentContext2);
      if (spanContext && isSpanContextValid(spanContext)) {
        const isSampled = (spanContext.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED;
        if (!isSampled) {
          return false;
        }
      }
    }
    const enabledOpts = {
      context: currentContext2,
      instrumentationScope: this._instrumentationScope,
      severityNumber: options?.severityNumber,
      eventName: options?.eventName
    };
    for (const processor of this._sharedState.processors) {
      if (!processor.enabled || processor.enabled(enabledOpts)) {
        return true;
      }
    }
    return false;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/internal/LoggerProviderSharedState.js
init_esm();

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/export/NoopLogRecordProcessor.js
var NoopLogRecordProcessor = class {
  forceFlush() {
    return Promise.resolve();
  }
  onEmit(_logRecord, _context) {
  }
  shutdown() {
    return Promise.resolve();
  }
  enabled(_options) {
    return false;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/MultiLogRecordProcessor.js
var MultiLogRecordProcessor = class {
  processors;
  constructor(processors) {
    this.processors = processors;
  }
  async forceFlush(options) {
    const timeout = options?.timeoutMillis ?? 3e4;
    await Promise.all(this.processors.map((processor) => callWithTimeout(processor.forceFlush(), timeout)));
  }
  onEmit(logRecord, context2) {
    this.processors.forEach((processors) => processors.onEmit(logRecord, context2));
  }
  async shutdown() {
    await Promise.all(this.processors.map((processor) => processor.shutdown()));
  }
  enabled(options) {
    for (const processor of this.processors) {
      if (!processor.enabled || processor.enabled(options)) {
        return true;
      }
    }
    return false;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/internal/utils.js
function normalizeAnyValue(value) {
  if (value === void 0) {
    return ["u", null];
  }
  if (value === null) {
    return ["n", null];
  }
  const valueType = typeof value;
  if (valueType === "string") {
    return ["s", value];
  }
  if (valueType === "boolean") {
    return ["b", value];
  }
  if (valueType === "number") {
    if (Number.isNaN(value))
      return ["nan", null];
    if (value === Infinity)
      return ["inf", null];
    if (value === -Infinity)
      return ["-inf", null];
    if (Object.is(value, -0))
      return ["n0", null];
    return ["d", value];
  }
  if (value instanceof Uint8Array) {
    return ["bytes", Array.from(value)];
  }
  if (Array.isArray(value)) {
    return ["arr", value.map(normalizeAnyValue)];
  }
  return [
    "map",
    Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalizeAnyValue(v)])
  ];
}
function getInstrumentationScopeKey(scope) {
  return JSON.stringify([
    scope.name,
    scope.version || "",
    scope.schemaUrl || "",
    normalizeAnyValue(scope.attributes),
    // we include the dropped attributes count to avoid collisions between scopes with the same identifying
    // characteristics, but different dropped counts. While there still can be collisions this is the best we can do if
    // we want to resolve the same logger without relying on object identity.
    scope.droppedAttributesCount ?? 0
  ]);
}

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/semconv.js
var METRIC_OTEL_SDK_LOG_CREATED = "otel.sdk.log.created";

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/LoggerMetrics.js
var LoggerMetrics = class {
  createdLogs;
  constructor(meter) {
    this.createdLogs = meter.createCounter(METRIC_OTEL_SDK_LOG_CREATED, {
      unit: "{log_record}",
      description: "The number of logs submitted to enabled SDK Loggers."
    });
  }
  emitLog() {
    this.createdLogs.add(1);
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/version.js
var VERSION2 = "0.223.1";

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/internal/LoggerProviderSharedState.js
var DEFAULT_LOGGER_CONFIG = {
  disabled: false,
  minimumSeverity: SeverityNumber.UNSPECIFIED,
  traceBased: false
};
var DEFAULT_LOGGER_CONFIGURATOR = () => ({
  ...DEFAULT_LOGGER_CONFIG
});
var LoggerProviderSharedState = class {
  loggers = /* @__PURE__ */ new Map();
  activeProcessor;
  registeredLogRecordProcessors = [];
  resource;
  logRecordLimits;
  processors;
  loggerMetrics;
  hasShutdown = false;
  _loggerConfigurator;
  _loggerConfigs = /* @__PURE__ */ new Map();
  constructor(resource, logRecordLimits, processors, loggerConfigurator, meterProvider) {
    this.resource = resource;
    this.logRecordLimits = logRecordLimits;
    this.processors = processors;
    if (processors.length > 0) {
      this.registeredLogRecordProcessors = processors;
      this.activeProcessor = new MultiLogRecordProcessor(this.registeredLogRecordProcessors);
    } else {
      this.activeProcessor = new NoopLogRecordProcessor();
    }
    this._loggerConfigurator = loggerConfigurator ?? DEFAULT_LOGGER_CONFIGURATOR;
    const meter = meterProvider ? meterProvider.getMeter("@opentelemetry/sdk-logs", VERSION2) : createNoopMeter();
    this.loggerMetrics = new LoggerMetrics(meter);
  }
  /**
   * Get the LoggerConfig for a given instrumentation scope.
   * Uses the LoggerConfigurator function to compute the config on first access
   * and caches the result.
   *
   * @experimental This feature is in development as per the OpenTelemetry specification.
   */
  getLoggerConfig(instrumentationScope) {
    const key = getInstrumentationScopeKey(instrumentationScope);
    let config = this._loggerConfigs.get(key);
    if (config) {
      return config;
    }
    config = this._loggerConfigurator(instrumentationScope);
    this._loggerConfigs.set(key, config);
    return config;
  }
};

// ../../node_modules/.pnpm/@opentelemetry+sdk-logs@0.223.1_@opentelemetry+api@1.9.1/node_modules/@opentelemetry/sdk-logs/build/esm/LoggerProvider.js
var DEFAULT_LOGGER_NAME = "unknown";
var LoggerProvider = class {
  _shutdownOnce;
  _sharedState;
  constructor(config = {}) {
    const mergedConfig = {
      resource: config.resource ?? defaultResource(),
      logRecordLimits: {
        attributeCountLimit: config.logRecordLimits?.attributeCountLimit ?? 128,
        attributeValueLengthLimit: config.logRecordLimits?.attributeValueLengthLimit ?? Infinity
      },
      loggerConfigurator: config.loggerConfigurator ?? DEFAULT_LOGGER_CONFIGURATOR,
      processors: config.processors ?? [],
      meterProvider: config.meterProvider
    };
    this._sharedState = new LoggerProviderSharedState(mergedConfig.resource, mergedConfig.logRecordLimits, mergedConfig.processors, mergedConfig.loggerConfigurator, mergedConfig.meterProvider);
    this._shutdownOnce = new BindOnceFuture(this._shutdown, this);
  }
  /**
   * Get a logger with the configuration of the LoggerProvider.
   */
  getLogger(name, version, options) {
    if (this._shutdownOnce.isCalled) {
      diag.warn("A shutdown LoggerProvider cannot provide a Logger");
      return createNoopLogger();
    }
    if (!name) {
      diag.warn("Logger requested without instrumentation scope name.");
    }
    const loggerName = name || DEFAULT_LOGGER_NAME;
    const instrumentationScope = {
      name: loggerName,
      version,
      schemaUrl: options?.schemaUrl,
      ...normalizeScopeAttributes(this._sharedState.logRecordLimits, options?.attributes)
    };
    const key = getInstrumentationScopeKey(instrumentationScope);
    if (!this._sharedState.loggers.has(key)) {
      this._sharedState.loggers.set(key, new Logger(instrumentationScope, this._sharedState));
    }
    return this._sharedState.loggers.get(key);
  }
  /**
   * Notifies all registered LogRecordProcessor to flush any buffered data.
   *
   * Returns a promise which is resolved when all flushes are complete.
   */
  forceFlush(options) {
    if (this._shutdownOnce.isCalled) {
      diag.warn("invalid attempt to force flush after LoggerProvider shutdown");
      return this._shutdownOnce.promise;
    }
    return this._sharedState.activeProcessor.forceFlush(options);
  }
  /**
   * Flush all buffered data and shut down the LoggerProvider and all registered
   * LogRecordProcessor.
   *
   * Returns a promise which is resolved when all flushes are complete.
   */
  shutdown() {
    if (this._shutdownOnce.isCalled) {
      diag.warn("shutdown may only be called once per LoggerProvider");
      return this._shutdownOnce.promise;
    }
    return this._shutdownOnce.call();
  }
  _shutdown() {
    this._sharedState.hasShutdown = true;
    return this._sharedState.activeProcessor.shutdown();
  }
};

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/Logger.js
var OtelLoggerProvider = class extends (/* @__PURE__ */ Tag("@effect/opentelemetry/Logger/OtelLoggerProvider")()) {
};
var make2 = /* @__PURE__ */ gen(function* () {
  const loggerProvider = yield* OtelLoggerProvider;
  const clock2 = yield* clock;
  const otelLogger = loggerProvider.getLogger("@effect/opentelemetry");
  return make((options) => {
    const now = options.date.getTime();
    const attributes = {
      fiberId: threadName(options.fiberId)
    };
    const maybeSpan = getOption(getOrDefault(options.context, currentContext), ParentSpan);
    if (maybeSpan._tag === "Some") {
      attributes.spanId = maybeSpan.value.spanId;
      attributes.traceId = maybeSpan.value.traceId;
    }
    for (const [key, value] of options.annotations) {
      attributes[key] = unknownToAttributeValue(value);
    }
    for (const span of options.spans) {
      attributes[`logSpan.${span.label}`] = `${now - span.startTime}ms`;
    }
    const message = ensure(options.message).map(unknownToAttributeValue);
    otelLogger.emit({
      body: message.length === 1 ? message[0] : message,
      severityText: options.logLevel.label,
      severityNumber: options.logLevel.ordinal,
      timestamp: options.date,
      observedTimestamp: clock2.unsafeCurrentTimeMillis(),
      attributes
    });
  });
});
var layerLoggerAdd = /* @__PURE__ */ addEffect(make2);
var layerLoggerProvider = (processor, config) => scoped(OtelLoggerProvider, flatMap(Resource, (resource) => acquireRelease(sync(() => new LoggerProvider({
  ...config ?? void 0,
  processors: ensure(processor),
  resource
})), (provider) => promise(() => provider.forceFlush().then(() => provider.shutdown())).pipe(ignoreLogged, interruptible, timeoutOption(config?.shutdownTimeout ?? 3e3)))));

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/internal/metrics.js
init_esm();
var sdkName = "@effect/opentelemetry/Metrics";
var MetricProducerImpl = class {
  resource;
  constructor(resource) {
    this.resource = resource;
  }
  startTimes = /* @__PURE__ */ new Map();
  startTimeFor(name, hrTime2) {
    if (this.startTimes.has(name)) {
      return this.startTimes.get(name);
    }
    this.startTimes.set(name, hrTime2);
    return hrTime2;
  }
  collect(_options) {
    const snapshot = unsafeSnapshot();
    const hrTimeNow = currentHrTime();
    const metricData = [];
    const metricDataByName = /* @__PURE__ */ new Map();
    const addMetricData = (data) => {
      metricData.push(data);
      metricDataByName.set(data.descriptor.name, data);
    };
    for (let i = 0, len = snapshot.length; i < len; i++) {
      const {
        metricKey,
        metricState
      } = snapshot[i];
      const attributes = reduce(metricKey.tags, {}, (acc, label) => {
        acc[label.key] = label.value;
        return acc;
      });
      const descriptor = descriptorFromKey(metricKey, attributes);
      const startTime = this.startTimeFor(descriptor.name, hrTimeNow);
      if (isCounterState(metricState)) {
        const dataPoint = {
          startTime,
          endTime: hrTimeNow,
          attributes,
          value: Number(metricState.count)
        };
        if (metricDataByName.has(descriptor.name)) {
          metricDataByName.get(descriptor.name).dataPoints.push(dataPoint);
        } else {
          addMetricData({
            dataPointType: DataPointType.SUM,
            descriptor,
            isMonotonic: descriptor.type === InstrumentType.COUNTER,
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            dataPoints: [dataPoint]
          });
        }
      } else if (isGaugeState(metricState)) {
        const dataPoint = {
          startTime,
          endTime: hrTimeNow,
          attributes,
          value: Number(metricState.value)
        };
        if (metricDataByName.has(descriptor.name)) {
          metricDataByName.get(descriptor.name).dataPoints.push(dataPoint);
        } else {
          addMetricData({
            dataPointType: DataPointType.GAUGE,
            descriptor,
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            dataPoints: [dataPoint]
          });
        }
      } else if (isHistogramState(metricState)) {
        const size = metricState.buckets.length;
        const buckets = {
          boundaries: allocate(size - 1),
          counts: allocate(size)
        };
        let i2 = 0;
        let prev = 0;
        for (const [boundary, value] of metricState.buckets) {
          if (i2 < size - 1) {
            buckets.boundaries[i2] = boundary;
          }
          buckets.counts[i2] = value - prev;
          prev = value;
          i2++;
        }
        const dataPoint = {
          startTime,
          endTime: hrTimeNow,
          attributes,
          value: {
            buckets,
            count: metricState.count,
            min: metricState.min,
            max: metricState.max,
            sum: metricState.sum
          }
        };
        if (metricDataByName.has(descriptor.name)) {
          metricDataByName.get(descriptor.name).dataPoints.push(dataPoint);
        } else {
          addMetricData({
            dataPointType: DataPointType.HISTOGRAM,
            descriptor,
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            dataPoints: [dataPoint]
          });
        }
      } else if (isFrequencyState(metricState)) {
        const dataPoints = [];
        for (const [freqKey, value] of metricState.occurrences) {
          dataPoints.push({
            startTime,
            endTime: hrTimeNow,
            attributes: {
              ...attributes,
              key: freqKey
            },
            value
          });
        }
        if (metricDataByName.has(descriptor.name)) {
          metricDataByName.get(descriptor.name).dataPoints.push(...dataPoints);
        } else {
          addMetricData({
            dataPointType: DataPointType.SUM,
            descriptor: descriptorFromKey(metricKey, attributes),
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            isMonotonic: true,
            dataPoints
          });
        }
      } else if (isSummaryState(metricState)) {
        const dataPoints = [{
          startTime,
          endTime: hrTimeNow,
          attributes: {
            ...attributes,
            quantile: "min"
          },
          value: metricState.min
        }];
        for (const [quantile, value] of metricState.quantiles) {
          dataPoints.push({
            startTime,
            endTime: hrTimeNow,
            attributes: {
              ...attributes,
              quantile: quantile.toString()
            },
            value: value._tag === "Some" ? value.value : 0
          });
        }
        dataPoints.push({
          startTime,
          endTime: hrTimeNow,
          attributes: {
            ...attributes,
            quantile: "max"
          },
          value: metricState.max
        });
        const countDataPoint = {
          startTime,
          endTime: hrTimeNow,
          attributes,
          value: metricState.count
        };
        const sumDataPoint = {
          startTime,
          endTime: hrTimeNow,
          attributes,
          value: metricState.sum
        };
        if (metricDataByName.has(`${descriptor.name}_quantiles`)) {
          metricDataByName.get(`${descriptor.name}_quantiles`).dataPoints.push(...dataPoints);
          metricDataByName.get(`${descriptor.name}_count`).dataPoints.push(countDataPoint);
          metricDataByName.get(`${descriptor.name}_sum`).dataPoints.push(sumDataPoint);
        } else {
          addMetricData({
            dataPointType: DataPointType.SUM,
            descriptor: descriptorFromKey(metricKey, attributes, "quantiles"),
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            isMonotonic: false,
            dataPoints
          });
          addMetricData({
            dataPointType: DataPointType.SUM,
            descriptor: {
              ...descriptorMeta(metricKey, "count"),
              unit: "1",
              type: InstrumentType.COUNTER,
              valueType: ValueType.INT
            },
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            isMonotonic: true,
            dataPoints: [countDataPoint]
          });
          addMetricData({
            dataPointType: DataPointType.SUM,
            descriptor: {
              ...descriptorMeta(metricKey, "sum"),
              unit: "1",
              type: InstrumentType.COUNTER,
              valueType: ValueType.DOUBLE
            },
            aggregationTemporality: AggregationTemporality.CUMULATIVE,
            isMonotonic: true,
            dataPoints: [sumDataPoint]
          });
        }
      }
    }
    return Promise.resolve({
      resourceMetrics: {
        resource: this.resource,
        scopeMetrics: [{
          scope: {
            name: sdkName
          },
          metrics: metricData
        }]
      },
      errors: []
    });
  }
};
var descriptorMeta = (metricKey, suffix) => ({
  name: suffix ? `${metricKey.name}_${suffix}` : metricKey.name,
  description: getOrElse(metricKey.description, () => ""),
  advice: {}
});
var descriptorFromKey = (metricKey, tags, suffix) => ({
  ...descriptorMeta(metricKey, suffix),
  unit: tags.unit ?? tags.time_unit ?? "1",
  type: instrumentTypeFromKey(metricKey),
  valueType: "bigint" in metricKey.keyType && metricKey.keyType.bigint === true ? ValueType.INT : ValueType.DOUBLE
});
var instrumentTypeFromKey = (key) => {
  if (isHistogramKey(key.keyType)) {
    return InstrumentType.HISTOGRAM;
  } else if (isGaugeKey(key.keyType)) {
    return InstrumentType.OBSERVABLE_GAUGE;
  } else if (isFrequencyKey(key.keyType)) {
    return InstrumentType.COUNTER;
  } else if (isCounterKey(key.keyType) && key.keyType.incremental) {
    return InstrumentType.COUNTER;
  }
  return InstrumentType.UP_DOWN_COUNTER;
};
var currentHrTime = () => {
  const now = Date.now();
  return [Math.floor(now / 1e3), now % 1e3 * 1e6];
};
var makeProducer = /* @__PURE__ */ map(Resource, (resource) => new MetricProducerImpl(resource));
var registerProducer = (self, metricReader, options) => acquireRelease(sync(() => {
  const reader = metricReader();
  const readers = Array.isArray(reader) ? reader : [reader];
  readers.forEach((reader2) => reader2.setMetricProducer(self));
  return readers;
}), (readers) => promise(() => Promise.all(readers.map((reader) => reader.shutdown()))).pipe(ignoreLogged, interruptible, timeoutOption(options?.shutdownTimeout ?? 3e3)));
var layer2 = (evaluate, options) => scopedDiscard(flatMap(makeProducer, (producer) => registerProducer(producer, evaluate, options)));

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/Metrics.js
var layer3 = layer2;

// ../../node_modules/.pnpm/@effect+opentelemetry@0.64.1_@effect+platform@0.97.2_effect@3.22.4__@opentelemetry+api@_4130abac1f276d843aa419f3e0347407/node_modules/@effect/opentelemetry/dist/esm/NodeSdk.js
var layerTracerProvider = (processor, config) => scoped(OtelTracerProvider, flatMap(Resource, (resource) => acquireRelease(sync(() => {
  const provider = new import_sdk_trace_node.NodeTracerProvider({
    ...config ?? void 0,
    resource,
    spanProcessors: Array.isArray(processor) ? processor : [processor]
  });
  return provider;
}), (provider) => promise(() => provider.forceFlush().then(() => provider.shutdown())).pipe(ignoreLogged, interruptible, timeoutOption(config?.shutdownTimeout ?? 3e3)))));
var layer4 = (evaluate) => unwrapEffect(map(isEffect(evaluate) ? evaluate : sync(evaluate), (config) => {
  const ResourceLive = layerFromEnv(config.resource && configToAttributes(config.resource));
  const TracerLive = isNonEmpty(config.spanProcessor) ? provide(layer, layerTracerProvider(config.spanProcessor, {
    ...config.tracerConfig,
    shutdownTimeout: config.shutdownTimeout
  })) : empty;
  const MetricsLive = isNonEmpty(config.metricReader) ? layer3(constant(config.metricReader), config) : empty;
  const LoggerLive = isNonEmpty(config.logRecordProcessor) ? provide(layerLoggerAdd, layerLoggerProvider(config.logRecordProcessor, {
    ...config.loggerProviderConfig,
    shutdownTimeout: config.shutdownTimeout
  })) : empty;
  return mergeAll(TracerLive, MetricsLive, LoggerLive).pipe(provideMerge(ResourceLive));
}));
var layerEmpty2 = layerEmpty;
export {
  layer4 as layer,
  layerEmpty2 as layerEmpty,
  layerTracerProvider
};
//# sourceMappingURL=NodeSdk-RTOJQDF6.js.map