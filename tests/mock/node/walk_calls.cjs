// sip.webhooks and sip.calls: a webhook for the call events, then calls placed through the
// walk's own outbound rule from one of its numbers.
const { assert, ids } = require("./walk_kit.cjs");

const EVENTS = ["call-started", "call-answered", "call-hangup", "call-missed"];

async function createWebhook({ sip, walk, receiverUrl }) {
  const webhook = await walk.step("webhooks.create", async () => {
    const created = await sip.webhooks.create({ url: receiverUrl, events: EVENTS });
    assert.equal(created.url, receiverUrl);
    assert.deepEqual(created.events, EVENTS);
    return created;
  });
  await walk.step("webhooks.get", async () => {
    const got = await sip.webhooks.get(webhook.id);
    assert.equal(got.id, webhook.id);
    assert.equal(got.url, receiverUrl);
  });
  await walk.step("webhooks.list", async () => {
    assert.deepEqual(ids(await sip.webhooks.list({ search: "127.0.0.1" })), [webhook.id]);
    assert.deepEqual(ids(await sip.webhooks.list({ search: "nowhere.example" })), []);
  });
  await walk.step("webhooks.update", async () => {
    const events = [...EVENTS, "switch-room-completed"];
    const updated = await sip.webhooks.update(webhook.id, { url: receiverUrl, events });
    assert.deepEqual(updated.events, events);
    assert.deepEqual((await sip.webhooks.get(webhook.id)).events, events);
  });
  return webhook.id;
}

async function walkCalls({ sip, walk, expectError, numbers, rules, neverAnswers }) {
  const calls = sip.calls;
  const call = await walk.step("calls.create through the walk's outbound rule", async () => {
    const placed = await calls.create({
      callTo: "+14155550123",
      callFrom: numbers.caller,
      routingRuleId: rules.outbound,
      metadata: { source: "node-sdk" },
    });
    assert.equal(placed.status, "answered");
    assert.equal(placed.id, placed.callId, "the SDK type's id");
    assert.equal(placed.to, "+14155550123");
    assert.equal(placed.from, numbers.caller);
    assert.equal(placed.ruleId, rules.outbound);
    assert.equal(placed.roomId, "room_walk_out", "the rule's room");
    assert.deepEqual(placed.metadata, { source: "node-sdk" });
    return placed;
  });
  await walk.step("calls.get", async () => {
    const got = await calls.get(call.id);
    assert.equal(got.id, call.id);
    assert.equal(got.status, "answered");
  });
  await walk.step("calls.list", async () => {
    const now = Date.now();
    assert.deepEqual(ids(await calls.list({ id: call.id })), [call.id]);
    assert.deepEqual(ids(await calls.list({ ruleId: rules.outbound, type: "outbound" })), [call.id]);
    assert.deepEqual(ids(await calls.list({ ruleId: rules.individual })), []);
    assert.deepEqual(ids(await calls.list({ search: "550123", startDate: now - 60000, endDate: now })), [call.id]);
    assert.deepEqual(ids(await calls.list({ startDate: now + 2 * 86400000 })), []);
  });
  await walk.step("calls.switchRoom", async () => {
    const moved = await calls.switchRoom(call.id, { roomId: "room_node", participantId: "walk-caller" });
    assert.equal(moved.roomId, "room_node");
    assert.equal(moved.status, "answered");
  });
  await walk.step("calls.transfer to a number that does not answer", async () => {
    assert.equal((await calls.transfer(call.id, { to: neverAnswers })).status, "answered");
  });
  await walk.step("calls.end", async () => {
    assert.equal((await calls.end(call.id)).status, "ended");
    assert.equal((await calls.get(call.id)).status, "ended");
    await expectError(calls.end(call.id), 409, { code: "CONFLICT" });
  });
  const missed = await walk.step("calls.create: a callee that does not answer", async () => {
    const placed = await calls.create({
      callTo: neverAnswers,
      callFrom: numbers.caller,
      routingRuleId: rules.outbound,
    });
    assert.equal(placed.status, "not-answered");
    return placed;
  });
  const chosen = await walk.step("calls.create into a chosen room, with the per-call options", async () => {
    const placed = await calls.create({
      callTo: "+14155550124",
      callFrom: numbers.caller,
      routingRuleId: rules.outbound,
      roomId: "room_walk_chosen",
      participantId: "walk-callee",
      recordAudio: true,
      waitUntilAnswered: true,
      ringingTimeout: 30,
      maxCallDuration: 600,
      dtmf: true,
      mediaEncryption: "enable",
      hidePhoneNumber: true,
      headers: { "X-Walk": "call" },
      includeHeaders: "SIP_X_HEADERS",
    });
    assert.equal(placed.status, "answered");
    assert.equal(placed.roomId, "room_walk_chosen");
    assert.equal((await calls.end(placed.id)).status, "ended");
    return placed;
  });
  await walk.step("calls.create: refused callers and rules", async () => {
    await expectError(
      calls.create({ callTo: "+14155550123", callFrom: numbers.direct, routingRuleId: rules.outbound }),
      400,
      { field: "sipCallFrom", rule: "rule-number" },
    );
    await expectError(
      calls.create({ callTo: "+14155550123", callFrom: numbers.caller, routingRuleId: rules.individual }),
      400,
      { field: "routingRuleId", rule: "outbound" },
    );
  });
  return { callId: call.id, missedCallId: missed.id, chosenCallId: chosen.id };
}

async function deleteWebhook({ sip, walk, expectError, webhookId }) {
  await walk.step("webhooks.delete", async () => {
    assert.equal((await sip.webhooks.delete(webhookId)).message, "Webhook deleted successfully");
    await expectError(sip.webhooks.get(webhookId), 404, { code: "NOT_FOUND" });
  });
}

module.exports = { createWebhook, walkCalls, deleteWebhook };
