/**
 * The phrases (folded, abbreviation-expanded) that signal an emergency, grouped by how much
 * they need a "happening now" cue. Used only by detect-emergency.ts; kept apart so the lists
 * can be reviewed by people who know the field.
 */

/** Emergency numbers in Vietnam: police, fire and rescue, ambulance. */
export type Hotline = "113" | "114" | "115";

/**
 * - `always`: danger to life whatever the tense (suicide, kidnapping, weapons, "cứu với").
 * - `ongoing`: dangerous while it lasts (fire, a fight, a robbery, an accident); a clear past
 *   or procedure context without any present cue makes it an ordinary tip or question.
 * - `weak`: ambiguous alone ("dao", "trộm"); counts only with a present cue or another cue.
 */
export type CueStrength = "always" | "ongoing" | "weak";

/** One group of phrases sharing a strength and hotlines. */
export interface EmergencyCueGroup {
  strength: CueStrength;
  hotlines: readonly Hotline[];
  phrases: readonly string[];
}

/** Every cue phrase, by strength and hotline. Review with people who take 113 calls. */
export const EMERGENCY_CUE_GROUPS: readonly EmergencyCueGroup[] = [
  {
    strength: "always",
    hotlines: ["113"],
    phrases: [
      "cuu voi", "cuu toi", "cuu em", "cuu con", "cuu chau", "cuu me", "cuu nguoi", "cuu chung toi",
      "cuu minh", "cuu gap", "sos", "help", "giup voi", "giup toi voi", "giup em voi", "khan cap",
      "bat coc", "bat mat", "bat con", "giam long", "nhot", "khong che", "bi doa giet", "doa giet",
      "giet", "an mang", "co sung", "cam sung", "ban sung", "no sung", "sung ngan", "sung tu che",
      "cam dao", "vung dao", "rut dao", "dao phay", "dao kiem", "mang dao", "hung khi",
      "dam chet", "bi dam", "dam nguoi", "dam nhau", "dam trong thuong", "chem", "tat axit", "axit",
      "hiep dam", "cuong hiep", "xam hai", "dang bi theo doi", "dang bi danh", "dot nha",
      "mat tich", "bo di lac", "di lac", "lac mat", "xac chet", "dang tron", "phai tron",
    ],
  },
  {
    strength: "always",
    hotlines: ["113", "115"],
    phrases: [
      "tu tu", "tu sat", "nhay lau", "nhay cau", "nhay song", "treo co", "cat tay", "uong thuoc sau",
      "thuoc chuot", "muon chet", "khong muon song",
    ],
  },
  {
    strength: "always",
    hotlines: ["115"],
    phrases: [
      "bat tinh", "ngat xiu", "chay mau", "mau me", "be mau", "nguy kich", "co giat", "ngung tho",
      "khong tho", "dot quy", "trong thuong", "bi thuong nang", "cap cuu", "xe cap cuu",
      "nam bat dong", "bat dong", "nam im", "khong dong day",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["114"],
    phrases: [
      "chay nha", "nha chay", "dang chay", "boc chay", "chay lon", "chay du doi", "chay ruc",
      "lua boc", "lua chay", "ngon lua", "khoi den", "khoi mu mit", "boc khoi", "chay kho", "chay xuong",
      "chay rung", "chay tiem", "chay cua hang", "chay chung cu", "chay phong", "chay tro", "chay day dien",
      "no binh gas", "no gas", "ro ri gas", "ro gas", "xi gas", "phat no", "vu no", "no lon", "no tung",
      "mac ket", "bi ket", "sap nha", "sap cong trinh", "sap tuong", "sat lo", "cuu hoa", "cuu ho",
      "duoi nuoc", "chet duoi", "bi duoi", "roi xuong song", "roi xuong ao", "roi xuong ho", "nuoc cuon",
      "cuon troi", "lu cuon", "ngap sau", "mui gas", "ro ri",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["113"],
    phrases: [
      "cuop", "cuop giat", "giat dien thoai", "giat tui", "giat day chuyen", "dot nhap",
      "danh nhau", "dang danh", "danh nguoi", "bi danh", "danh dap", "hanh hung", "hon chien", "dap pha",
      "bao luc", "chong danh", "danh vo", "danh con", "danh toi", "danh em", "danh me", "sam so", "doa dam", "doa chem",
      "dang trom", "be khoa", "tu tap dong nguoi",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["113", "115"],
    phrases: [
      "tai nan", "dam xe", "tong xe", "dam vao", "tong vao", "xe lat", "lat xe", "bi xe tong", "bi tong", "tong nhau",
      "dam lien hoan", "bi thuong", "lat xuong", "ket lai",
    ],
  },
  {
    strength: "weak",
    hotlines: ["113"],
    phrases: ["cuu", "dao", "sung", "trom", "ke trom", "giat", "nguy hiem", "hoang loan", "keu cuu", "la het", "de doa", "dua xe", "dang dua",
      "lang vang", "kha nghi", "ke gian", "di theo", "bam theo", "so lam", "nguoi la", "chua ve", "khong lien lac duoc", "goi dien khong duoc", "mat lien lac"],
  },
  {
    strength: "weak",
    hotlines: ["114"],
    phrases: ["chay", "mui khet"],
  },
];

/** Cues that the situation is happening now ("!" is added by detect-emergency when typed). */
export const PRESENT_CUES: readonly string[] = [
  "dang", "ngay bay gio", "bay gio", "luc nay", "vua", "vua moi", "ngay luc nay", "nhanh len",
  "gap", "den ngay", "toi ngay", "ngay lap tuc", "dang dien ra", "hien tai", "con dang", "van dang",
  "cuu voi", "giup voi", "mau len", "nhanh nhanh", "exclaim",
];

/** Cues that the event is over (a tip to investigate, not a 113 call). */
export const PAST_CUES: readonly string[] = [
  "hom qua", "hom truoc", "hom kia", "tuan truoc", "tuan roi", "thang truoc", "thang roi", "nam ngoai",
  "nam truoc", "nam roi", "lau roi", "tu lau", "hoi truoc", "may hom", "may ngay", "dem qua", "toi qua",
  "truoc day", "da xay ra", "ngay hom qua", "tet vua roi", "tuan vua roi",
  // habitual, not happening now
  "toi nao cung", "dem nao cung", "moi toi", "hang dem", "thuong xuyen", "chieu nao cung", "ngay nao cung",
  // discovered after the fact
  "sang ra", "moi biet", "moi phat hien",
  // gratitude or a report on something already handled
  "cam on",
];

/** Cues that the message asks about a procedure or a rule rather than reports an event. */
export const PROCEDURE_CUES: readonly string[] = [
  "thu tuc", "cap lai", "lam lai", "ho so", "giay to gi", "can giay to", "le phi", "cho hoi", "xin hoi", "muon hoi",
  "hoi ve", "quy dinh", "phai lam gi", "lam sao de", "lam the nao de", "huong dan", "tham dinh",
  "nghiem thu", "phong chay chua chay", "binh chua chay", "bao hiem", "co can", "co phai",
  "bi phat", "muc phat", "xu phat", "giay phep", "dang ky", "y kien", "gop y", "de nghi", "de xuat",
  "khieu nai", "kien nghi",
];

/** Phrases that contain a cue but mean something harmless; removed before matching. */
export const HARMLESS_PHRASES: readonly string[] = [
  "dao nay", "dao gan day", "dao truoc", "dao gan", "dao nua", "dao choi", "di dao", "chem gio",
  "cuu chien binh", "cuu can bo", "cuu giao vien", "cuu sinh vien", "cuu hoc sinh", "chay xe", "chay grab",
  "chay hang", "chay ban", "chay viec", "chay deadline", "chay thu tuc", "no luc", "no tien",
  "khoi can", "khoi phai", "khoi lo", "ket xe", "ket tien", "danh gia", "danh bac", "danh de",
  "danh lo", "danh bai", "danh so", "danh dau", "danh may", "danh rot", "danh thuc", "giat giu", "giat quan ao",
  "lanh dao", "tam dao", "dao tao", "huong dao", "dao duc", "chu dao", "dao dien", "dao ly", "dao luat", "tra cuu",
  "nghien cuu", "vinh cuu", "lua dao", "dao han", "ta dao", "dao phat", "hon dao", "bien dao",
];
