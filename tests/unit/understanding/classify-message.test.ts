import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../../core/understanding/default-classifier.ts";

describe("classifyMessage (baseline)", () => {
  it.each([
    ["Có nhóm thanh niên tụ tập bán ma túy đá ở nhà hoang cuối xóm", "tip.drugs"],
    ["vừa bị giật điện thoại ở cổng chợ", "tip.theft_robbery"],
    ["bi lua chuyen khoan 20tr qua link gia ngan hang", "tip.fraud_online"],
    ["quán nước đầu ngõ ghi lô đề công khai", "tip.gambling"],
    ["lam cccd cho con 14 tuoi o dau vay ad", "question.identity"],
    ["Thủ tục đăng ký tạm trú cho người thuê trọ thế nào?", "question.residence"],
    ["làm hộ chiếu online có được không", "question.passport"],
    ["mua xe cũ sang tên thế nào ạ", "question.vehicle"],
    ["cán bộ tiếp dân thái độ hách dịch, quát nạt người dân", "feedback.officer_conduct"],
    ["Cảm ơn các anh công an đã tìm lại xe cho tôi", "feedback.praise"],
  ])("%s → %s", (text, expected) => {
    const result = classifyMessage(text);
    expect(result.categoryCode).toBe(expected);
    expect(result.kind).toBe(expected.split(".")[0]);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it("is deterministic and explains itself with the cues that fired", () => {
    const first = classifyMessage("ko dk tam tru thi bi phat bn");
    expect(classifyMessage("ko dk tam tru thi bi phat bn")).toEqual(first);
    expect(first.reasons).toContain("cue:tam tru");
  });

  it("stays unsure about a greeting (confidence under 0.3, where the bot asks what the message is)", () => {
    for (const text of ["xin chào", "alo", "ok", "chào anh", "có ai không", "dạ"]) {
      expect(classifyMessage(text).confidence, text).toBeLessThan(0.3);
    }
  });
});
