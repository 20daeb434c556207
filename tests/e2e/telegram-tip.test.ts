import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramHarness, TestCitizen, type TTelegramHarness } from "./telegram-harness.ts";

let h: TTelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
}, 120_000);
afterAll(async () => {
  await h?.stop();
}, 120_000);

describe("Telegram: a tip in Vietnamese", () => {
  it("walks from /start through consent, a free-text drug tip, photos, place, phone and confirm to a ticket", async () => {
    const lan = h.citizen({ id: 5001 });
    lan.command("/start");
    const notice = await lan.expect(/dữ liệu cá nhân/);
    expect(TestCitizen.buttons(notice)).toContain("✅ Đồng ý");
    lan.click("consent");
    const menu = await lan.expect(/Bạn muốn làm gì/);
    expect(TestCitizen.buttons(menu)).toContain("🚨 Báo tin, tố giác");

    lan.send("hàng xóm bán ma túy ở xóm 3, tối nào cũng có người đến mua");
    // Every tip starts with the hotlines, whatever the emergency detector thought.
    await lan.expect(/gọi ngay 113 \(Công an\), 114/);
    await lan.expect(/ảnh, video/);
    lan.photo("ảnh chụp lúc 21h");
    await lan.expect(/Đã nhận 1 tệp/);
    lan.photo();
    await lan.expect(/Đã nhận 2 tệp/);
    lan.click("tip:next");
    const place = await lan.expect(/xảy ra ở đâu/);
    expect(TestCitizen.buttons(place)).toContain("📍 Gửi vị trí");
    lan.send("✍️ Gõ địa chỉ");
    await lan.expect(/gõ địa chỉ/);
    lan.send("thôn Đông, xã Lâm Thao");
    await lan.expect(/Đã ghi nhận địa điểm/);
    await lan.expect(/ẩn danh/);
    lan.click("an:n");
    await lan.expect(/số điện thoại/);
    lan.contact("84912345678");
    const summary = await lan.expect(/Kiểm tra lại tin báo/);
    expect(summary.text).toContain("Ma túy");
    expect(summary.text).toContain("Tệp đính kèm: 2");
    lan.click("cf:send");
    const created = await lan.expect(/Mã phiếu: TG-\d\d-\d{6}/);
    const code = /TG-\d\d-\d{6}/.exec(String(created.text))![0];

    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { category: true, ward: true, messages: { include: { attachments: true } }, citizen: true } });
    expect(ticket.category.code).toBe("tip.drugs");
    expect(ticket.kind).toBe("tip");
    expect(ticket.isAnonymous).toBe(false);
    expect(ticket.ward?.code).toBe("X-LAMTHAO");
    expect(ticket.messages.flatMap((message) => message.attachments).filter((attachment) => attachment.kind === "photo")).toHaveLength(2);
    expect(ticket.citizen?.phoneEncrypted).toBeTruthy();
    expect(ticket.citizen?.phoneEncrypted).not.toContain("912345678");
    expect(ticket.citizen?.phoneVerifiedAt).not.toBeNull();

    // Evidence stays at Telegram; the panel fetches it on demand by file id.
    const photo = ticket.messages.flatMap((message) => message.attachments).find((attachment) => attachment.kind === "photo")!;
    const downloaded = await h.app.channels[0]!.downloadFile!(photo.channelFileId!);
    expect(downloaded.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(downloaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("Telegram: an anonymous tip in English", () => {
  it("keeps no identity in clear and never names the citizen on the ticket", async () => {
    const john = h.citizen({ id: 5002, first_name: "John", last_name: "Smithers", username: "jsmithers", language_code: "en" });
    john.command("/start");
    await john.expect(/About your personal data/);
    john.click("consent");
    await john.expect(/What would you like to do/);
    john.click("m:tip");
    await john.expect(/Describe what happened/);
    john.send("A group is selling stolen motorbikes at the old market every night");
    await john.expect(/photos, videos/);
    john.click("tip:next");
    await john.expect(/Where did it happen/);
    john.location(21.3227, 105.4019);
    await john.expect(/Place recorded/);
    await john.expect(/stay anonymous/);
    john.click("an:y");
    const summary = await john.expect(/Please check your tip/);
    expect(summary.text).toContain("Anonymous: yes");
    john.click("cf:send");
    const created = await john.expect(/Ticket code: TG-/);
    const code = /TG-\d\d-\d{6}/.exec(String(created.text))![0];

    const ticket = await h.prisma.ticket.findUniqueOrThrow({ where: { code }, include: { citizen: true, messages: { include: { attachments: true } } } });
    expect(ticket.isAnonymous).toBe(true);
    expect(ticket.latitude).toBeCloseTo(21.3227);
    const citizen = ticket.citizen!;
    const identityColumns = JSON.stringify(citizen);
    // The chat id on its own, not four digits that a random id, hash or ciphertext happens to contain.
    const chatIdInClear = /(?<![-0-9A-Za-z+/])5002(?![-0-9A-Za-z+/=])/;
    for (const secret of ["John", "Smithers", "jsmithers"]) expect(identityColumns).not.toContain(secret);
    expect(identityColumns).not.toMatch(chatIdInClear);
    expect(h.app.deps.box.decrypt(citizen.chatIdEncrypted)).toBe("5002");
    expect(JSON.stringify({ ...ticket, citizen: undefined })).not.toMatch(/John|Smithers|jsmithers/);
    // What an officer can read through the admin API: no name, account or chat id.
    const base = `http://127.0.0.1:${h.app.port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password: "admin-password-for-tests" }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
    const viewed = await fetch(`${base}/api/tickets/${code}`, { headers: { cookie } });
    expect(viewed.status).toBe(200);
    const body = await viewed.text();
    expect(body).toContain(code);
    expect(body).not.toMatch(/John|Smithers|jsmithers/);
    expect(body).not.toMatch(chatIdInClear);
    // The raw updates are dropped once processed; the outbox keeps the chat id only encrypted.
    const inbound = await h.prisma.inboundUpdate.findMany({ where: { status: "processed" } });
    expect(inbound.every((row) => row.payloadEnc === "")).toBe(true);
    const outbox = await h.prisma.outboxMessage.findMany({ where: { citizenId: citizen.id } });
    expect(outbox.length).toBeGreaterThan(0);
    expect(JSON.stringify(outbox.map((row) => [row.chatIdEnc, row.recipientKey]))).not.toContain("5002");
  });
});

describe("Telegram: emergencies, duplicates and odd input", () => {
  it("answers an emergency with the hotlines first, even before consent, and opens an urgent ticket", async () => {
    // Every unit has a staff group: the urgent ticket must reach its group at once, not at the next SLA sweep.
    await h.prisma.unit.updateMany({ data: { notifyTelegramChatId: "-100777" } });
    const minh = h.citizen({ id: 5003 });
    minh.send("Cứu với, nhà hàng xóm đang cháy to lắm!");
    const hotlines = await minh.expect(/GỌI NGAY/);
    expect(hotlines.text).toContain("114");
    expect(minh.received.indexOf(hotlines), minh.received.map((m) => m.text).join("\n---\n")).toBe(0);
    await minh.expect(/tin báo khẩn TG-/);
    await minh.expect(/Đồng ý/);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { citizen: { channelUserIdHash: { not: "" } }, isUrgent: true, summary: { contains: "đang cháy" } } });
    expect(ticket.isUrgent).toBe(true);
    const post = await h.fake.waitForMessage((message) => String(message.chat_id) === "-100777" && String(message.text).includes(ticket.code), 10_000);
    expect(String(post.text)).toContain("🚨 KHẨN");
    expect(String(post.text)).not.toContain("đang cháy");
    await h.prisma.unit.updateMany({ data: { notifyTelegramChatId: null } });
  });

  it("answers an emergency written in English in English, with the fire and rescue number, and opens an urgent ticket", async () => {
    const anna = h.citizen({ id: 5013, first_name: "Anna", last_name: "Berg", language_code: "en" });
    anna.send("There is a fire in the building next to my hotel, people are trapped");
    const hotlines = await anna.expect(/CALL NOW/);
    expect(hotlines.text).toContain("114 – Fire and rescue");
    expect(anna.received.indexOf(hotlines)).toBe(0);
    await anna.expect(/We recorded urgent tip TG-/);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { isUrgent: true, summary: { contains: "people are trapped" } } });
    expect(ticket.isUrgent).toBe(true);
  });

  it("makes one ticket and one message when Telegram delivers the same update twice", async () => {
    const hoa = h.citizen({ id: 5004 });
    hoa.command("/start");
    await hoa.expect(/Đồng ý/);
    hoa.click("consent");
    await hoa.expect(/Bạn muốn làm gì/);
    const first = hoa.send("có người lừa đảo qua mạng chiếm đoạt 20 triệu của mẹ tôi");
    h.fake.deliverDuplicate(first);
    await hoa.expect(/ảnh, video/);
    hoa.click("tip:next");
    await hoa.expect(/xảy ra ở đâu/);
    hoa.send("Bỏ qua");
    await hoa.expect(/ẩn danh/);
    hoa.click("an:y");
    await hoa.expect(/Kiểm tra lại/);
    const send = hoa.click("cf:send");
    h.fake.deliverDuplicate(send);
    await hoa.expect(/Mã phiếu/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const citizen = await h.prisma.citizen.findFirstOrThrow({ where: { messages: { some: { text: { contains: "chiếm đoạt 20 triệu" } } } } });
    expect(await h.prisma.ticket.count({ where: { citizenId: citizen.id } })).toBe(1);
    expect(await h.prisma.message.count({ where: { citizenId: citizen.id, text: { contains: "chiếm đoạt 20 triệu" } } })).toBe(1);
    expect(hoa.received.filter((message) => /Mã phiếu/.test(String(message.text)))).toHaveLength(1);
  });

  it("answers stickers, polls and edits politely, keeps forwarded and very long texts whole, and asks before /huy discards", async () => {
    const an = h.citizen({ id: 5005 });
    an.command("/start");
    await an.expect(/Đồng ý/);
    an.click("consent");
    await an.expect(/Bạn muốn làm gì/);
    an.act(() => h.fake.userSendsSticker(an.user));
    await an.expect(/chưa xử lý được loại tin nhắn/);
    an.act(() => h.fake.userSendsPoll(an.user));
    await an.expect(/chưa xử lý được loại tin nhắn/);
    an.click("m:tip");
    await an.expect(/mô tả sự việc/);
    an.act(() => h.fake.userForwardsText(an.user, "Tin nhắn đòi tiền chuộc: chuyển 50 triệu vào tài khoản này"));
    await an.expect(/ảnh, video/);
    const sent = an.send("x".repeat(6000));
    await an.expect(/Đã thêm vào nội dung/);
    an.act(() => h.fake.userEditsText(an.user, sent.message!.message_id, "sửa lại"));
    await an.expect(/đã sửa không được cập nhật/);
    const forwarded = await h.prisma.message.findFirstOrThrow({ where: { text: { contains: "tiền chuộc" } } });
    expect(forwarded.text.startsWith("[Tin chuyển tiếp]")).toBe(true);
    expect(await h.prisma.message.count({ where: { citizenId: forwarded.citizenId, text: "x".repeat(6000) } })).toBe(1);

    an.command("/huy");
    await an.expect(/Bỏ nội dung đã nhập/);
    an.click("cx:no");
    await an.expect(/Tiếp tục nhé/);
    an.command("/huy");
    await an.expect(/Bỏ nội dung đã nhập/);
    an.click("cx:yes");
    await an.expect(/Đã hủy/);
    expect(await h.prisma.message.count({ where: { citizenId: forwarded.citizenId } })).toBe(0);
  });
});
