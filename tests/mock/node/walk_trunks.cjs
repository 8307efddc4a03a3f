// sip.trunks.inbound and sip.trunks.outbound: create, get, list, update, delete.
const { assert, ids } = require("./walk_kit.cjs");

const AUTH = { username: "walk-user", password: "walk-pass" };

async function walkInboundTrunks({ sip, walk, expectError, configured }) {
  const trunks = sip.trunks.inbound;
  const created = await walk.step("trunks.inbound.create", async () => {
    const trunk = await trunks.create({
      name: "SDK walk inbound",
      numbers: ["+14155550101", "+14155550102"],
      auth: AUTH,
      allowedAddresses: ["203.0.113.0/24"],
      allowedNumbers: ["+1415*"],
      mediaEncryption: "enable",
      record: true,
      noiseCancellation: true,
      enableDtmf: true,
      metadata: { team: "walk" },
      tags: ["walk"],
      geoRegion: "us002",
    });
    assert.equal(typeof trunk.id, "string");
    assert.equal(trunk.name, "SDK walk inbound");
    assert.deepEqual(trunk.numbers, ["+14155550101", "+14155550102"]);
    assert.equal(trunk.address, null);
    assert.equal(trunk.auth.username, "walk-user");
    assert.equal(trunk.auth.password, undefined, "the password is never answered");
    assert.deepEqual(trunk.allowedAddresses, ["203.0.113.0/24"]);
    assert.deepEqual(trunk.allowedNumbers, ["+1415*"]);
    assert.equal(trunk.mediaEncryption, "enable");
    assert.equal(trunk.record, true);
    assert.equal(trunk.enableDtmf, true);
    assert.deepEqual(trunk.metadata, { team: "walk" });
    assert.deepEqual(trunk.tags, ["walk"]);
    assert.equal(trunk.geoRegion, "us002");
    return trunk;
  });
  await walk.step("trunks.inbound.get", async () => {
    assert.deepEqual(await trunks.get(created.id), created);
  });
  await walk.step("trunks.inbound.list: search and id filters", async () => {
    const found = await trunks.list({ search: "walk INBOUND" });
    assert.deepEqual(ids(found), [created.id]);
    assert.equal(found.total, 1);
    assert.equal(found.hasNextPage, false);
    assert.deepEqual(ids(await trunks.list({ id: created.id })), [created.id]);
  });
  await walk.step("trunks.inbound.list: one item a page, walked by the SDK's cursor", async () => {
    const seen = [];
    for await (const trunk of await trunks.list({ perPage: 1 })) seen.push(trunk.id);
    assert.deepEqual(seen, [configured.inbound, created.id]);
  });
  await walk.step("trunks.inbound.create: a number on another inbound trunk is refused", async () => {
    const body = await expectError(trunks.create({ name: "clash", numbers: ["+14155550102"] }), 400, {
      code: "NUMBER_IN_USE",
      field: "numbers[0]",
    });
    assert.match(body.message, new RegExp(created.id));
  });
  const updated = await walk.step("trunks.inbound.update", async () => {
    const trunk = await trunks.update(created.id, {
      name: "SDK walk inbound (EU)",
      numbers: ["+14155550101"],
      record: false,
      noiseCancellation: true,
      enableDtmf: false,
      geoRegion: "in002",
    });
    assert.equal(trunk.id, created.id);
    assert.equal(trunk.name, "SDK walk inbound (EU)");
    assert.deepEqual(trunk.numbers, ["+14155550101"]);
    assert.equal(trunk.record, false);
    assert.equal(trunk.enableDtmf, false);
    assert.equal(trunk.geoRegion, "in002");
    assert.deepEqual(trunk.tags, ["walk"], "fields left out keep their value");
    return trunk;
  });
  await walk.step("trunks.inbound.get after update", async () => {
    assert.deepEqual(await trunks.get(created.id), updated);
  });
  await walk.step("trunks.inbound.delete", async () => {
    assert.equal((await trunks.delete(created.id)).message, "Gateway deleted successfully");
    await expectError(trunks.get(created.id), 404, { code: "NOT_FOUND" });
    assert.deepEqual(ids(await trunks.list({ id: created.id })), []);
    await expectError(trunks.delete(created.id), 404);
  });
}

async function walkOutboundTrunks({ sip, walk, expectError }) {
  const trunks = sip.trunks.outbound;
  const created = await walk.step("trunks.outbound.create", async () => {
    const trunk = await trunks.create({
      name: "SDK walk outbound",
      numbers: ["+14155550111"],
      address: "sip.walk-provider.example:5061",
      transport: "tls",
      auth: AUTH,
      geoRegion: "auto",
      mediaEncryption: "disable",
      record: true,
      noiseCancellation: false,
      enableDtmf: true,
      metadata: { team: "walk" },
      tags: ["walk", "outbound"],
    });
    assert.equal(typeof trunk.id, "string");
    assert.equal(trunk.name, "SDK walk outbound");
    assert.deepEqual(trunk.numbers, ["+14155550111"]);
    assert.equal(trunk.address, "sip.walk-provider.example:5061");
    assert.equal(trunk.transport, "tls");
    assert.equal(trunk.auth.password, undefined, "the password is never answered");
    assert.equal(trunk.geoRegion, "auto");
    assert.equal(trunk.record, true);
    return trunk;
  });
  await walk.step("trunks.outbound.get", async () => {
    assert.deepEqual(await trunks.get(created.id), created);
  });
  await walk.step("trunks.outbound.list", async () => {
    assert.deepEqual(ids(await trunks.list({ search: "walk outbound" })), [created.id]);
    assert.deepEqual(ids(await trunks.list({ id: created.id })), [created.id]);
  });
  const updated = await walk.step("trunks.outbound.update", async () => {
    const trunk = await trunks.update(created.id, {
      address: "sip.walk-backup.example:5060",
      transport: "udp",
      allowedNumbers: ["+1*"],
      record: true,
      noiseCancellation: false,
      enableDtmf: true,
      geoRegion: "us002",
    });
    assert.equal(trunk.id, created.id);
    assert.equal(trunk.address, "sip.walk-backup.example:5060");
    assert.equal(trunk.transport, "udp");
    assert.deepEqual(trunk.allowedNumbers, ["+1*"]);
    assert.equal(trunk.geoRegion, "us002");
    assert.equal(trunk.name, "SDK walk outbound", "fields left out keep their value");
    return trunk;
  });
  await walk.step("trunks.outbound.get after update", async () => {
    assert.deepEqual(await trunks.get(created.id), updated);
  });
  await walk.step("trunks.outbound.delete", async () => {
    assert.equal((await trunks.delete(created.id)).message, "Gateway deleted successfully");
    await expectError(trunks.get(created.id), 404, { code: "NOT_FOUND" });
    assert.deepEqual(ids(await trunks.list({ search: "walk outbound" })), []);
  });
}

module.exports = { walkInboundTrunks, walkOutboundTrunks };
