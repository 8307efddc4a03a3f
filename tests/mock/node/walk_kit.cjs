// The walk's plumbing: named steps with a deadline each, expected errors, and a record of
// which SDK methods the walk called.
const assert = require("node:assert/strict");

const STEP_MS = 10000;

class StepFailed extends Error {
  constructor(step, cause) {
    super(`step "${step}" failed: ${describe(cause)}`);
    this.step = step;
  }
}

// What went wrong, with the mock's error body when the SDK raised one (it never holds the token).
function describe(error) {
  if (error && error.httpStatus !== undefined) {
    return `${error.name} HTTP ${error.httpStatus} ${error.method} ${error.path}: ${JSON.stringify(error.details)}`;
  }
  return error && error.stack ? error.stack : String(error);
}

class Walk {
  constructor(stepMs = STEP_MS) {
    this.stepMs = stepMs;
    this.steps = [];
  }

  // Runs one named step; a thrown error or the deadline fails the walk, naming the step.
  async step(name, action) {
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.stepMs} ms`)), this.stepMs);
    });
    try {
      const result = await Promise.race([action(), deadline]);
      this.steps.push(name);
      return result;
    } catch (error) {
      throw new StepFailed(name, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

// Awaits an SDK call that must fail with `status`; answers the mock's error body.
function makeExpectError(VideoSDKError) {
  return async function expectError(promise, status, expected = {}) {
    let failure;
    try {
      await promise;
    } catch (error) {
      failure = error;
    }
    assert.ok(failure instanceof VideoSDKError, `expected HTTP ${status}, got ${describe(failure)}`);
    assert.equal(failure.httpStatus, status, describe(failure));
    assert.equal(typeof failure.requestId, "string", "the SDK reads the answer's request id");
    const body = failure.details || {};
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(body[name], value, `error ${name}: ${JSON.stringify(body)}`);
    }
    return body;
  };
}

// `sdk.sip` wrapped so that each method call is recorded as `sip.<resource>.<method>`.
function recordingSip(sip, called) {
  const wrap = (target, path) =>
    new Proxy(target, {
      get(object, key) {
        const value = object[key];
        if (typeof key !== "string" || key === "http") return value;
        if (typeof value === "function") {
          return (...args) => {
            called.add(`${path}.${key}`);
            return value.apply(object, args);
          };
        }
        return value !== null && typeof value === "object" ? wrap(value, `${path}.${key}`) : value;
      },
    });
  return wrap(sip, "sip");
}

// Every method of every SIP resource the SDK offers, as `sip.<resource>.<method>`.
function sdkSipMethods(sip) {
  const methods = [];
  const visit = (resource, path) => {
    for (const [key, value] of Object.entries(resource)) {
      if (key === "http" || value === null || typeof value !== "object") continue;
      const names = Object.getOwnPropertyNames(Object.getPrototypeOf(value)).filter(
        (name) => name !== "constructor" && typeof value[name] === "function",
      );
      names.forEach((name) => methods.push(`${path}.${key}.${name}`));
      visit(value, `${path}.${key}`);
    }
  };
  visit(sip, "sip");
  return methods.sort();
}

const ids = (page) => page.data.map((item) => item.id);

module.exports = { Walk, StepFailed, describe, makeExpectError, recordingSip, sdkSipMethods, ids, assert };
