// sip.routingRules: create (the SDK's `rule` targets), get, list with filters, update; the
// deletes come last, once calls have used the outbound rule.
const { assert, ids } = require("./walk_kit.cjs");

async function createRules({ sip, walk, expectError, numbers, apiKey }) {
  const { caller, direct } = numbers;
  const rules = sip.routingRules;
  const individual = await walk.step("routingRules.create: inbound, individual rooms", async () => {
    const rule = await rules.create({
      name: "SDK walk individual",
      type: "inbound",
      phoneNumbers: [caller],
      rule: { type: "individual", roomPrefix: "participantNumber" },
      agentId: "agent_walk",
      agentMetadata: { team: "support" },
      includeHeaders: "SIP_X_HEADERS",
      headersToAttributes: { "X-Account": "account" },
      tags: ["walk"],
      hidePhoneNumber: true,
      apiKey,
    });
    assert.equal(typeof rule.id, "string");
    assert.equal(rule.type, "inbound");
    assert.deepEqual(rule.numbers, [caller]);
    assert.deepEqual(rule.room, { type: "dynamic", prefix: "participantNumber", id: null, pin: null });
    assert.equal(rule.agentId, "agent_walk");
    assert.deepEqual(rule.agentMetadata, { team: "support" });
    assert.equal(rule.includeHeaders, "SIP_X_HEADERS");
    assert.deepEqual(rule.headersToAttributes, { "X-Account": "account" });
    assert.equal(rule.hidePhoneNumber, true);
    assert.equal(rule.apiKey, apiKey);
    return rule;
  });
  const directRule = await walk.step("routingRules.create: inbound, direct to a room", async () => {
    const rule = await rules.create({
      name: "SDK walk direct",
      type: "inbound",
      phoneNumbers: [direct],
      rule: { type: "direct", roomId: "room_walk_direct", pin: "2468" },
    });
    assert.equal(rule.type, "inbound");
    assert.deepEqual(rule.numbers, [direct]);
    assert.deepEqual(rule.room, { type: "static", prefix: null, id: "room_walk_direct", pin: "2468" });
    assert.equal(rule.agentId, null);
    assert.equal(rule.includeHeaders, "NONE");
    return rule;
  });
  await walk.step("routingRules.create: an inbound number on a second inbound rule is refused", async () => {
    await expectError(rules.create({ name: "clash", type: "inbound", phoneNumbers: [caller] }), 400, {
      code: "NUMBER_IN_USE",
      field: "phoneNumbers[0]",
    });
  });
  const outbound = await walk.step("routingRules.create: outbound", async () => {
    const rule = await rules.create({
      name: "SDK walk outbound",
      type: "outbound",
      phoneNumbers: [caller],
      rule: { type: "direct", roomId: "room_walk_out" },
      headers: { "X-Walk": "yes" },
      recording: true,
    });
    assert.equal(rule.type, "outbound");
    assert.deepEqual(rule.numbers, [caller]);
    assert.deepEqual(rule.headers, { "X-Walk": "yes" });
    assert.equal(rule.recording, true);
    return rule;
  });
  await walk.step("routingRules.get", async () => {
    for (const rule of [individual, directRule, outbound]) assert.deepEqual(await rules.get(rule.id), rule);
  });
  await walk.step("routingRules.list: type, ruleIds, roomType and search filters", async () => {
    const all = [individual.id, directRule.id, outbound.id];
    assert.deepEqual(ids(await rules.list()), all);
    assert.deepEqual(ids(await rules.list({ type: "inbound" })), [individual.id, directRule.id]);
    assert.deepEqual(ids(await rules.list({ type: "outbound" })), [outbound.id]);
    assert.deepEqual(ids(await rules.list({ ruleIds: [outbound.id, individual.id] })), [individual.id, outbound.id]);
    assert.deepEqual(ids(await rules.list({ type: "inbound", ruleIds: [individual.id, outbound.id] })), [individual.id]);
    assert.deepEqual(ids(await rules.list({ roomType: ["static"] })), [directRule.id, outbound.id]);
    assert.deepEqual(ids(await rules.list({ roomType: ["static", "dynamic"] })), all);
    assert.deepEqual(ids(await rules.list({ search: "walk DIRECT" })), [directRule.id]);
    assert.deepEqual(ids(await rules.list({ search: caller })), [individual.id, outbound.id]);
  });
  await walk.step("routingRules.update", async () => {
    const rule = await rules.update(individual.id, {
      name: "SDK walk individual (renamed)",
      rule: { type: "direct", roomId: "room_walk_renamed" },
      tags: ["walk", "renamed"],
    });
    assert.equal(rule.id, individual.id);
    assert.equal(rule.name, "SDK walk individual (renamed)");
    assert.deepEqual(rule.room, { type: "static", prefix: null, id: "room_walk_renamed", pin: null });
    assert.deepEqual(rule.tags, ["walk", "renamed"]);
    assert.deepEqual(rule.numbers, [caller], "fields left out keep their value");
    assert.equal(rule.agentId, "agent_walk");
    assert.deepEqual(await rules.get(individual.id), rule);
  });
  await walk.step("routingRules.update: the SDK's individual target without a prefix", async () => {
    const rule = await rules.update(directRule.id, { rule: { type: "individual" } });
    assert.deepEqual(rule.room, { type: "dynamic", prefix: "blank", id: null, pin: null });
    assert.deepEqual(rule.numbers, [direct]);
  });
  await walk.step("routingRules.update: header maps follow the rule's type", async () => {
    await expectError(rules.update(outbound.id, { headersToAttributes: { "X-Account": "account" } }), 400, {
      field: "headersToAttributes",
      rule: "inbound-only",
    });
  });
  return { individual: individual.id, direct: directRule.id, outbound: outbound.id };
}

async function deleteRules({ sip, walk, expectError, numbers, rules }) {
  const all = [rules.individual, rules.direct, rules.outbound];
  await walk.step("routingRules.delete", async () => {
    for (const ruleId of all) {
      const answer = await sip.routingRules.delete(ruleId);
      assert.equal(answer.ruleId, ruleId);
      await expectError(sip.routingRules.get(ruleId), 404, { code: "NOT_FOUND" });
    }
    assert.deepEqual(ids(await sip.routingRules.list({ ruleIds: all })), []);
  });
  await walk.step("routingRules.create: a deleted rule's inbound number is free again", async () => {
    const rule = await sip.routingRules.create({ name: "again", type: "inbound", phoneNumbers: [numbers.caller] });
    assert.equal((await sip.routingRules.delete(rule.id)).ruleId, rule.id);
  });
}

module.exports = { createRules, deleteRules };
