import { describe, expect, it } from "vitest";
import { detectPii, maskPii, normalizePhone } from "../../../core/understanding/detect-pii.ts";

describe("detectPii / maskPii", () => {
  it("masks phones, personal ID numbers, old CMND numbers and e-mails", () => {
    const text = "sdt em 0912 345 678, cccd 001203012345, cmnd 123456789, mail an.nguyen@gmail.com, zalo +84 987.654.321";
    expect(maskPii(text)).toBe("sdt em [SĐT], cccd [SỐ ĐỊNH DANH], cmnd [SỐ CMND], mail [EMAIL], zalo [SĐT]");
    expect(detectPii(text).map((match) => match.kind)).toEqual(["phone", "personal_id", "old_id", "email", "phone"]);
  });

  it("leaves money amounts, dates and plate numbers alone", () => {
    const text = "mất 500.000.000đ ngày 12/03/2025, xe biển 19K1-234.56";
    expect(maskPii(text)).toBe(text);
  });

  it("recognises landlines and dotted mobile numbers", () => {
    expect(maskPii("gọi 0210.3846.123 hoặc 0987.654.321")).toBe("gọi [SĐT] hoặc [SĐT]");
  });
});

describe("normalizePhone", () => {
  it("returns E.164 for Vietnamese mobile numbers in any common format", () => {
    expect(normalizePhone("0912 345 678")).toBe("+84912345678");
    expect(normalizePhone("+84 912.345.678")).toBe("+84912345678");
    expect(normalizePhone("84912345678")).toBe("+84912345678");
    expect(normalizePhone("(+84) 32-345-6789")).toBe("+84323456789");
  });

  it("rejects invalid prefixes, wrong lengths and non-numbers", () => {
    expect(normalizePhone("0123456789")).toBeNull();
    expect(normalizePhone("091234567")).toBeNull();
    expect(normalizePhone("09123456789")).toBeNull();
    expect(normalizePhone("không có")).toBeNull();
  });
});
