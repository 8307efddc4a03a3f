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
    assert.equal(placed.ruleId, rules.outbound);
    assert.equal(placed.roomId, "room_walk_out", "the rule's room");
    assert.equal(placed.sipCallFrom, numbers.caller);
    assert.deepEqual(placed.metadata, { source: "node-sdk" });
    return placed;
  });
  await walk.step("calls.get", async () => {
    const got = await calls.get(call.callId);
    assert.equal(got.callId, call.callId);
    assert.equal(got.status, "answered");
  });
  await walk.step("calls.list", async () => {
    assert.deepEqual(ids(await calls.list({ id: call.callId })), [call.callId]);
    assert.deepEqual(ids(await calls.list({ ruleId: rules.outbound })), [call.callId]);
    assert.deepEqual(ids(await calls.list({ ruleId: rules.individual })), []);
  });
  await walk.step("calls.switchRoom", async () => {
    const moved = await calls.switchRoom(call.callId, { roomId: "room_node" });
    assert.equal(moved.roomId, "room_node");
    assert.equal(moved.status, "answered");
  });
  await walk.step("calls.transfer to a number that does not answer", async () => {
    assert.equal((await calls.transfer(call.callId, { to: neverAnswers })).status, "answered");
  });
  await walk.step("calls.end", async () => {
    assert.equal((await calls.end(call.callId)).status, "ended");
    assert.equal((await calls.get(call.callId)).status, "ended");
    await expectError(calls.end(call.callId), 409, { code: "CONFLICT" });
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
  return { callId: call.callId, missedCallId: missed.callId };
}

async function deleteWebhook({ sip, walk, expectError, webhookId }) {
  await walk.step("webhooks.delete", async () => {
    assert.equal((await sip.webhooks.delete(webhookId)).message, "Webhook deleted successfully");
    await expectError(sip.webhooks.get(webhookId), 404, { code: "NOT_FOUND" });
  });
}

module.exports = { createWebhook, walkCalls, deleteWebhook };
