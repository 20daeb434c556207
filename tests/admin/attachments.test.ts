import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCitizenTicket } from "./support/citizen-ticket.ts";
import { createAdminTestApp, type TAdminTestApp } from "./support/admin-test-app.ts";

const PHOTO = Buffer.from("\x89PNG\r\n\x1a\nfake-photo-bytes");
const fetched: { channel: string; fileRef: string }[] = [];
let content = PHOTO;
let env: TAdminTestApp;
let code: string;
let photoId: string;
let documentId: string;

beforeAll(async () => {
  env = await createAdminTestApp({
    withDemoTickets: false,
    fetchFile: async (channel, fileRef) => {
      fetched.push({ channel, fileRef });
      return { bytes: content };
    },
  });
  ({ code } = await createCitizenTicket(env.db, { text: "Ảnh chụp đối tượng", unitCode: "PC04" }));
  const message = await env.db.prisma.message.findFirstOrThrow({ where: { ticket: { code } } });
  photoId = (await env.db.prisma.attachment.create({ data: { messageId: message.id, kind: "photo", channelFileId: "tg-file-1", mimeType: "image/png" } })).id;
  documentId = (await env.db.prisma.attachment.create({ data: { messageId: message.id, kind: "document", channelFileId: "tg-file-2", fileName: "bien ban.pdf", mimeType: "application/pdf" } })).id;
}, 240_000);
afterAll(async () => {
  await env?.dispose();
});

describe("evidence on the ticket page", () => {
  it("shows photos inline and offers documents for download, fetched through our server", async () => {
    const officer = await env.signIn("canbo.pc04");
    const page = await (await officer.request(`/tickets/${code}`)).text();
    expect(page).toContain(`<img class="evidence" src="/tickets/${code}/attachments/${photoId}"`);
    expect(page).toContain(`href="/tickets/${code}/attachments/${documentId}"`);

    const photo = await officer.request(`/tickets/${code}/attachments/${photoId}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(PHOTO);
    expect(fetched.at(-1)).toEqual({ channel: "telegram", fileRef: "tg-file-1" });
    const document = await officer.request(`/tickets/${code}/attachments/${documentId}`);
    expect(document.headers.get("content-disposition")).toBe('attachment; filename="bien_ban.pdf"');
  });

  it("records the SHA-256 at the first fetch as evidence, audits every view and notices a changed file", async () => {
    const officer = await env.signIn("canbo.pc04");
    const expected = createHash("sha256").update(PHOTO).digest("hex");
    expect((await env.db.prisma.attachment.findUniqueOrThrow({ where: { id: photoId } })).sha256).toBe(expected);
    content = Buffer.from("something else");
    await officer.request(`/tickets/${code}/attachments/${photoId}`);
    expect((await env.db.prisma.attachment.findUniqueOrThrow({ where: { id: photoId } })).sha256).toBe(expected);
    const views = await env.db.prisma.auditLog.findMany({ where: { action: "attachment.view" }, orderBy: { id: "asc" } });
    expect(views.length).toBeGreaterThanOrEqual(3);
    expect(views.at(-1)!.details).toMatchObject({ code, attachmentId: photoId, isSameAsFirstFetch: false });
    content = PHOTO;
  });

  it("is not reachable from another unit, without a session, or for another ticket's file", async () => {
    const other = await env.signIn("canbo.pc06");
    const before = fetched.length;
    expect((await other.request(`/tickets/${code}/attachments/${photoId}`)).status).toBe(404);
    expect([302, 303, 401]).toContain((await env.app.request(`/tickets/${code}/attachments/${photoId}`)).status);
    const { code: otherCode } = await createCitizenTicket(env.db, { text: "Khác", unitCode: "PC04" });
    const officer = await env.signIn("canbo.pc04");
    expect((await officer.request(`/tickets/${otherCode}/attachments/${photoId}`)).status).toBe(404);
    expect(fetched.length).toBe(before);
  });
});
