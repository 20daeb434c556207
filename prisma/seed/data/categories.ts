import type { SeedCategory } from "./types.ts";

/** 5 years, for tips and complaints (possible evidence, appeals). */
const FIVE_YEARS = 1825;
/** 2 years, for procedure questions and ordinary feedback. */
const TWO_YEARS = 730;

/**
 * Tips: receive and pass to the competent unit at once (target 24 h); a decision is due
 * within 20 days (Criminal Procedure Code 2015, art. 147).
 */
const tip = (
  code: string,
  nameVi: string,
  nameEn: string,
  defaultUnitCode: string,
): SeedCategory => ({
  code,
  kind: "tip",
  nameVi,
  nameEn,
  defaultUnitCode,
  firstResponseHours: 24,
  resolutionDays: 20,
  dayType: "calendar",
  retentionDays: FIVE_YEARS,
});

/**
 * Procedure questions: first answer within one working day, resolved within 5–10 working
 * days (practice of the HCMC 1022 and Hue-S systems; no hard legal limit).
 */
const question = (
  code: string,
  nameVi: string,
  nameEn: string,
  defaultUnitCode: string,
  resolutionDays = 5,
): SeedCategory => ({
  code,
  kind: "question",
  nameVi,
  nameEn,
  defaultUnitCode,
  firstResponseHours: 24,
  resolutionDays,
  dayType: "working",
  retentionDays: TWO_YEARS,
});

/**
 * Default ticket categories with their receiving unit, deadlines and retention. Admins can
 * change every value; these are the defaults a new installation starts with.
 */
export const defaultCategories: SeedCategory[] = [
  // Tips (tin báo, tố giác)
  tip("tip.drugs", "Ma túy", "Drugs", "PC04"),
  tip("tip.theft_robbery", "Trộm cắp, cướp giật", "Theft and robbery", "PC02"),
  tip("tip.fraud_online", "Lừa đảo qua mạng", "Online fraud", "PA05"),
  tip("tip.gambling", "Cờ bạc, cá độ", "Gambling and betting", "PC02"),
  tip("tip.public_order", "Gây rối trật tự công cộng", "Public order", "PC02"),
  tip("tip.traffic", "Vi phạm giao thông", "Traffic violations", "PC08"),
  tip("tip.fire_hazard", "Nguy cơ cháy nổ", "Fire hazard", "PC07"),
  tip("tip.other", "Tin báo khác", "Other tips", "TRUCBAN"),

  // Procedure questions (hỏi đáp thủ tục)
  question("question.identity", "Căn cước, định danh điện tử", "Identity card and e-ID", "PC06"),
  question("question.residence", "Cư trú (thường trú, tạm trú, lưu trú)", "Residence registration", "PC06"),
  question("question.passport", "Hộ chiếu, xuất nhập cảnh", "Passports and immigration", "PA08"),
  question("question.vehicle", "Đăng ký xe, giấy phép lái xe", "Vehicle registration and driving licences", "PC08"),
  question("question.permits", "Ngành nghề kinh doanh có điều kiện, con dấu, vũ khí", "Business permits, seals and weapons", "PC06", 7),
  question("question.fire_safety", "Phòng cháy, chữa cháy", "Fire safety", "PC07", 7),
  question("question.other", "Câu hỏi khác", "Other questions", "PV01"),

  // Feedback (phản ánh, kiến nghị, khiếu nại, tố cáo)
  {
    // Denunciation of an officer (tố cáo): 30 days from acceptance, +30 once if complex
    // (Law on Denunciations 2018). Never routed to the officer's own unit.
    code: "feedback.officer_conduct",
    kind: "feedback",
    nameVi: "Phản ánh thái độ, hành vi của cán bộ",
    nameEn: "Officer conduct",
    defaultUnitCode: "TTRA",
    firstResponseHours: 24,
    resolutionDays: 30,
    dayType: "calendar",
    retentionDays: FIVE_YEARS,
  },
  {
    code: "feedback.service",
    kind: "feedback",
    nameVi: "Phản ánh về giải quyết thủ tục",
    nameEn: "Service quality",
    defaultUnitCode: "PV01",
    firstResponseHours: 24,
    resolutionDays: 10,
    dayType: "working",
    retentionDays: TWO_YEARS,
  },
  {
    // First-round complaint: resolve within 30 days of acceptance (Law on Complaints 2011).
    code: "feedback.complaint",
    kind: "feedback",
    nameVi: "Khiếu nại",
    nameEn: "Complaint",
    defaultUnitCode: "TTRA",
    firstResponseHours: 24,
    resolutionDays: 30,
    dayType: "calendar",
    retentionDays: FIVE_YEARS,
  },
  {
    code: "feedback.praise",
    kind: "feedback",
    nameVi: "Khen ngợi, cảm ơn",
    nameEn: "Praise",
    defaultUnitCode: "PV01",
    firstResponseHours: 24,
    resolutionDays: 5,
    dayType: "working",
    retentionDays: TWO_YEARS,
  },
  {
    code: "feedback.suggestion",
    kind: "feedback",
    nameVi: "Góp ý, kiến nghị",
    nameEn: "Suggestion",
    defaultUnitCode: "PV05",
    firstResponseHours: 24,
    resolutionDays: 10,
    dayType: "working",
    retentionDays: TWO_YEARS,
  },
];
