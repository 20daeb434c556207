import { describe, expect, it } from "vitest";
import { assessDanger } from "../../../core/understanding/assess-danger.ts";
import { detectEmergency } from "../../../core/understanding/detect-emergency.ts";

const familiesOf = (text: string) => assessDanger(text).families.map((family) => family.name);

describe("assessDanger (danger root × now × not over or asked about)", () => {
  it("reads written syllables exactly: cháy burns, chạy runs; đâm stabs, đám is a crowd", () => {
    expect(familiesOf("kho củi sau nhà cháy rồi")).toContain("fire");
    expect(familiesOf("thằng bé chạy ra đầu ngõ chơi")).not.toContain("fire");
    expect(familiesOf("nó đâm anh tôi một nhát")).toContain("violence");
    expect(familiesOf("đám cưới nhà bên mở nhạc to")).toEqual([]);
    expect(familiesOf("nhóm máu O có hiến được không")).toEqual([]);
    expect(familiesOf("cán bộ tiếp dân rất nhiệt tình")).toEqual([]);
  });

  it("flags a danger to life phrased in words no cue phrase lists", () => {
    expect(assessDanger("bà ngoại em tự dưng ngã quỵ trong bếp, gọi mãi không tỉnh").isEmergency).toBe(true);
    expect(assessDanger("thằng em họ bị cây đè lên chân ở vườn keo, không rút ra được").isEmergency).toBe(true);
    expect(assessDanger("o ngoai ao co dua nho dang choi voi").isEmergency).toBe(true);
  });

  it("stays calm when the danger is over, habitual, hypothetical or asked about", () => {
    expect(assessDanger("Tuần trước có vụ đâm nhau ở chợ, tôi muốn làm chứng thì làm thế nào").isEmergency).toBe(false);
    expect(assessDanger("Quán bên cạnh tối nào cũng đánh nhau vì say").isEmergency).toBe(false);
    expect(assessDanger("Kho xốp chất sát ổ điện, rất dễ gây cháy").isEmergency).toBe(false);
    expect(assessDanger("Nếu thấy người đuối nước thì sơ cứu thế nào").isEmergency).toBe(false);
  });

  it("lets an unmistakable 'now' override a past context for a danger to life", () => {
    const result = assessDanger("bố tôi đi rừng từ hôm qua đến giờ vẫn chưa về");
    expect(result.isEmergency).toBe(true);
    expect(result.signals).toEqual(expect.arrayContaining(["danger:missing", "strong-now", "over"]));
  });

  it("needs a present marker, and no 'found afterwards', for a crime against property", () => {
    expect(assessDanger("nhà tôi bị trộm con xe máy").isEmergency).toBe(false);
    expect(assessDanger("có thằng đang trộm xe máy trong sân nhà bên").isEmergency).toBe(true);
    expect(assessDanger("đi làm về thì phát hiện bị trộm cạy cửa, giờ phải làm gì").isEmergency).toBe(false);
  });

  it("treats something happening right now, neither over nor asked about, as worth a glance", () => {
    const result = assessDanger("có mấy người lạ đang leo qua tường vào trường mầm non");
    expect(result.isEmergency).toBe(true);
    expect(result.signals).toContain("strong-now");
    expect(assessDanger("dạo này đang có nhiều vụ lừa đảo qua mạng").isEmergency).toBe(false);
  });

  it("does not read 'đăng' (post) as 'đang' (now) when the citizen typed diacritics", () => {
    expect(assessDanger("Có tài khoản facebook đăng bài bôi nhọ tôi").isEmergency).toBe(false);
    expect(assessDanger("co tai khoan dang theo doi nha toi, toi so qua").signals).toContain("strong-now");
    expect(assessDanger("ko dang nhap dc vneid tu sang").signals).not.toContain("strong-now");
    expect(assessDanger("co thang dang dap cua nha toi").signals).toContain("strong-now");
  });

  it("reads a message in the form it was typed: mostly folded with a stray 'đ', or written", () => {
    expect(familiesOf("co nguoi nhay cau, đang troi tren song")).toContain("self-harm");
    expect(familiesOf("Nhóm việc làm online bắt đóng tiền làm nhiệm vụ")).not.toContain("body");
    expect(familiesOf("ông ấy nằm bất động dưới sàn")).toContain("body");
  });

  it("reads money sent to an account as a fraud story unless the danger is happening now", () => {
    expect(assessDanger("có người gọi bảo con tôi bị tai nạn phải mổ, bắt chuyển 30 triệu vào tài khoản").isEmergency).toBe(false);
    expect(assessDanger("con tôi bị bắt cóc, bọn nó đang đòi chuyển tiền chuộc vào tài khoản").isEmergency).toBe(true);
  });

  it("reads a bare 'hỏi' as 'when asked', not as a question about a procedure", () => {
    expect(assessDanger("thấy cụ ông ngồi khóc ở bến xe, hỏi gì cũng không nhớ tên con cháu, không biết bố mẹ đâu").signals).not.toContain("asking");
    expect(assessDanger("cho hỏi bị đuối nước thì sơ cứu sao").signals).toContain("asking");
  });

  it("settles thanks for a rescue that is over, and reads old-style tones ('doạ' = 'dọa')", () => {
    expect(assessDanger("cảm ơn các chiến sĩ đã cứu em tôi khỏi đám cháy hôm qua").isEmergency).toBe(false);
    expect(familiesOf("nó nhắn doạ giết cả nhà tôi")).toContain("threat");
  });
});

describe("detectEmergency with the structural rule", () => {
  it("flags what no cue phrase names, with the family's hotlines", () => {
    const result = detectEmergency("thằng em họ bị cây đè lên chân ở vườn keo, không rút ra được");
    expect(result).toEqual({ isEmergency: true, hotlines: ["113", "115"], matched: ["danger:accident"] });
  });

  it("keeps the cue phrases' hotlines when they decided", () => {
    expect(detectEmergency("Cháy nhà ở xóm trên, có người mắc kẹt, cứu với!").hotlines).toEqual(["113", "114"]);
  });
});
