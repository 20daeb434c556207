/**
 * The phrases (folded, abbreviation-expanded) that signal an emergency, grouped by how much
 * they need a "happening now" cue. Used only by detect-emergency.ts; kept apart so the lists
 * can be reviewed by people who know the field.
 */

/** Emergency numbers in Vietnam: police, fire and rescue, ambulance. */
export type Hotline = "113" | "114" | "115";

/** The order hotlines are always listed in. */
export const HOTLINE_ORDER: readonly Hotline[] = ["113", "114", "115"];

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

/** Calls for help, in every spelling ("kíu vs", "cuuuu", "giup e vs"): they say "help", not what the danger is. */
export const CALLS_FOR_HELP: readonly string[] = [
  "cuu voi", "cuu toi", "cuu em", "cuu con", "cuu chau", "cuu me", "cuu bo", "cuu nguoi", "cuu chung toi",
  "cuu minh", "cuu gap", "cuu", "keu cuu", "la cuu", "ho cuu", "sos", "help", "help me", "giup voi", "giup toi voi",
  "giup em voi", "giup minh voi", "giup con voi", "giup chau voi", "giup gap", "cuu gium", "giup gium", "cuu giup", "khan cap", "cap bach", "nguy cap",
];

/**
 * Money lost or being asked for (folded): a call for help about it alone is a fraud victim's
 * ("bị lừa 12 triệu, cứu em với"), urgent to them but not a 113 emergency; with any other danger
 * (held, threatened, hurt) the message stays urgent.
 */
export const MONEY_LOSS_CUES: readonly string[] = [
  "bi lua", "lua them", "lua het", "lua mat", "lua dao", "chuyen tien", "chuyen khoan", "chuyen het", "vay tien", "nap tien",
  "gia danh", "tu xung", "nguoi xung", "xung la", "tai khoan", "trieu",
];

/**
 * The scam call every round has had: a caller ("số lạ gọi bảo", "nhận cuộc gọi", "nhắn bảo") says
 * a child is hurt or held and asks for a transfer, and the citizen already knows it is false —
 * suspects a scam or has checked the child is safe. All three (a caller, a transfer, the check)
 * make it a fraud tip, whatever danger the caller named; a real ransom call lacks the check.
 */
export const SCAM_CALL_CUES = {
  caller: ["cuoc goi", "goi bao", "goi noi", "nhan bao", "nhan tin bao", "so la", "goi den bao", "goi dien bao"],
  transfer: ["chuyen tien", "chuyen khoan", "chuyen ngay", "chuyen gap", "chuyen", "trieu"],
  check: ["nghi lua", "nghi la lua", "nghi la gia", "biet la lua", "la gia", "may ma", "may toi", "may la", "goi lai cho",
    "goi cho con thi", "goi cho chau thi", "goi duoc cho", "goi co giao thi", "van dang o truong", "van o truong", "van ngoi",
    "dang ngoi canh", "van di hoc", "van binh thuong", "van o nha"],
} as const;

/**
 * The words of an address (folded): house number, alley, street, ward, hamlet, city, floor. A text
 * that is mostly these and numbers is the answer to "where?", not a report (see detect-emergency.ts).
 */
export const ADDRESS_WORDS: readonly string[] = [
  "so", "nha", "ngo", "ngach", "hem", "kiet", "duong", "pho", "phuong", "xa", "thon", "xom", "ban", "to", "khu",
  "tp", "tx", "tt", "thi", "tran", "thanh", "quan", "huyen", "tinh", "p", "q", "x", "h", "chung", "cu", "toa", "tang", "can",
];

