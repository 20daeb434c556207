import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "../../../core/security/passwords.ts";
import { createSecretBox } from "../../../core/security/secret-box.ts";
import { formatTicketCode, parseTicketCode } from "../../../core/tickets/ticket-code.ts";

describe("secret box", () => {
  const box = createSecretBox("a".repeat(64));
  it("encrypts with a fresh nonce and decrypts back", () => {
    const first = box.encrypt("+84912345678");
    const second = box.encrypt("+84912345678");
    expect(first).not.toBe(second);
    expect(first).not.toContain("912345678");
    expect(box.decrypt(first)).toBe("+84912345678");
  });
  it("rejects tampered ciphertext and other keys", () => {
    const sealed = box.encrypt("chat-42");
    const parts = sealed.split(".");
    parts[2] = Buffer.from("tampered").toString("base64url");
    expect(() => box.decrypt(parts.join("."))).toThrow();
    expect(() => createSecretBox("b".repeat(64)).decrypt(sealed)).toThrow();
  });
  it("hashes deterministically per key", () => {
    expect(box.hash("x")).toBe(box.hash("x"));
    expect(box.hash("x")).not.toBe(createSecretBox("b".repeat(64)).hash("x"));
  });
});

describe("passwords", () => {
  it("hashes with scrypt and verifies", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("wrong horse", hash)).toBe(false);
    expect(await verifyPassword("x", "plaintext")).toBe(false);
  });
  it("generates readable random passwords", () => {
    const password = generatePassword();
    expect(password).toHaveLength(16);
    expect(password).not.toMatch(/[0O1lI]/);
    expect(generatePassword()).not.toBe(password);
  });
});

describe("ticket codes", () => {
  it("formats by kind and year and parses what citizens type", () => {
    const code = formatTicketCode("tip", new Date("2026-03-01T00:00:00Z"), 123);
    expect(code).toBe("TG-26-000123");
    expect(parseTicketCode("tg 26 123")).toBe(code);
    expect(parseTicketCode(" HT-26-000042 ")).toBe("HT-26-000042");
    expect(parseTicketCode("hello")).toBeNull();
  });
});
