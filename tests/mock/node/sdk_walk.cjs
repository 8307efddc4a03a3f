// Drives the vendor's Node server SDK (@videosdk.live/server-sdk) through the mock: webhooks
// and calls, the way a user's server would. Reads its setup from the environment; prints one
// JSON object of what it saw on stdout; exits non-zero on the first surprise.
const { VideoSDK, VideoSDKError } = require(process.env.SDK_PATH);

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function expectStatus(promise, status) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VideoSDKError && error.httpStatus === status) return error.code;
    throw error;
  }
  throw new Error(`expected an error with status ${status}`);
}

async function main() {
  const sdk = new VideoSDK({
    apiKey: env("API_KEY"),
    secret: env("API_SECRET"),
    apiEndpoint: env("MOCK_URL"),
    maxRetries: 0,
    timeoutMs: 10000,
  });
  const seen = {};

  const webhook = await sdk.sip.webhooks.create({
    url: env("RECEIVER_URL"),
    events: ["call-started", "call-answered", "call-hangup", "call-missed"],
  });
  seen.webhookId = webhook.id;
  seen.webhookGot = (await sdk.sip.webhooks.get(webhook.id)).url;
  const webhooks = await sdk.sip.webhooks.list({ search: "127.0.0.1" });
  seen.webhookListed = webhooks.data.map((item) => item.id);
  const updated = await sdk.sip.webhooks.update(webhook.id, {
    url: env("RECEIVER_URL"),
    events: ["call-started", "call-answered", "call-hangup", "call-missed", "switch-room-completed"],
  });
  seen.webhookEvents = updated.events;

  const call = await sdk.sip.calls.create({
    callTo: "+14155550123",
    callFrom: env("CALLER"),
    routingRuleId: env("RULE_ID"),
    metadata: { source: "node-sdk" },
  });
  seen.callStatus = call.status;
  seen.callGot = (await sdk.sip.calls.get(call.callId)).callId;
  const listed = await sdk.sip.calls.list({ id: call.callId });
  seen.callListed = listed.data.map((item) => item.id);
  const moved = await sdk.sip.calls.switchRoom(call.callId, { roomId: "room_node" });
  seen.switchedRoom = moved.roomId;
  const transferFailed = await sdk.sip.calls.transfer(call.callId, { to: env("NEVER_ANSWERS") });
  seen.afterFailedTransfer = transferFailed.status;
  const ended = await sdk.sip.calls.end(call.callId);
  seen.endedStatus = ended.status;
  seen.endAgain = await expectStatus(sdk.sip.calls.end(call.callId), 409);

  const missed = await sdk.sip.calls.create({
    callTo: env("NEVER_ANSWERS"),
    callFrom: env("CALLER"),
    routingRuleId: env("RULE_ID"),
  });
  seen.missedStatus = missed.status;
  seen.badCaller = await expectStatus(
    sdk.sip.calls.create({ callTo: "+14155550123", callFrom: "+14155550999", routingRuleId: env("RULE_ID") }),
    400,
  );

  seen.deleted = (await sdk.sip.webhooks.delete(webhook.id)).message;
  seen.goneAfterDelete = await expectStatus(sdk.sip.webhooks.get(webhook.id), 404);
  process.stdout.write(JSON.stringify(seen));
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
