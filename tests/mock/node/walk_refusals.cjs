// What the SDK's types allow but the contract refuses (docs/contract-decisions.md, the id in
// each step's name): each is a 400 naming the field and the rule it broke, and stores nothing.
const { assert, ids } = require("./walk_kit.cjs");

const problems = (body) => body.errors.map((problem) => `${problem.field} ${problem.rule}`).sort();

async function walkRefusals({ sip, walk, expectError, numbers, rules, placed }) {
  await walk.step("C5: trunks.outbound.create without transport and auth is refused", async () => {
    const body = await expectError(
      sip.trunks.outbound.create({ name: "refused", numbers: ["+14155550121"], address: "sip.walk.example" }),
      400,
      { code: "VALIDATION_ERROR" },
    );
    assert.deepEqual(problems(body), ["auth required", "transport required"]);
    assert.deepEqual(ids(await sip.trunks.outbound.list({ search: "refused" })), []);
  });
  await walk.step("C6: phoneNumbers.create without outbound.transport is refused", async () => {
    await expectError(
      sip.phoneNumbers.create({
        name: "refused",
        phoneNumbers: ["+14155550122"],
        inbound: { sipRegion: "auto" },
        outbound: { address: "sip.walk.example", sipRegion: "auto" },
      }),
      400,
      { field: "outbound.transport", rule: "required" },
    );
    await expectError(sip.phoneNumbers.get("+14155550122"), 404);
  });
  await walk.step("C7: routingRules.create without phoneNumbers is refused", async () => {
    await expectError(sip.routingRules.create({ name: "refused", type: "outbound" }), 400, {
      field: "phoneNumbers",
      rule: "required",
    });
    assert.deepEqual(ids(await sip.routingRules.list({ search: "refused" })), []);
  });
  await walk.step("C8: calls.create through a gatewayId is refused", async () => {
    const body = await expectError(
      sip.calls.create({ callTo: "+14155550123", callFrom: numbers.caller, gatewayId: "gw_walk" }),
      400,
    );
    assert.deepEqual(problems(body), ["gatewayId additionalProperties", "routingRuleId required"]);
  });
  await walk.step("C12: calls.transfer with playDialtone is refused", async () => {
    await expectError(sip.calls.transfer(placed.callId, { to: "+14155550199", playDialtone: true }), 400, {
      field: "playDialtone",
      rule: "additionalProperties",
    });
  });
  await walk.step("C29: a map value that is not text is refused", async () => {
    const before = (await sip.calls.list({ ruleId: rules.outbound })).total;
    await expectError(
      sip.calls.create({
        callTo: "+14155550123",
        callFrom: numbers.caller,
        routingRuleId: rules.outbound,
        metadata: { attempt: 2 },
      }),
      400,
      { field: "metadata.attempt", rule: "type" },
    );
    assert.equal((await sip.calls.list({ ruleId: rules.outbound })).total, before);
    await expectError(sip.routingRules.update(rules.outbound, { agentMetadata: { priority: 1 } }), 400, {
      field: "agentMetadata.priority",
      rule: "type",
    });
  });
}

module.exports = { walkRefusals };
