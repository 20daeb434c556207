import { describe, expect, it } from "vitest";
import { createEmergencyDetector, detectEmergency, detectEmergencyByRules } from "../../../core/understanding/detect-emergency.ts";

describe("detectEmergency", () => {
  it("flags a fire in progress with 114, with or without diacritics", () => {
    for (const text of ["cứu với, nhà hàng xóm đang cháy", "cuu voi nha hang xom dang chay"]) {
      const result = detectEmergency(text);
      expect(result.isEmergency).toBe(true);
      expect(result.hotlines).toContain("114");
    }
  });

  it("flags violence, weapons and robbery in progress with 113", () => {
    expect(detectEmergency("co thang dang cam dao dam nguoi o cho").hotlines).toEqual(["113"]);
    expect(detectEmergency("Vừa bị giật túi xách, tụi nó chạy về hướng chợ").isEmergency).toBe(true);
    expect(detectEmergency("có người đang cầm súng ở quán bia").isEmergency).toBe(true);
  });

  it("gives the ambulance number for suicide, drowning and injuries", () => {
    expect(detectEmergency("bạn em nói muốn tự tử, đang đứng trên cầu").hotlines).toEqual(["113", "115"]);
    expect(detectEmergency("tai nạn ở ngã tư, một người bất tỉnh").hotlines).toEqual(["113", "115"]);
  });

  it("understands panic typing: repeated letters and SOS", () => {
    expect(detectEmergency("cuuuu voiiii").isEmergency).toBe(true);
    expect(detectEmergency("SOS").isEmergency).toBe(true);
  });

  it("does not alarm on procedure questions or events long over", () => {
    expect(detectEmergency("hỏi thủ tục cấp lại cccd bị mất cắp").isEmergency).toBe(false);
    expect(detectEmergency("Thủ tục thẩm định phòng cháy chữa cháy cho nhà xưởng").isEmergency).toBe(false);
    expect(detectEmergency("tuần trước nhà em bị trộm mất xe, giờ báo ở đâu").isEmergency).toBe(false);
    expect(detectEmergency("dạo này đang có nhiều vụ đánh bạc").isEmergency).toBe(false);
    expect(detectEmergency("tra cứu phạt nguội ở đâu").isEmergency).toBe(false);
  });

  it("lets a present cue override a procedure context", () => {
    expect(detectEmergency("cho hỏi, nhà bên cạnh đang cháy thì gọi số nào").isEmergency).toBe(true);
  });

  it("understands cries for help in teencode and Telex left unconverted", () => {
    expect(detectEmergency("kíu zới, có thằng cầm dao").isEmergency).toBe(true);
    expect(detectEmergency("cuwus vowis nha chays").hotlines).toContain("114");
    expect(detectEmergency("có người kêu cứu ở ngõ 5").isEmergency).toBe(true);
  });

  it("flags chases, kidnapping, missing people, self-harm and drowning", () => {
    expect(detectEmergency("co nhom dang ruot duoi nhau bang ma tau o cho").hotlines).toEqual(["113"]);
    expect(detectEmergency("có đứa đang bị lôi lên xe ô tô").isEmergency).toBe(true);
    expect(detectEmergency("be nha toi 5 tuoi di choi tu chieu chua thay ve").isEmergency).toBe(true);
    expect(detectEmergency("thay 1 thanh nien dung tren lan can cau dinh nhay").hotlines).toEqual(["113", "115"]);
    expect(detectEmergency("co nguoi bi nuoc cuon o song Da").hotlines).toEqual(["114", "115"]);
  });

  it("stays calm when the danger is over and handled, or only asked about", () => {
    expect(detectEmergency("cảm ơn các anh đã cứu con tôi").isEmergency).toBe(false);
    expect(detectEmergency("cho hoi lam lai giay to bi trom mat thi sao").isEmergency).toBe(false);
    expect(detectEmergency("xin cảm ơn lực lượng đã tìm thấy cháu bé mất tích").isEmergency).toBe(false);
  });

  it("catches dangers the rules have no phrase for with the learned scorer, and says so", () => {
    const text = "em bé sơ sinh bị bỏ trong thùng giấy ở bãi rác còn khóc yếu";
    expect(detectEmergencyByRules(text).isEmergency).toBe(false);
    const result = detectEmergency(text);
    expect(result.isEmergency).toBe(true);
    expect(result.hotlines.length).toBeGreaterThan(0);
    expect(result.matched.some((reason) => reason.startsWith("learned:"))).toBe(true);
  });

  it("never alarms on a greeting, a short reply or a short report of a past theft", () => {
    for (const text of ["xin chào", "alo", "ok", "chào anh", "a ơi", "dạ", "cảm ơn", "có ai trực không ạ", "Lãnh đạo", "lừa đảo", "một lần", "Mất trộm xe máy trước cổng chợ"]) {
      expect(detectEmergency(text).isEmergency, text).toBe(false);
    }
  });

  it("does not read 'gặp' (meet) or 'đăng' (post) as 'gấp' / 'đang' when the text is written with diacritics", () => {
    expect(detectEmergencyByRules("Nếu gặp người đuối nước thì gọi số nào nhanh nhất").isEmergency).toBe(false);
    expect(detectEmergencyByRules("Hai đứa đánh nhau quay clip đăng lên mạng tuần trước").isEmergency).toBe(false);
    expect(detectEmergencyByRules("cuu voi, nguoi dang duoi nuoc o ho, can gap").isEmergency).toBe(true);
    expect(detectEmergencyByRules("Có người đang đuối nước ở hồ, cần gấp").isEmergency).toBe(true);
  });

  it("stays calm on a danger only supposed or planned against, and not when it is happening", () => {
    for (const text of ["Nên có phao cứu sinh ở bến sông, năm nào cũng có người đuối nước", "Khi bị đuối nước thì sơ cứu thế nào", "Muốn mời cán bộ về tập huấn khi có cháy ở chung cư"]) {
      expect(detectEmergencyByRules(text).isEmergency, text).toBe(false);
    }
    expect(detectEmergencyByRules("Có người đang đuối nước ở bến sông, gọi số nào bây giờ").isEmergency).toBe(true);
  });

  it("reads a scam call the citizen has already checked as a fraud tip, and a ransom call as an emergency", () => {
    expect(detectEmergency("Số lạ gọi bảo cháu tôi bị xe đâm đang mổ, bắt chuyển 30 triệu, tôi gọi cho cháu thì nó vẫn ở nhà").isEmergency).toBe(false);
    expect(detectEmergency("Bọn nó gọi bảo đang giữ con tôi, đòi chuyển 300 triệu, không thì giết nó").isEmergency).toBe(true);
  });

  it("reads a fraud victim's plea as calm unless a danger is named beside the money", () => {
    expect(detectEmergencyByRules("Em vừa bị lừa 8 triệu mua hàng online, cứu em với các anh ơi").isEmergency).toBe(false);
    expect(detectEmergencyByRules("cuu e voi, e chuyen 30tr cho nguoi xung la shipper").isEmergency).toBe(false);
    expect(detectEmergencyByRules("Cứu em với, bọn lừa em sang đây giữ trong phòng, đòi 50 triệu mới thả").isEmergency).toBe(true);
    expect(detectEmergencyByRules("cứu với, nó cầm dao đòi tiền").isEmergency).toBe(true);
  });

  it("asks the scorer about a short message only when it holds a danger syllable, and at a higher threshold", () => {
    const scorerAt = (score: number) => ({ score: () => score, hasDangerSyllable: (text: string) => text.includes("nguy") });
    const sixSyllables = "ông bà nguy ở bên kia";
    expect(detectEmergencyByRules(sixSyllables).isEmergency).toBe(false);
    expect(createEmergencyDetector(scorerAt(0.5))(sixSyllables)).toMatchObject({ isEmergency: true, matched: ["learned:0.50"] });
    expect(createEmergencyDetector(scorerAt(0.3))(sixSyllables).isEmergency).toBe(false);
    expect(createEmergencyDetector(scorerAt(0.9))("ông bà ở bên kia xa").isEmergency).toBe(false);
    expect(createEmergencyDetector(scorerAt(0.9))("nguy ở bên kia").isEmergency).toBe(false);
    expect(createEmergencyDetector({ score: () => 0.9 })(sixSyllables).isEmergency).toBe(false);
  });

  it("does not alarm on the addresses and descriptions a citizen types inside a tip dialog", () => {
    for (const text of ["Số 12 ngõ 45 Hùng Vương", "ở ngõ 5 đường Trần Phú, gần chợ", "2 người, đi xe Wave đỏ", "Bổ sung: tôi thấy hai người", "kho hàng sau chợ Gia Cẩm",
      "Có người trộm xe đạp ở trường tiểu học", "so 12 ngo 45 duong nguyen tat thanh phuong gia cam tp viet tri",
      "Số 8 ngách 12 ngõ 45 đường Nguyễn Tất Thành, phường Gia Cẩm, TP Việt Trì"]) {
      expect(detectEmergency(text).isEmergency, text).toBe(false);
    }
  });
});
