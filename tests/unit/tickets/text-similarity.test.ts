import { describe, expect, it } from "vitest";
import { mostSimilarCandidate } from "../../../core/tickets/link-possible-duplicates.ts";
import { DUPLICATE_SIMILARITY_THRESHOLD, textSimilarity } from "../../../core/tickets/text-similarity.ts";

/** The same incident reported twice: retold, without diacritics, in teencode, in another order. */
const SAME_INCIDENT: [string, string][] = [
  ["Có nhóm thanh niên tụ tập đánh bạc ở nhà ông Tư xóm 3 mỗi tối", "co nhom thanh nien tu tap danh bac o nha ong tu xom 3 moi toi"],
  ["Nhà ông Tư ở xóm 3 tối nào cũng có người đến đánh bạc", "Tối nào nhà ông Tư xóm 3 cũng tụ tập đánh bạc, ồn ào lắm"],
  ["Có người bán ma túy ở quán nước đầu ngõ 12 đường Trần Hưng Đạo", "quan nuoc dau ngo 12 tran hung dao co nguoi ban ma tuy"],
  ["Báo cáo: xe tải chở gỗ lậu đi qua cầu Đồng Bảng lúc 2 giờ sáng", "Xe tải chở gỗ lậu qua cầu Đồng Bảng khoảng 2h sáng nay"],
  ["Tôi bị lừa chuyển khoản 5 triệu qua facebook bán hàng online", "toi bi lua chuyen khoan 5tr qua fb ban hang online"],
  ["Đêm qua nhà tôi bị trộm mất xe máy Wave màu đỏ ở thôn Đông", "Nhà em ở thôn Đông bị mất trộm xe Wave đỏ đêm qua"],
  ["Có đám thanh niên đua xe trên đường Cù Chính Lan mỗi tối thứ bảy", "Tối thứ 7 nào cũng có thanh niên đua xe ở đường Cù Chính Lan"],
];

/** Different incidents that a duplicate check meets: same ward, same category, shared words. */
const DIFFERENT_INCIDENTS: [string, string][] = [
  ["Có nhóm thanh niên tụ tập đánh bạc ở nhà ông Tư xóm 3 mỗi tối", "Có người tổ chức đánh bạc ở quán karaoke gần chợ"],
  ["Có người bán ma túy ở quán nước đầu ngõ 12 đường Trần Hưng Đạo", "Có người nghiện ma túy ngồi ở gốc cây gần trường học"],
  ["Đêm qua nhà tôi bị trộm mất xe máy Wave màu đỏ ở thôn Đông", "Nhà tôi bị trộm mất gà đêm qua"],
  ["Tôi bị lừa chuyển khoản 5 triệu qua facebook bán hàng online", "Có người gọi điện giả danh công an bảo tôi chuyển tiền"],
  ["Xe tải chở gỗ lậu qua cầu Đồng Bảng khoảng 2h sáng nay", "Có người khai thác cát trái phép ở bờ sông Đà"],
  ["Có đám thanh niên đua xe trên đường Cù Chính Lan mỗi tối thứ bảy", "Có người đánh nhau trên đường Cù Chính Lan tối qua"],
  ["Có người bán ma túy ở xóm 3", "Có người bán hàng giả ở xóm 3"],
];

describe("textSimilarity", () => {
  it.each(SAME_INCIDENT)("sees the same incident retold: %s ~ %s", (left, right) => {
    expect(textSimilarity(left, right)).toBeGreaterThanOrEqual(DUPLICATE_SIMILARITY_THRESHOLD);
  });

  it.each(DIFFERENT_INCIDENTS)("keeps different incidents apart: %s ≠ %s", (left, right) => {
    expect(textSimilarity(left, right)).toBeLessThan(DUPLICATE_SIMILARITY_THRESHOLD);
  });

  it("is symmetric, 1 for the same text in another spelling and 0 when nothing is shared", () => {
    const [left, right] = SAME_INCIDENT[2]!;
    expect(textSimilarity(left, right)).toBe(textSimilarity(right, left));
    expect(textSimilarity("ĐÁNH BẠC ở xóm 3!!!", "danh bac o xom 3")).toBe(1);
    expect(textSimilarity("đánh bạc", "khai thác cát")).toBe(0);
    expect(textSimilarity("", "đánh bạc")).toBe(0);
    expect(textSimilarity("có người ở đó", "có người ở đó")).toBe(0);
  });
});

describe("mostSimilarCandidate", () => {
  it("picks the closest candidate above the threshold, or none", () => {
    const candidates = [
      { id: "a", code: "TG-26-000001", text: "Có người tổ chức đánh bạc ở quán karaoke gần chợ" },
      { id: "b", code: "TG-26-000002", text: "Nhà ông Tư ở xóm 3 tối nào cũng có người đến đánh bạc" },
    ];
    expect(mostSimilarCandidate("toi nao nha ong Tu xom 3 cung danh bac", candidates)?.candidate.id).toBe("b");
    expect(mostSimilarCandidate("Có người khai thác cát trái phép ở bờ sông Đà", candidates)).toBeNull();
  });
});
