// Drives the vendor's Node server SDK (@videosdk.live/server-sdk) through a whole SIP setup
// against the mock, the way a user's server would: trunks, phone numbers, routing rules, a
// webhook, calls through the walk's own outbound rule, then release and deletes. Every step
// checks what came back; the SDK calls the contract refuses on purpose are checked to be
// clean 400s. Reads its setup from the environment; prints one JSON object (the
// steps passed, the SDK methods called, the call ids) on stdout; on the first surprise prints
// the failed step's name and exits non-zero.
const { VideoSDK, VideoSDKError } = require(process.env.SDK_PATH);
const { Walk, makeExpectError, recordingSip, sdkSipMethods, assert } = require("./walk_kit.cjs");
const { walkInboundTrunks, walkOutboundTrunks } = require("./walk_trunks.cjs");
const { provisionNumbers, releaseNumber } = require("./walk_numbers.cjs");
const { createRules, deleteRules } = require("./walk_rules.cjs");
const { createWebhook, walkCalls, deleteWebhook } = require("./walk_calls.cjs");
const { walkRefusals } = require("./walk_refusals.cjs");

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function main() {
  const endpoint = new URL(env("MOCK_URL"));
  if (endpoint.hostname !== "127.0.0.1") throw new Error("the walk targets 127.0.0.1 only");
  const sdk = new VideoSDK({
    apiKey: env("API_KEY"),
    secret: env("API_SECRET"),
    apiEndpoint: endpoint.origin,
    maxRetries: 0,
    timeoutMs: 5000,
  });
  const called = new Set();
  const walk = new Walk(Number(process.env.STEP_MS) || undefined);
  const context = {
    sip: recordingSip(sdk.sip, called),
    walk,
    expectError: makeExpectError(VideoSDKError),
    apiKey: env("API_KEY"),
    configured: { inbound: env("CONFIGURED_INBOUND") },
    numbers: { caller: "+14155550201", direct: "+14155550202" },
    receiverUrl: env("RECEIVER_URL"),
    neverAnswers: env("NEVER_ANSWERS"),
  };

  await walkInboundTrunks(context);
  await walkOutboundTrunks(context);
  context.gateways = await provisionNumbers(context);
  context.rules = await createRules(context);
  context.webhookId = await createWebhook(context);
  const placed = await walkCalls(context);
  await walkRefusals({ ...context, placed });
  await releaseNumber(context);
  await deleteRules(context);
  await walk.step("trunks.outbound.delete: a provisioned gateway leaves its numbers", async () => {
    await context.sip.trunks.outbound.delete(context.gateways.outbound);
    assert.equal((await context.sip.phoneNumbers.get(context.numbers.caller)).outbound, null);
  });
  await deleteWebhook(context);
  await walk.step("every SIP method of the SDK was called", async () => {
    assert.deepEqual([...called].sort(), sdkSipMethods(sdk.sip));
  });
  process.stdout.write(JSON.stringify({ steps: walk.steps, called: [...called].sort(), ...placed }));
}

main().catch((error) => {
  process.stderr.write(`${error && error.step ? error.message : error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
