// sip.phoneNumbers: create (provision), get, list, updateGateway, detach; release comes after
// the rules and calls that use the numbers.
const { assert } = require("./walk_kit.cjs");

const NAME = "SDK walk numbers";
const e164s = (page) => page.data.map((item) => item.phoneNumber.e164);

async function provisionNumbers({ sip, walk, expectError, numbers }) {
  const { caller, direct } = numbers;
  const phoneNumbers = sip.phoneNumbers;
  await walk.step("phoneNumbers.create", async () => {
    const answer = await phoneNumbers.create({
      name: NAME,
      phoneNumbers: [caller, direct],
      isShared: true,
      mediaEncryption: "disable",
      inbound: { sipRegion: "us002" },
      outbound: {
        address: "sip.walk-provider.example:5061",
        sipRegion: "us002",
        transport: "tls",
        auth: { username: "walk-user", password: "walk-pass" },
      },
    });
    assert.equal(typeof answer.message, "string");
  });
  const gateways = await walk.step("phoneNumbers.get: the number with its shared gateways", async () => {
    const first = await phoneNumbers.get(caller);
    assert.equal(first.phoneNumber.e164, caller);
    assert.equal(first.phoneNumber.name, NAME);
    assert.equal(typeof first.phoneNumber.phoneNumberId, "string");
    assert.deepEqual(first.inbound.numbers, [caller, direct]);
    assert.equal(first.inbound.geoRegion, "us002");
    assert.equal(first.outbound.address, "sip.walk-provider.example:5061");
    assert.equal(first.outbound.auth.password, undefined, "the password is never answered");
    const second = await phoneNumbers.get(direct);
    assert.equal(second.inbound.id, first.inbound.id, "isShared: one inbound gateway");
    assert.equal(second.outbound.id, first.outbound.id, "isShared: one outbound gateway");
    numbers.directId = second.phoneNumber.phoneNumberId;
    return { inbound: first.inbound.id, outbound: first.outbound.id };
  });
  await walk.step("phoneNumbers.create: a gateway pair per number", async () => {
    const apart = ["+14155550203", "+14155550204"];
    await phoneNumbers.create({
      name: "SDK walk apart",
      phoneNumbers: apart,
      isShared: false,
      inbound: { sipRegion: "auto" },
      outbound: { address: "sip.walk-provider.example", sipRegion: "auto", transport: "udp" },
    });
    const [first, second] = await Promise.all(apart.map((number) => phoneNumbers.get(number)));
    assert.notEqual(first.inbound.id, second.inbound.id);
    assert.notEqual(first.outbound.id, second.outbound.id);
    assert.deepEqual(second.outbound.numbers, [apart[1]]);
    assert.equal(second.outbound.transport, "udp");
  });
  await walk.step("phoneNumbers.get: an unregistered number is a 404", async () => {
    await expectError(phoneNumbers.get("+14155550999"), 404, { code: "NOT_FOUND", field: "e164" });
  });
  await walk.step("phoneNumbers.list", async () => {
    assert.deepEqual(e164s(await phoneNumbers.list({ search: NAME })), [caller, direct]);
    assert.deepEqual(e164s(await phoneNumbers.list({ search: direct })), [direct]);
  });
  await walk.step("phoneNumbers.updateGateway: outbound", async () => {
    const answer = await phoneNumbers.updateGateway(gateways.outbound, {
      name: "SDK walk outbound (moved)",
      address: "sip.walk-moved.example:5060",
      transport: "tcp",
      sipRegion: "in002",
    });
    assert.equal(typeof answer.message, "string");
    const trunk = await sip.trunks.outbound.get(gateways.outbound);
    assert.equal(trunk.name, "SDK walk outbound (moved)");
    assert.equal(trunk.address, "sip.walk-moved.example:5060");
    assert.equal(trunk.transport, "tcp");
    assert.equal(trunk.geoRegion, "in002");
  });
  await walk.step("phoneNumbers.updateGateway: inbound", async () => {
    await phoneNumbers.updateGateway(gateways.inbound, { mediaEncryption: "enable" });
    assert.equal((await phoneNumbers.get(caller)).inbound.mediaEncryption, "enable");
    await expectError(phoneNumbers.updateGateway(gateways.inbound, { address: "sip.nowhere.example" }), 400, {
      field: "address",
      rule: "outbound-only",
    });
  });
  await walk.step("phoneNumbers.detach", async () => {
    const answer = await phoneNumbers.detach(direct);
    assert.equal(answer.inbound, gateways.inbound);
    assert.equal(answer.outbound, gateways.outbound);
    assert.equal(answer.phoneNumber.e164, direct);
    const detached = await phoneNumbers.get(direct);
    assert.equal(detached.inbound, null);
    assert.equal(detached.outbound, null);
    assert.deepEqual((await phoneNumbers.get(caller)).inbound.numbers, [caller]);
  });
  return gateways;
}

async function releaseNumber({ sip, walk, expectError, numbers, rules }) {
  const { direct, directId } = numbers;
  await walk.step("phoneNumbers.release", async () => {
    const answer = await sip.phoneNumbers.release(directId);
    assert.equal(answer.phoneNumberId, directId);
    assert.equal(answer.e164, direct);
    assert.deepEqual((await sip.routingRules.get(rules.direct)).numbers, [], "released from its rule");
    await expectError(sip.phoneNumbers.get(direct), 404, { field: "e164" });
    assert.deepEqual(e164s(await sip.phoneNumbers.list({ search: NAME })), [numbers.caller]);
  });
  await walk.step("phoneNumbers.release again answers the same", async () => {
    assert.equal((await sip.phoneNumbers.release(directId)).e164, direct);
  });
}

module.exports = { provisionNumbers, releaseNumber };