/** Every cue phrase, by strength and hotline. Review with people who take 113 calls. */
export const EMERGENCY_CUE_GROUPS: readonly EmergencyCueGroup[] = [
  {
    strength: "always",
    hotlines: ["113"],
    phrases: [
      ...CALLS_FOR_HELP,
      "nguy hiem tinh mang", "nguy den tinh mang",
      // kidnapping, confinement, threats to life
      "bat coc", "bat mat", "bat con", "loi len xe", "keo len xe", "day len xe",
      "ep len xe", "giam long", "nhot", "khong che", "bi doa giet", "doa giet", "giet", "an mang", "siet co", "bop co",
      // weapons
      "co sung", "cam sung", "chia sung", "ban sung", "no sung", "tieng sung", "sung ngan", "sung tu che", "sung hoa cai",
      "cam dao", "vung dao", "rut dao", "dao phay", "dao kiem", "dao nhon", "mang dao", "hung khi", "ma tau", "cam kiem",
      "vung kiem", "cam tuyp", "tuyp sat", "cam gay", "cam gach", "cam bua", "cam riu", "cam liem", "cam cuoc", "vung gay",
      "dam chet", "bi dam", "dam nguoi", "dam nhau", "dam trong thuong", "chem", "tat axit", "axit", "tat xang", "dot nguoi",
      "hiep dam", "cuong hiep", "xam hai", "dang bi theo doi", "dang bi danh", "dot nha", "phong hoa",
      // chases
      "duoi chem", "duoi danh", "duoi giet", "ruot duoi", "ruot danh", "ruot chem", "dang duoi", "dang ruot",
      // missing people
      "mat tich", "bo di lac", "di lac", "bi lac", "lac mat", "lac duong ve", "chua thay ve", "khong thay ve",
      "chua ve nha", "khong ve nha", "tim khap", "khong tim thay", "bo nha di", "xac chet", "dang tron", "phai tron",
      "tron trong",
      // confinement, abduction of children, trafficking
      "giu trong phong", "giu trong nha", "khong cho ra", "khong cho ve", "bi nhot", "bi giam", "bi giu lai", "du tre",
      "bat tre", "dua sang bien gioi", "sang bien gioi", "ban sang trung quoc", "ban sang bien gioi",
      // someone not seen for days, a body
      "khong mo cua", "khong thay mo cua", "khong thay dong tinh", "thi the", "nguoi chet", "tu vong",
    ],
  },
  {
    strength: "always",
    hotlines: ["113", "115"],
    phrases: [
      "tu tu", "tu sat", "tu ket lieu", "ket lieu", "nhay lau", "nhay cau", "nhay song", "nhay xuong",
      "dinh nhay", "doi nhay", "lan can cau", "treo co", "cat tay", "rach tay", "cat co tay", "uong thuoc sau",
      "uong thuoc ngu", "thuoc ngu", "thuoc chuot", "muon chet", "khong muon song", "khong thiet song", "chan song",
      "chet cho xong", "chet quach", "tu hai",
    ],
  },
  {
    strength: "always",
    hotlines: ["115"],
    phrases: [
      "bat tinh", "ngat xiu", "chay mau", "mau me", "be mau", "nguy kich", "co giat", "ngung tho",
      "khong tho", "kho tho", "dot quy", "trong thuong", "bi thuong nang", "cap cuu", "xe cap cuu", "goi cap cuu",
      "nam bat dong", "bat dong", "nam im", "khong dong day", "khong tinh", "bi dien giat", "dien giat",
      // poisoning, collapse, not breathing, a baby left in the cold
      "uong nham", "an nham", "ngo doc", "trung doc", "thuoc tru sau", "thuoc diet co", "tim tai", "nam guc", "guc xuong",
      "nga guc", "con tho khong", "khong con tho", "thoi thop", "soc phan ve", "hon me", "khong day duoc", "khong ngoi day",
      "nam duoi duong", "nam giua duong", "nam ven duong", "tre so sinh", "bi bo roi", "bo roi",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["114"],
    phrases: [
      "chay nha", "nha chay", "dang chay", "boc chay", "chay lon", "chay du doi", "chay ruc", "chay lan", "chay to",
      "lua boc", "lua chay", "ngon lua", "lua lon", "lua ngut", "khoi den", "khoi mu mit", "boc khoi", "khoi boc",
      "khoi nghi ngut", "khoi bay", "khoi day dac", "nhieu khoi", "ngat khoi", "ngat vi khoi", "chay kho", "chay xuong",
      "chay rung", "chay tiem", "chay cua hang", "chay chung cu", "chay phong", "chay tro", "chay day dien", "chay o to",
      "chay ki ot", "chay cho", "chay quan", "chay nha xuong", "chay cong ty", "chay cay xang",
      "no binh gas", "no gas", "ro ri gas", "ro gas", "xi gas", "phat no", "vu no", "no lon", "no tung", "tieng no",
      "mac ket", "bi ket", "ket trong", "sap nha", "sap cong trinh", "sap tuong", "sap cau", "sat lo", "vui lap", "cuu hoa", "cuu ho",
      "cuu nan", "mui gas", "ro ri",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["114", "115"],
    phrases: [
      "duoi nuoc", "chet duoi", "bi duoi", "dang duoi", "roi xuong song", "roi xuong ao", "roi xuong ho", "roi xuong gieng",
      "nga xuong song", "nga xuong ao", "nga xuong ho", "nga xuong gieng", "nga xuong kenh", "nga xuong muong",
      "nuoc cuon", "bi cuon", "cuon troi", "lu cuon", "ngap sau", "chim xuong", "dang chim", "bi chim", "troi song", "dang troi",
      "co lap", "nuoc dang", "nuoc len", "nuoc lu", "lu dang", "lu len", "lu quet", "lu ong", "ngap nha", "ngap toi",
      "leo len mai", "tren mai nha",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["113"],
    phrases: [
      "cuop", "cuop giat", "giat dien thoai", "giat tui", "giat day chuyen", "dot nhap", "tran lot", "chan duong",
      "danh nhau", "dang danh", "danh nguoi", "bi danh", "danh dap", "hanh hung", "hon chien", "dap pha", "dap cua",
      "pha cua", "dap kinh", "dap nha", "dap do", "nem da", "bao luc", "chong danh", "danh vo", "danh con", "danh toi",
      "danh em", "danh me", "danh bo", "danh chau", "sam so", "doa chem", "duoi theo",
      // The other hitting verbs in the two forms listed for "đánh" (each other, done to someone);
      // "đâm" and "chém" have theirs among the "always" cues.
      "dap nhau", "choang nhau", "bi dap", "bi tat",
      "dang trom", "be khoa", "cay cua", "cay khoa", "pha khoa", "treo vao", "leo vao", "treo rao", "leo rao",
      "tu tap dong nguoi", "dang dua", "bao loan",
    ],
  },
  {
    strength: "ongoing",
    hotlines: ["113", "115"],
    phrases: [
      "tai nan", "dam xe", "tong xe", "dam vao", "tong vao", "xe lat", "lat xe", "bi xe tong", "bi tong", "tong nhau",
      "dam lien hoan", "bi thuong", "lat xuong", "ket lai", "bi xe can", "can qua nguoi", "can chet", "nga xe", "nga nang",
    ],
  },
  {
    strength: "weak",
    hotlines: ["113"],
    phrases: ["dao", "sung", "trom", "ke trom", "giat", "nguy hiem", "hoang loan", "hoang so", "la het", "dua xe",
      "lang vang", "kha nghi", "ke gian", "di theo", "bam theo", "so lam", "so qua", "nguoi la", "chua ve", "khong lien lac duoc",
      "goi dien khong duoc", "mat lien lac", "danh", "dap", "gach", "bi lan", "tre lac", "doa", "ruot", "de doa", "doa dam",
      "doa danh", "don be", "don chau", "la mat", "song mot minh", "khong ai tra loi", "non oi"],
  },
  {
    strength: "weak",
    hotlines: ["114"],
    phrases: ["chay", "mui khet", "khet", "gas"],
  },
];

/** Cues that the situation is happening now ("!" is added by detect-emergency when typed). */
export const PRESENT_CUES: readonly string[] = [
  "dang", "ngay bay gio", "bay gio", "luc nay", "vua", "vua moi", "ngay luc nay", "nhanh len",
  "gap", "den ngay", "toi ngay", "ngay lap tuc", "dang dien ra", "hien tai", "con dang", "van dang",
  "cuu voi", "giup voi", "mau len", "nhanh nhanh", "exclaim", "gio dang", "con o", "van o", "van dung",
  "ngay truoc mat", "truoc mat", "ngoai cua", "den nhanh", "toi nhanh", "xuong ngay", "len ngay", "nhanh giup",
  "keu cuu", "dang o", "bay h", "giu chan",
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
  // hit-and-run and evidence gathered afterwards: a tip to investigate
  "bo chay roi", "da bo chay", "truy tim", "co camera", "camera quay", "co clip", "quay duoc clip", "quay lai duoc",
  "trom mat", "mat trom", "bi mat", "lay mat", "mat do", "hang ngay", "lien tuc", "nhieu lan", "lan nao", "ca dem",
  "sang nay", "may thang", "may tuan", "ca thang", "tu thang", "lan roi", "hom no", "luc do", "khi do",
];

/**
 * Cues that the danger is over and handled (thanks, found, rescued): even an `always` cue then
 * needs a present cue to count ("cảm ơn đã tìm thấy cháu bé mất tích" is praise, not a 113 call).
 */
export const RESOLVED_CUES: readonly string[] = [
  "cam on", "da tim thay", "tim thay roi", "tim duoc roi", "da ve roi", "da duoc cuu", "cuu song", "da cuu", "kip thoi cuu",
  "tuyen duong", "khen", "bieu duong", "da bat duoc", "bat duoc", "tri an", "biet on",
];

/** Cues that the message asks about a procedure or a rule rather than reports an event. */
export const PROCEDURE_CUES: readonly string[] = [
  "thu tuc", "cap lai", "lam lai", "ho so", "giay to gi", "can giay to", "le phi", "cho hoi", "xin hoi", "muon hoi",
  "hoi ve", "quy dinh", "phai lam gi", "lam sao de", "lam the nao de", "huong dan", "tham dinh",
  "nghiem thu", "phong chay chua chay", "binh chua chay", "bao hiem", "co can", "co phai",
  "bi phat", "muc phat", "xu phat", "giay phep", "dang ky", "y kien", "gop y", "de nghi", "de xuat",
  "khieu nai", "kien nghi",
  // follow-ups on a case already reported
  "ket luan", "khoi to", "giam dinh", "boi thuong", "trinh bao", "vu an", "dieu tra", "xac minh", "ket qua",
  // where to report, what to do if: hypothetical or after the fact
  "cai nghien", "di cai", "bao ai", "bao o dau", "gui cho ai", "lien he ai", "thi sao", "thi lam sao", "neu", "truong hop",
  "khi gap", "phong tranh", "phong chong", "tuyen truyen", "canh giac", "ky nang",
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
  "chem gia", "chem khach", "dam cuoi", "dam ma", "dam tang", "dap xe", "chay bo", "chay may", "chay dien", "chay may phat",
  "cuu tro", "cuu hoc vien", "cuu nhan vien", "cuu chu tich", "no nan", "doi no", "con no", "tra no",
  "khoi benh", "khoi nha", "mao danh", "gia danh", "danh ba", "danh sach", "danh tinh", "an danh", "dinh danh", "giau danh",
  "danh du", "danh hieu", "chuc danh", "danh nghia", "xe dap", "dap xe", "ra khoi", "chay chot", "chay an", "chay viec", "chay so", "gap mat", "gap lai", "gap can bo",
];

/** `matchable` (space-padded folded syllables, see toMatchableText) with every harmless phrase blanked out. */
export function withoutHarmlessPhrases(matchable: string): string {
  let cleaned = matchable;
  for (const phrase of HARMLESS_PHRASES) cleaned = cleaned.split(` ${phrase} `).join(" _ ");
  return cleaned;
}
