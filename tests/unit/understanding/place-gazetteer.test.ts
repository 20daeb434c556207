import { describe, expect, it } from "vitest";
import { createGazetteer, type GazetteerWard } from "../../../core/understanding/place-gazetteer.ts";

const wards: GazetteerWard[] = [
  {
    code: "X-LACTHUY",
    name: "xã Lạc Thủy",
    type: "xa",
    aliases: ["huyện Lạc Thủy", "thị trấn Chi Nê", "TT. Chi Nê"],
    stationUnitCode: "CAX-LACTHUY",
  },
  {
    code: "P-HOABINH",
    name: "phường Hòa Bình",
    type: "phuong",
    aliases: ["thành phố Hòa Bình", "phường Phương Lâm"],
    stationUnitCode: "CAP-HOABINH",
  },
  {
    code: "P-PHUCYEN",
    name: "phường Phúc Yên",
    type: "phuong",
    aliases: ["thị xã Phúc Yên", "phường Hùng Vương", "phường Trưng Trắc"],
    stationUnitCode: "CAP-PHUCYEN",
  },
];
const gazetteer = createGazetteer(wards);

describe("createGazetteer / resolvePlace", () => {
  it("resolves names with prefixes, abbreviations and no diacritics", () => {
    for (const text of ["xã Lạc Thủy", "X. Lac Thuy", "TT.Chi Nê", "thi tran chi ne", "H. Lạc Thủy"]) {
      expect(gazetteer.resolvePlace(text)?.wardCode).toBe("X-LACTHUY");
    }
    expect(gazetteer.resolvePlace("P.Phuong Lam")?.stationUnitCode).toBe("CAP-HOABINH");
  });

  it("finds a mention inside a longer message and reports the alias that matched", () => {
    const match = gazetteer.resolvePlace("Nhà em ở thị trấn Chi Nê bị trộm đột nhập đêm qua");
    expect(match).toMatchObject({ wardCode: "X-LACTHUY", matchedAlias: "thị trấn Chi Nê" });
    expect(match?.score).toBeGreaterThanOrEqual(0.8);
  });

  it("prefers the longest match and an explicit ward prefix", () => {
    expect(gazetteer.resolvePlace("cán bộ phường Trưng Trắc")?.wardCode).toBe("P-PHUCYEN");
    expect(gazetteer.findPlaces("từ Chi Nê lên phường Hòa Bình")[0]?.wardCode).toBe("P-HOABINH");
  });

  it("scores a street name or a mismatched prefix low, and unknown text as null", () => {
    expect(gazetteer.resolvePlace("đường Hùng Vương")?.score ?? 0).toBeLessThan(0.5);
    expect(gazetteer.resolvePlace("tỉnh Hòa Bình cũ")?.score ?? 0).toBeLessThan(0.5);
    expect(gazetteer.resolvePlace("làm căn cước ở đâu")).toBeNull();
  });

  it("reads 'cửa ngõ X' as the gateway of the ward X, not as an alley named X", () => {
    for (const text of ["chốt ở cửa ngõ Phúc Yên", "chot o doan cua ngo Phuc Yen"]) {
      expect(gazetteer.resolvePlace(text)?.score ?? 0).toBeGreaterThanOrEqual(0.5);
    }
    expect(gazetteer.resolvePlace("nhà trong ngõ Phúc Yên")?.score ?? 0).toBeLessThan(0.5);
  });

  it("takes a name spelled with other tones or letters for a different word, not the ward", () => {
    // "phường làm" folds to "phuong lam" like the ward name Phương Lâm; "Chỉ nể" like Chi Nê.
    expect(gazetteer.resolvePlace("công an phường làm việc chậm quá")).toBeNull();
    expect(gazetteer.resolvePlace("tôi chỉ nể anh ấy")).toBeNull();
    // Typed without diacritics, or with the old tone placement, it is still the ward.
    expect(gazetteer.resolvePlace("o phuong lam co trom")?.wardCode).toBe("P-HOABINH");
    expect(gazetteer.resolvePlace("quê tôi ở Hoà Bình")?.wardCode).toBe("P-HOABINH");
    expect(gazetteer.resolvePlace("nhà ở Phuong Lâm")?.wardCode).toBe("P-HOABINH");
  });

  it("does not read a name across punctuation", () => {
    expect(gazetteer.resolvePlace("cam on can bo lam can cuoc o phuong, lam ngoai gio cho ong ba")).toBeNull();
    expect(gazetteer.resolvePlace("tuyến Hà Nội - Hòa Bình")?.wardCode).toBe("P-HOABINH");
  });
});
